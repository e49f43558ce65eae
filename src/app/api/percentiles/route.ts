import { connection } from "next/server";
import { percentilesResponse } from "@/lib/api/percentiles-api";

export async function GET(request: Request) {
  await connection();
  return percentilesResponse(request);
}
