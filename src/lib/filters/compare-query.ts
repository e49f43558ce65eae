import type { Basis } from "@/lib/domain";
import { canonicalQuery } from "./band-query";

/**
 * The canonical form of a /compare query string. Kept free of zod, like band-query,
 * so the browser's compare form can build the canonical URL without a validator.
 */

/** The dimensions whose values can be set side by side. */
export const COMPARE_DIMENSIONS = ["company", "country", "level"] as const;
export type CompareDimension = (typeof COMPARE_DIMENSIONS)[number];

/** The explorer's filters that narrow a comparison; basis is a single choice here, since base and total pay never share an envelope. */
export const NARROW_KEYS = ["country", "level", "company", "industry", "city", "role", "source"] as const;
export type NarrowKey = (typeof NARROW_KEYS)[number];


export const MAX_COMPARED = 4;
export const DEFAULT_BASIS: Basis = "base";
export const DEFAULT_CURRENCY = "USD";

/**
 * `by`, then the picked values in the order they were picked (the first is the
 * baseline, so their order is part of the view), then everything else in the
 * explorer's canonical order. Defaults and empty values are left out.
 */
export function canonicalCompareQuery(entries: Iterable<readonly [string, string]>): string {
  let by = "";
  const values: string[] = [];
  const rest: [string, string][] = [];
  for (const [key, value] of entries) {
    if (value === "") continue;
    if (key === "by") by ||= value;
    else if (key === "value") {
      if (!values.includes(value)) values.push(value);
    } else if (!(key === "basis" && value === DEFAULT_BASIS) && !(key === "currency" && value === DEFAULT_CURRENCY)) rest.push([key, value]);
  }
  const head = new URLSearchParams([...(by ? [["by", by]] : []), ...values.map((value) => ["value", value])]).toString();
  return [head, canonicalQuery(rest)].filter(Boolean).join("&");
}
