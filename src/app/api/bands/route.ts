import { connection } from "next/server";
import { listBands } from "@/lib/db/bands";

export async function GET() {
  await connection();
  const bands = await listBands();
  return Response.json({ bands });
}
