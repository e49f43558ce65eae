import type { ClaimFlag, SourceRef } from "./band";

/** A percentage claim (a premium, a gap, a growth rate) from data/factors.json. */
export interface Factor {
  id: string;
  kind: string;
  lowPct: number;
  highPct: number;
  scope: string;
  country: string | null;
  flags: ClaimFlag[];
  source: SourceRef;
  quote: string;
  amountPhrase: string;
  note: string | null;
}
