import { many, one } from "./query-shape";

/**
 * The official-sources API family's URLs (/api/official, /api/filings, /api/trends), zod-free:
 * each parameter once, in canonical order, null meaning "any".
 */
export const officialWagesQuery = {
  role: one<string>("ml-engineer"),
  year: one<number | null>(null),
};

export const filingsQuery = {
  company: one<string | null>(null),
  role: one<string | null>(null),
  level: one<string | null>(null),
  state: one<string | null>(null),
  soc: one<string | null>(null),
  pay: one<number | null>(null),
};

export const trendsQuery = {
  role: one<string>("ml-engineer"),
  level: one<string | null>(null),
  country: one<string | null>(null),
  format: one<"json" | "csv">("json"),
};

/** /api/ppp: countries to list (none: all), and an amount in one country's currency and year to convert. */
export const pppQuery = {
  country: many(),
  year: one<number | null>(null),
  amount: one<number | null>(null),
};
