import "server-only";
import { cache } from "react";
import type Database from "better-sqlite3";
import type { Band } from "@/lib/domain";
import type { RecordsBeside } from "@/lib/explorer/records-check";
import { filingsMatches, type MatchedFilings, type OfficialBeside } from "@/lib/official/beside";
import { checkBand, combineChecks, countChecks, type BandCheck, type CheckReference, type SourceCheckCounts } from "@/lib/official/checks";
import { OEWS_WAGE_FIELDS, type OewsWageField } from "@/lib/official/formats";
import { companyForEmployer, mapJobTitle, OEWS_CODES_2020, occupationsForRole } from "@/lib/official/mappings";
import { histogram, percentileRank } from "@/lib/official/position";
import { PPP_INDICATOR, type PppFactor } from "@/lib/official/ppp";
import { tooFewToRank } from "@/lib/official/sample";
import type { FilingsQuery, FilingsSummary, OccupationWages, OfficialFigure, TrendPoint, Trends } from "@/lib/official/types";
import { summarizeSorted, type RateTable } from "@/lib/salary-model";
import type { OfficialVocabulary } from "@/lib/url-state/official";
import { readEnv } from "@/lib/env";
import { openSqlite } from "@/lib/db/connection";
import { fileIdentity } from "@/lib/db/data-version";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { oncePerDataVersion } from "@/lib/db/queries/per-data-version";
import { recordsVocabulary, recordValues, sliceFilters, summarizeRecords } from "@/lib/db/records/percentile-index";

/**
 * The reads the pages and APIs use for the official sources (docs/decisions/014-official-sources.md).
 * The three tables are small (7k wages, 65k filings, 6k PPP values): they are read once per data
 * version (the OfficialImport log) into memory, the filings sorted by offered wage with their
 * company, role and level mapped (src/lib/official/mappings.ts), and every query filters there.
 */

interface WageRow {
  year: number;
  occCode: string;
  occTitle: string;
  oGroup: string;
  employment: number | null;
  figures: Record<OewsWageField, OfficialFigure>;
}

interface FilingRow {
  period: string;
  company: string | null;
  role: string | null;
  level: string | null;
  state: string;
  socCode: string;
  annualWage: number;
  annualPrevailingWage: number;
}

/** The fields a filings query narrows by, each indexed (OfficialSnapshot.filingsWith). */
const FILING_FILTER_FIELDS = ["company", "role", "level", "state", "socCode"] as const;
type FilingFilterField = (typeof FILING_FILTER_FIELDS)[number];

/** Each field's posting lists: a query reads the shortest list that applies instead of scanning every filing. */
function indexFilings(filings: readonly FilingRow[]): Record<FilingFilterField, Map<string, number[]>> {
  const index = Object.fromEntries(FILING_FILTER_FIELDS.map((field) => [field, new Map<string, number[]>()])) as Record<FilingFilterField, Map<string, number[]>>;
  filings.forEach((filing, position) => {
    for (const field of FILING_FILTER_FIELDS) {
      const value = filing[field];
      if (value === null) continue;
      const list = index[field].get(value);
      if (list) list.push(position);
      else index[field].set(value, [position]);
    }
  });
  return index;
}

interface OfficialSnapshot {
  databaseFile: string;
  version: string;
  /** By occupation code, then year. */
  wages: Map<string, Map<number, WageRow>>;
  /** Ascending by annualWage. */
  filings: FilingRow[];
  /** For each filter field and value, the positions in `filings` of the rows that have it, ascending (so in wage order). */
  filingsWith: Record<FilingFilterField, Map<string, number[]>>;
  ppp: { country: string; countryName: string; year: number; indicator: string; value: number }[];
  sources: { oews: string | null; lca: string | null; ppp: string | null; records: string | null };
  /** Recent filings slices by query (filingsSlice). */
  slices: Map<string, { wages: number[]; summary: Omit<FilingsSummary, "rank" | "query"> }>;
  /** What the filings and the PPP table hold, counted once per data version for the URL checks and the filings form. */
  values: FilingsValues & { periods: string[]; pppCountries: string[] };
}

/** The worksite states, SOC codes (with the title filed) and mapped companies of the filings, each with its count, most first. */
export interface FilingsValues {
  states: { value: string; count: number }[];
  socs: { value: string; title: string; count: number }[];
  companies: { value: string; count: number }[];
}

const globalForOfficial = globalThis as {
  officialConnection?: { file: string; identity: string | null; sqlite: Database.Database };
  officialSnapshot?: OfficialSnapshot;
};

/**
 * This module's connection, following a publish: a new file under the name (a new inode) gets a
 * new connection, closed at once for the old one (reads here are synchronous, none is in flight).
 * The snapshot itself is kept while the official imports are the same (`snapshot`).
 */
function connection(databaseFile: string): Database.Database {
  const identity = fileIdentity(databaseFile);
  const open = globalForOfficial.officialConnection;
  if (open?.file === databaseFile && open.identity === identity) return open.sqlite;
  open?.sqlite.close();
  const sqlite = openSqlite(databaseFile, { readonly: true });
  globalForOfficial.officialConnection = { file: databaseFile, identity, sqlite };
  return sqlite;
}

/** Which group a code's row is read from when BLS publishes it as both broad and detailed (same figures). */
const GROUP_PREFERENCE = ["detailed", "broad", "minor", "major", "total"];

function loadSnapshot(sqlite: Database.Database, databaseFile: string, version: string): OfficialSnapshot {
  return sqlite.transaction(() => {
    const figure = (value: number | null, topCoded: number): OfficialFigure => ({ value, topCoded: topCoded === 1, notAvailable: value === null });
    const wages = new Map<string, Map<number, WageRow>>();
    const wageRows = sqlite
      .prepare(
        `SELECT year, occCode, occTitle, oGroup, employment, ${OEWS_WAGE_FIELDS.map((f) => `${f}, ${f}TopCoded`).join(", ")} FROM OccupationWage`,
      )
      .all() as Record<string, number | string | null>[];
    for (const row of wageRows) {
      const code = row.occCode as string;
      const byYear = wages.get(code) ?? new Map<number, WageRow>();
      const existing = byYear.get(row.year as number);
      if (!existing || GROUP_PREFERENCE.indexOf(row.oGroup as string) < GROUP_PREFERENCE.indexOf(existing.oGroup)) {
        byYear.set(row.year as number, {
          year: row.year as number,
          occCode: code,
          occTitle: row.occTitle as string,
          oGroup: row.oGroup as string,
          employment: row.employment as number | null,
          figures: Object.fromEntries(OEWS_WAGE_FIELDS.map((f) => [f, figure(row[f] as number | null, row[`${f}TopCoded`] as number)])) as Record<OewsWageField, OfficialFigure>,
        });
      }
      wages.set(code, byYear);
    }
    // Each filing built as one literal of fixed shape: spreading the driver's row objects gave
    // objects that V8 reads some 30 times slower in the filters below (a scan of 35 ms, not 1 ms).
    const filings = (
      sqlite.prepare("SELECT period, employerName, jobTitle, state, socCode, annualWage, annualPrevailingWage FROM LcaFiling ORDER BY annualWage").all() as {
        period: string;
        employerName: string;
        jobTitle: string;
        state: string;
        socCode: string;
        annualWage: number;
        annualPrevailingWage: number;
      }[]
    ).map((row): FilingRow => {
      // Written out field by field: objects built by spreading driver rows end up in V8's slow
      // dictionary mode, and every query scans all of them (a scan took 28 ms instead of under 1).
      const { role, level } = mapJobTitle(row.jobTitle);
      return {
        period: row.period,
        company: companyForEmployer(row.employerName),
        role,
        level,
        state: row.state,
        socCode: row.socCode,
        annualWage: row.annualWage,
        annualPrevailingWage: row.annualPrevailingWage,
      };
    });
    const ppp = sqlite
      .prepare("SELECT countryIso2 AS country, countryName, year, indicator, value FROM PppValue ORDER BY countryIso2, indicator, year")
      .all() as OfficialSnapshot["ppp"];
    const sourceOf = (kind: string) =>
      (sqlite.prepare("SELECT sourceId FROM OfficialImport WHERE kind = @kind ORDER BY id DESC LIMIT 1").pluck().get({ kind }) as string | null | undefined) ?? null;
    const records = (sqlite.prepare("SELECT sourceId FROM RecordImport ORDER BY id DESC LIMIT 1").pluck().get() as string | null | undefined) ?? null;
    // A code's title: BLS's latest for it, else the title filed most often with it (filers write O*NET and SOC 2010 titles too).
    const filedTitles = sqlite
      .prepare(
        `SELECT socCode AS value, socTitle AS title, total AS count FROM (
           SELECT socCode, socTitle, SUM(COUNT(*)) OVER (PARTITION BY socCode) AS total,
                  ROW_NUMBER() OVER (PARTITION BY socCode ORDER BY COUNT(*) DESC, socTitle) AS rank
           FROM LcaFiling GROUP BY socCode, socTitle)
         WHERE rank = 1 ORDER BY count DESC, socCode`,
      )
      .all() as FilingsValues["socs"];
    const blsTitle = (code: string) => [...(wages.get(code)?.values() ?? [])].sort((a, b) => b.year - a.year)[0]?.occTitle;
    const socs = filedTitles.map((soc) => ({ ...soc, title: blsTitle(soc.value) ?? soc.title }));
    const values = {
      periods: [...new Set(filings.map((f) => f.period))].sort(),
      states: counted(filings.map((f) => f.state)),
      socs,
      companies: counted(filings.flatMap((f) => (f.company ? [f.company] : []))),
      pppCountries: [...new Set(ppp.map((v) => v.country))].sort(),
    };
    return { databaseFile, version, wages, filings, filingsWith: indexFilings(filings), ppp, values, slices: new Map(), sources: { oews: sourceOf("oews"), lca: sourceOf("lca"), ppp: sourceOf("ppp"), records } };
  })();
}

/** Each value with how often it occurs, most frequent first, then alphabetically. */
function counted(values: readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** The OfficialImport count and last id, prepared once per connection: every page render asks for it. */
const importsVersionStatements = new WeakMap<Database.Database, Database.Statement>();

/** Checked once per page render (React's per-request `cache`): a page asks many times. */
const snapshot = cache(currentSnapshot);

function currentSnapshot(): OfficialSnapshot {
  const { databaseFile } = readEnv();
  const sqlite = connection(databaseFile);
  let statement = importsVersionStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare("SELECT COUNT(*) || ':' || IFNULL(MAX(id), 0) FROM OfficialImport").pluck();
    importsVersionStatements.set(sqlite, statement);
  }
  const version = statement.get() as string;
  const cached = globalForOfficial.officialSnapshot;
  if (cached?.databaseFile === databaseFile && cached.version === version) return cached;
  globalForOfficial.officialSnapshot = loadSnapshot(sqlite, databaseFile, version);
  return globalForOfficial.officialSnapshot;
}

/** The rows standing for `soc` by year: its own, and May 2020's combined code where 2020 lacks it. */
function occupationSeries(snap: OfficialSnapshot, soc: string): Map<number, { row: WageRow; combined2020: OccupationWages["combined2020"] }> {
  const series = new Map<number, { row: WageRow; combined2020: OccupationWages["combined2020"] }>();
  for (const [year, row] of snap.wages.get(soc) ?? []) series.set(year, { row, combined2020: null });
  for (const entry of OEWS_CODES_2020) {
    const row = snap.wages.get(entry.code2020)?.get(2020);
    if (row && entry.laterCodes.includes(soc) && !series.has(2020)) {
      series.set(2020, { row, combined2020: { code: entry.code2020, title: entry.title2020, caveat: entry.caveat } });
    }
  }
  return series;
}

/** The nearest year that has data: the year itself, else the closer one, the later on a tie (newer figures). */
function nearest(years: readonly number[], year: number): number | undefined {
  return [...years].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a)[0];
}

/** One occupation's OEWS wages in a May reference year, or the nearest year that has it (`nearestYear: true`); no year: the latest. */
function occupationWages(snap: OfficialSnapshot, soc: string, reason: string, year: number | null): OccupationWages | null {
  const series = occupationSeries(snap, soc);
  const years = [...series.keys()];
  const used = year === null ? Math.max(...years) : nearest(years, year);
  const found = used === undefined ? undefined : series.get(used);
  if (!found) return null;
  const { row, combined2020 } = found;
  return {
    soc,
    reason,
    occCode: row.occCode,
    occTitle: row.occTitle,
    combined2020,
    requestedYear: year,
    year: row.year,
    nearestYear: year !== null && row.year !== year,
    n: row.employment,
    ...row.figures,
    sourceId: snap.sources.oews,
  };
}

/**
 * OEWS wages for each SOC occupation a role maps to (data/official/role-occupations.json), in the
 * claim's May reference year or the nearest available one (`nearestYear: true`); no year: the latest.
 */
export function officialWagesFor({ role, year }: { role: string; year?: number | null }): OccupationWages[] {
  const snap = snapshot();
  return occupationsForRole(role).flatMap(({ soc, reason }) => occupationWages(snap, soc, reason, year ?? null) ?? []);
}

/** OEWS wages of one SOC code (O*NET suffix dropped), as filed on H-1B applications; null when BLS publishes no estimate for it. */
export function officialWagesOfCode({ soc, year }: { soc: string; year?: number | null }): OccupationWages | null {
  const code = soc.replace(/[.-]\d\d$/, "");
  return occupationWages(snapshot(), code, "the SOC code the filings were filed under", year ?? null);
}

/** The filings matching every set field of `query`, in wage order: the shortest posting list of the set fields, checked against the others. */
function matchingFilings(snap: OfficialSnapshot, query: FilingsQuery): readonly FilingRow[] {
  const wanted: Record<FilingFilterField, string | null | undefined> = {
    company: query.company,
    role: query.role,
    level: query.level,
    state: query.state,
    socCode: query.soc?.replace(/[.-]\d\d$/, ""),
  };
  const set = FILING_FILTER_FIELDS.filter((field) => wanted[field]);
  if (set.length === 0) return snap.filings;
  const lists = set.map((field) => snap.filingsWith[field].get(wanted[field]!) ?? []);
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  const rows: FilingRow[] = [];
  for (const position of shortest) {
    const filing = snap.filings[position]!;
    if (set.every((field) => filing[field] === wanted[field])) rows.push(filing);
  }
  return rows;
}

/** The median of unsorted values; a typed array sorts numbers natively, many times faster than a comparator sort of 65,000. */
function medianOf(values: number[]): number {
  return summarizeSorted(Array.from(Float64Array.from(values).sort()))!.p50;
}

/**
 * H-1B LCA offered wages for a slice: n, P25, median, P75, min and max of the annual offered
 * wage, the prevailing wage's median, how many matching filings the vocabulary does not map, and
 * the histogram (and, with `pay`, its rank). Under MIN_RANKED_SAMPLE filings: n and a reason.
 */
export function filingsFor(query: FilingsQuery, options: { pay?: number | null } = {}): FilingsSummary {
  const snap = snapshot();
  const { wages, summary } = filingsSlice(snap, query);
  return { ...summary, query, rank: options.pay == null ? null : percentileRank(wages, options.pay) };
}

/** Slices asked for recently, per snapshot: a repeated slice (another pay, the page's metadata and body) is not scanned again. */
const CACHED_SLICES = 500;

function filingsSlice(snap: OfficialSnapshot, query: FilingsQuery): { wages: number[]; summary: Omit<FilingsSummary, "rank" | "query"> } {
  const key = JSON.stringify([query.company ?? null, query.role ?? null, query.level ?? null, query.state ?? null, query.soc ?? null]);
  const hit = snap.slices.get(key);
  if (hit) return hit;
  const rows = matchingFilings(snap, query);
  // The filings are sorted by offered wage, so the matching wages are too: no sort per query.
  const wages = rows.map((f) => f.annualWage);
  const reason = tooFewToRank(rows.length);
  const offered = reason ? null : summarizeSorted(wages);
  const unmapped = { company: 0, role: 0, level: 0 };
  for (const f of rows) {
    if (f.company === null) unmapped.company += 1;
    if (f.role === null) unmapped.role += 1;
    if (f.level === null) unmapped.level += 1;
  }
  const slice = {
    wages,
    summary: {
      periods: snap.values.periods,
      n: rows.length,
      offered: offered && { min: offered.min, p25: offered.p25, median: offered.p50, p75: offered.p75, max: offered.max },
      prevailingMedian: reason ? null : medianOf(rows.map((f) => f.annualPrevailingWage)),
      reason,
      unmapped,
      histogram: histogram(wages),
      sourceId: snap.sources.lca,
    },
  };
  snap.slices.set(key, slice);
  // Map keeps insertion order: the oldest slice goes first.
  if (snap.slices.size > CACHED_SLICES) snap.slices.delete(snap.slices.keys().next().value!);
  return slice;
}

/** Where `pay` sits among the survey records of a filter set (their USD midpoints), with the histogram and the records' source. */
export function recordsPosition(filters: Parameters<typeof recordValues>[0], pay: number | null) {
  const values = recordValues(filters);
  return { histogram: histogram(values), rank: pay === null ? null : percentileRank(values, pay), sourceId: snapshot().sources.records };
}

const figure = (value: number | null): OfficialFigure => ({ value, topCoded: false, notAvailable: false });

/** Median and P25–P75 of the survey records by work year, and the OEWS median and P10–P90 of each mapped occupation by May year. */
export function trendsFor({ role, level, country }: { role: string; level?: string | null; country?: string | null }): Trends {
  const filters = sliceFilters({ role, level, country });
  const byYear = filters ? summarizeRecords(filters, "year").groups : [];
  const records: TrendPoint[] = byYear
    .map(({ key, summary }) => {
      const reason = tooFewToRank(summary.n);
      return {
        year: Number(key),
        n: summary.n,
        median: figure(reason ? null : summary.p50),
        low: figure(reason ? null : summary.p25),
        high: figure(reason ? null : summary.p75),
        reason,
      };
    })
    .sort((a, b) => a.year - b.year);
  const snap = snapshot();
  const oews = occupationsForRole(role).map(({ soc, reason }) => {
    const series = [...occupationSeries(snap, soc)].sort(([a], [b]) => a - b);
    return {
      soc,
      occTitle: series.at(-1)?.[1].row.occTitle ?? soc,
      reason,
      spread: "p10-p90" as const,
      points: series.map(([year, { row, combined2020 }]) => ({
        year,
        occCode: row.occCode,
        caveat: combined2020?.caveat ?? null,
        n: row.employment,
        median: row.figures.median,
        low: row.figures.p10,
        high: row.figures.p90,
        reason: null,
      })),
    };
  });
  return {
    records: { role, level: level ?? null, country: country ?? null, spread: "p25-p75", points: records, sourceId: snap.sources.records },
    oews: oews.map((series) => ({ ...series, sourceId: snap.sources.oews })),
  };
}

/** The PPP table: every indicator's values by country and year, and the PA.NUS.PRVT.PP factors toInternationalDollars takes. */
export function pppTable(): { indicator: string; factors: PppFactor[]; values: OfficialSnapshot["ppp"]; sourceId: string | null } {
  const snap = snapshot();
  return {
    indicator: PPP_INDICATOR,
    factors: snap.ppp.filter((v) => v.indicator === PPP_INDICATOR).map(({ country, year, value }) => ({ country, year, value })),
    values: snap.ppp,
    sourceId: snap.sources.ppp,
  };
}

function oewsReference(w: OccupationWages): CheckReference {
  return {
    label: `OEWS ${w.occCode} ${w.occTitle}, May ${w.year}`,
    p25: w.p25.value,
    p75: w.p75.topCoded ? null : w.p75.value,
    basis: "base",
    country: "US",
    ...(w.p25.value === null || w.p75.value === null ? { reason: "P25 or P75 not published" } : w.p75.topCoded ? { reason: "P75 is top-coded" } : {}),
  };
}

function filingsReference(summary: FilingsSummary): CheckReference {
  return {
    label: `H-1B filings ${summary.periods.join(", ")} (n = ${summary.n})`,
    p25: summary.offered?.p25 ?? null,
    p75: summary.offered?.p75 ?? null,
    basis: "base",
    country: "US",
    ...(summary.reason ? { reason: summary.reason } : {}),
  };
}

/** The survey records the band's own page shows beside it (the source's year, or the year before when it has too few), so both say the same. */
function recordsReference(band: Band, records: RecordsBeside | undefined): CheckReference {
  return {
    label: records ? `survey records ${records.year} (n = ${records.records.n})` : "survey records",
    p25: records?.records.p25 ?? null,
    p75: records?.records.p75 ?? null,
    basis: "base",
    country: band.country,
    ...(records ? {} : { reason: "no records of this slice, or too few to rank" }),
  };
}

/** The filings beside a band: its match groups (filingsMatches) in order, until a group has a set with enough filings to rank. */
function matchedFilings(band: Band): MatchedFilings[] {
  const shown: MatchedFilings[] = [];
  for (const group of filingsMatches(band)) {
    const summaries = group.map(({ match, query }) => ({ match, summary: filingsFor(query) }));
    shown.push(...summaries);
    if (summaries.some(({ summary }) => summary.offered !== null)) break;
  }
  return shown;
}

/**
 * For each band: the OEWS wages of its role's occupations in its source's year (or the nearest),
 * the H-1B filings that match it, and each real source's verdict: OEWS (the occupations
 * combined, combineChecks), the filings whose title states its role and level, and the survey
 * records beside it (`records`, from recordsBesideBands). Depends on the data only: callers keep
 * it per data version (src/lib/db/queries/official-beside.ts).
 */
export function officialBesideBands(
  bands: readonly Band[],
  sourceYears: ReadonlyMap<string, number>,
  rates: RateTable,
  records: ReadonlyMap<string, RecordsBeside>,
): Map<string, OfficialBeside> {
  return new Map(
    bands.map((band) => {
      const year = sourceYears.get(band.source.id) ?? null;
      const oews = officialWagesFor({ role: band.role, year });
      const filings = matchedFilings(band);
      const checked = filings[0]!.summary;
      const checks = {
        oews: oews.length === 0 ? { verdict: "cannot-check" as const, reason: `no OEWS occupation for the role ${band.role}`, shareInside: null } : combineChecks(oews.map((w) => checkBand(band, oewsReference(w), rates))),
        filings: checkBand(band, filingsReference(checked), rates),
        records: checkBand(band, recordsReference(band, records.get(band.id)), rates),
      };
      return [band.id, { year, oews, filings, checks }];
    }),
  );
}

export interface BandChecks {
  bandId: string;
  sourceId: string;
  oews: BandCheck;
  filings: BandCheck;
  records: BandCheck;
}

/** For /sources: per real source (OEWS, H-1B filings, survey records), how many article claims it confirms, contradicts, finds above as expected, or cannot check. */
export function sourceCheckCounts(checks: readonly BandChecks[]): SourceCheckCounts[] {
  const snap = snapshot();
  const realSource = { oews: snap.sources.oews ?? "oews", filings: snap.sources.lca ?? "lca", records: snap.sources.records ?? "records" } as const;
  return countChecks(checks.flatMap((c) => (["oews", "filings", "records"] as const).map((kind) => ({ sourceId: realSource[kind], check: c[kind] }))));
}

/** The worksite states, SOC codes and companies of the filings, with their counts (the filings form). */
export function filingsValues(): FilingsValues {
  return snapshot().values;
}

/**
 * What the official sources' URLs may hold (src/lib/url-state/official.ts): the site's vocabulary
 * and what the store holds. Once per data version, one object shared (its URL readers are kept too).
 */
export function officialVocabulary(): Promise<OfficialVocabulary> {
  return oncePerDataVersion("officialVocabulary", queryOfficialVocabulary);
}

async function queryOfficialVocabulary(): Promise<OfficialVocabulary> {
  const { labels } = await loadExplorerData();
  const { values } = snapshot();
  return {
    roles: [...labels.roles.keys()],
    levels: [...labels.levels.keys()],
    companies: [...labels.companies.keys()],
    countries: recordsVocabulary().countries,
    states: values.states.map((s) => s.value).sort(),
    pppCountries: values.pppCountries,
  };
}
