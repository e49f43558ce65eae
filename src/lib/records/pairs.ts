import type { SurveyRow } from "./row-schema";

/**
 * One observation of pay: a single row, or a pair of consecutive rows that are identical except
 * for salary and salary_in_usd. Since 2022 the survey publishes most postings that way (the low
 * and the high end of the posted range, usually high first); counting both rows would count
 * each posting twice, so a pair becomes one observation with a min and a max.
 */
export interface Observation extends Omit<SurveyRow, "salary" | "salaryInUsd"> {
  /** Line of the (first) row in the file; the header is line 1. */
  lineFrom: number;
  lineTo: number;
  isPair: boolean;
  salaryMin: number;
  salaryMax: number;
  usdMin: number;
  usdMax: number;
}

/** The value an observation contributes to percentiles: the midpoint of its range in USD. */
export function observationValue(observation: Pick<Observation, "usdMin" | "usdMax">): number {
  return (observation.usdMin + observation.usdMax) / 2;
}

function samePostingOtherSalary(a: SurveyRow, b: SurveyRow): boolean {
  return (
    a.salary !== b.salary &&
    a.workYear === b.workYear &&
    a.experienceLevel === b.experienceLevel &&
    a.employmentType === b.employmentType &&
    a.jobTitle === b.jobTitle &&
    a.salaryCurrency === b.salaryCurrency &&
    a.employeeResidence === b.employeeResidence &&
    a.remoteRatio === b.remoteRatio &&
    a.companyLocation === b.companyLocation &&
    a.companySize === b.companySize
  );
}

// Fields written out rather than spread: this runs once per row of million-row files.
function observationOf(first: SurveyRow, line: number, second?: { row: SurveyRow; line: number }): Observation {
  const other = second?.row ?? first;
  return {
    lineFrom: line,
    lineTo: second?.line ?? line,
    isPair: second !== undefined,
    workYear: first.workYear,
    experienceLevel: first.experienceLevel,
    employmentType: first.employmentType,
    jobTitle: first.jobTitle,
    salaryMin: Math.min(first.salary, other.salary),
    salaryMax: Math.max(first.salary, other.salary),
    salaryCurrency: first.salaryCurrency,
    usdMin: Math.min(first.salaryInUsd, other.salaryInUsd),
    usdMax: Math.max(first.salaryInUsd, other.salaryInUsd),
    employeeResidence: first.employeeResidence,
    remoteRatio: first.remoteRatio,
    companyLocation: first.companyLocation,
    companySize: first.companySize,
  };
}

export interface PairFinder {
  /** The next valid row, in file order. */
  push(row: SurveyRow, line: number): void;
  /** An invalid row stood here: the rows before and after it are not consecutive. */
  interrupt(): void;
  /** End of file: emits the row still waiting for a partner. */
  finish(): void;
}

/**
 * Turns rows into observations, read left to right: a row pairs with the row right after it
 * when the two differ in salary and in nothing else (salary_in_usd aside); a paired row is
 * not considered again, so four such rows in a row make two pairs. Identical rows (same
 * salary too) are not a pair: they stay separate observations, as the survey has them.
 */
export function createPairFinder(emit: (observation: Observation) => void): PairFinder {
  let waiting: { row: SurveyRow; line: number } | null = null;
  const flush = () => {
    if (waiting) emit(observationOf(waiting.row, waiting.line));
    waiting = null;
  };
  return {
    push(row, line) {
      if (waiting && samePostingOtherSalary(waiting.row, row)) {
        emit(observationOf(waiting.row, waiting.line, { row, line }));
        waiting = null;
        return;
      }
      flush();
      waiting = { row, line };
    },
    interrupt: flush,
    finish: flush,
  };
}

const SEPARATOR = "\u001f";

/**
 * The observation's content, normalized, without its line numbers: equal for the same posting
 * in any snapshot of the file. The importer hashes it into the row identity.
 */
export function observationContent(o: Observation): string {
  return [
    o.isPair ? "pair" : "single",
    o.workYear,
    o.experienceLevel,
    o.employmentType,
    o.jobTitle,
    o.salaryMin,
    o.salaryMax,
    o.salaryCurrency,
    o.usdMin,
    o.usdMax,
    o.employeeResidence,
    o.remoteRatio,
    o.companyLocation,
    o.companySize,
  ].join(SEPARATOR);
}
