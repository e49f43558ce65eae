import { connection } from "next/server";
import { estimateResponse } from "@/lib/api/estimate-api";

export async function GET(request: Request) {
  await connection();
  return estimateResponse(request);
}
