export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** A year ("2023") or a full date ("2025-01-19"). */
  date: string;
  /** "article" or "dataset". */
  kind: string;
  licence: string;
  url: string | null;
  note: string | null;
  /** A dataset's description for its section on /sources; null for an article. */
  profile: SourceProfile | null;
}

export interface SourceProfile {
  measures: string;
  referencePeriod: string;
  method: string;
  coverage: string;
  /** The credit its licence asks for, shown with its figures. */
  attribution: string;
}

/** The year each source's claims are of: the year its date starts with ("2023", "2025-01-19" → 2025). */
export function sourceYears(sources: readonly Pick<Source, "id" | "date">[]): Map<string, number> {
  return new Map(sources.map((source) => [source.id, Number(source.date.slice(0, 4))]));
}

/** The id of a source's entry on /sources, and the link to it: how a figure names where it came from. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
export const sourceHref = (sourceId: string) => `/sources#${sourceAnchor(sourceId)}`;
