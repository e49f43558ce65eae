import "server-only";
import type { Source } from "@/lib/domain";
import { db } from "@/lib/db/connection";
import { oncePerDataVersion } from "./per-data-version";

/** Every source, articles first, newest first. */
export async function listSources(): Promise<Source[]> {
  return db().source.findMany({
    select: { id: true, title: true, publisher: true, date: true, kind: true, licence: true, url: true, note: true },
    orderBy: [{ kind: "asc" }, { date: "desc" }, { id: "asc" }],
  });
}

/** Every source's title by id, read once per data version: for pages that name the source of each figure. */
export function loadSourceTitles(): Promise<ReadonlyMap<string, string>> {
  return oncePerDataVersion("sourceTitles", async () => new Map((await listSources()).map((source) => [source.id, source.title])));
}
