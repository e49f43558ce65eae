import "server-only";
import type { Source } from "@/lib/domain";
import { db } from "@/lib/db/connection";

/** Every source, articles first, newest first. */
export async function listSources(): Promise<Source[]> {
  return db().source.findMany({
    select: { id: true, title: true, publisher: true, date: true, kind: true, licence: true, url: true, note: true },
    orderBy: [{ kind: "asc" }, { date: "desc" }, { id: "asc" }],
  });
}
