import { connection } from "next/server";
import { filingsResponse } from "@/lib/api/official-api";

export async function GET(request: Request) {
  await connection();
  return filingsResponse(request);
}
