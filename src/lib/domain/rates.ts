import type { RateTable } from "@/lib/salary-model";
import type { SourceRef } from "./band";

interface ExchangeRateInfo {
  currency: string;
  unitsPerUsd: number;
  /** How the rate was obtained, shown beside converted figures. */
  derivation: string;
}

/** The dated rate table salary-model converts with, plus where each rate came from. */
export interface Rates {
  table: RateTable;
  source: SourceRef;
  rates: ExchangeRateInfo[];
}
