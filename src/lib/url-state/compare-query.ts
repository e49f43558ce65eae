import { BASES, type Basis } from "@/lib/domain";
import { many, one, onOff } from "./query-shape";

/** /compare's URL: zod-free, for the compare form too. */

/** The dimensions whose values can be set side by side. */
export const COMPARE_DIMENSIONS = ["company", "country", "level"] as const;
export type CompareDimension = (typeof COMPARE_DIMENSIONS)[number];

/** The explorer's filters that narrow a comparison; basis is a single choice here, since base and total pay never share an envelope. */
export const NARROW_KEYS = ["country", "level", "company", "industry", "city", "role", "source"] as const;
export type NarrowKey = (typeof NARROW_KEYS)[number];

export const MAX_COMPARED = 4;

/**
 * `by`, always written, then the picked values in the order picked (the first is the baseline,
 * so their order is part of the view), then the rest in the explorer's order.
 */
export const compareQuery = {
  by: one<CompareDimension>("company", { alwaysWritten: true }),
  value: many("picked"),
  country: many(),
  level: many(),
  company: many(),
  industry: many(),
  city: many(),
  role: many(),
  basis: one<Basis>(BASES[0]),
  source: many(),
  currency: one("USD"),
  /** Every claim, envelope and difference in international dollars (PPP) too. */
  ppp: onOff(),
};
