import { connection } from "next/server";
import { listFactors } from "@/lib/db/queries/factors";

export async function GET() {
  await connection();
  const factors = await listFactors();
  return Response.json({ factors });
}
