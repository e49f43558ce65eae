import "server-only";
import { db } from "./client";

export interface SourceDto {
  id: string;
  title: string;
  publisher: string;
  /** A year ("2023") or a full date ("2025-01-19"). */
  date: string;
  kind: string;
  licence: string;
  url: string | null;
  note: string | null;
}

/** Every source, articles first, newest first. */
export async function listSources(): Promise<SourceDto[]> {
  return db().source.findMany({
    select: { id: true, title: true, publisher: true, date: true, kind: true, licence: true, url: true, note: true },
    orderBy: [{ kind: "asc" }, { date: "desc" }, { id: "asc" }],
  });
}
