import type { Band, Factor, Rates, VocabularyLabels } from "@/lib/domain";
import type { EstimateInput, EstimateVocabulary } from "@/lib/url-state/estimate";
import type { MoneyRange, RateTable } from "@/lib/salary-model";

/** Everything the estimator reads. Pages pass the store's rows; tests pass literals. */
export interface EstimateData {
  bands: readonly Band[];
  factors: readonly Factor[];
  rates: RateTable;
  labels: VocabularyLabels;
  /** Each country's own currency (US → USD), to put bands in mixed currencies on one scale. */
  countryCurrency: ReadonlyMap<string, string>;
}

/** Everything /estimate and /api/estimate read from the store. */
export interface EstimatePageData {
  /** What the pure estimator reads. */
  estimator: EstimateData;
  labels: VocabularyLabels;
  /** The rate table with its source, for saying where conversions come from. */
  rates: Rates;
  /** What each /estimate parameter may hold. */
  vocabulary: EstimateVocabulary;
}

/** The rungs of the matching rule, most specific first. */
export const TIER_IDS = ["company-level", "country-level", "country", "level", "worldwide"] as const;
export type TierId = (typeof TIER_IDS)[number];

export interface BaseBand {
  band: Band;
  /** The claim as stated, in its own currency. */
  claimed: MoneyRange;
  /** The claim in the estimate's currency. */
  range: MoneyRange;
  converted: boolean;
  /** False when left out of the envelope (flagged implausible while other bands are not). */
  counted: boolean;
}

/** One source's bands for the matched slice, its envelope and where the same steps take it. */
export interface SourceBase {
  source: { id: string; title: string };
  bands: BaseBand[];
  /** Null when none of the source's bands is counted. */
  range: MoneyRange | null;
  result: MoneyRange | null;
}

export interface AppliedFactor {
  factor: Factor;
  /** The percentages applied: the stated ones, or their inverse for a premium taken off. */
  lowPct: number;
  highPct: number;
  inverted: boolean;
}

export interface EstimateStep extends AppliedFactor {
  before: MoneyRange;
  after: MoneyRange;
}

/** A factor that is not applied, with why, so nothing is left out silently. */
export interface UnusedFactor {
  factor: Factor;
  reason: string;
}

export interface EstimateNote {
  code: string;
  text: string;
}

export interface Estimate {
  input: EstimateInput;
  /** The level the bands were matched on (the given one, or the one read from years). */
  level: string;
  /** The role of the bands the base was taken from. */
  bandRole: string;
  /** The rung of the matching rule the base comes from; null when none holds a band. */
  tier: TierId | null;
  /** Why each more specific rung found nothing, most specific first. */
  missed: string[];
  sources: SourceBase[];
  /** The envelope of the sources' ranges; null when no band matched. */
  base: MoneyRange | null;
  steps: EstimateStep[];
  skipped: UnusedFactor[];
  /** Figures shown beside the estimate but never applied to it (the gender gap, job growth). */
  context: UnusedFactor[];
  /** The result in the base's currency. */
  range: MoneyRange | null;
  /** The result in the chosen currency (the same as `range` when none was chosen). */
  display: MoneyRange | null;
  notes: EstimateNote[];
}
