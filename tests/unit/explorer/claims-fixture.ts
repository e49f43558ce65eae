import { readClaimData } from "@/lib/claims/read-data";
import type { Band, VocabularyLabels } from "@/lib/domain";
import { filterVocabulary } from "@/lib/explorer/explorer-data";
import type { FilterVocabulary } from "@/lib/filters/band-params";
import type { RateTable } from "@/lib/salary-model";
import { dataDir } from "../../setup/paths";

/** The real claims of data/, shaped as the store hands them to the pages, so tests can name real figures. */
const data = readClaimData(dataDir);
const titles = new Map(data.sources.map((s) => [s.id, s.title]));
const names = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));

export const bands: Band[] = data.bands.map((b) => ({ ...b, source: { id: b.source, title: titles.get(b.source) ?? b.source } }));
export const rates: RateTable = { date: data.exchangeRates.date, rates: Object.fromEntries(data.exchangeRates.rates.map((r) => [r.currency, r.unitsPerUsd])) };
export const labels: VocabularyLabels = {
  levels: new Map(data.vocabulary.levels.map((l) => [l.id, { name: l.name, rank: l.rank }])),
  roles: names(data.vocabulary.roles),
  countries: new Map(data.vocabulary.countries.map((c) => [c.code, c.name])),
  cities: names(data.vocabulary.cities),
  companies: names(data.vocabulary.companies),
  industries: names(data.vocabulary.industries),
  sources: titles,
  currencies: new Map(data.vocabulary.currencies.map((c) => [c.code, c.name])),
};
/** What each URL parameter may hold, as loadExplorerData builds it. */
export const vocabulary: FilterVocabulary = filterVocabulary(labels, Object.keys(rates.rates));
