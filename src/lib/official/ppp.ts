/**
 * Purchasing power: an amount in a country's currency, in a year, in international dollars,
 * with the World Bank's PPP conversion factor for private consumption (PA.NUS.PRVT.PP, local
 * currency units per international $). Pure: the factor table is handed in.
 */

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

export type PppConversion =
  | { amount: number; internationalDollars: number; factor: number; factorYear: number; nearestYear: boolean; country: string; year: number; reason?: never }
  | { internationalDollars: null; reason: string };

/** `amount` (local currency of `country`, in `year`) ÷ the factor; see PPP_MAX_YEAR_GAP for a missing year. */
export function toInternationalDollars(factors: readonly PppFactor[], input: { country: string; year: number; amount: number }): PppConversion {
  const candidates = factors
    .filter((f) => f.country === input.country && Math.abs(f.year - input.year) <= PPP_MAX_YEAR_GAP)
    .sort((a, b) => Math.abs(a.year - input.year) - Math.abs(b.year - input.year) || a.year - b.year);
  const factor = candidates[0];
  if (!factor) {
    return { internationalDollars: null, reason: `no factor for ${input.country} in ${input.year} (none within ${PPP_MAX_YEAR_GAP} years)` };
  }
  return {
    amount: input.amount,
    internationalDollars: input.amount / factor.value,
    factor: factor.value,
    factorYear: factor.year,
    nearestYear: factor.year !== input.year,
    country: input.country,
    year: input.year,
  };
}
