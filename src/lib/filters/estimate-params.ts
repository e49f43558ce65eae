import { z } from "zod";
import { BASES, type Basis } from "@/lib/domain";
import { entriesOf, normalizeValue, shorten, type IgnoredParam, type ParamSource } from "./band-params";
import {
  canonicalEstimateQuery,
  ESTIMATE_KEYS,
  ESTIMATE_ROLES,
  type EstimateKey,
  type EstimateRole,
} from "./estimate-query";

/**
 * /estimate's state lives in the URL, as the explorer's does (band-params): one
 * module reads search params into a typed input, reporting what it ignored, and
 * writes it back canonically, so parseEstimateParams(serializeEstimateInput(x))
 * returns x. Pure: it runs on the server (page, API) and in tests.
 */

export { ESTIMATE_ROLES, type EstimateRole } from "./estimate-query";

export interface EstimateInput {
  role: EstimateRole;
  /** A level id; null to read the level from `years`. */
  level: string | null;
  /** Years of experience; only without a level. */
  years: number | null;
  /** ISO code; null is worldwide. Always the city's country when a city is given. */
  country: string | null;
  city: string | null;
  industry: string | null;
  company: string | null;
  basis: Basis;
  /** The currency to show the result in; null keeps the base's own. */
  currency: string | null;
}

/** What each parameter may hold: vocabulary ids in the store, and the country each city is in. */
export interface EstimateVocabulary {
  level: readonly string[];
  country: readonly string[];
  city: readonly string[];
  industry: readonly string[];
  company: readonly string[];
  currency: readonly string[];
  cityCountry: ReadonlyMap<string, string>;
}

export const MAX_YEARS = 60;

export function emptyEstimateInput(): EstimateInput {
  return { role: "ml-engineer", level: null, years: null, country: null, city: null, industry: null, company: null, basis: "base", currency: null };
}

const roleSchema = z.enum(ESTIMATE_ROLES);
const basisSchema = z.enum(BASES);
const yearsSchema = z
  .string()
  .regex(/^\d{1,2}$/)
  .transform(Number)
  .pipe(z.number().int().max(MAX_YEARS));

/**
 * Reads search params into an estimate input. Unknown parameters and values,
 * repeated parameters, years given beside a level and a city outside the given
 * country are left out and listed in `ignored`; an empty value means the default
 * and is not reported. A city without a country brings its country along.
 */
export function parseEstimateParams(params: ParamSource, vocabulary: EstimateVocabulary): { input: EstimateInput; ignored: IgnoredParam[] } {
  const input = emptyEstimateInput();
  const ignored: IgnoredParam[] = [];
  const report = (name: string, rawValue: string, reason: string, allowed?: readonly string[]) =>
    ignored.push({ name: shorten(name), value: shorten(rawValue), reason, ...(allowed ? { allowed } : {}) });
  const seen = new Set<string>();
  let yearsGiven: string | null = null;

  for (const [name, rawValue] of entriesOf(params)) {
    if (!(ESTIMATE_KEYS as readonly string[]).includes(name)) {
      report(name, rawValue, "unknown parameter", ESTIMATE_KEYS);
      continue;
    }
    const key = name as EstimateKey;
    const value = normalizeValue(key, rawValue);
    if (value === "") continue;
    if (seen.has(key)) {
      report(key, rawValue, `${key} may be given once; the first value was used`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case "role": {
        const role = roleSchema.safeParse(value);
        if (role.success) input.role = role.data;
        else report(key, rawValue, "not a role the estimate compares", ESTIMATE_ROLES);
        break;
      }
      case "basis": {
        const basis = basisSchema.safeParse(value);
        if (basis.success) input.basis = basis.data;
        else report(key, rawValue, "not a basis", BASES);
        break;
      }
      case "years": {
        const years = yearsSchema.safeParse(value);
        if (years.success) input.years = years.data;
        else report(key, rawValue, `a whole number of years from 0 to ${MAX_YEARS}`);
        yearsGiven = rawValue;
        break;
      }
      default:
        if (vocabulary[key].includes(value)) input[key] = value;
        else report(key, rawValue, key === "currency" ? "not a currency with an exchange rate" : `not a known ${key}`, vocabulary[key]);
    }
  }

  // The level is the more precise statement; years only stand in for it.
  if (input.level !== null && yearsGiven !== null) {
    if (input.years !== null) report("years", yearsGiven, "years are used only when no level is given");
    input.years = null;
  }
  if (input.city !== null) {
    const cityCountry = vocabulary.cityCountry.get(input.city) ?? null;
    if (input.country !== null && input.country !== cityCountry) {
      report("city", input.city, `${input.city} is not in ${input.country}`);
      input.city = null;
    } else input.country = cityCountry;
  }
  return { input, ignored };
}

/** What an estimate cannot do without, as the API's 400 names it. */
export function missingEstimateParams(input: EstimateInput): IgnoredParam[] {
  return input.level === null && input.years === null ? [{ name: "level", value: "", reason: "give a level, or years of experience (years=)" }] : [];
}

/** The canonical query string (no leading "?"): fixed key order, defaults left out. */
export function serializeEstimateInput(input: EstimateInput): string {
  return canonicalEstimateQuery(
    ESTIMATE_KEYS.map((key): [string, string] => {
      const value = input[key];
      return [key, value === null ? "" : String(value)];
    }),
  );
}

/** The path and canonical query of an estimate, e.g. "/estimate?level=senior&company=google&basis=total". */
export function estimateHref(pathname: string, input: EstimateInput): string {
  const query = serializeEstimateInput(input);
  return query ? `${pathname}?${query}` : pathname;
}
