import { isDollarCurrency, readCurrencyMark } from "./currency-notation";
import type { CurrencyMark } from "./currency-notation";
import { readNumber } from "./parse-number";
import type { WrittenNumber } from "./parse-number";
import { isDigit, isLetter, skipSpaces } from "./text-scan";
import type { MoneyRange, Period } from "./types";

/**
 * Reads the first money amount or range in `text`, or returns null when there is none. Never
 * throws.
 *
 * What it reads, in order: an optional bound word before ("over", "up to", "between"); an amount
 * (currency symbol or code before or after, a number in any grouping convention, a multiplier
 * such as k, M, L, Cr); optionally a range connector ("–", "to", "and" after "between") and a
 * second amount; then "+", "or more", "and beyond" and a period ("/year", "per hour", "daily").
 * A period word just before the amount in the same clause also counts ("Daily rates: $800").
 *
 * Numbers without a currency are money only when they look like it (a multiplier, at least
 * 1,000, or a stated period) and are not years ("2019"), percentages ("15–40%") or counts
 * ("5+ years"): that is what lets whole lines such as "Junior (0–2 yrs)$100 k – $140 k" work.
 */
export function parseMoneyRange(text: string): MoneyRange | null {
  for (let start = 0; start < text.length; start += 1) {
    if (!mayStartAt(text, start)) continue;
    const reading = readFigures(text, start) ?? readAmounts(text, start);
    const range = reading === null ? null : finish(text, start, reading);
    if (range !== null) return range;
  }
  return null;
}

interface Multiplier {
  factor: number;
  /** "LPA" is lakhs per annum: a multiplier that also states the period. */
  period: Period | null;
  end: number;
}

interface Amount {
  number: WrittenNumber;
  multiplier: Multiplier | null;
  currency: CurrencyMark | null;
  /** The currency is written before the number ("$10k", not "10k"). */
  currencyBeforeNumber: boolean;
  end: number;
}

/** What was read at one position, before the words that follow it are taken into account. */
interface Reading {
  currency: CurrencyMark | null;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  multiplierPeriod: Period | null;
  /** A magnitude word was written (k, M, L, Cr, "six figures"): a sign of money even without a currency. */
  hasMultiplier: boolean;
  looksLikeYear: boolean;
  end: number;
}

type BoundWord = "upper" | "lower" | "between" | null;

// Sticky (y) patterns match exactly at `lastIndex`; see `matchAt`.
const MULTIPLIER_WORD = /(?:thousand|million|crores?|lakhs?|lacs?|lpa|cr)(?![\p{L}\p{N}])/iuy;
// Single letters are case-sensitive ("L" is lakh, "l" is nothing) and must not start a word ("M&A").
const MULTIPLIER_LETTER = /[kKmML](?![\p{L}\p{N}&'\u2019])/uy;
const RANGE_CONNECTOR = /(?:[-\u2010-\u2015\u2212]|to(?!\p{L}))/iuy;
const AND_CONNECTOR = /and(?!\p{L})/iuy;
const BEYOND_BEFORE_SECOND = /(?:well\s+over|well\s+above|over|above|more\s+than|in\s+excess\s+of)\s*/iuy;
const OPEN_AFTER =
  /(?:\+|(?:or\s+more|or\s+above|or\s+higher|and\s+above|and\s+beyond|and\s+up|,?\s*with\s+the\s+potential\s+to\s+reach\s+much\s+higher)(?!\p{L}))/iuy;
const PERIOD_AFTER =
  /(?:\/\s*(?:year|yr|annum|month|mo|mth|day|hour|hr|h)|(?:per|an?)\s+(?:year|yr|annum|month|day|hour|hr)|annually|annual|yearly|monthly|daily|hourly|day\s+rates?|p\.a\.?)(?!\p{L})/iuy;
const NOT_MONEY_AFTER =
  /(?:%|(?:per\s*cent|pct|years?|yrs?|months?|mos|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|people|persons|employees|engineers|users|jobs|roles|positions|postings|openings|companies|times)(?!\p{L}))/iuy;
const FIGURES = /(?:five|six|seven|eight|nine|[5-9])[\s-]+figures?(?!\p{L})/iuy;
const FIGURE_WORDS = ["five", "six", "seven", "eight", "nine"];

// Words before the amount are looked for in a short window: they qualify the amount right after them.
const LOOK_BACK = 40;
const UPPER_BEFORE = /(?<!\p{L})(?:up\s+to|under|below|(?<!no\s+)less\s+than|no\s+more\s+than|at\s+most|maximum\s+of)\s*$/iu;
const LOWER_BEFORE =
  /(?<!\p{L})(?:well\s+over|well\s+above|over|above|(?<!no\s+)more\s+than|no\s+less\s+than|exceed(?:s|ed|ing)?|at\s+least|upwards\s+of|in\s+excess\s+of|north\s+of|crossing|minimum\s+of)\s*$/iu;
const BETWEEN_BEFORE = /(?<!\p{L})between\s*$/iu;
// "Daily rates: $800–$1,500+": a period word earlier in the same clause (no . ; or line break after it).
const PERIOD_LOOK_BACK = 60;
const PERIOD_BEFORE =
  /(?<!\p{L})(?:daily|hourly|monthly|yearly|annually|annual|per\s+(?:year|annum|month|day|hour)|day\s+rates?)(?!\p{L})(?=[^.;\n]*$)/iu;

const DIGIT_SEPARATORS = new Set([".", ",", "'", "\u2019"]);
// Below this, a number without currency, multiplier or period is more likely a count than pay.
const BARE_MONEY_MINIMUM = 1000;

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** Digits inside a number ("10.2", "1,500") or glued to a word ("H1B", "Q3") start nothing. */
function mayStartAt(text: string, start: number): boolean {
  if (!isDigit(text.charAt(start))) return true;
  const previous = text.charAt(start - 1);
  if (isDigit(previous) || isLetter(previous)) return false;
  return !(DIGIT_SEPARATORS.has(previous) && isDigit(text.charAt(start - 2)));
}

/** "well into the six figures": six figures start at 100,000; "seven figures" at 1,000,000. */
function readFigures(text: string, start: number): Reading | null {
  const previous = text.charAt(start - 1);
  if (isLetter(previous) || isDigit(previous)) return null;
  const match = matchAt(FIGURES, text, start);
  if (match === null) return null;
  const phrase = match[0].toLowerCase();
  const spelled = FIGURE_WORDS.findIndex((word) => phrase.startsWith(word));
  const digitCount = spelled === -1 ? Number(phrase.charAt(0)) : spelled + 5;
  return {
    currency: null,
    min: 10 ** (digitCount - 1),
    max: null,
    openEnded: true,
    multiplierPeriod: null,
    hasMultiplier: true,
    looksLikeYear: false,
    end: start + match[0].length,
  };
}

function readAmounts(text: string, start: number): Reading | null {
  const first = readAmount(text, start);
  if (first === null) return null;
  const boundWord = boundWordBefore(text, start);
  return readRange(text, first, boundWord === "between") ?? readSingle(first, boundWord);
}

function readAmount(text: string, start: number): Amount | null {
  const prefix = readCurrencyMark(text, start);
  const number = readNumber(text, prefix === null ? start : skipSpaces(text, prefix.end));
  if (number === null) return null;
  const multiplier = readMultiplier(text, skipSpaces(text, number.end));
  // Beyond 2^53 integers stop being exact; such "amounts" are digit soup, not pay.
  if (!Number.isSafeInteger(number.digits * (multiplier?.factor ?? 1))) return null;
  const end = multiplier?.end ?? number.end;
  if (prefix !== null) return { number, multiplier, currency: prefix.mark, currencyBeforeNumber: true, end };
  const suffix = readSuffixCurrency(text, end);
  return { number, multiplier, currency: suffix?.mark ?? null, currencyBeforeNumber: false, end: suffix?.end ?? end };
}

function readMultiplier(text: string, index: number): Multiplier | null {
  const match = matchAt(MULTIPLIER_WORD, text, index) ?? matchAt(MULTIPLIER_LETTER, text, index);
  if (match === null) return null;
  const word = match[0].toLowerCase();
  return { factor: multiplierFactor(word), period: word === "lpa" ? "year" : null, end: index + word.length };
}

function multiplierFactor(word: string): number {
  if (word === "k" || word === "thousand") return 1e3;
  if (word === "m" || word === "million") return 1e6;
  if (word.startsWith("c")) return 1e7; // cr, crore, crores
  return 1e5; // l, lakh, lakhs, lac, lacs, lpa
}

/** "50,000 PKR", "70.000 €"; a "$" followed by digits belongs to the next amount instead. */
function readSuffixCurrency(text: string, index: number): ReturnType<typeof readCurrencyMark> {
  const suffix = readCurrencyMark(text, skipSpaces(text, index));
  if (suffix === null || isDigit(text.charAt(skipSpaces(text, suffix.end)))) return null;
  return suffix;
}

function valueOf(number: WrittenNumber, factor: number): number {
  return (number.digits * factor) / 10 ** number.scale;
}

function boundWordBefore(text: string, start: number): BoundWord {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  if (UPPER_BEFORE.test(before)) return "upper";
  if (LOWER_BEFORE.test(before)) return "lower";
  return BETWEEN_BEFORE.test(before) ? "between" : null;
}

function readRange(text: string, first: Amount, allowAnd: boolean): Reading | null {
  const connectorAt = skipSpaces(text, first.end);
  const connector = matchAt(RANGE_CONNECTOR, text, connectorAt) ?? (allowAnd ? matchAt(AND_CONNECTOR, text, connectorAt) : null);
  if (connector === null) return null;
  let position = skipSpaces(text, connectorAt + connector[0].length);
  // "$120,000 to well over $200,000": pay goes beyond the stated max.
  const beyond = matchAt(BEYOND_BEFORE_SECOND, text, position);
  if (beyond !== null) position += beyond[0].length;
  const second = readAmount(text, position);
  if (second === null) return null;
  const currency = rangeCurrency(first.currency, second.currency);
  const min = valueOf(first.number, firstEndFactor(first, second));
  const max = valueOf(second.number, second.multiplier?.factor ?? 1);
  // Not one range after all ("$100k–£80k", "$100k – 5 years"): the first amount stands alone.
  if (currency === "conflict" || min > max) return null;
  return {
    currency,
    min,
    max,
    openEnded: beyond !== null,
    multiplierPeriod: second.multiplier?.period ?? first.multiplier?.period ?? null,
    hasMultiplier: first.multiplier !== null || second.multiplier !== null,
    looksLikeYear: first.number.looksLikeYear || second.number.looksLikeYear,
    end: second.end,
  };
}

/**
 * "₹8–15 L", "$120-150k": a multiplier written once, at the end of the range, applies to both
 * ends, as long as the first end is a plain number no larger than the second ("$900–1.2M" keeps
 * 900). When the second end repeats the currency ("$5–$10k"), each end stands as written: that is
 * how formatRange writes a range from under a thousand to thousands.
 */
function firstEndFactor(first: Amount, second: Amount): number {
  if (first.multiplier !== null) return first.multiplier.factor;
  if (first.number.grouped || second.multiplier === null || second.currencyBeforeNumber) return 1;
  return valueOf(first.number, 1) <= valueOf(second.number, 1) ? second.multiplier.factor : 1;
}

/** Both ends' currencies agree, or one end names none, or a lone "$" follows "CAD $". */
function rangeCurrency(first: CurrencyMark | null, second: CurrencyMark | null): CurrencyMark | null | "conflict" {
  if (first === null || second === null) return first ?? second;
  if (first.code === second.code) return first;
  if (second.isBareDollar && isDollarCurrency(first.code)) return first;
  if (first.isBareDollar && isDollarCurrency(second.code)) return second;
  return "conflict";
}

function readSingle(amount: Amount, boundWord: BoundWord): Reading {
  const value = valueOf(amount.number, amount.multiplier?.factor ?? 1);
  return {
    currency: amount.currency,
    min: boundWord === "upper" ? null : value,
    max: boundWord === "lower" ? null : value,
    openEnded: boundWord === "lower",
    multiplierPeriod: amount.multiplier?.period ?? null,
    hasMultiplier: amount.multiplier !== null,
    looksLikeYear: amount.number.looksLikeYear,
    end: amount.end,
  };
}

function finish(text: string, start: number, reading: Reading): MoneyRange | null {
  const trailing = readTrailing(text, reading.end);
  const openEnded = reading.openEnded || trailing.openEnded;
  const period = trailing.period ?? reading.multiplierPeriod ?? periodBefore(text, start);
  if (reading.currency === null && !isBareMoney(text, reading, period, trailing.end)) return null;
  return {
    currency: reading.currency?.code ?? null,
    min: reading.min,
    // "$180 000+" is a floor, not a one-point range: the canonical form has no max.
    max: openEnded && reading.min === reading.max ? null : reading.max,
    openEnded,
    period,
  };
}

/** Consumes "+", "or more", "and beyond" and a period, in any order, after the amount. */
function readTrailing(text: string, index: number): { openEnded: boolean; period: Period | null; end: number } {
  let openEnded = false;
  let period: Period | null = null;
  let end = index;
  for (;;) {
    const at = skipSpaces(text, end);
    const open = matchAt(OPEN_AFTER, text, at);
    if (open !== null) {
      openEnded = true;
      end = at + open[0].length;
      continue;
    }
    const periodWord = matchAt(PERIOD_AFTER, text, at);
    if (periodWord === null) return { openEnded, period, end };
    period = periodFromWord(periodWord[0]);
    end = at + periodWord[0].length;
  }
}

function periodBefore(text: string, start: number): Period | null {
  const match = PERIOD_BEFORE.exec(text.slice(Math.max(0, start - PERIOD_LOOK_BACK), start));
  return match === null ? null : periodFromWord(match[0]);
}

const PERIOD_BY_INITIAL: Readonly<Partial<Record<string, Period>>> = { m: "month", d: "day", h: "hour" };

/**
 * Once "/", "per" or "a" is dropped, every accepted period word starts with its period's letter
 * (m, d, h); the year words start with y, a (annual, annum) or p (p.a.).
 */
function periodFromWord(word: string): Period {
  const unit = word.toLowerCase().replace(/^(?:\/\s*|(?:per|an?)\s+)/, "");
  return PERIOD_BY_INITIAL[unit.charAt(0)] ?? "year";
}

function isBareMoney(text: string, reading: Reading, period: Period | null, end: number): boolean {
  if (reading.looksLikeYear || matchAt(NOT_MONEY_AFTER, text, skipSpaces(text, end)) !== null) return false;
  const largest = Math.max(reading.min ?? 0, reading.max ?? 0);
  return reading.hasMultiplier || largest >= BARE_MONEY_MINIMUM || period !== null;
}
