import { COMPANY_SIZES, EMPLOYMENT_TYPES, RECORD_LEVELS, REMOTE_RATIOS, type CompanySize, type EmploymentType, type RecordLevel, type RemoteRatio } from "@/lib/records/codes";
import { many, one } from "./query-shape";

/** /records' and /api/percentiles' URL: zod-free, for the records form too. */

/** What the groups of /records are split by; titles are too many to group by. */
export const RECORD_GROUPINGS = ["level", "year", "country", "employment", "remote", "size"] as const;
export type RecordGrouping = (typeof RECORD_GROUPINGS)[number];

/**
 * Every filter may be repeated; no value means "all". Fixed vocabularies keep their natural
 * order (junior before mid; S, M, L); titles, countries and years sort as text or numbers.
 * `pay` is "your number": where it sits among the matching records.
 */
export const recordsQuery = {
  title: many(),
  level: many<RecordLevel>(RECORD_LEVELS),
  country: many(),
  year: many<number>("number"),
  employment: many<EmploymentType>(EMPLOYMENT_TYPES),
  remote: many<RemoteRatio>(REMOTE_RATIOS.map(String)),
  size: many<CompanySize>(COMPANY_SIZES),
  group: one<RecordGrouping>("level"),
  pay: one<number | null>(null),
};
