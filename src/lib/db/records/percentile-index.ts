import "server-only";
import { cache } from "react";
import type Database from "better-sqlite3";
import {
  emptyRecordFilters,
  RECORD_FILTER_KEYS,
  type RecordFilterKey,
  type RecordFilters,
  type RecordsVocabulary,
} from "@/lib/url-state/records";
import { MIN_SHOWN_OBSERVATIONS, RECORD_LEVELS } from "@/lib/records/codes";
import { ROLE_TITLES } from "@/lib/records/role-titles";
import type { RecordsSummary, SliceSummary, ValueCount } from "@/lib/records/summary";
import { summarizeSorted } from "@/lib/salary-model";
import { readEnv } from "@/lib/env";
import { openSqlite } from "@/lib/db/connection";
import { fileIdentity } from "@/lib/db/data-version";

/**
 * Percentiles of the imported survey observations, for any combination of filters.
 *
 * The server keeps every observation's value (its USD midpoint) in memory, sorted, with one
 * bitset per filter value (which observations have it). A query ANDs the bitsets of its filters
 * (ORing the values within one filter), then walks the matching observations in value order, so
 * the lists summarizeSorted gets are sorted already: milliseconds for half a million
 * observations, where reading the matching rows out of SQLite and sorting them per request took
 * hundreds. Memory: about 36 bytes an observation plus N/8 bytes per distinct filter value
 * (about 45 MB for half a million observations and 400 values). Results are kept per snapshot
 * for repeated queries. Everything is rebuilt when an import has been committed since (see
 * `version`). See docs/decisions/003-salary-records.md.
 */

const COLUMN_OF: Readonly<Record<RecordFilterKey, string>> = {
  title: "jobTitle",
  level: "level",
  country: "companyLocation",
  year: "workYear",
  employment: "employmentType",
  remote: "remoteRatio",
  size: "companySize",
};

const CACHED_RESULTS = 500;

/** One filter column, dictionary-encoded. */
interface Column {
  /** codes[i]: the index in `labels` of observation i's value. */
  codes: Uint32Array;
  labels: string[];
  codeOf: Map<string, number>;
  counts: number[];
  /** masks[code]: bit i is set when observation i has that value. */
  masks: Uint32Array[];
}

interface Snapshot {
  databaseFile: string;
  version: string;
  /** Ascending. */
  values: Float64Array;
  /** Length of every bitset, in 32-bit words. */
  words: number;
  columns: Record<RecordFilterKey, Column>;
  results: Map<string, RecordsSummary>;
  /** recordsVocabulary's answer, counted and sorted once per snapshot (one object, so URL readers built from it are kept too). */
  vocabulary?: RecordsVocabularyWithCounts;
}

type RecordsVocabularyWithCounts = RecordsVocabulary & { counts: Record<"title" | "country" | "year", ValueCount[]> };

const globalForRecords = globalThis as {
  recordsConnection?: { file: string; identity: string | null; sqlite: Database.Database };
  recordsSnapshot?: Snapshot;
};

/**
 * The index's own connection, following a publish: a new file under the name (a new inode) gets a
 * new connection. The old one is closed at once: this module reads synchronously, so no read of
 * it can be in flight here.
 */
function connection(databaseFile: string): { sqlite: Database.Database; identity: string | null } {
  const identity = fileIdentity(databaseFile);
  const open = globalForRecords.recordsConnection;
  if (open?.file === databaseFile && open.identity === identity) return open;
  open?.sqlite.close();
  const sqlite = openSqlite(databaseFile, { readonly: true });
  globalForRecords.recordsConnection = { file: databaseFile, identity, sqlite };
  return globalForRecords.recordsConnection;
}

/** Changes with every published file, and within one file with every committed import (imports only add rows). */
function version(sqlite: Database.Database, identity: string | null): string {
  return `${identity} ${importsVersion(sqlite)}`;
}

/** What the index is built from: every observation's value and each filter column's code for it. */
interface Encoded {
  total: number;
  /** Ascending. */
  values: Float64Array;
  labels: Record<RecordFilterKey, string[]>;
  codes: Record<RecordFilterKey, Uint32Array>;
}

/** The RecordImport count and last id: imports only add rows, so this names the records a file holds. */
function importsVersion(sqlite: Database.Database): string {
  let statement = importsVersionStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare("SELECT COUNT(*) || ':' || IFNULL(MAX(id), 0) FROM RecordImport").pluck();
    importsVersionStatements.set(sqlite, statement);
  }
  return statement.get() as string;
}

/** Prepared once per connection: every page render asks for the version. */
const importsVersionStatements = new WeakMap<Database.Database, Database.Statement>();

/** Reads every observation, dictionary-encoding the filter columns: about 150 ms for 100,000 observations. */
function encodeRecords(sqlite: Database.Database): Encoded {
  const total = sqlite.prepare("SELECT COUNT(*) FROM SalaryRecord").pluck().get() as number;
  const values = new Float64Array(total);
  const labels = Object.fromEntries(RECORD_FILTER_KEYS.map((key) => [key, [] as string[]])) as Encoded["labels"];
  const codes = Object.fromEntries(RECORD_FILTER_KEYS.map((key) => [key, new Uint32Array(total)])) as Encoded["codes"];
  const codeOf = RECORD_FILTER_KEYS.map(() => new Map<string, number>());
  const rows = sqlite
    .prepare(`SELECT usdMid, ${RECORD_FILTER_KEYS.map((key) => COLUMN_OF[key]).join(", ")} FROM SalaryRecord ORDER BY usdMid`)
    .raw()
    .iterate() as IterableIterator<[number, ...(string | number)[]]>;
  let index = 0;
  for (const [value, ...cells] of rows) {
    values[index] = value;
    for (let k = 0; k < RECORD_FILTER_KEYS.length; k += 1) {
      const key = RECORD_FILTER_KEYS[k]!;
      const label = String(cells[k]);
      let code = codeOf[k]!.get(label);
      if (code === undefined) {
        code = labels[key].length;
        codeOf[k]!.set(label, code);
        labels[key].push(label);
      }
      codes[key][index] = code;
    }
    index += 1;
  }
  return { total, values, labels, codes };
}

/**
 * Writes the encoded records into the RecordsIndex table of a file being published
 * (src/lib/db/publish.ts), so that every server moving to that file reads three blobs instead
 * of every record: the swap then costs a few milliseconds of the thread readers need.
 */
export function storeRecordsIndex(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    const { total, values, labels, codes } = encodeRecords(sqlite);
    const allCodes = new Uint32Array(total * RECORD_FILTER_KEYS.length);
    RECORD_FILTER_KEYS.forEach((key, k) => allCodes.set(codes[key], k * total));
    sqlite.prepare("DELETE FROM RecordsIndex").run();
    sqlite
      .prepare("INSERT INTO RecordsIndex (id, version, total, usdMids, labels, codes) VALUES (1, @version, @total, @usdMids, @labels, @codes)")
      .run({
        version: importsVersion(sqlite),
        total,
        usdMids: Buffer.from(values.buffer, values.byteOffset, values.byteLength),
        labels: JSON.stringify(labels),
        codes: Buffer.from(allCodes.buffer, allCodes.byteOffset, allCodes.byteLength),
      });
  })();
}

/** Copied out of the blob: a typed array needs an aligned buffer, and the driver's Buffer may not be. */
function typedCopy<T extends Float64Array | Uint32Array>(blob: Buffer, make: (length: number) => T): T {
  const array = make(blob.byteLength / make(0).BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(blob);
  return array;
}

/** The stored encoding when it was written for the records the file holds now; else read from the records (a file published before the table existed). */
function readEncoded(sqlite: Database.Database): Encoded {
  const stored = sqlite.prepare("SELECT version, total, usdMids, labels, codes FROM RecordsIndex WHERE id = 1").get() as
    | { version: string; total: number; usdMids: Buffer; labels: string; codes: Buffer }
    | undefined;
  if (!stored || stored.version !== importsVersion(sqlite)) return encodeRecords(sqlite);
  const allCodes = typedCopy(stored.codes, (n) => new Uint32Array(n));
  return {
    total: stored.total,
    values: typedCopy(stored.usdMids, (n) => new Float64Array(n)),
    labels: JSON.parse(stored.labels) as Encoded["labels"],
    codes: Object.fromEntries(RECORD_FILTER_KEYS.map((key, k) => [key, allCodes.subarray(k * stored.total, (k + 1) * stored.total)])) as Encoded["codes"],
  };
}

function loadSnapshot(sqlite: Database.Database, databaseFile: string, currentVersion: string): Snapshot {
  // One read transaction, so the count and the rows agree even while an import commits.
  const { total, values, labels, codes } = sqlite.transaction(() => readEncoded(sqlite))();
  const words = Math.ceil(total / 32);
  const columns = Object.fromEntries(
    RECORD_FILTER_KEYS.map((key): [RecordFilterKey, Column] => {
      const column: Column = {
        codes: codes[key],
        labels: labels[key],
        codeOf: new Map(labels[key].map((label, code) => [label, code])),
        counts: labels[key].map(() => 0),
        masks: labels[key].map(() => new Uint32Array(words)),
      };
      for (let i = 0; i < total; i += 1) {
        const code = column.codes[i]!;
        column.counts[code]! += 1;
        column.masks[code]![i >>> 5]! |= 1 << (i & 31);
      }
      return [key, column];
    }),
  ) as Record<RecordFilterKey, Column>;
  return { databaseFile, version: currentVersion, values, words, columns, results: new Map() };
}

/** Checked once per page render (React's per-request `cache`): a page asks many times. */
const snapshot = cache(currentSnapshot);

function currentSnapshot(): Snapshot {
  const { databaseFile } = readEnv();
  const { sqlite, identity } = connection(databaseFile);
  const current = version(sqlite, identity);
  const cached = globalForRecords.recordsSnapshot;
  if (cached?.databaseFile === databaseFile && cached.version === current) return cached;
  globalForRecords.recordsSnapshot = loadSnapshot(sqlite, databaseFile, current);
  return globalForRecords.recordsSnapshot;
}

/** The titles, company countries and years the records hold, with their counts, most frequent first. Shared: treat it as read-only. */
export function recordsVocabulary(): RecordsVocabularyWithCounts {
  const snap = snapshot();
  const { columns } = snap;
  const counted = (key: RecordFilterKey) =>
    columns[key].labels.map((value, code) => ({ value, count: columns[key].counts[code] ?? 0 })).sort((a, b) => b.count - a.count);
  snap.vocabulary ??= {
    titles: columns.title.labels,
    countries: columns.country.labels,
    years: columns.year.labels.map(Number),
    counts: { title: counted("title"), country: counted("country"), year: counted("year") },
  };
  return snap.vocabulary;
}

/** The observations passing every filter, as a bitset; null when no filter is set (all pass). */
function selection({ columns, words }: Snapshot, filters: RecordFilters): Uint32Array | null {
  let selected: Uint32Array | null = null;
  for (const key of RECORD_FILTER_KEYS) {
    if (filters[key].length === 0) continue;
    const column = columns[key];
    const anyOf = new Uint32Array(words);
    for (const value of filters[key]) {
      const mask = column.masks[column.codeOf.get(String(value)) ?? -1];
      if (mask) for (let w = 0; w < words; w += 1) anyOf[w]! |= mask[w]!;
    }
    if (selected) for (let w = 0; w < words; w += 1) selected[w]! &= anyOf[w]!;
    else selected = anyOf;
  }
  return selected;
}

function computeSummary(snap: Snapshot, filters: RecordFilters, groupBy: RecordFilterKey | undefined): RecordsSummary {
  const { values } = snap;
  const selected = selection(snap, filters);
  const groupColumn = groupBy ? snap.columns[groupBy] : null;
  const matching: number[] = [];
  const byGroup = new Map<number, number[]>();
  const take = (i: number) => {
    const value = values[i]!;
    matching.push(value);
    if (groupColumn) {
      const code = groupColumn.codes[i]!;
      const group = byGroup.get(code);
      if (group) group.push(value);
      else byGroup.set(code, [value]);
    }
  };
  if (selected === null) {
    for (let i = 0; i < values.length; i += 1) take(i);
  } else {
    for (let w = 0; w < selected.length; w += 1) {
      for (let bits = selected[w]!; bits !== 0; bits &= bits - 1) take(w * 32 + 31 - Math.clz32(bits & -bits));
    }
  }
  // Taken in ascending order, so every list is sorted already.
  const groups = [...byGroup].map(([code, groupValues]) => ({ key: groupColumn!.labels[code]!, summary: summarizeSorted(groupValues)! }));
  return { overall: summarizeSorted(matching), groups: groups.sort((a, b) => b.summary.n - a.summary.n) };
}

/** The USD values of the observations that pass every filter, ascending (for a histogram or a rank). */
export function recordValues(filters: RecordFilters): number[] {
  const snap = snapshot();
  const selected = selection(snap, filters);
  if (selected === null) return Array.from(snap.values);
  const values: number[] = [];
  for (let w = 0; w < selected.length; w += 1) {
    for (let bits = selected[w]!; bits !== 0; bits &= bits - 1) values.push(snap.values[w * 32 + 31 - Math.clz32(bits & -bits)]!);
  }
  return values;
}

/**
 * Statistics of the observations that pass every filter (an empty filter passes all), overall
 * and, with `groupBy`, per value of that column. Values in USD a year. The result may be shared
 * with other callers: treat it as read-only.
 */
export function summarizeRecords(filters: RecordFilters, groupBy?: RecordFilterKey): RecordsSummary {
  const snap = snapshot();
  const key = JSON.stringify([RECORD_FILTER_KEYS.map((k) => filters[k]), groupBy ?? null]);
  const hit = snap.results.get(key);
  if (hit) return hit;
  const result = computeSummary(snap, filters, groupBy);
  snap.results.set(key, result);
  // Map keeps insertion order: the oldest result goes first.
  if (snap.results.size > CACHED_RESULTS) snap.results.delete(snap.results.keys().next().value!);
  return result;
}

/** The records filters of one of the site's slices (role mapped to survey titles by ROLE_TITLES); null when the role or level has no counterpart in the survey. */
export function sliceFilters(slice: { role: string; level?: string | null; country?: string | null; year?: number | null }): RecordFilters | null {
  const titles = ROLE_TITLES[slice.role];
  const level = RECORD_LEVELS.find((id) => id === slice.level);
  if (!titles || (slice.level && !level)) return null;
  return {
    ...emptyRecordFilters(),
    title: [...titles],
    level: level ? [level] : [],
    country: slice.country ? [slice.country] : [],
    year: slice.year ? [slice.year] : [],
  };
}

/**
 * The records for one of the site's slices, to set beside an article's band: role (mapped to
 * survey job titles by ROLE_TITLES), level, company country and work year; a null or missing
 * level, country or year means any. Null when the role or level has no counterpart in the survey
 * ("lead" and "manager" have none) or fewer than MIN_SHOWN_OBSERVATIONS observations match.
 */
export function summarizeRecordsForSlice(slice: {
  role: string;
  level?: string | null;
  country?: string | null;
  year?: number | null;
}): SliceSummary | null {
  const filters = sliceFilters(slice);
  if (!filters) return null;
  const { overall, groups } = summarizeRecords(filters, "title");
  if (!overall || overall.n < MIN_SHOWN_OBSERVATIONS) return null;
  return {
    n: overall.n,
    p25: overall.p25,
    p50: overall.p50,
    p75: overall.p75,
    currency: "USD",
    titles: groups.map((group) => group.key).sort(),
  };
}
