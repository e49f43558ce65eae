import { connection } from "next/server";
import { bandsResponse } from "@/lib/api/bands-api";

export async function GET(request: Request) {
  await connection();
  return bandsResponse(request, { format: "csv" });
}
