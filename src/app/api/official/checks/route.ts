import { connection } from "next/server";
import { checksResponse } from "@/lib/api/official-api";

export async function GET() {
  await connection();
  return checksResponse();
}
