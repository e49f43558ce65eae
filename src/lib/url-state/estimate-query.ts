import { BASES, type Basis } from "@/lib/domain";
import { one, onOff } from "./query-shape";

/** /estimate's URL: zod-free, for the estimate form too. Every parameter is single-valued. */

/** The roles the role premium compares: the bands are ML engineer pay, the premium gives a data scientist's. */
export const ESTIMATE_ROLES = ["ml-engineer", "data-scientist"] as const;
export type EstimateRole = (typeof ESTIMATE_ROLES)[number];

export const estimateQuery = {
  role: one<EstimateRole>(ESTIMATE_ROLES[0]),
  /** A level id; null to read the level from `years`. */
  level: one<string | null>(null),
  /** Years of experience; only without a level. */
  years: one<number | null>(null),
  /** ISO code; null is worldwide. Always the city's country when a city is given. */
  country: one<string | null>(null),
  city: one<string | null>(null),
  industry: one<string | null>(null),
  company: one<string | null>(null),
  basis: one<Basis>(BASES[0]),
  /** The currency to show the result in; null keeps the base's own. */
  currency: one<string | null>(null),
  /** The bands and the result in international dollars (PPP) too. */
  ppp: onOff(),
};
