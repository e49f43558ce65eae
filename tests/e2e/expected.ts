// Expected values for the browser tests, from data/ (read and validated by the app's own reader)
// and the pure model, never from the server's answers: a page that agrees with a wrong API would
// otherwise pass.
import path from "node:path";
import { readClaimData } from "@/lib/claims/read-data";
import { bandValue, comparableUsd, type ExplorerBand } from "@/lib/explorer/band-facts";
import { sortRows } from "@/lib/explorer/display-rows";
import { sortLabels } from "@/lib/explorer/labels";
import type { RateTable } from "@/lib/salary-model";

export const claimData = readClaimData(path.resolve("data"));

const rates: RateTable = {
  date: claimData.exchangeRates.date,
  rates: Object.fromEntries(claimData.exchangeRates.rates.map((rate) => [rate.currency, rate.unitsPerUsd])),
};
const sourceTitles = new Map(claimData.sources.map((source) => [source.id, source.title]));
const names = (entries: { id: string; name: string }[]) => new Map(entries.map((entry) => [entry.id, entry.name]));
const { vocabulary } = claimData;
/** The display names the store's loadVocabularyLabels reads, taken from data/vocabulary.json. */
const labels = sortLabels({
  levels: new Map(vocabulary.levels.map((level) => [level.id, { name: level.name, rank: level.rank }])),
  roles: names(vocabulary.roles),
  countries: new Map(vocabulary.countries.map((country) => [country.code, country.name])),
  cities: names(vocabulary.cities),
  companies: names(vocabulary.companies),
  industries: names(vocabulary.industries),
  sources: sourceTitles,
  currencies: new Map(vocabulary.currencies.map((currency) => [currency.code, currency.name])),
});

/** Every band of data/ as the explorer sees it (the source with its title). */
const bands: ExplorerBand[] = claimData.bands.map((band) => ({
  ...band,
  source: { id: band.source, title: sourceTitles.get(band.source) ?? band.source },
}));

type Selection = Partial<Record<"country" | "level" | "company", string[]>>;

/**
 * The ids of the bands an explorer URL with this selection lists, in its default order (level,
 * then yearly US-dollar pay, then id: the model's sortRows). The currency chosen for display
 * does not change the order, which compares yearly dollars.
 */
export function explorerBandIds(selection: Selection): string[] {
  const selected = bands.filter((band) =>
    Object.entries(selection).every(([key, values]) => values.includes(bandValue(band, key as keyof Selection))),
  );
  const rows = selected.map((band) => {
    const comparable = comparableUsd(band, rates);
    return { band, range: comparable, converted: false, annualized: false, comparable };
  });
  return sortRows(rows, { key: "level", descending: false }, labels).map((row) => row.band.id);
}
