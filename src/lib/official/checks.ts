import type { Band } from "@/lib/domain";
import { comparableUsd, statedPart } from "@/lib/explorer/band-facts";
import { shareWithinInterquartile, type MoneyRange, type RateTable } from "@/lib/salary-model";

/**
 * An article's band held against a real source's middle half (P25–P75), by basis
 * (docs/decisions/014-official-sources.md). OEWS wages exclude bonuses and equity and H-1B wages
 * are base pay offered on the filing, so a total-pay claim above them is expected, not wrong.
 */

/** The verdicts, in the order combineChecks prefers them. */
type Verdict = "agrees" | "above-as-expected-for-total-pay" | "mostly-outside" | "cannot-check";

export interface BandCheck {
  verdict: Verdict;
  reason: string;
  /** Share of the band's stated part (USD a year) inside the reference's P25–P75; null when it could not be checked. */
  shareInside: number | null;
}

/** The reference's middle half, USD a year, and what its figures measure. Null figures: too few, or not published. */
export interface CheckReference {
  /** "OEWS 15-2051 Data Scientists, May 2024", "H-1B filings, FY2024Q1, n = 412". */
  label: string;
  p25: number | null;
  p75: number | null;
  /** Only "base" references exist so far: OEWS and LCA wages are both base pay. */
  basis: "base";
  /** Set when p25/p75 are null: why ("too few to rank: n = 7, need 10", "P75 not available"). */
  reason?: string;
  /** Where the reference counts: "US" for both official sources; the claim's own country (null: worldwide) for survey records of its slice. */
  country: string | null;
}

const usd = (amount: number) => `$${Math.round(amount).toLocaleString("en-US")}`;

export function checkBand(band: Band, reference: CheckReference, rates: RateTable): BandCheck {
  const cannot = (reason: string): BandCheck => ({ verdict: "cannot-check", reason, shareInside: null });
  if (band.country !== reference.country) return cannot(`${reference.label} covers ${reference.country} only; the claim is for ${band.country ?? "no country (worldwide)"}`);
  if (band.period !== "year") return cannot(`the claim is pay per ${band.period}, not a yearly salary`);
  if (reference.p25 === null || reference.p75 === null) return cannot(`${reference.label}: ${reference.reason ?? "no P25–P75"}`);
  let range: MoneyRange;
  try {
    range = comparableUsd(statedPart(band), rates);
  } catch {
    return cannot(`the claim cannot be converted to USD a year (${band.currency})`);
  }
  const interquartile: MoneyRange = { currency: "USD", min: reference.p25, max: reference.p75, openEnded: false, period: "year" };
  const shareInside = shareWithinInterquartile(range, interquartile);
  const middle = `${reference.label} P25–P75 ${usd(reference.p25)}–${usd(reference.p75)}`;
  const percent = `${Math.round(shareInside * 100)}% of the claim`;
  if (shareInside >= 0.5) return { verdict: "agrees", reason: `${percent} lies within ${middle}`, shareInside };
  const low = range.min ?? range.max!;
  const high = range.max ?? range.min!;
  const above = (low + high) / 2 > reference.p75;
  if (above && band.basis === "total") {
    return {
      verdict: "above-as-expected-for-total-pay",
      reason: `a total-pay claim above ${middle}, which is base pay without bonus or equity: expected, not wrong`,
      shareInside,
    };
  }
  return { verdict: "mostly-outside", reason: `only ${percent} lies within ${middle}; it sits mostly ${above ? "above" : "below"}`, shareInside };
}

/**
 * One verdict from several references of one source (a role maps to several occupations):
 * agrees with any -> agrees; else above-as-expected if any; else mostly-outside if any; else
 * cannot-check. The first check of the winning kind gives the reason.
 */
const PRECEDENCE: readonly Verdict[] = ["agrees", "above-as-expected-for-total-pay", "mostly-outside", "cannot-check"];

export function combineChecks(checks: readonly BandCheck[]): BandCheck {
  for (const verdict of PRECEDENCE) {
    const found = checks.find((check) => check.verdict === verdict);
    if (found) return found;
  }
  return { verdict: "cannot-check", reason: "nothing to check against", shareInside: null };
}

export interface SourceCheckCounts {
  sourceId: string;
  confirms: number;
  contradicts: number;
  aboveAsExpected: number;
  cannotCheck: number;
}

/** Per real source, how many claims it confirms (agrees), contradicts (mostly outside), finds above as expected, or cannot check. */
export function countChecks(checks: readonly { sourceId: string; check: BandCheck }[]): SourceCheckCounts[] {
  const counts = new Map<string, SourceCheckCounts>();
  for (const { sourceId, check } of checks) {
    const entry = counts.get(sourceId) ?? { sourceId, confirms: 0, contradicts: 0, aboveAsExpected: 0, cannotCheck: 0 };
    if (check.verdict === "agrees") entry.confirms += 1;
    else if (check.verdict === "mostly-outside") entry.contradicts += 1;
    else if (check.verdict === "above-as-expected-for-total-pay") entry.aboveAsExpected += 1;
    else entry.cannotCheck += 1;
    counts.set(sourceId, entry);
  }
  return [...counts.values()];
}
