import { sourceHref, type Band, type VocabularyLabels } from "@/lib/domain";
import { comparableUsd, statedPart } from "@/lib/explorer/band-facts";
import { bandHref } from "@/lib/explorer/band-href";
import { sliceTitle } from "@/lib/explorer/source-claims";
import { formatAmount, formatCount, formatRange, formatStatistic, type RateTable } from "@/lib/salary-model";
import { describeRank, type Histogram, type PercentileRank } from "./position";
import type { OccupationWages } from "./types";

/**
 * "Where a number sits" for a slice of survey records or H-1B filings: the slice's histogram of
 * yearly USD pay, the article bands of the slice and the official P10–P90 of its occupations as
 * ranges over it, and where "your number" ranks. What cannot be drawn is listed with the reason.
 * Pure: the store's histogram and rank (position.ts) and the claims come in as arguments.
 */

interface SourceRef {
  id: string;
  title: string;
  href: string;
}

/** A range drawn over the histogram, USD a year. */
interface PayRange {
  /** Unique in the view: "band-<id>", "oews-15-2051". */
  key: string;
  kind: "band" | "official";
  label: string;
  /** What the ends are: "claimed range", "P10–P90". */
  ends: string;
  min: number;
  max: number;
  /** The claim names no top ("$250k+"), or the top is BLS's top-code ("≥ $239,200"): drawn to the chart's end. */
  openEnded: boolean;
  /** "$220,000–$300,000+", "$80,670–≥ $239,200"; "≈" when converted to USD. */
  text: string;
  /** "a claim, no n" or "233,440 employed (BLS estimate)". */
  n: string;
  /** The band's own page. */
  href: string | null;
  source: SourceRef;
  /** "converted from GBP at …", "May 2024, the nearest year to 2025", May 2020's caveat. */
  note: string | null;
}

export interface PositionView {
  /** "records" or "filings": what the slice counts. */
  noun: string;
  n: number;
  histogram: Histogram;
  rank: PercentileRank | null;
  /** "p68 of 412 records", or "too few to rank: n = 7, need 10". */
  rankText: string | null;
  ranges: PayRange[];
  /** Claims or occupations of the slice that cannot be drawn, and why. */
  notDrawn: { label: string; reason: string }[];
  /** Why nothing of a kind is drawn ("choose job titles of one role …"). */
  notes: string[];
  /** The slice's own source. */
  source: SourceRef | null;
  /** The chart in words, for its <desc>. */
  description: string;
}

const usd = (amount: number) => formatAmount(amount, "USD");

function sourceRef(id: string | null, titles: ReadonlyMap<string, string>): SourceRef | null {
  return id === null ? null : { id, title: titles.get(id) ?? id, href: sourceHref(id) };
}

function bandRange(band: Band, labels: VocabularyLabels, rates: RateTable): PayRange | { label: string; reason: string } {
  const label = `${sliceTitle(band, labels)} (${band.basis})`;
  if (band.period !== "year") return { label, reason: `pay per ${band.period}, not a yearly salary` };
  const range = comparableUsd(statedPart(band), rates);
  const converted = band.currency !== "USD";
  const min = range.min ?? 0;
  const max = range.max ?? min;
  return {
    key: `band-${band.id}`,
    kind: "band",
    label,
    ends: band.average === null ? "claimed range" : "claimed average",
    min,
    max,
    openEnded: range.openEnded,
    text: `${converted ? "≈ " : ""}${formatRange(range)}`,
    n: "a claim: no n",
    href: bandHref(band.id),
    source: { id: band.source.id, title: band.source.title, href: sourceHref(band.source.id) },
    note: converted ? `converted from ${band.currency} at the site's fixed rates` : null,
  };
}

function officialRange(wages: OccupationWages, titles: ReadonlyMap<string, string>): PayRange | { label: string; reason: string } {
  const label = `OEWS ${wages.occCode} ${wages.occTitle}, May ${wages.year}`;
  const source = sourceRef(wages.sourceId, titles);
  if (wages.p10.value === null || wages.p90.value === null) return { label, reason: "P10 or P90 not published by BLS" };
  if (!source) return { label, reason: "source not recorded" };
  const notes = [
    wages.nearestYear && wages.requestedYear !== null ? `May ${wages.year}, the nearest year with estimates to ${wages.requestedYear}` : null,
    wages.combined2020?.caveat ?? null,
    wages.p90.topCoded ? "P90 is BLS's top-code: the true figure is at or above it" : null,
  ].filter((note) => note !== null);
  return {
    key: `oews-${wages.soc}`,
    kind: "official",
    label,
    ends: "P10–P90",
    min: wages.p10.value,
    max: wages.p90.value,
    openEnded: wages.p90.topCoded,
    text: `${formatStatistic(wages.p10, "USD")}–${formatStatistic(wages.p90, "USD")}`,
    n: wages.n === null ? "employment not published" : `${formatCount(wages.n)} employed (BLS estimate)`,
    href: null,
    source,
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}

export interface PositionInput {
  noun: "records" | "filings";
  histogram: Histogram;
  rank: PercentileRank | null;
  /** The slice's own source id (the survey import, the LCA import). */
  sourceId: string | null;
  /** The article bands of the slice (explorer/select-bands.ts bandsOfSlice). */
  bands: readonly Band[];
  /** The OEWS occupations of the slice. */
  official: readonly OccupationWages[];
  /** Why a kind of range is not drawn at all ("choose job titles of one role"). */
  notes: readonly string[];
  labels: VocabularyLabels;
  rates: RateTable;
  sourceTitles: ReadonlyMap<string, string>;
}

export function positionView(input: PositionInput): PositionView {
  const drawn = [...input.official.map((w) => officialRange(w, input.sourceTitles)), ...input.bands.map((b) => bandRange(b, input.labels, input.rates))];
  const ranges = drawn.filter((r): r is PayRange => "key" in r);
  const notDrawn = drawn.filter((r): r is { label: string; reason: string } => !("key" in r));
  const { histogram, rank } = input;
  const rankText = rank ? describeRank(rank, input.noun) : null;
  const bins = histogram.bins
    ? `Histogram of ${formatCount(histogram.n)} ${input.noun} in bins of ${usd(histogram.binWidth)}, from ${usd(histogram.bins[0]!.from)} to ${usd(histogram.bins.at(-1)!.to)}.`
    : `${formatCount(histogram.n)} ${input.noun}: ${histogram.reason}.`;
  const over = ranges.map((r) => `${r.label}, ${r.ends} ${r.text}`);
  return {
    noun: input.noun,
    n: histogram.n,
    histogram,
    rank,
    rankText,
    ranges,
    notDrawn,
    notes: [...input.notes],
    source: sourceRef(input.sourceId, input.sourceTitles),
    description: [bins, over.length > 0 ? `Drawn over it: ${over.join("; ")}.` : "", rank ? `Your number ${usd(rank.pay)}: ${rankText}.` : ""].filter(Boolean).join(" "),
  };
}

/**
 * The May OEWS reference year just before a disclosure period starts ("FY2024Q1": October 2023,
 * so May 2023), the estimate H-1B filings of that quarter were made against; null for another format.
 */
export function oewsYearBefore(period: string): number | null {
  const match = /^FY(\d{4})Q([1-4])$/.exec(period);
  if (!match) return null;
  const fiscalYear = Number(match[1]);
  // The US federal fiscal year starts in October: Q1 Oct–Dec of the year before, Q4 Jul–Sep.
  const start = [{ year: fiscalYear - 1, month: 10 }, { year: fiscalYear, month: 1 }, { year: fiscalYear, month: 4 }, { year: fiscalYear, month: 7 }][Number(match[2]) - 1]!;
  return start.month > 5 ? start.year : start.year - 1;
}

/** Which claims and occupations a slice is held against: the bands' slice (bandsOfSlice), the OEWS query, and why a kind is missing. */
export interface SliceReferences {
  bands: Partial<Record<"role" | "level" | "country" | "company", readonly string[]>> | null;
  oews: { role: string; soc?: never; year: number | null } | { soc: string; role?: never; year: number | null } | null;
  notes: string[];
}

const ONE_ROLE_NOTE =
  "Article bands and the official P10–P90 are drawn when the job titles chosen all stand for one of the site's roles (the quick pick “ML engineer, all titles” does).";

/**
 * A survey-records slice's references: the role its titles stand for (roleOfTitles), its levels
 * and company countries; OEWS only for United States companies (it measures the US), in the
 * slice's work year when it names one, else the latest.
 */
export function recordsReferences(slice: { role: string | null; level: readonly string[]; country: readonly string[]; year: readonly number[] }): SliceReferences {
  if (slice.role === null) return { bands: null, oews: null, notes: [ONE_ROLE_NOTE] };
  const us = slice.country.length === 1 && slice.country[0] === "US";
  return {
    bands: { role: [slice.role], level: slice.level, country: slice.country, company: [] },
    oews: us ? { role: slice.role, year: slice.year.length === 1 ? slice.year[0]! : null } : null,
    notes: us ? [] : ["OEWS measures the United States only: choose the company country United States alone to see its P10–P90."],
  };
}

/**
 * An H-1B filings slice's references: all US. OEWS for the SOC code when one is chosen, else for
 * the role's occupations, in the May year before the filings' quarter; article bands of the role,
 * level and company (none without a role: filings of every occupation are no one claim's slice).
 */
export function filingsReferences(query: { company: string | null; role: string | null; level: string | null; soc: string | null }, periods: readonly string[]): SliceReferences {
  const years = periods.map(oewsYearBefore).filter((year) => year !== null);
  const year = years.length > 0 ? Math.max(...years) : null;
  const only = (value: string | null) => (value === null ? [] : [value]);
  return {
    bands: query.role === null ? null : { role: [query.role], level: only(query.level), company: only(query.company), country: ["US"] },
    oews: query.soc !== null ? { soc: query.soc, year } : query.role !== null ? { role: query.role, year } : null,
    notes: query.role === null ? ["Article bands are drawn when a role is chosen; the official P10–P90 when a role or a SOC code is."] : [],
  };
}
