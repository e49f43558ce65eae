/** What the footer says about the data behind every page. */
export interface DataVersionLabel {
  /** The first 8 hex digits of a sha256 over the claims and the imported survey files: equal contents, equal version. */
  version: string;
  bands: number;
  factors: number;
  articles: number;
  /** The date in the newest imported survey file's name ("…-2025-01-19.csv"); null when none was imported. */
  surveySnapshot: string | null;
}
