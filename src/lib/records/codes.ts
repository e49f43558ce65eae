import { MIN_RANKED_SAMPLE } from "@/lib/official/sample";

/**
 * The aijobs.net salary file format (https://aijobs.net/salaries/) and how its codes map onto the
 * site's vocabulary. Pure: used by the importer, the URL parser, the pages and the tests.
 */

/** The header every imported file must have, in this order. */
export const RECORD_COLUMNS = [
  "work_year",
  "experience_level",
  "employment_type",
  "job_title",
  "salary",
  "salary_currency",
  "salary_in_usd",
  "employee_residence",
  "remote_ratio",
  "company_location",
  "company_size",
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/**
 * The survey's experience codes onto the site's level ids. The survey has four levels, the
 * articles six: "EX" (executive) is the closest to the site's "director"; nothing maps to
 * "lead" or "manager".
 */
export const LEVEL_BY_EXPERIENCE = { EN: "junior", MI: "mid", SE: "senior", EX: "director" } as const;
export type ExperienceCode = keyof typeof LEVEL_BY_EXPERIENCE;
export const EXPERIENCE_CODES = Object.keys(LEVEL_BY_EXPERIENCE) as ExperienceCode[];
export type RecordLevel = (typeof LEVEL_BY_EXPERIENCE)[ExperienceCode];
/** In rank order. */
export const RECORD_LEVELS = Object.values(LEVEL_BY_EXPERIENCE) as RecordLevel[];

export const EXPERIENCE_LABELS: Readonly<Record<ExperienceCode, string>> = {
  EN: "entry-level / junior",
  MI: "mid-level / intermediate",
  SE: "senior / expert",
  EX: "executive / director",
};

export const LEVEL_LABELS: Readonly<Record<RecordLevel, string>> = {
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  director: "Director",
};

export const EMPLOYMENT_TYPES = ["FT", "PT", "CT", "FL"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const EMPLOYMENT_LABELS: Readonly<Record<EmploymentType, string>> = {
  FT: "Full-time",
  PT: "Part-time",
  CT: "Contract",
  FL: "Freelance",
};

/** The survey's definitions: remote 0 is under 20% of the time remote, 100 over 80%. */
export const REMOTE_RATIOS = [0, 50, 100] as const;
export type RemoteRatio = (typeof REMOTE_RATIOS)[number];
export const REMOTE_LABELS: Readonly<Record<RemoteRatio, string>> = { 0: "On site", 50: "Hybrid", 100: "Remote" };

export const COMPANY_SIZES = ["S", "M", "L"] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
export const COMPANY_SIZE_LABELS: Readonly<Record<CompanySize, string>> = {
  S: "Small (under 50 people)",
  M: "Medium (50–250)",
  L: "Large (over 250)",
};

/** Groups with fewer observations get their count and no percentiles: the site's one small-sample rule, MIN_RANKED_SAMPLE (10). */
export const MIN_SHOWN_OBSERVATIONS = MIN_RANKED_SAMPLE;
/** Groups below this are shown but marked "small sample". */
export const SMALL_SAMPLE_OBSERVATIONS = 30;

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "US" → "United States", for a two-letter ISO 3166-1 code (the importer allows no other shape). */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}
