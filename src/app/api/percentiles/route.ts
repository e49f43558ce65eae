import { connection } from "next/server";
import { completed, limitExpensive } from "@/lib/http/limits";
import { percentilesResponse } from "@/lib/api/percentiles-api";

export async function GET(request: Request) {
  await connection();
  // Real work per request: a few at a time (src/lib/http/limits.ts).
  return limitExpensive(async () => completed(await percentilesResponse(request)));
}
