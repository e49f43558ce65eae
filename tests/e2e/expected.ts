// Expected values for the browser tests, from data/ (read and validated by the app's own reader)
// and the pure model, never from the server's answers: a page that agrees with a wrong API would
// otherwise pass.
import { bandValue, comparableUsd } from "@/lib/explorer/band-facts";
import { sortRows } from "@/lib/explorer/display-rows";
import { sortLabels } from "@/lib/explorer/labels";
import { bands, labels, rates } from "../support/claims-from-data";

export { claimData } from "../support/claims-from-data";

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
    return { band, range: comparable, converted: false, annualized: false, comparable, ppp: null };
  });
  return sortRows(rows, { key: "level", descending: false }, sortLabels(labels)).map((row) => row.band.id);
}
