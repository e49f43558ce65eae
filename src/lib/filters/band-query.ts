/**
 * The canonical form of an explorer query string: keys in a fixed order, values of
 * multi-valued keys sorted and unique, empty values and defaults dropped. Kept free
 * of zod so the browser's filter form can use it without loading a validator.
 */

import { BAND_DIMENSIONS } from "@/lib/domain";

export const MULTI_KEYS = BAND_DIMENSIONS;
export const SINGLE_KEYS = ["currency", "annualize", "sort", "group"] as const;
const KEY_ORDER: readonly string[] = [...MULTI_KEYS, ...SINGLE_KEYS];
const MULTI = new Set<string>(MULTI_KEYS);

/** Values that mean "the default" and so never appear in a canonical URL. */
const DEFAULTS: Readonly<Record<string, string>> = { sort: "level", group: "level" };

export function canonicalQuery(entries: Iterable<readonly [string, string]>): string {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of entries) {
    if (value === "" || DEFAULTS[key] === value) continue;
    const values = byKey.get(key) ?? [];
    if (MULTI.has(key) || values.length === 0) values.push(value);
    byKey.set(key, values);
  }
  const params = new URLSearchParams();
  const keys = [...byKey.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const key of keys) {
    const values = byKey.get(key) ?? [];
    for (const value of MULTI.has(key) ? [...new Set(values)].sort() : values) params.append(key, value);
  }
  return params.toString();
}

function rank(key: string): number {
  const index = KEY_ORDER.indexOf(key);
  return index === -1 ? KEY_ORDER.length : index;
}
