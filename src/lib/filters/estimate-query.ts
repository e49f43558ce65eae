/**
 * The canonical form of an /estimate query string. Kept free of zod, like band-query,
 * so the browser's estimate form can build the canonical URL without a validator.
 */

/** Every parameter is single-valued; this is their canonical order. */
export const ESTIMATE_KEYS = ["role", "level", "years", "country", "city", "industry", "company", "basis", "currency"] as const;
export type EstimateKey = (typeof ESTIMATE_KEYS)[number];

/** The roles the role premium compares: the bands are ML engineer pay, the premium gives a data scientist's. */
export const ESTIMATE_ROLES = ["ml-engineer", "data-scientist"] as const;
export type EstimateRole = (typeof ESTIMATE_ROLES)[number];

/** Values that mean "the default" and so never appear in a canonical URL. */
const DEFAULTS: Readonly<Partial<Record<EstimateKey, string>>> = { role: "ml-engineer", basis: "base" };

/** Known keys in canonical order, the first non-empty value of each, defaults left out. */
export function canonicalEstimateQuery(entries: Iterable<readonly [string, string]>): string {
  const first = new Map<string, string>();
  for (const [key, value] of entries) {
    if (value !== "" && !first.has(key)) first.set(key, value);
  }
  const params = new URLSearchParams();
  for (const key of ESTIMATE_KEYS) {
    const value = first.get(key);
    if (value !== undefined && DEFAULTS[key] !== value) params.append(key, value);
  }
  return params.toString();
}
