// The real claims of data/, read and checked by the app's own reader and shaped as the store hands
// them to the pages, so unit and browser tests name real figures without asking the server.
import path from "node:path";
import { readClaimData } from "@/lib/claims/read-data";
import type { Band, VocabularyLabels } from "@/lib/domain";
import type { RateTable } from "@/lib/salary-model";

export const claimData = readClaimData(path.resolve(import.meta.dirname, "../../data"));

const sourceTitles = new Map(claimData.sources.map((source) => [source.id, source.title]));
const names = (entries: { id: string; name: string }[]) => new Map(entries.map((entry) => [entry.id, entry.name]));
const { vocabulary } = claimData;

export const bands: Band[] = claimData.bands.map((band) => ({
  ...band,
  source: { id: band.source, title: sourceTitles.get(band.source) ?? band.source },
}));

export const rates: RateTable = {
  date: claimData.exchangeRates.date,
  rates: Object.fromEntries(claimData.exchangeRates.rates.map((rate) => [rate.currency, rate.unitsPerUsd])),
};

/** The display names loadVocabularyLabels reads from the store, taken from data/vocabulary.json (articles only as sources). */
export const labels: VocabularyLabels = {
  levels: new Map(vocabulary.levels.map((level) => [level.id, { name: level.name, rank: level.rank }])),
  roles: names(vocabulary.roles),
  countries: new Map(vocabulary.countries.map((country) => [country.code, country.name])),
  cities: names(vocabulary.cities),
  companies: names(vocabulary.companies),
  industries: names(vocabulary.industries),
  sources: new Map(claimData.sources.filter((source) => source.kind === "article").map((source) => [source.id, source.title])),
  currencies: new Map(vocabulary.currencies.map((currency) => [currency.code, currency.name])),
};
