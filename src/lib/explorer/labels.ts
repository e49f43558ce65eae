import { BASES, NONE, type Band, type VocabularyLabels } from "@/lib/domain";
import { type BandFilters, type MultiKey } from "@/lib/url-state/bands";
import type { SortLabels } from "./display-rows";

export const FILTER_TITLES: Record<MultiKey, string> = {
  country: "Country",
  level: "Level",
  company: "Company",
  industry: "Industry",
  city: "City or hub",
  role: "Role",
  basis: "Base or total",
  source: "Source",
};

const NONE_LABELS: Record<MultiKey, string> = {
  country: "Worldwide",
  level: "Level not stated",
  company: "No company named",
  industry: "No industry named",
  city: "No city named",
  role: "Role not stated",
  basis: "Basis not stated",
  source: "No source",
};

/** The words a person reads for a filter value ("US" → "United States"). */
export function valueLabel(key: MultiKey, value: string, labels: VocabularyLabels): string {
  if (value === NONE) return NONE_LABELS[key];
  switch (key) {
    case "country":
      return labels.countries.get(value) ?? value;
    case "level":
      return labels.levels.get(value)?.name ?? value;
    case "company":
      return labels.companies.get(value) ?? value;
    case "industry":
      return labels.industries.get(value) ?? value;
    case "city":
      return labels.cities.get(value) ?? value;
    case "role":
      return labels.roles.get(value) ?? value;
    case "basis":
      return value === "total" ? "Total pay" : "Base salary";
    case "source":
      return labels.sources.get(value) ?? value;
  }
}

export function locationLabel(band: Pick<Band, "country" | "city">, labels: VocabularyLabels): string {
  const country = valueLabel("country", band.country ?? NONE, labels);
  return band.city ? `${valueLabel("city", band.city, labels)}, ${country}` : country;
}

export function sortLabels(labels: VocabularyLabels): SortLabels {
  return {
    levelRank: (level) => (level === null ? Number.MAX_SAFE_INTEGER : (labels.levels.get(level)?.rank ?? Number.MAX_SAFE_INTEGER - 1)),
    name: (key, band) => {
      switch (key) {
        case "location":
          return locationLabel(band, labels);
        case "source":
          return band.source.title;
        default:
          // Bands without a value sort after every named one.
          return band[key] === null ? "\uffff" : valueLabel(key, band[key], labels);
      }
    },
  };
}

function vocabularyIds(key: MultiKey, labels: VocabularyLabels): Iterable<string> {
  const maps: Record<MultiKey, Map<string, unknown>> = {
    country: labels.countries,
    level: labels.levels,
    company: labels.companies,
    industry: labels.industries,
    city: labels.cities,
    role: labels.roles,
    basis: new Map(BASES.map((basis) => [basis, basis])),
    source: labels.sources,
  };
  return maps[key].keys();
}

/** Roles whose name already says the level: "ML engineering manager", not "Engineering manager ML engineering manager". */
const ROLE_LEVELS: Record<string, string> = { "ml-engineering-manager": "manager", "ml-director": "director" };

/** Country names as a sentence says them: "in the US and the UK", "in Germany". */
const COUNTRIES_IN_PROSE: Record<string, string> = { US: "the US", GB: "the UK" };

export function countryInProse(country: string, labels: VocabularyLabels): string {
  return COUNTRIES_IN_PROSE[country] ?? valueLabel("country", country, labels);
}

function list(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** "Senior ML engineer salaries in the United States and United Kingdom": what the view shows, for titles and previews. */
export function describeView(filters: BandFilters, labels: VocabularyLabels): { title: string; description: string } {
  // Values in the vocabulary's order (United States before United Kingdom), not the URL's alphabetical one.
  const inOrder = (key: MultiKey) => {
    const order = [...vocabularyIds(key, labels)];
    return filters.values[key].filter((v) => v !== NONE).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  };
  const named = (key: MultiKey) => inOrder(key).map((v) => valueLabel(key, v, labels));
  const impliedLevels = filters.values.role.flatMap((role) => ROLE_LEVELS[role] ?? []);
  const levels = inOrder("level")
    .filter((level) => !impliedLevels.includes(level))
    .map((level) => valueLabel("level", level, labels));
  const roles = named("role").map((r) => r.replace(/^Machine learning/, "ML"));
  const companies = named("company");
  const countries = inOrder("country").map((v) => countryInProse(v, labels));
  const places = [...named("city"), ...countries, ...(filters.values.country.includes(NONE) ? ["worldwide"] : [])];
  const industries = named("industry");
  const basis = filters.values.basis.length === 1 ? (filters.values.basis[0] === "total" ? " total pay" : " base salaries") : " salaries";

  const who = `${levels.length > 0 ? `${list(levels)} ` : ""}${roles.length > 0 ? list(roles) : "ML engineer"}`;
  let title = `${who}${basis}`;
  if (companies.length > 0) title += ` at ${list(companies)}`;
  if (industries.length > 0) title += ` in ${list(industries)}`;
  if (places.length > 0) title += places.length === 1 && places[0] === "worldwide" ? " worldwide" : ` in ${list(places)}`;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  const currency = filters.currency ? ` in ${filters.currency}` : "";
  return {
    title,
    description: `${title}: salary bands${currency} from published articles, each with its source, quote and flags.`,
  };
}

/** A source title short enough for a table cell: up to the first colon, cut at a word near 36 characters. */
export function shortSourceTitle(title: string): string {
  const head = title.split(":")[0]?.trim() ?? title;
  if (head.length <= 40) return head;
  const cut = head.slice(0, 36);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
