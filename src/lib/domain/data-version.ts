/** What the footer says about the data behind every page. */
export interface DataVersionLabel {
  /** The first 8 hex digits of the published file's content fingerprint: equal contents, equal version; "unpublished" for a file built before publishing. */
  version: string;
  bands: number;
  factors: number;
  articles: number;
  /** The date in the newest imported survey file's name ("…-2025-01-19.csv"); null when none was imported. */
  surveySnapshot: string | null;
}
