import type { Band, VocabularyLabels } from "@/lib/domain";
import type { PppData } from "@/lib/official/ppp";
import { explorerFilters, type CompareDimension, type CompareFilters } from "@/lib/url-state/compare";
import { envelope, midpoint, percentDifference, type MoneyRange, type RateTable } from "@/lib/salary-model";
import type { DisplayRow } from "./display-rows";
import { describeView, valueLabel } from "./labels";
import { viewRows } from "./view-rows";

/** One picked value of a comparison: its bands in the display currency and what they add up to. */
export interface ComparedValue<T extends Band> {
  value: string;
  rows: DisplayRow<T>[];
  /**
   * The union of the value's yearly claims in the display currency; null when it has none.
   * Day and hour rates are left out (they are not salaries), and so are claims flagged
   * implausible (Pakistan's "PKR 50,000" a year would drag a floor to $180).
   */
  envelope: MoneyRange | null;
  midpoint: number | null;
  /** How far this envelope's midpoint is above (+) or below (−) the first value's, in percent; null for the first value or when a midpoint is unknown. */
  differencePct: number | null;
  /** With ppp=1: the same in international dollars, over the counted claims that have a PPP factor; null otherwise. */
  ppp: ComparedInternationalDollars | null;
}

interface ComparedInternationalDollars {
  /** In international dollars (the range's currency is null); null when no counted claim has a factor. */
  envelope: MoneyRange | null;
  midpoint: number | null;
  differencePct: number | null;
  /** Counted claims with a factor, and those left out for want of one. */
  counted: number;
  withoutFactor: number;
}

function countsTowardsEnvelope(row: DisplayRow): boolean {
  return row.range.period === "year" && !row.band.flags.some((flag) => flag.code === "implausible");
}

/** Each picked value's bands, selected and ordered as the explorer would show them, with envelope, midpoint and difference from the first. */
export function compareValues<T extends Band>(
  bands: readonly T[],
  filters: CompareFilters,
  rates: RateTable,
  labels: VocabularyLabels,
  ppp: PppData | null = null,
): ComparedValue<T>[] {
  const compared = filters.values.map((value) => {
    const rows = viewRows(bands, explorerFilters(filters, value), rates, labels, ppp);
    const counted = rows.filter(countsTowardsEnvelope);
    const hull = counted.length > 0 ? envelope(counted.map((row) => row.range)) : null;
    return { value, rows, envelope: hull, midpoint: hull ? midpoint(hull) : null, ppp: filters.ppp ? internationalEnvelope(counted) : null };
  });
  const baseline = compared[0];
  const difference = (from: MoneyRange | null | undefined, to: MoneyRange | null) => (from == null || to === null ? null : percentDifference(from, to));
  return compared.map((value, index) => ({
    ...value,
    differencePct: index === 0 ? null : difference(baseline?.envelope, value.envelope),
    ppp: value.ppp && { ...value.ppp, differencePct: index === 0 ? null : difference(baseline?.ppp?.envelope, value.ppp.envelope) },
  }));
}

/** The envelope of the counted claims' international dollars: those without a factor are left out and counted. */
function internationalEnvelope(counted: readonly DisplayRow[]): ComparedInternationalDollars {
  const priced = counted.flatMap((row) => (row.ppp?.internationalDollars ? [row.ppp.internationalDollars] : []));
  const hull = priced.length > 0 ? envelope(priced) : null;
  return { envelope: hull, midpoint: hull ? midpoint(hull) : null, differencePct: null, counted: priced.length, withoutFactor: counted.length - priced.length };
}

const PLURALS: Record<CompareDimension, string> = { company: "companies", country: "countries", level: "levels" };

/** "companies", "countries", "levels". */
export function dimensionPlural(by: CompareDimension): string {
  return PLURALS[by];
}

/**
 * How a compared value is named in sentences: "Google senior" when comparing companies
 * at one level, otherwise the value's own name ("United States", "Senior").
 */
export function comparedName(filters: CompareFilters, value: string, labels: VocabularyLabels): string {
  const name = valueLabel(filters.by, value, labels);
  const [level, ...more] = filters.narrow.level;
  return filters.by !== "level" && level !== undefined && more.length === 0 ? `${name} ${valueLabel("level", level, labels).toLowerCase()}` : name;
}

/** "Meta senior pay is 13% below Google senior pay"; within half a percent it is "about the same as". */
export function differenceSentence(name: string, baselineName: string, differencePct: number): string {
  const rounded = Math.round(Math.abs(differencePct));
  if (rounded === 0) return `${name} pay is about the same as ${baselineName} pay`;
  return `${name} pay is ${rounded}% ${differencePct > 0 ? "above" : "below"} ${baselineName} pay`;
}

/** Sentence case after a colon, but never "mL engineer". */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "Google vs Meta: senior ML engineer base salaries", for the heading, the page title and link previews. */
export function describeComparison(filters: CompareFilters, labels: VocabularyLabels): { title: string; description: string } {
  const context = lowerFirst(describeView(explorerFilters(filters), labels).title);
  const names = filters.values.map((value) => valueLabel(filters.by, value, labels));
  if (names.length < 2) {
    return {
      title: `Compare ${PLURALS[filters.by]}: ${context}`,
      description: `Pick two to four ${PLURALS[filters.by]} to see their ${context} side by side, with the percent difference between them.`,
    };
  }
  return {
    title: `${names.join(" vs ")}: ${context}`,
    description: `${names.join(", ")} side by side: ${context} in ${filters.currency} from published articles, with the percent difference between them.`,
  };
}
