import { connection } from "next/server";
import { officialResponse } from "@/lib/api/official-api";

export async function GET(request: Request) {
  await connection();
  return officialResponse(request);
}
