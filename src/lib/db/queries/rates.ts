import "server-only";
import type { Rates } from "@/lib/domain";
import { db } from "@/lib/db/connection";

export async function loadRates(): Promise<Rates> {
  const rows = await db().exchangeRate.findMany({
    select: { currencyCode: true, unitsPerUsd: true, derivation: true, date: true, source: { select: { id: true, title: true } } },
    orderBy: { currencyCode: "asc" },
  });
  const first = rows[0];
  if (!first) throw new Error("The store has no exchange rates: run npm run db:setup.");
  return {
    table: { date: first.date, rates: Object.fromEntries(rows.map((r) => [r.currencyCode, r.unitsPerUsd])) },
    source: first.source,
    rates: rows.map((r) => ({ currency: r.currencyCode, unitsPerUsd: r.unitsPerUsd, derivation: r.derivation })),
  };
}
