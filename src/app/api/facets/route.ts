import { connection } from "next/server";
import { facetsResponse } from "@/lib/api/bands-api";

export async function GET(request: Request) {
  await connection();
  return facetsResponse(request);
}
