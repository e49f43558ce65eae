import { assert, MESSAGES } from "./checks";
import { assertValidRange, isCurrencyCode, isValidAmount } from "./range-checks";
import type { MoneyRange, Period } from "./types";

export interface FormatOptions {
  /** "$120k" instead of "$120,000"; Indian rupees in lakh and crore ("₹8L", "₹1.2Cr"). */
  compact?: boolean;
  /** Yearly is the unit the explorer shows by default, so "/yr" is written only when asked for. */
  showYearSuffix?: boolean;
}

export interface AmountFormatOptions extends FormatOptions {
  period?: Period | null;
}

interface Unit {
  size: number;
  suffix: string;
}

// Largest first. Suffixes are the ones parseMoneyRange reads, so formatted text parses back.
const UNITS: readonly Unit[] = [
  { size: 1e6, suffix: "M" },
  { size: 1e3, suffix: "k" },
];
const INDIAN_UNITS: readonly Unit[] = [
  { size: 1e7, suffix: "Cr" },
  { size: 1e5, suffix: "L" },
  { size: 1e3, suffix: "k" },
];

const PERIOD_SUFFIXES: Readonly<Record<Period, string>> = { year: "/yr", month: "/mo", day: "/day", hour: "/hr" };

function periodSuffix(period: Period | null, showYearSuffix: boolean): string {
  if (period === null || (period === "year" && !showYearSuffix)) return "";
  return PERIOD_SUFFIXES[period];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** en-US everywhere except the rupee, which India groups in lakhs: ₹8,00,000. Made once per currency and precision: constructing one is slow. */
function numberFormat(currency: string | null, fractionDigits: number): Intl.NumberFormat {
  const key = `${currency} ${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(currency === "INR" ? "en-IN" : "en-US", {
      ...(currency === null ? {} : { style: "currency", currency }),
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The largest unit the amount reaches, moving up one when rounding reaches it ($999,960 is "$1M", not "$1000k"). */
function compactUnit(amount: number, units: readonly Unit[]): Unit | undefined {
  const index = units.findIndex((unit) => amount >= unit.size);
  const unit = units[index];
  const larger = units[index - 1];
  if (unit === undefined || larger === undefined) return unit;
  return roundToTenth(amount / unit.size) * unit.size >= larger.size ? larger : unit;
}

function formatNumber(amount: number, currency: string | null, compact: boolean): string {
  const unit = compact ? compactUnit(amount, currency === "INR" ? INDIAN_UNITS : UNITS) : undefined;
  if (unit === undefined) return numberFormat(currency, 0).format(amount);
  return numberFormat(currency, 1).format(roundToTenth(amount / unit.size)) + unit.suffix;
}

/**
 * One amount with its currency symbol ("$110,000", "€70k", "PKR 50,000", "₹1.2Cr") and a period
 * suffix unless yearly ("$75/hr"). Full form rounds to whole units; compact keeps at most one
 * decimal ("$112.5k", "$1.5M"). A null currency gives a plain number.
 */
export function formatAmount(amount: number, currency: string | null, options: AmountFormatOptions = {}): string {
  assert(isValidAmount(amount), `${MESSAGES.AMOUNT_INVALID}: ${amount}`);
  assert(currency === null || isCurrencyCode(currency), `${MESSAGES.CURRENCY_CODE_INVALID}: "${currency}"`);
  return formatNumber(amount, currency, options.compact === true) + periodSuffix(options.period ?? null, options.showYearSuffix === true);
}

/**
 * A range as "$120,000–$150,000" (en dash, no spaces), "$120k–$150k" in compact form,
 * "$200k–$250k+" or "$250k+" when open-ended, "up to £130k" without a min, "$110,000" when both
 * ends print the same, with "/day", "/hr" or "/mo" for periods other than a year.
 * parseMoneyRange reads every one of these back.
 */
export function formatRange(range: MoneyRange, options: FormatOptions = {}): string {
  assertValidRange(range);
  const stated = [range.min, range.max]
    .filter((amount) => amount !== null)
    .map((amount) => formatNumber(amount, range.currency, options.compact === true));
  const bounds = [...new Set(stated)].join("\u2013");
  return (
    (range.min === null ? "up to " : "") +
    bounds +
    (range.openEnded ? "+" : "") +
    periodSuffix(range.period, options.showYearSuffix === true)
  );
}

/**
 * A range in international dollars (PPP), which have no ISO code: written as dollars with
 * "Int$" for the sign ("Int$51k–Int$77k"), so they are never read as US dollars. The range's
 * own currency is ignored.
 */
export function formatInternationalDollars(range: MoneyRange, options: FormatOptions = {}): string {
  return formatRange({ ...range, currency: "USD" }, options).replaceAll("$", "Int$");
}

/** One amount in international dollars: "Int$97,500". */
export function formatInternationalAmount(amount: number, options: AmountFormatOptions = {}): string {
  return formatAmount(amount, "USD", options).replaceAll("$", "Int$");
}

/**
 * A count with thousands separators, as en-US writes it: "38,575". Numbers' toLocaleString builds
 * a formatter on every call (about 6 times slower), and a page prints hundreds of counts.
 */
export function formatCount(count: number): string {
  assert(Number.isInteger(count), `${MESSAGES.COUNT_INVALID}: ${count}`);
  return numberFormat(null, 0).format(count);
}

const ratioFormat = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

/** A conversion factor or rate to four significant digits: "19.9", "0.7035", "1". */
export function formatRatio(value: number): string {
  assert(Number.isFinite(value), `${MESSAGES.AMOUNT_NOT_FINITE}: ${value}`);
  return ratioFormat.format(value);
}

/**
 * A published statistic that may be only a floor or missing: "$112,590"; "≥ $239,200" when the
 * publisher gives its top-code instead of the figure (BLS's "#": the true value is at or above
 * it); null when there is no figure, so the caller says why instead of printing a number.
 */
export function formatStatistic(figure: { value: number | null; topCoded: boolean }, currency: string, options: FormatOptions = {}): string | null {
  if (figure.value === null) return null;
  const amount = formatAmount(figure.value, currency, options);
  return figure.topCoded ? `≥ ${amount}` : amount;
}
