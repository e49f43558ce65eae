import { connection } from "next/server";
import { storeHealthResponse } from "@/lib/api/health-api";

/** GET /api/health: 200 with the data version, counts and uptime; 503 with the reason when the store cannot be read. Never cached. */
export async function GET() {
  await connection();
  return storeHealthResponse();
}
