import type { Band, VocabularyLabels } from "@/lib/domain";
import type { EstimateNote } from "./types";

interface YearSpan {
  level: string;
  from: number;
  /** Null when open ("5+ years"). */
  to: number | null;
}

/** The years of experience the bands state for each level: the union of their spans ("3–5", "5+"). */
function yearSpans(bands: readonly Band[]): YearSpan[] {
  const spans = new Map<string, YearSpan>();
  for (const band of bands) {
    if (band.level === null || band.yearsMin === null) continue;
    const span = spans.get(band.level);
    const to = band.yearsMax;
    if (!span) spans.set(band.level, { level: band.level, from: band.yearsMin, to });
    else spans.set(band.level, { level: band.level, from: Math.min(span.from, band.yearsMin), to: span.to === null || to === null ? null : Math.max(span.to, to) });
  }
  return [...spans.values()];
}

function spanText({ from, to }: YearSpan): string {
  return to === null ? `${from}+ years` : from === to ? `${from} years` : `${from}–${to} years`;
}

/**
 * The level for `years` of experience, read from the years the sources themselves
 * give for each level. Where spans overlap ("3–5" and "5+" both hold 5) the more
 * senior level is used and the note names both; between or below the spans, the
 * nearest level below (or the first). Null when the bands state no years at all.
 */
export function levelFromYears(years: number, bands: readonly Band[], labels: VocabularyLabels): { level: string; note: EstimateNote } | null {
  const rank = (span: YearSpan) => labels.levels.get(span.level)?.rank ?? 0;
  const spans = yearSpans(bands).sort((a, b) => rank(a) - rank(b));
  const name = (span: YearSpan) => `${labels.levels.get(span.level)?.name ?? span.level} (${spanText(span)})`;
  const holding = spans.filter((span) => years >= span.from && (span.to === null || years <= span.to));
  const chosen = holding.at(-1) ?? spans.filter((span) => span.from <= years).at(-1) ?? spans[0];
  if (!chosen) return null;
  const text =
    holding.length > 1
      ? `${years} years of experience sits in ${holding.map(name).join(" and ")} in the sources; the more senior, ${name(chosen)}, is used. Choose a level to see the other.`
      : `${years} years of experience is read as ${name(chosen)}, going by the years the sources give for each level.`;
  return { level: chosen.level, note: { code: "level-from-years", text } };
}
