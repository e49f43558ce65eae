// The real claims of data/, read and checked by the app's own reader and shaped as the store hands
// them to the pages, so unit and browser tests name real figures without asking the server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { readClaimData } from "@/lib/claims/read-data";
import { sourceYears, type Band, type VocabularyLabels } from "@/lib/domain";
import { readPppRow } from "@/lib/official/formats";
import { PPP_INDICATOR, type PppFactor, type PppData } from "@/lib/official/ppp";
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

const PPP_FILE = path.resolve(import.meta.dirname, "../../data/official/ppp/ppp-2015-2024.csv");

/** The PA.NUS.PRVT.PP factors of data/official/ppp, read with the importer's own row reader. */
export const pppFactors: PppFactor[] = (parse(readFileSync(PPP_FILE), { bom: true, from_line: 2 }) as string[][]).flatMap((cells) => {
  const read = readPppRow(cells);
  return read.row && read.row.indicator === PPP_INDICATOR ? [{ country: read.row.countryIso2, year: read.row.year, value: read.row.value }] : [];
});

/** What loadPppData builds from the store, from data/ (the countries' currencies, the sources' years) and `factors`. */
export function pppDataOf(factors: readonly PppFactor[]): PppData {
  const factorsByCountry = new Map<string, PppFactor[]>();
  for (const factor of factors) factorsByCountry.set(factor.country, [...(factorsByCountry.get(factor.country) ?? []), factor]);
  return {
    factorsByCountry,
    countryCurrency: new Map(vocabulary.countries.map((country) => [country.code, country.currency])),
    sourceYears: sourceYears(claimData.sources),
    sourceId: claimData.sources.find((source) => source.file?.startsWith("data/official/ppp/"))?.id ?? null,
  };
}

export const pppData: PppData = pppDataOf(pppFactors);
