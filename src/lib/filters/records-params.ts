import { z } from "zod";
import {
  COMPANY_SIZES,
  EMPLOYMENT_TYPES,
  RECORD_LEVELS,
  REMOTE_RATIOS,
  type CompanySize,
  type EmploymentType,
  type RecordLevel,
  type RemoteRatio,
} from "@/lib/records/codes";
import { entriesOf, shorten, type IgnoredParam, type ParamSource } from "./band-params";

export type { IgnoredParam } from "./band-params";

/**
 * The /records page and /api/percentiles keep their whole state in the URL. This module is the
 * one place that reads search params into typed filters (leaving out, and reporting, anything
 * it cannot use) and writes them back as a canonical query string, so that
 * parseRecordsParams(serializeRecordsView(v)) returns v. Pure: no database, no Next.
 */

/** Every filter, in canonical order. Each may be repeated; no value means "all". */
export const RECORD_FILTER_KEYS = ["title", "level", "country", "year", "employment", "remote", "size"] as const;
export type RecordFilterKey = (typeof RECORD_FILTER_KEYS)[number];

export interface RecordFilters {
  title: string[];
  level: RecordLevel[];
  country: string[];
  year: number[];
  employment: EmploymentType[];
  remote: RemoteRatio[];
  size: CompanySize[];
}

/** What the groups of /records are split by; titles are too many to group by. */
export const RECORD_GROUPINGS = ["level", "year", "country", "employment", "remote", "size"] as const;
export type RecordGrouping = (typeof RECORD_GROUPINGS)[number];
export const DEFAULT_GROUPING: RecordGrouping = "level";

export interface RecordsView {
  filters: RecordFilters;
  group: RecordGrouping;
}

/** The values the data holds for the open-ended filters; the others have fixed vocabularies. */
export interface RecordsVocabulary {
  titles: readonly string[];
  countries: readonly string[];
  years: readonly number[];
}

export function emptyRecordFilters(): RecordFilters {
  return { title: [], level: [], country: [], year: [], employment: [], remote: [], size: [] };
}

interface KeyRule<T extends string | number> {
  /** Reads one raw value; fails with the reason shown to the user. */
  schema: z.ZodType<T, string>;
  allowed: readonly string[];
}

function ruleFor<T extends string | number>(key: RecordFilterKey, values: readonly T[], what: string, normalize: (raw: string) => string): KeyRule<T> {
  const byText = new Map(values.map((value) => [normalize(String(value)), value]));
  return {
    schema: z.string().transform((raw, context) => {
      const value = byText.get(normalize(raw.trim()));
      if (value === undefined) {
        context.addIssue({ code: "custom", message: `not a known ${what}` });
        return z.NEVER;
      }
      return value;
    }),
    allowed: canonicalValues(key, values).map(String),
  };
}

/**
 * One rule per filter. Titles and codes match whatever their case ("machine learning
 * engineer", "us"); values the data does not hold are refused with the list of those it does.
 */
function rulesFor(vocabulary: RecordsVocabulary) {
  const caseless = (raw: string) => raw.toLowerCase();
  return {
    title: ruleFor("title", vocabulary.titles, "job title in the records", caseless),
    level: ruleFor("level", RECORD_LEVELS, "level", caseless),
    country: ruleFor("country", vocabulary.countries, "company country in the records", caseless),
    year: ruleFor("year", vocabulary.years, "year in the records", String),
    employment: ruleFor("employment", EMPLOYMENT_TYPES, "employment type", caseless),
    remote: ruleFor("remote", REMOTE_RATIOS, "remote ratio", String),
    size: ruleFor("size", COMPANY_SIZES, "company size", caseless),
  } satisfies { [K in RecordFilterKey]: KeyRule<RecordFilters[K][number]> };
}

/** Fixed vocabularies keep their natural order (junior before mid; S, M, L); titles, countries and years sort as text or numbers. */
const NATURAL_ORDER: Partial<Record<RecordFilterKey, readonly (string | number)[]>> = {
  level: RECORD_LEVELS,
  employment: EMPLOYMENT_TYPES,
  remote: REMOTE_RATIOS,
  size: COMPANY_SIZES,
};

/** The values without repeats, in canonical order. */
function canonicalValues<T extends string | number>(key: RecordFilterKey, values: readonly T[]): T[] {
  const natural = NATURAL_ORDER[key];
  const rank = (value: T) => natural?.indexOf(value) ?? 0;
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const groupSchema = z.enum(RECORD_GROUPINGS);

function isFilterKey(name: string): name is RecordFilterKey {
  return (RECORD_FILTER_KEYS as readonly string[]).includes(name);
}

/**
 * Reads search params. Unknown parameters and values are left out and listed in `ignored`
 * (never thrown); an empty value ("level=", as a form's "any" sends it) means "all" and is not
 * reported. Without `grouping`, as for the API, `group` is an unknown parameter too.
 */
export function parseRecordsParams(
  params: ParamSource,
  vocabulary: RecordsVocabulary,
  options: { grouping?: boolean } = {},
): { view: RecordsView; ignored: IgnoredParam[] } {
  const grouping = options.grouping ?? true;
  const rules = rulesFor(vocabulary);
  const chosen = Object.fromEntries(RECORD_FILTER_KEYS.map((key) => [key, new Set<string | number>()])) as Record<
    RecordFilterKey,
    Set<string | number>
  >;
  const ignored: IgnoredParam[] = [];
  let group: RecordGrouping | null = null;
  const knownNames = grouping ? [...RECORD_FILTER_KEYS, "group"] : [...RECORD_FILTER_KEYS];

  for (const [name, raw] of entriesOf(params)) {
    if (raw.trim() === "" && knownNames.includes(name)) continue;
    if (isFilterKey(name)) {
      const parsed = rules[name].schema.safeParse(raw);
      if (parsed.success) chosen[name].add(parsed.data);
      else ignored.push({ name, value: shorten(raw), reason: parsed.error.issues[0]?.message ?? "not allowed", allowed: rules[name].allowed });
    } else if (name === "group" && grouping) {
      const parsed = groupSchema.safeParse(raw.trim().toLowerCase());
      if (!parsed.success) ignored.push({ name, value: shorten(raw), reason: "not a grouping", allowed: RECORD_GROUPINGS });
      else if (group !== null) ignored.push({ name, value: shorten(raw), reason: "group may be given once; the first was used" });
      else group = parsed.data;
    } else {
      ignored.push({ name: shorten(name), value: shorten(raw), reason: "unknown parameter", allowed: knownNames });
    }
  }

  const filters = emptyRecordFilters();
  for (const key of RECORD_FILTER_KEYS) (filters[key] as (string | number)[]) = canonicalValues(key, [...chosen[key]]);
  return { view: { filters, group: group ?? DEFAULT_GROUPING }, ignored };
}

/** The canonical query string (no "?"): keys in RECORD_FILTER_KEYS order, values in vocabulary order, the default grouping left out. */
export function serializeRecordsView(view: RecordsView): string {
  const params = new URLSearchParams();
  for (const key of RECORD_FILTER_KEYS) {
    for (const value of canonicalValues<string | number>(key, view.filters[key])) params.append(key, String(value));
  }
  if (view.group !== DEFAULT_GROUPING) params.append("group", view.group);
  return params.toString();
}

/** "/records?title=…": the address of a view. */
export function recordsHref(view: RecordsView): string {
  const query = serializeRecordsView(view);
  return query ? `/records?${query}` : "/records";
}
