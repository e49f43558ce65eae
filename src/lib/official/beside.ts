import type { Band } from "@/lib/domain";
import type { BandCheck } from "./checks";
import { occupationsForRole } from "./mappings";
import type { FilingsQuery, FilingsSummary, OccupationWages } from "./types";

/**
 * What the official sources say beside one article band (docs/decisions/014-official-sources.md,
 * "Beside every claim"): the OEWS wages of its role's occupations in its year, the H-1B filings
 * that match it, and the verdict of each source. Computed once per data version for every band
 * (src/lib/db/queries/official-beside.ts); pages only look it up.
 */

/**
 * How a set of filings matches a band, most specific first: the job title states the band's role
 * and level; the title states its role, any level; the filing's SOC code is one the role maps to,
 * any title. Only the first is held against the claim: the wider ones mix levels (a senior
 * claim sits above all levels' middle half by design), so they are context, never a verdict.
 */
export type FilingsMatch = "title-role-level" | "title-role" | "occupation";

export interface MatchedFilings {
  match: FilingsMatch;
  summary: FilingsSummary;
}

export interface OfficialBeside {
  /** The claim's year (its source's), the OEWS May year asked for; null when the source is undated. */
  year: number | null;
  /** Per occupation the role maps to, in `year` or the nearest year BLS has. */
  oews: OccupationWages[];
  /** The checked match first, then wider matches until one has enough filings to rank (MIN_RANKED_SAMPLE). */
  filings: MatchedFilings[];
  checks: { oews: BandCheck; filings: BandCheck; records: BandCheck };
}

/**
 * The filing queries for a band, as groups tried in order: a group is shown, and the next one
 * tried only while no filing set shown so far has enough to rank. A band without a level starts
 * at "title-role". The company is the band's (null: all employers).
 */
export function filingsMatches(band: Pick<Band, "company" | "role" | "level">): { match: FilingsMatch; query: FilingsQuery }[][] {
  const { company, role, level } = band;
  const groups: { match: FilingsMatch; query: FilingsQuery }[][] = [];
  if (level !== null) groups.push([{ match: "title-role-level", query: { company, role, level } }]);
  groups.push([{ match: "title-role", query: { company, role } }]);
  groups.push(occupationsForRole(role).map(({ soc }) => ({ match: "occupation" as const, query: { company, soc } })));
  return groups;
}
