import type { PppRange } from "@/lib/official/ppp";
import type { MoneyRange } from "@/lib/salary-model";

/** RFC 4180: quote a field when it holds a comma, quote or line break; double the quotes inside. */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLines(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A range in international dollars (ppp=1), full precision; they have no currency code, so the unit is named. */
export function internationalDollarsJson(range: MoneyRange) {
  return { unit: "international dollar", period: range.period, min: range.min, max: range.max, openEnded: range.openEnded };
}

/** A claim's international dollars (ppp=1) with the factor used, or the reason it has none. */
export function pppJson(ppp: PppRange) {
  if (ppp.internationalDollars === null) return { unit: "international dollar", min: null, max: null, reason: ppp.reason };
  const { internationalDollars, factor, factorYear, nearestYear, country, year, localCurrency, convertedFrom } = ppp;
  return { ...internationalDollarsJson(internationalDollars), factor, factorYear, nearestYear, country, year, localCurrency, convertedFrom };
}
