import { isDigit } from "./text-scan";

/**
 * A number as written, kept as integer digits plus a decimal scale ("1.2" is 12 with scale 1) so
 * that multiplying by "Cr" or "k" stays exact: 12 * 10_000_000 / 10 has no rounding error.
 */
export interface WrittenNumber {
  digits: number;
  scale: number;
  /** Written with thousands (or lakh) separators: "110,000", "25,00,000", "100 000". */
  grouped: boolean;
  /** Four digits from 1900 to 2100 with nothing else: "2019" reads as a year, not as money. */
  looksLikeYear: boolean;
  end: number;
}

// Every convention the articles and the world use between digit groups: comma, dot, space,
// no-break space (U+00A0), narrow no-break space (U+202F), thin space (U+2009), Swiss apostrophe.
const GROUP_SEPARATORS = new Set([",", ".", " ", "\u00A0", "\u202F", "\u2009", "'", "\u2019"]);
const DECIMAL_MARKS: ReadonlySet<string | undefined> = new Set([",", "."]);
// Real amounts have at most a handful of groups; the cap keeps scanning long digit soup linear.
const MAX_RUNS = 8;

function readDigitRun(text: string, index: number): string {
  let end = index;
  while (isDigit(text.charAt(end))) end += 1;
  return text.slice(index, end);
}

/**
 * Reads the number starting at `index`, or returns null when no digit is there.
 *
 * A separator followed by exactly three digits groups thousands ("70.000" is 70000, as in
 * Germany); Indian grouping puts two-digit groups before the last three ("25,00,000"). A comma or
 * dot that is not a group separator is the decimal mark ("1.2", "1,5", "1,234.56").
 */
export function readNumber(text: string, index: number): WrittenNumber | null {
  const firstRun = readDigitRun(text, index);
  if (firstRun === "") return null;

  const runs = [firstRun];
  const separators: string[] = [];
  let position = index + firstRun.length;
  while (runs.length < MAX_RUNS && GROUP_SEPARATORS.has(text.charAt(position))) {
    const run = readDigitRun(text, position + 1);
    if (run === "") break;
    separators.push(text.charAt(position));
    runs.push(run);
    position += 1 + run.length;
  }

  const integerRuns = Math.max(
    westernGroupCount(firstRun.length, runs, separators),
    indianGroupCount(firstRun.length, runs, separators),
  );
  const decimalRun = readDecimalRun(runs, separators, integerRuns);
  const usedRuns = runs.slice(0, integerRuns + (decimalRun === "" ? 0 : 1));
  const end = index + usedRuns.join("").length + usedRuns.length - 1;
  const integerDigits = runs.slice(0, integerRuns).join("");
  const digits = Number(integerDigits + decimalRun);

  return {
    digits,
    scale: decimalRun.length,
    grouped: integerRuns > 1,
    looksLikeYear: usedRuns.length === 1 && firstRun.length === 4 && digits >= 1900 && digits <= 2100,
    end,
  };
}

/** How many runs form "1,234,567" (1-3 digits, then groups of exactly 3 with one separator). */
function westernGroupCount(firstLength: number, runs: readonly string[], separators: readonly string[]): number {
  if (firstLength > 3) return 1;
  let count = 1;
  while (runs[count]?.length === 3 && separators[count - 1] === separators[0]) count += 1;
  return count;
}

/** How many runs form "1,00,00,000" (1-2 digits, groups of 2, a last group of 3); 1 if none. */
function indianGroupCount(firstLength: number, runs: readonly string[], separators: readonly string[]): number {
  if (firstLength > 2) return 1;
  let count = 1;
  while (runs[count]?.length === 2 && separators[count - 1] === ",") count += 1;
  const endsWithThousands = runs[count]?.length === 3 && separators[count - 1] === ",";
  return endsWithThousands ? count + 1 : 1;
}

/** The digits after a decimal mark, or "" when the number has no fraction. */
function readDecimalRun(runs: readonly string[], separators: readonly string[], integerRuns: number): string {
  const run = runs[integerRuns];
  const mark = separators[integerRuns - 1];
  if (run === undefined || !DECIMAL_MARKS.has(mark)) return "";
  // After groups, a decimal mark differs from the group separator ("1,234.56");
  // with no groups, three digits after the mark would have been a group, so they end the number.
  const isDecimal = integerRuns > 1 ? mark !== separators[0] : run.length !== 3;
  return isDecimal ? run : "";
}
