import { connection } from "next/server";
import { completed, limitExpensive } from "@/lib/http/limits";
import { bandsResponse } from "@/lib/api/bands-api";

export async function GET(request: Request) {
  await connection();
  // Real work per request: a few at a time (src/lib/http/limits.ts).
  return limitExpensive(async () => completed(await bandsResponse(request, { format: "csv" })));
}
