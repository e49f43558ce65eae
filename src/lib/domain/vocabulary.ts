/** Display names for the vocabulary ids, so pages can say "Senior" and "United Kingdom". */
export interface VocabularyLabels {
  /** The level ladder: `rank` orders levels from junior up. */
  levels: Map<string, { name: string; rank: number }>;
  roles: Map<string, string>;
  countries: Map<string, string>;
  cities: Map<string, string>;
  companies: Map<string, string>;
  industries: Map<string, string>;
  /** Articles only: the survey dataset is not a filter value. */
  sources: Map<string, string>;
  currencies: Map<string, string>;
}
