import "server-only";
import type { Source } from "@/lib/domain";
import { db } from "@/lib/db/connection";
import { oncePerDataVersion } from "./per-data-version";

/** Every source, articles first, newest first. */
export async function listSources(): Promise<Source[]> {
  const rows = await db().source.findMany({
    select: {
      id: true,
      title: true,
      publisher: true,
      date: true,
      kind: true,
      licence: true,
      url: true,
      note: true,
      measures: true,
      referencePeriod: true,
      method: true,
      coverage: true,
      attribution: true,
    },
    orderBy: [{ kind: "asc" }, { date: "desc" }, { id: "asc" }],
  });
  return rows.map(({ measures, referencePeriod, method, coverage, attribution, ...source }) => ({
    ...source,
    // load-claims writes the five together, from one profile or none.
    profile: measures !== null && referencePeriod !== null && method !== null && coverage !== null && attribution !== null ? { measures, referencePeriod, method, coverage, attribution } : null,
  }));
}

/** Every source's title by id, read once per data version: for pages that name the source of each figure. */
export function loadSourceTitles(): Promise<ReadonlyMap<string, string>> {
  return oncePerDataVersion("sourceTitles", async () => new Map((await listSources()).map((source) => [source.id, source.title])));
}
