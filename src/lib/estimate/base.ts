import { bandRange } from "@/lib/explorer/band-facts";
import { valueLabel } from "@/lib/explorer/labels";
import type { EstimateInput } from "@/lib/url-state/estimate";
import { convertRange, envelope } from "@/lib/salary-model";
import { countryInProse } from "@/lib/explorer/labels";
import type { BaseBand, EstimateData, SourceBase, TierId } from "./types";
import type { Band } from "@/lib/domain";

/** The bands' subject. Managers' and directors' pay is filed under their own roles, not as ML engineer levels. */
export const ML_ENGINEER = "ml-engineer";
const ROLE_OF_LEVEL: Readonly<Record<string, string>> = { manager: "ml-engineering-manager", director: "ml-director" };

export function bandRoleFor(level: string): string {
  return ROLE_OF_LEVEL[level] ?? ML_ENGINEER;
}

/** What the bands are matched on: the input with its level resolved. */
export interface Wanted {
  level: string;
  country: string | null;
  city: string | null;
  industry: string | null;
  company: string | null;
  basis: EstimateInput["basis"];
}

interface Tier {
  id: TierId;
  /** False when the input lacks what the rung is about (no company, no country). */
  applies(wanted: Wanted): boolean;
  matches(band: Band, wanted: Wanted): boolean;
}

/**
 * The matching rule, most specific first. A country's own bands come before bands
 * that name no country: those are in US dollars and read as US pay, while a country's
 * bands are in its market and currency (Germany's "€70k–€120k+" says more about a
 * German senior than "$120k–$200k+" for seniors anywhere).
 */
const TIERS: readonly Tier[] = [
  {
    id: "company-level",
    applies: (w) => w.company !== null,
    matches: (b, w) => b.company === w.company && b.level === w.level && (w.country === null || b.country === w.country),
  },
  {
    id: "country-level",
    applies: (w) => w.country !== null,
    matches: (b, w) => b.company === null && b.level === w.level && b.country === w.country,
  },
  { id: "country", applies: (w) => w.country !== null, matches: (b, w) => b.company === null && b.level === null && b.country === w.country },
  { id: "level", applies: () => true, matches: (b, w) => b.company === null && b.level === w.level && b.country === null },
  { id: "worldwide", applies: () => true, matches: (b) => b.company === null && b.level === null && b.country === null },
];

/** The rule as the page writes it. */
export const TIER_RULES: Readonly<Record<TierId, string>> = {
  "company-level": "the company's band for the level",
  "country-level": "the country's band for the level",
  country: "the country's band for all levels",
  level: "the band for the level that names no country",
  worldwide: "the band for all levels that names no country",
};

/**
 * A band fits when it is yearly pay for the role, in no other city and no other
 * industry, and not total pay when base salary is asked for. Day and hour rates are
 * freelance rates, not salaries. A company's band carries the company's own
 * industry, so only the other rungs check the industry.
 */
function fits(band: Band, wanted: Wanted, tier: TierId): boolean {
  return (
    band.role === bandRoleFor(wanted.level) &&
    band.period === "year" &&
    (band.basis === "base" || wanted.basis === "total") &&
    (band.city === null || band.city === wanted.city) &&
    (tier === "company-level" || band.industry === null || band.industry === wanted.industry)
  );
}

/** Of the bands that fit, the most specific: those naming the city, then the industry, when any do; total pay when asked for and stated. */
function mostSpecific(bands: Band[], wanted: Wanted): Band[] {
  let chosen = bands;
  const narrow = (keep: (band: Band) => boolean) => {
    const kept = chosen.filter(keep);
    if (kept.length > 0) chosen = kept;
  };
  if (wanted.city !== null) narrow((band) => band.city === wanted.city);
  if (wanted.industry !== null) narrow((band) => band.industry === wanted.industry);
  // A stated total beats base plus an assumed bonus share.
  if (wanted.basis === "total") narrow((band) => band.basis === "total");
  return chosen;
}

function missedText(tier: TierId, wanted: Wanted, data: EstimateData): string {
  const name = {
    level: valueLabel("level", wanted.level, data.labels),
    country: wanted.country ? countryInProse(wanted.country, data.labels) : "",
    company: wanted.company ? valueLabel("company", wanted.company, data.labels) : "",
  };
  switch (tier) {
    case "company-level":
      return `No ${name.company} band for ${name.level}${wanted.country ? ` in ${name.country}` : ""}.`;
    case "country-level":
      return `No ${name.level} band for ${name.country}.`;
    case "country":
      return `No band for ${name.country} at any level.`;
    case "level":
      return `No ${name.level} band that names no country.`;
    case "worldwide":
      return "No band for all levels that names no country.";
  }
}

export interface BaseMatch {
  /** Null when no rung holds a band. */
  tier: TierId | null;
  missed: string[];
  bands: Band[];
}

/** Walks the rungs and returns the first that holds bands, with why the ones before it held none. */
export function matchBase(wanted: Wanted, data: EstimateData): BaseMatch {
  const missed: string[] = [];
  for (const tier of TIERS) {
    if (!tier.applies(wanted)) continue;
    const candidates = data.bands.filter((band) => fits(band, wanted, tier.id) && tier.matches(band, wanted));
    if (candidates.length > 0) return { tier: tier.id, missed, bands: mostSpecific(candidates, wanted) };
    missed.push(missedText(tier.id, wanted, data));
  }
  return { tier: null, missed, bands: [] };
}

export const isImplausible = (band: Band) => band.flags.some((flag) => flag.code === "implausible");

/**
 * The currency the base is worked in: the bands' own when they share one, else the
 * person's country's when a band states it, else US dollars (the bands' usual unit).
 */
export function workingCurrency(bands: readonly Band[], country: string | null, data: EstimateData): string {
  const currencies = new Set(bands.map((band) => band.currency));
  const [only] = currencies;
  if (currencies.size === 1 && only !== undefined) return only;
  const local = country === null ? undefined : data.countryCurrency.get(country);
  return local !== undefined && currencies.has(local) ? local : "USD";
}

/**
 * Each source's bands in the working currency and their envelope. A band flagged
 * implausible is shown but left out of the envelope unless every band is.
 */
export function sourceBases(bands: readonly Band[], currency: string, data: EstimateData): SourceBase[] {
  const allImplausible = bands.every(isImplausible);
  const bySource = new Map<string, { source: SourceBase["source"]; rows: BaseBand[] }>();
  for (const band of bands) {
    const claimed = bandRange(band);
    const converted = band.currency !== currency;
    const row: BaseBand = {
      band,
      claimed,
      range: converted ? convertRange(claimed, currency, data.rates) : claimed,
      converted,
      counted: allImplausible || !isImplausible(band),
    };
    const entry = bySource.get(band.source.id) ?? { source: band.source, rows: [] };
    bySource.set(band.source.id, { ...entry, rows: [...entry.rows, row] });
  }
  return [...bySource.values()]
    .map(({ source, rows }) => {
      const counted = rows.filter((row) => row.counted).map((row) => row.range);
      return { source, bands: rows, range: counted.length > 0 ? envelope(counted) : null, result: null };
    })
    .sort((a, b) => a.source.id.localeCompare(b.source.id));
}
