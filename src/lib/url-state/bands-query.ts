import { BAND_DIMENSIONS, type BandDimension } from "@/lib/domain";
import { many, one, onOff } from "./query-shape";

/** The explorer's URL (/salaries, /api/bands, /api/facets, the OG image): zod-free, for the filter form too. */

export const SORT_KEYS = ["level", "role", "location", "company", "industry", "basis", "min", "max", "source"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const GROUPS = ["level", "company"] as const;
export type Group = (typeof GROUPS)[number];
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

/** The filters that narrow the bands, each repeatable. */
export const MULTI_KEYS = BAND_DIMENSIONS;
export type MultiKey = BandDimension;

const dimensions = Object.fromEntries(MULTI_KEYS.map((key) => [key, many()])) as { [K in MultiKey]: ReturnType<typeof many<string>> };

export const bandsQuery = {
  ...dimensions,
  currency: one<string | null>(null),
  annualize: onOff(),
  /** "What a salary buys": each band in international dollars (PPP) beside the market-rate figure. */
  ppp: onOff(),
  sort: one<SortOrder>({ key: "level", descending: false }, { write: (sort) => `${sort.descending ? "-" : ""}${sort.key}` }),
  group: one<Group>("level"),
  /** Which page of rows the table and chart show (explorer-view.ts's PAGE_SIZE a page); the APIs answer every row and take no page. */
  page: one<number>(1),
};
