import { isLetter, skipSpaces } from "./text-scan";

/**
 * How currencies are written in text: the symbols and codes `parseMoneyRange` reads. The list
 * includes every symbol `Intl.NumberFormat("en-US")` prints for these currencies, so formatted
 * amounts parse back.
 */

/** A currency as written: its code, and whether it was a lone "$" (which may defer to "CAD $"). */
export interface CurrencyMark {
  code: string;
  isBareDollar: boolean;
}

// A lone "$" is read as USD: the seed articles use it for U.S. pay, and other dollars are
// written with a prefix ("CA$", "A$") or a code ("CAD $100 000").
const WRITTEN_FORMS: ReadonlyArray<readonly [written: string, code: string]> = [
  ["$", "USD"], ["US$", "USD"], ["USD", "USD"],
  ["CA$", "CAD"], ["C$", "CAD"], ["CAD", "CAD"],
  ["A$", "AUD"], ["AU$", "AUD"], ["AUD", "AUD"],
  ["NZ$", "NZD"], ["NZD", "NZD"],
  ["S$", "SGD"], ["SGD", "SGD"],
  ["HK$", "HKD"], ["HKD", "HKD"],
  ["MX$", "MXN"], ["MXN", "MXN"],
  ["£", "GBP"], ["GBP", "GBP"],
  ["€", "EUR"], ["EUR", "EUR"],
  // "Rs" is also Pakistan's rupee; the articles write that one "PKR".
  ["₹", "INR"], ["Rs.", "INR"], ["Rs", "INR"], ["INR", "INR"],
  ["PKR", "PKR"],
  ["¥", "JPY"], ["JPY", "JPY"],
  ["CN¥", "CNY"], ["CNY", "CNY"],
  ["CHF", "CHF"],
];

/** Longest first, so "CA$" wins over "$" and "Rs." over "Rs". */
const FORMS_LONGEST_FIRST = [...WRITTEN_FORMS].sort(([a], [b]) => b.length - a.length);

export const KNOWN_CURRENCIES: readonly string[] = [...new Set(WRITTEN_FORMS.map(([, code]) => code))];

const DOLLAR_CURRENCIES = new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"]);

export function isDollarCurrency(code: string): boolean {
  return DOLLAR_CURRENCIES.has(code);
}

/** Reads a currency written at `index` ("$", "CA$", "PKR", "CAD $"), or returns null. */
export function readCurrencyMark(text: string, index: number): { mark: CurrencyMark; end: number } | null {
  for (const [written, code] of FORMS_LONGEST_FIRST) {
    if (!text.startsWith(written, index)) continue;
    const end = index + written.length;
    // Codes are whole words: no "USD" inside "USDA", no "INR" inside "MINRO".
    if (isLetter(written.charAt(0)) && isLetter(text.charAt(index - 1))) continue;
    if (isLetter(written.charAt(written.length - 1)) && isLetter(text.charAt(end))) continue;
    return { mark: { code, isBareDollar: written === "$" }, end: withDollarSign(text, end, written, code) };
  }
  return null;
}

/** "CAD $100 000": a dollar code may be followed by its "$"; it belongs to the code. */
function withDollarSign(text: string, end: number, written: string, code: string): number {
  if (written !== code || !isDollarCurrency(code)) return end;
  const afterSpaces = skipSpaces(text, end);
  return text[afterSpaces] === "$" ? afterSpaces + 1 : end;
}
