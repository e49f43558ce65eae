import { connection } from "next/server";
import { trendsResponse } from "@/lib/api/official-api";

export async function GET(request: Request) {
  await connection();
  return trendsResponse(request, { format: "csv" });
}
