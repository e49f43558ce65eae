import { z } from "zod";

/**
 * The three official files' formats (docs/decisions/014-official-sources.md): their headers, and
 * each data row read into typed values or a list of what is wrong with it. Pure: the importer
 * streams the file and calls these. Nothing is corrected; BLS's markers keep their meaning.
 */

const OFFICIAL_KINDS = ["oews", "lca", "ppp"] as const;
export type OfficialKind = (typeof OFFICIAL_KINDS)[number];

export const OFFICIAL_COLUMNS = {
  oews: ["year", "occ_code", "occ_title", "o_group", "tot_emp", "a_mean", "a_pct10", "a_pct25", "a_median", "a_pct75", "a_pct90", "h_mean"],
  lca: [
    "src_index", "employer_name", "job_title", "soc_code", "soc_title", "worksite_state", "wage_rate_of_pay_from", "wage_unit_of_pay",
    "prevailing_wage", "pw_unit_of_pay", "annual_wage", "annual_prevailing_wage",
  ],
  ppp: ["country_iso3", "country_iso2", "country_name", "year", "indicator", "value"],
} as const satisfies Record<OfficialKind, readonly string[]>;

/** A problem with one cell (`column`) or the whole row (`column: null`). */
export interface CellProblem {
  column: string | null;
  value: string;
  reason: string;
}

type Read<T> = { row: T; problems?: never } | { row?: never; problems: CellProblem[] };

/** The header's problem, or null when it is exactly the format's columns in order. */
export function officialHeaderProblem(kind: OfficialKind, cells: readonly string[]): CellProblem | null {
  const columns: readonly string[] = OFFICIAL_COLUMNS[kind];
  if (cells.length === columns.length && cells.every((name, i) => name === columns[i])) return null;
  const at = columns.findIndex((name, i) => cells[i] !== name);
  return {
    column: cells[at] === undefined ? null : `column ${at + 1}`,
    value: cells.join(","),
    reason: `not a ${kind.toUpperCase()} file: the header must be ${columns.join(",")}`,
  };
}

/** Which format a header is, if any (the import CLI's sniffing). */
export function officialKindOfHeader(cells: readonly string[]): OfficialKind | null {
  return OFFICIAL_KINDS.find((kind) => officialHeaderProblem(kind, cells) === null) ?? null;
}

/** What a cell was in a BLS wage column: a number, "#" (at or above the top-code) or "*"/"**" (not available). */
interface MarkedValue {
  value: number | null;
  topCoded: boolean;
}

/**
 * BLS's top-codes (each year's "Field Descriptions" sheet): a "#" wage is at or above them.
 * Annual $208,000 / hourly $100.00 for May 2020 and 2021; $239,200 / $115.00 from May 2022.
 */
export function oewsTopCode(year: number): { annual: number; hourly: number } {
  return year <= 2021 ? { annual: 208_000, hourly: 100 } : { annual: 239_200, hourly: 115 };
}

export const OEWS_WAGE_FIELDS = ["mean", "p10", "p25", "median", "p75", "p90"] as const;
export type OewsWageField = (typeof OEWS_WAGE_FIELDS)[number];

export interface OewsRow {
  year: number;
  occCode: string;
  occTitle: string;
  oGroup: string;
  employment: number | null;
  wages: Record<OewsWageField, MarkedValue>;
  hourlyMean: MarkedValue;
}

export interface LcaRow {
  srcIndex: number;
  employerName: string;
  jobTitle: string;
  socCodeRaw: string;
  socCode: string;
  socTitle: string;
  state: string;
  wageFrom: number;
  wageUnit: string;
  prevailingWage: number;
  prevailingWageUnit: string;
  annualWage: number;
  annualPrevailingWage: number;
}

export interface PppRow {
  countryIso3: string;
  countryIso2: string;
  countryName: string;
  year: number;
  indicator: string;
  value: number;
}

const PPP_INDICATORS = ["PA.NUS.PRVT.PP", "PA.NUS.PPP", "PA.NUS.PPPC.RF"] as const;
const O_GROUPS = ["total", "major", "minor", "broad", "detailed"] as const;
const LCA_WAGE_UNITS = ["Year", "Hour", "Month", "Week", "Bi-Weekly"] as const;

const year = z.string().regex(/^20\d\d$/, "must be a year from 2000 to 2099");
const text = z.string().min(1, "must not be empty").max(300, "must be at most 300 characters");
const decimal = z.string().regex(/^\d{1,12}(\.\d+)?$/, "must be a number without separators");
const positive = decimal.refine((value) => Number(value) > 0, "must be above 0");
const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]], { error: `must be one of ${values.join(", ")}` });
const wholeOrMarker = (markers: readonly string[]) =>
  z.string().refine((value) => /^\d{1,9}$/.test(value) || markers.includes(value), `must be a whole number or one of BLS's markers ${markers.join(" ")}`);
const decimalOrMarker = z.string().refine((value) => /^\d{1,6}(\.\d+)?$/.test(value) || value === "#" || value === "*", "must be a number or one of BLS's markers # *");

/** 15-1299.08 (O*NET) -> 15-1299, and the misspelt 15-2051-01 one filing has -> 15-2051; a plain SOC code stays as it is. */
export function socBase(code: string): string {
  return code.replace(/^(\d\d-\d{4})[.-]\d\d$/, "$1");
}

const schemas = {
  oews: z.tuple([
    year,
    z.string().regex(/^\d\d-\d{4}$/, "must be a SOC code such as 15-2051"),
    text,
    enumOf(O_GROUPS),
    wholeOrMarker(["**"]),
    ...Array.from({ length: 6 }, () => wholeOrMarker(["#", "*"])),
    decimalOrMarker,
  ]),
  lca: z.tuple([
    z.string().regex(/^\d{1,9}$/, "must be a whole number"),
    text,
    text,
    z.string().regex(/^\d\d-\d{4}([.-]\d\d)?$/, "must be a SOC code such as 15-1252 or an O*NET code such as 15-1299.08"),
    text,
    z.string().regex(/^[A-Z]{2}$/, "must be a two-letter state code in capitals"),
    positive,
    enumOf(LCA_WAGE_UNITS),
    positive,
    enumOf(LCA_WAGE_UNITS),
    positive,
    positive,
  ]),
  ppp: z.tuple([
    z.string().regex(/^[A-Z]{3}$/, "must be a three-letter World Bank country code"),
    z.string().regex(/^[A-Z0-9]{2}$/, "must be a two-letter country code"),
    text,
    year,
    enumOf(PPP_INDICATORS),
    z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, "must be a number").refine((value) => Number(value) > 0, "must be above 0"),
  ]),
};

function problemsOf(kind: OfficialKind, cells: readonly string[]): CellProblem[] | null {
  const columns: readonly string[] = OFFICIAL_COLUMNS[kind];
  if (cells.length !== columns.length) return [{ column: null, value: cells.join(","), reason: `has ${cells.length} fields, expected ${columns.length}` }];
  const parsed = schemas[kind].safeParse(cells);
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => {
    const index = issue.path[0] as number;
    return { column: columns[index] ?? null, value: cells[index] ?? "", reason: issue.message };
  });
}

function marked(cell: string, topCode: number): MarkedValue {
  if (cell === "#") return { value: topCode, topCoded: true };
  if (cell === "*" || cell === "**") return { value: null, topCoded: false };
  return { value: Number(cell), topCoded: false };
}

export function readOewsRow(cells: readonly string[]): Read<OewsRow> {
  const problems = problemsOf("oews", cells);
  if (problems) return { problems };
  const [y, occCode, occTitle, oGroup, employment, mean, p10, p25, median, p75, p90, hourly] = cells as string[];
  const top = oewsTopCode(Number(y));
  const wage = (cell: string | undefined) => marked(cell!, top.annual);
  return {
    row: {
      year: Number(y),
      occCode: occCode!,
      occTitle: occTitle!,
      oGroup: oGroup!,
      employment: employment === "**" ? null : Number(employment),
      wages: { mean: wage(mean), p10: wage(p10), p25: wage(p25), median: wage(median), p75: wage(p75), p90: wage(p90) },
      hourlyMean: marked(hourly!, top.hourly),
    },
  };
}

export function readLcaRow(cells: readonly string[]): Read<LcaRow> {
  const problems = problemsOf("lca", cells);
  if (problems) return { problems };
  const [srcIndex, employerName, jobTitle, soc, socTitle, state, wageFrom, wageUnit, pw, pwUnit, annual, annualPw] = cells as string[];
  return {
    row: {
      srcIndex: Number(srcIndex),
      employerName: employerName!,
      jobTitle: jobTitle!,
      socCodeRaw: soc!,
      socCode: socBase(soc!),
      socTitle: socTitle!,
      state: state!,
      wageFrom: Number(wageFrom),
      wageUnit: wageUnit!,
      prevailingWage: Number(pw),
      prevailingWageUnit: pwUnit!,
      annualWage: Number(annual),
      annualPrevailingWage: Number(annualPw),
    },
  };
}

export function readPppRow(cells: readonly string[]): Read<PppRow> {
  const problems = problemsOf("ppp", cells);
  if (problems) return { problems };
  const [countryIso3, countryIso2, countryName, y, indicator, value] = cells as string[];
  return { row: { countryIso3: countryIso3!, countryIso2: countryIso2!, countryName: countryName!, year: Number(y), indicator: indicator!, value: Number(value) } };
}

/** The fiscal quarter of an LCA disclosure file, from its name: "lca-fy2024q1-soc15.csv" -> "FY2024Q1"; null when the name has none. */
export function lcaPeriodOfFile(fileName: string): string | null {
  const match = /fy(\d{4})q([1-4])/i.exec(fileName);
  return match ? `FY${match[1]}Q${match[2]}` : null;
}
