import { connection } from "next/server";
import { pppResponse } from "@/lib/api/official-api";

export async function GET(request: Request) {
  await connection();
  return pppResponse(request);
}
