import { formatRange, parseMoneyRange } from "@/lib/salary-model";
import { claimedRange } from "./claimed-range";
import type { BandRecord, FactorRecord } from "./schema";

/**
 * Every number in data/ must be the number its quote states. These checks read
 * the record's amountPhrase (the part of the quote it took) and compare.
 */

/** A message naming the phrase and the record when their numbers differ; null when they agree. */
export function bandQuoteMismatch(band: BandRecord): string | null {
  const read = parseMoneyRange(band.amountPhrase);
  if (read === null) return `amountPhrase "${band.amountPhrase}" holds no amount`;
  const claimed = claimedRange(band);
  const currencyAgrees =
    read.currency === band.currency || (read.currency === null && band.flags.some((f) => f.code === "currency-unstated"));
  const periodAgrees = read.period === null || read.period === band.period;
  if (read.min === claimed.min && read.max === claimed.max && read.openEnded === claimed.openEnded && currencyAgrees && periodAgrees) {
    return null;
  }
  const readAs = formatRange({ ...read, currency: read.currency ?? band.currency });
  return `amountPhrase "${band.amountPhrase}" reads as ${readAs}${read.currency === null ? " (no currency stated)" : ""}${
    read.period ? ` per ${read.period}` : ""
  } but the record says ${formatRange(claimed)} per ${band.period}`;
}

/** Percent figures: the phrase must state both ends (gaps are negative: "10–15% less" is −15 to −10). */
export function factorQuoteMismatch(factor: FactorRecord): string | null {
  const stated = [...factor.amountPhrase.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const sign = /\b(less|lower|below|gap)\b/i.test(factor.amountPhrase) ? -1 : 1;
  const expected = [factor.lowPct, factor.highPct].map((pct) => pct * sign);
  const missing = expected.filter((pct) => pct < 0 || !stated.includes(pct));
  if (missing.length === 0) return null;
  return `amountPhrase "${factor.amountPhrase}" states ${stated.map((n) => `${sign * n}%`).join(", ") || "no percentage"} but the record says ${factor.lowPct}% to ${factor.highPct}%`;
}
