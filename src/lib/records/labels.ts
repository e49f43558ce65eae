import { RECORD_FILTER_KEYS, type RecordFilterKey, type RecordFilters, type RecordGrouping } from "@/lib/url-state/records";
import {
  COMPANY_SIZE_LABELS,
  COMPANY_SIZES,
  countryName,
  EMPLOYMENT_LABELS,
  EMPLOYMENT_TYPES,
  LEVEL_LABELS,
  RECORD_LEVELS,
  REMOTE_LABELS,
  REMOTE_RATIOS,
  type CompanySize,
  type EmploymentType,
  type RecordLevel,
  type RemoteRatio,
} from "./codes";
import { formatCount } from "@/lib/salary-model";
import { ML_QUICK_PICK_TITLES } from "./role-titles";
import type { ValueCount } from "./summary";

/** How a stored value of a grouping column reads on the page: "senior" → "Senior", "US" → "United States". */
export function groupLabel(grouping: RecordGrouping, key: string): string {
  switch (grouping) {
    case "level":
      return LEVEL_LABELS[key as RecordLevel] ?? key;
    case "country":
      return countryName(key);
    case "employment":
      return EMPLOYMENT_LABELS[key as EmploymentType] ?? key;
    case "remote":
      return REMOTE_LABELS[Number(key) as RemoteRatio] ?? key;
    case "size":
      return COMPANY_SIZE_LABELS[key as CompanySize] ?? key;
    default:
      return key;
  }
}

/** The choices of the fixed-vocabulary filters, in their natural order, as the filter form lists them. */
export const FIXED_FILTER_OPTIONS: Readonly<Record<"level" | "employment" | "remote" | "size", readonly { value: string; label: string }[]>> = {
  level: RECORD_LEVELS.map((id) => ({ value: id, label: LEVEL_LABELS[id] })),
  employment: EMPLOYMENT_TYPES.map((type) => ({ value: type, label: EMPLOYMENT_LABELS[type] })),
  remote: REMOTE_RATIOS.map((ratio) => ({ value: String(ratio), label: `${REMOTE_LABELS[ratio]} (${ratio})` })),
  size: COMPANY_SIZES.map((size) => ({ value: size, label: COMPANY_SIZE_LABELS[size] })),
};

/** One option of a filter form's list: the value the URL holds and what the form shows. */
interface FormOption {
  value: string;
  label: string;
}

/** The records form's lists of the open-ended filters: titles (the ML ones apart) and countries by name, each with its count; years newest first. */
export interface RecordsFormOptions {
  mlTitles: FormOption[];
  otherTitles: FormOption[];
  countries: FormOption[];
  years: FormOption[];
}

/** Built from the counts the records hold (recordsVocabulary), so once per data version, not per request. */
export function recordsFormOptions(counts: Record<"title" | "country" | "year", readonly ValueCount[]>): RecordsFormOptions {
  const mlTitles = new Set<string>(ML_QUICK_PICK_TITLES);
  const titles = counts.title.toSorted((a, b) => a.value.localeCompare(b.value)).map((title) => ({ value: title.value, label: `${title.value} (${formatCount(title.count)})`, ml: mlTitles.has(title.value) }));
  const option = ({ value, label }: FormOption): FormOption => ({ value, label });
  return {
    mlTitles: titles.filter((title) => title.ml).map(option),
    otherTitles: titles.filter((title) => !title.ml).map(option),
    countries: counts.country
      .map((c) => ({ value: c.value, name: countryName(c.value), count: c.count }))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({ value: c.value, label: `${c.name} (${formatCount(c.count)})` })),
    years: counts.year
      .map((y) => y.value)
      .sort((a, b) => Number(b) - Number(a))
      .map((y) => ({ value: y, label: y })),
  };
}

const NATURAL_ORDER: Partial<Record<RecordGrouping, readonly string[]>> = {
  level: RECORD_LEVELS,
  employment: EMPLOYMENT_TYPES,
  remote: REMOTE_RATIOS.map(String),
  size: COMPANY_SIZES,
};

/**
 * Groups in reading order: levels junior to director, sizes S to L, years ascending and so on;
 * countries, which have no order of their own, by number of observations.
 */
export function orderGroups<G extends { key: string; summary: { n: number } }>(grouping: RecordGrouping, groups: readonly G[]): G[] {
  const natural = NATURAL_ORDER[grouping];
  if (natural) return groups.toSorted((a, b) => natural.indexOf(a.key) - natural.indexOf(b.key));
  if (grouping === "year") return groups.toSorted((a, b) => Number(a.key) - Number(b.key));
  return groups.toSorted((a, b) => b.summary.n - a.summary.n || a.key.localeCompare(b.key));
}

const FILTER_NAMES: Readonly<Record<RecordFilterKey, string>> = {
  title: "title",
  level: "level",
  country: "company in",
  year: "year",
  employment: "employment",
  remote: "remote ratio",
  size: "company size",
};

function valueLabel(key: RecordFilterKey, value: string | number): string {
  if (key === "title") return String(value);
  return groupLabel(key, String(value));
}

/** "title Machine Learning Engineer · level Senior or Mid-level · company in United States", or "all records". */
export function describeRecordFilters(filters: RecordFilters): string {
  const parts = RECORD_FILTER_KEYS.filter((key) => filters[key].length > 0).map(
    (key) => `${FILTER_NAMES[key]} ${(filters[key] as readonly (string | number)[]).map((value) => valueLabel(key, value)).join(" or ")}`,
  );
  return parts.length === 0 ? "all records" : parts.join(" · ");
}
