/**
 * Purchasing power: an amount in a country's currency, in a year, in international dollars,
 * with the World Bank's PPP conversion factor for private consumption (PA.NUS.PRVT.PP, local
 * currency units per international $). Pure: the factor table is handed in.
 */
import { convertRange, formatRatio, type MoneyRange, type RateTable } from "@/lib/salary-model";

export const PPP_INDICATOR = "PA.NUS.PRVT.PP";

/** CC BY 4.0 requires it wherever the factors are shown (data/official/ppp/README.md). */
export const PPP_ATTRIBUTION =
  'Purchasing power parity data: World Bank, World Development Indicators — "PPP conversion factor, private consumption (LCU per international $)" (PA.NUS.PRVT.PP), ' +
  '"PPP conversion factor, GDP (LCU per international $)" (PA.NUS.PPP) and "Price level ratio of PPP conversion factor (GDP) to market exchange rate" (PA.NUS.PPPC.RF). ' +
  "Source: International Comparison Program, World Bank; Eurostat-OECD PPP Programme. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). https://data.worldbank.org/";

/**
 * A missing year is answered with the nearest year that has a factor, at most this many years
 * away, earlier first on a tie; beyond that there is no factor. Prices move a few percent a year
 * in most countries, so a year or two apart is close; further is a guess.
 */
const PPP_MAX_YEAR_GAP = 2;

export interface PppFactor {
  country: string;
  year: number;
  /** Local currency units per international dollar. */
  value: number;
}

/** The factor used for a country and year: its own year's, or the nearest one's (`nearestYear`). */
type PppFactorChoice =
  | { factor: number; factorYear: number; nearestYear: boolean; country: string; year: number; reason?: never }
  | { factor: null; reason: string };

/** The factor for `country` in `year`, or the nearest year's within PPP_MAX_YEAR_GAP, or why there is none. */
function pppFactorFor(factors: readonly PppFactor[], input: { country: string; year: number }): PppFactorChoice {
  const candidates = factors
    .filter((f) => f.country === input.country && Math.abs(f.year - input.year) <= PPP_MAX_YEAR_GAP)
    .sort((a, b) => Math.abs(a.year - input.year) - Math.abs(b.year - input.year) || a.year - b.year);
  const factor = candidates[0];
  if (!factor) return { factor: null, reason: `no PPP factor for ${input.country} ${input.year} (none within ${PPP_MAX_YEAR_GAP} years)` };
  return { factor: factor.value, factorYear: factor.year, nearestYear: factor.year !== input.year, country: input.country, year: input.year };
}

export type PppConversion =
  | { amount: number; internationalDollars: number; factor: number; factorYear: number; nearestYear: boolean; country: string; year: number; reason?: never }
  | { internationalDollars: null; reason: string };

/** `amount` (local currency of `country`, in `year`) ÷ the factor; see PPP_MAX_YEAR_GAP for a missing year. */
export function toInternationalDollars(factors: readonly PppFactor[], input: { country: string; year: number; amount: number }): PppConversion {
  const choice = pppFactorFor(factors, input);
  if (choice.factor === null) return { internationalDollars: null, reason: choice.reason };
  return { amount: input.amount, internationalDollars: input.amount / choice.factor, ...choice };
}

/** What converting claims needs besides the exchange rates; the store's tables, read once per data version. */
export interface PppData {
  /** PA.NUS.PRVT.PP factors by country (ISO 3166-1 alpha-2). */
  factorsByCountry: ReadonlyMap<string, readonly PppFactor[]>;
  /** Each country's own currency, the unit its factor counts in (DE → EUR). */
  countryCurrency: ReadonlyMap<string, string>;
  /** The year a source's claims are of: its publication year. */
  sourceYears: ReadonlyMap<string, number>;
  /** The World Bank dataset's id in data/sources.json, for the link to /sources. */
  sourceId: string | null;
}

/** A claim's range in international dollars (`internationalDollars`, same period, no currency code), with the factor used. */
export type PppRange =
  | (Extract<PppFactorChoice, { factor: number }> & {
      internationalDollars: MoneyRange;
      /** The currency the factor counts in, the country's own. */
      localCurrency: string;
      /** Set when the claim was stated in another currency and put into the local one at the site's exchange rate first. */
      convertedFrom: string | null;
    })
  | { internationalDollars: null; factor: null; reason: string };

/**
 * `range` (a claim's amounts, in its currency and period) in international dollars of the claim's
 * country and year: into the country's currency at the market rate if stated in another one, then
 * ÷ the PA.NUS.PRVT.PP factor (pppFactorFor). No country, no year, no rate or no factor: the reason.
 */
export function rangeInInternationalDollars(
  range: MoneyRange,
  claim: { country: string | null; sourceId: string },
  table: PppData,
  rates: RateTable,
): PppRange {
  const missing = (reason: string): PppRange => ({ internationalDollars: null, factor: null, reason });
  if (claim.country === null) return missing("no PPP factor: the claim names no country");
  const year = table.sourceYears.get(claim.sourceId);
  if (year === undefined) return missing(`no PPP factor: the year of the claim's source is not known`);
  const choice = pppFactorFor(table.factorsByCountry.get(claim.country) ?? [], { country: claim.country, year });
  if (choice.factor === null) return missing(choice.reason);
  const localCurrency = table.countryCurrency.get(claim.country);
  if (localCurrency === undefined) return missing(`no PPP conversion: the currency of ${claim.country} is not known`);
  const hasRate = (code: string | null) => code === "USD" || (code !== null && rates.rates[code] !== undefined);
  const convertedFrom = range.currency === localCurrency ? null : range.currency;
  if (range.currency !== localCurrency && !(hasRate(range.currency) && hasRate(localCurrency))) {
    return missing(`no PPP conversion: no exchange rate to put ${range.currency ?? "an amount without a currency"} into ${localCurrency}`);
  }
  const local = range.currency === localCurrency ? range : convertRange(range, localCurrency, rates);
  const divide = (amount: number | null) => (amount === null ? null : amount / choice.factor);
  return {
    ...choice,
    internationalDollars: { ...local, currency: null, min: divide(local.min), max: divide(local.max) },
    localCurrency,
    convertedFrom,
  };
}

type PricedRange = Extract<PppRange, { factor: number }>;

/** How a row's figure was reached: "÷ 19.52 INR per Int$ (IN 2023)", with the nearest year and a market-rate step said. */
export function describePppFactor(ppp: PricedRange): string {
  const year = ppp.nearestYear ? `${ppp.country} ${ppp.factorYear}, the nearest year to the claim's ${ppp.year}` : `${ppp.country} ${ppp.year}`;
  const via = ppp.convertedFrom === null ? "" : `${ppp.convertedFrom} to ${ppp.localCurrency} at the market rate, then `;
  return `${via}÷ ${formatRatio(ppp.factor)} ${ppp.localCurrency} per Int$ (${year})`;
}

/** One factor a page used: a country, the claims' year, and the factor's year and value. */
export type PppFactorUsed = Pick<PricedRange, "country" | "year" | "factorYear" | "factor" | "nearestYear" | "localCurrency">;

/** The distinct factors behind `ranges`, by country then year, and how many ranges have none. */
export function pppFactorsUsed(ranges: readonly PppRange[]): { factors: PppFactorUsed[]; withoutFactor: number } {
  const used = new Map<string, PppFactorUsed>();
  for (const range of ranges) {
    if (range.factor === null) continue;
    const { country, year, factorYear, factor, nearestYear, localCurrency } = range;
    used.set(`${country} ${year}`, { country, year, factorYear, factor, nearestYear, localCurrency });
  }
  return {
    factors: [...used.values()].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year),
    withoutFactor: ranges.filter((range) => range.factor === null).length,
  };
}
