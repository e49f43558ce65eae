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
