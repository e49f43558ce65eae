import type { Band, VocabularyLabels } from "@/lib/domain";
import { bandRange } from "@/lib/explorer/band-facts";
import { bandHref } from "@/lib/explorer/band-href";
import { valueLabel } from "@/lib/explorer/labels";
import { sliceTitle } from "@/lib/explorer/source-claims";
import { formatAmount, formatRange } from "@/lib/salary-model";
import type { FilingsMatch, MatchedFilings, OfficialBeside } from "./beside";
import type { BandCheck } from "./checks";
import type { OccupationWages, OfficialFigure } from "./types";

/**
 * What the band page, /sources, /compare and /estimate show of the official sources beside a set
 * of claims (docs/decisions/014-official-sources.md, "Beside every claim"): per claim, the
 * verdict of BLS OEWS and of the H-1B filings by basis, with the filings' n, P25–P75 and median;
 * per role and year among the claims, one table of the OEWS P10–P90 of the role's occupations.
 * Every figure is text here, with its n and its source, so the component only lays it out.
 */

/** Said wherever the official figures stand beside claims: why a total-pay claim above them is not a contradiction. */
export const BASIS_NOTE =
  "H-1B wages are base pay offered to visa workers, and OEWS wages exclude bonuses and equity, so a total-pay claim above them is expected, not wrong.";

/** Where each source's description, licence and counts are: its section on /sources. */
export const sourceHref = (sourceId: string) => `/sources#source-${sourceId}`;

const VERDICT_LABELS: Record<BandCheck["verdict"], string> = {
  agrees: "agrees",
  "mostly-outside": "mostly outside",
  "above-as-expected-for-total-pay": "above, as expected for total pay",
  "cannot-check": "cannot check",
};

interface VerdictView {
  verdict: BandCheck["verdict"];
  label: string;
  /** Why, with the figures it was held against; null in the brief form (the claim's page has it). */
  reason: string | null;
  /** The claim lies mostly outside the source's middle half: shown as a flag. */
  flagged: boolean;
}

/** One set of filings, in words: which filings, their n, and P25–P75 and median or why there are none. */
interface FilingsLine {
  match: FilingsMatch;
  /** "Google, titles naming Senior and Machine learning engineer". */
  label: string;
  n: number;
  /** "median $181,000 · P25–P75 $160,000–$205,000", or "too few to rank: n = 7, need 10". */
  figures: string;
  /** Held against the claim (the first line), or shown for context only. */
  checked: boolean;
}

interface ClaimBeside {
  bandId: string;
  title: string;
  stated: string;
  href: string;
  /** Null for a claim the official US sources cannot speak to: why, in a few words. */
  noOfficial: string | null;
  oews: VerdictView;
  /** The id of the OEWS table of its role and year on the same page. */
  oewsTableId: string | null;
  filings: { verdict: VerdictView; lines: FilingsLine[]; sourceId: string | null };
  /** Wider matches left out in the brief form; the claim's own page shows them. */
  contextLeftOut: number;
}

interface OewsRow {
  soc: string;
  /** The published code the figures are of (May 2020's combined code stands for the later one). */
  occCode: string;
  occTitle: string;
  /** "May 2024", with "nearest to 2025" when BLS has no estimate for the claim's year. */
  year: string;
  employment: string;
  p10: string;
  p25: string;
  median: string;
  p75: string;
  p90: string;
  /** Why the site holds the role against this occupation: a judgement, said as one. */
  reason: string;
  caveat: string | null;
}

interface OewsTable {
  id: string;
  caption: string;
  rows: OewsRow[];
  sourceId: string | null;
}

export interface OfficialBesideView {
  claims: ClaimBeside[];
  /** One per role and year among the US claims. */
  oews: OewsTable[];
  /** Whether any claim has official US figures beside it (else the note and tables are left out). */
  anyUs: boolean;
}

const usd = (amount: number) => formatAmount(amount, "USD");

/** BLS's markers kept as meaning: "≥ $239,200" at the top-code, "not available" for `*` and `**`. */
export function officialFigureText(figure: OfficialFigure): string {
  if (figure.value === null) return "not available";
  return figure.topCoded ? `≥ ${usd(figure.value)}` : usd(figure.value);
}

function verdictView(check: BandCheck, brief: boolean): VerdictView {
  return { verdict: check.verdict, label: VERDICT_LABELS[check.verdict], reason: brief ? null : check.reason, flagged: check.verdict === "mostly-outside" };
}

function filingsLine(band: Band, { match, summary }: MatchedFilings, index: number, oews: readonly OccupationWages[], labels: VocabularyLabels): FilingsLine {
  const employer = band.company ? valueLabel("company", band.company, labels) : "All employers";
  const role = valueLabel("role", band.role, labels);
  const soc = summary.query.soc ?? "";
  const occupation = oews.find((w) => w.soc === soc)?.occTitle;
  const which: Record<FilingsMatch, string> = {
    "title-role-level": `titles naming ${band.level ? valueLabel("level", band.level, labels) : ""} and ${role}`,
    "title-role": `titles naming ${role} (any level)`,
    occupation: `SOC ${soc}${occupation ? ` ${occupation}` : ""} (any title or level)`,
  };
  const { offered } = summary;
  return {
    match,
    label: `${employer}, ${which[match]}`,
    n: summary.n,
    figures: offered ? `median ${usd(offered.median)} · P25–P75 ${usd(offered.p25)}–${usd(offered.p75)}` : (summary.reason ?? "no figures"),
    checked: index === 0,
  };
}

function noOfficialReason(band: Band): string | null {
  if (band.country === "US") return null;
  return band.country === null ? "No official statistics for a worldwide claim." : "No official US statistics for this country.";
}

const oewsKey = (band: Band, beside: OfficialBeside) => `${band.role}-${beside.year ?? "latest"}`;

function oewsTable(id: string, band: Band, beside: OfficialBeside, labels: VocabularyLabels): OewsTable {
  const years = [...new Set(beside.oews.map((w) => w.year))].sort();
  const asked = beside.year === null ? "" : ` beside claims of ${beside.year}`;
  return {
    id,
    caption: `BLS OEWS, May ${years.join(", ")}${asked}: US annual wages of the occupations the site maps the role ${valueLabel("role", band.role, labels)} onto (employment is each one's n)`,
    rows: beside.oews.map((w) => ({
      soc: w.soc,
      occCode: w.occCode,
      occTitle: w.occTitle,
      year: `May ${w.year}${w.nearestYear && w.requestedYear !== null ? `, nearest to ${w.requestedYear}` : ""}`,
      employment: w.n === null ? "not available" : formatAmount(w.n, null),
      p10: officialFigureText(w.p10),
      p25: officialFigureText(w.p25),
      median: officialFigureText(w.median),
      p75: officialFigureText(w.p75),
      p90: officialFigureText(w.p90),
      reason: w.reason,
      caveat: w.combined2020 ? `May 2020 publishes ${w.combined2020.code} ${w.combined2020.title}: ${w.combined2020.caveat}` : null,
    })),
    sourceId: beside.oews[0]?.sourceId ?? null,
  };
}

interface ViewOptions {
  /** Keeps the tables' ids apart when a page shows several of these. */
  idPrefix?: string;
  /** Only the checked filings and the verdicts without their reasons: /sources, which lists every claim, leaves the rest to each claim's page. */
  brief?: boolean;
}

interface BandBeside {
  claim: ClaimBeside;
  /** The OEWS table of the claim's role and year, with its key (one table per key on a page). */
  table: { key: string; table: OewsTable } | null;
}

/**
 * What each band shows depends on the data only (the maps loadOfficialBeside and loadExplorerData
 * keep per data version), so it is built once per band and options and looked up by every page
 * showing that band, instead of being formatted again on each request.
 */
const builtBeside = new WeakMap<ReadonlyMap<string, OfficialBeside>, WeakMap<VocabularyLabels, Map<string, BandBeside | null>>>();

function bandBeside(band: Band, found: OfficialBeside, labels: VocabularyLabels, idPrefix: string, brief: boolean): BandBeside {
  const noOfficial = noOfficialReason(band);
  let table: BandBeside["table"] = null;
  if (noOfficial === null && found.oews.length > 0) {
    const key = oewsKey(band, found);
    table = { key, table: oewsTable(`${idPrefix}-oews-${key}`, band, found, labels) };
  }
  const lines = noOfficial === null ? found.filings.map((filings, i) => filingsLine(band, filings, i, found.oews, labels)) : [];
  const shown = brief ? lines.slice(0, 1) : lines;
  return {
    claim: {
      bandId: band.id,
      title: sliceTitle(band, labels),
      stated: formatRange(bandRange(band)),
      href: bandHref(band.id),
      noOfficial,
      oews: verdictView(found.checks.oews, brief),
      oewsTableId: table?.table.id ?? null,
      filings: {
        verdict: verdictView(found.checks.filings, brief),
        lines: shown,
        sourceId: found.filings[0]?.summary.sourceId ?? null,
      },
      contextLeftOut: lines.length - shown.length,
    },
    table,
  };
}

/** The official figures beside `bands` (in their order), from the per-band data of loadOfficialBeside. Shared parts: treat as read-only. */
export function officialBesideView(
  bands: readonly Band[],
  beside: ReadonlyMap<string, OfficialBeside>,
  labels: VocabularyLabels,
  { idPrefix = "official", brief = false }: ViewOptions = {},
): OfficialBesideView {
  const byLabels = builtBeside.get(beside) ?? new WeakMap<VocabularyLabels, Map<string, BandBeside | null>>();
  builtBeside.set(beside, byLabels);
  const built = byLabels.get(labels) ?? new Map<string, BandBeside | null>();
  byLabels.set(labels, built);
  const tables = new Map<string, OewsTable>();
  const claims = bands.flatMap((band): ClaimBeside[] => {
    const key = JSON.stringify([band.id, idPrefix, brief]);
    let entry = built.get(key);
    if (entry === undefined) {
      const found = beside.get(band.id);
      entry = found ? bandBeside(band, found, labels, idPrefix, brief) : null;
      built.set(key, entry);
    }
    if (!entry) return [];
    // The first claim of a role and year brings its table, as the page lists them.
    if (entry.table && !tables.has(entry.table.key)) tables.set(entry.table.key, entry.table.table);
    return [entry.claim];
  });
  return { claims, oews: [...tables.values()], anyUs: claims.some((claim) => claim.noOfficial === null) };
}
