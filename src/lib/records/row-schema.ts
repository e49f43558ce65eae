import { z } from "zod";
import {
  COMPANY_SIZES,
  EMPLOYMENT_TYPES,
  EXPERIENCE_CODES,
  RECORD_COLUMNS,
  REMOTE_RATIOS,
  type CompanySize,
  type RecordColumn,
  type EmploymentType,
  type ExperienceCode,
  type RemoteRatio,
} from "./codes";

/** One valid row of a salary file, typed. Amounts are whole units. */
export interface SurveyRow {
  workYear: number;
  experienceLevel: ExperienceCode;
  employmentType: EmploymentType;
  jobTitle: string;
  salary: number;
  salaryCurrency: string;
  salaryInUsd: number;
  employeeResidence: string;
  remoteRatio: RemoteRatio;
  companyLocation: string;
  companySize: CompanySize;
}

/** What is wrong with one field of one row; `field` is the column name, or null for the row as a whole. */
export interface RowProblem {
  field: RecordColumn | null;
  value: string;
  reason: string;
}

const MAX_TITLE_LENGTH = 200;

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]], { error: `must be one of ${values.join(", ")}` });
// Up to 15 digits stays below Number.MAX_SAFE_INTEGER, so the text converts exactly.
const wholeAmount = z.string().regex(/^[1-9]\d{0,14}$/, "must be a whole number above 0, without separators");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be a two-letter ISO 3166-1 country code in capitals");

/**
 * The cells of one row, checked as text, in RECORD_COLUMNS order. Plain checks without
 * transforms keep zod at well under a microsecond a row, which matters at a million rows;
 * every check guarantees the text converts exactly to the SurveyRow field.
 */
const rowSchema = z.tuple([
  z.string().regex(/^20\d\d$/, "must be a year from 2000 to 2099"),
  enumOf(EXPERIENCE_CODES),
  enumOf(EMPLOYMENT_TYPES),
  z.string().min(1, "must not be empty").max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`),
  wholeAmount,
  z.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 currency code in capitals"),
  wholeAmount,
  countryCode,
  enumOf(REMOTE_RATIOS.map(String)),
  countryCode,
  enumOf(COMPANY_SIZES),
]);

/**
 * Reads one data row (its cells in RECORD_COLUMNS order, already trimmed) into a SurveyRow, or
 * lists every problem with it. Nothing is corrected.
 */
export function readSurveyRow(cells: readonly string[]): { row: SurveyRow; problems?: never } | { row?: never; problems: RowProblem[] } {
  if (cells.length !== RECORD_COLUMNS.length) {
    return {
      problems: [{ field: null, value: cells.join(","), reason: `has ${cells.length} fields, expected ${RECORD_COLUMNS.length}` }],
    };
  }
  const parsed = rowSchema.safeParse(cells);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const index = issue.path[0] as number;
        return { field: RECORD_COLUMNS[index] ?? null, value: cells[index] ?? "", reason: issue.message };
      }),
    };
  }
  const [year, experience, employment, title, salary, currency, salaryInUsd, residence, remote, location, size] = parsed.data;
  return {
    row: {
      workYear: Number(year),
      experienceLevel: experience,
      employmentType: employment,
      jobTitle: title,
      salary: Number(salary),
      salaryCurrency: currency,
      salaryInUsd: Number(salaryInUsd),
      employeeResidence: residence,
      remoteRatio: Number(remote) as RemoteRatio,
      companyLocation: location,
      companySize: size,
    },
  };
}

/** The problem with a header row, or null when it is exactly RECORD_COLUMNS. */
export function headerProblem(cells: readonly string[]): RowProblem | null {
  if (cells.length === RECORD_COLUMNS.length && cells.every((name, index) => name === RECORD_COLUMNS[index])) return null;
  return { field: null, value: cells.join(","), reason: `the header must be ${RECORD_COLUMNS.join(",")}` };
}
