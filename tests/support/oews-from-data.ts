// The BLS OEWS figures of data/official/oews/, read straight from the bundled CSV (not through the
// app's importer), so tests name BLS's own numbers and markers ("#" top-coded, "*" not available).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

const file = path.resolve(import.meta.dirname, "../../data/official/oews/oews-national-2020-2024.csv");
const rows = parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];

/** One occupation's row of one May year, as BLS published it: numbers as text, markers kept. */
export function oewsRow(year: number, occCode: string): Record<string, string> {
  const row = rows.find((r) => r.year === String(year) && r.occ_code === occCode);
  if (!row) throw new Error(`no OEWS row for ${occCode} in ${year}`);
  return row;
}

/** "$112,590" for a number cell, as the pages write it. */
export const usdText = (cell: string | undefined) => `$${Number(cell).toLocaleString("en-US")}`;
