import "server-only";
import type { VocabularyLabels } from "@/lib/domain";
import { db } from "@/lib/db/connection";

export async function loadVocabularyLabels(): Promise<VocabularyLabels> {
  const client = db();
  const [levels, roles, countries, cities, companies, industries, sources, currencies] = await Promise.all([
    client.level.findMany({ select: { id: true, name: true, rank: true } }),
    client.role.findMany({ select: { id: true, name: true } }),
    client.country.findMany({ select: { code: true, name: true } }),
    client.city.findMany({ select: { id: true, name: true } }),
    client.company.findMany({ select: { id: true, name: true } }),
    client.industry.findMany({ select: { id: true, name: true } }),
    client.source.findMany({ select: { id: true, title: true }, where: { kind: "article" } }),
    client.currency.findMany({ select: { code: true, name: true } }),
  ]);
  const names = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  return {
    levels: new Map(levels.map((l) => [l.id, { name: l.name, rank: l.rank }])),
    roles: names(roles),
    countries: new Map(countries.map((c) => [c.code, c.name])),
    cities: names(cities),
    companies: names(companies),
    industries: names(industries),
    sources: new Map(sources.map((s) => [s.id, s.title])),
    currencies: new Map(currencies.map((c) => [c.code, c.name])),
  };
}

/** Each country's own currency (US → USD, DE → EUR). */
export async function loadCountryCurrencies(): Promise<Map<string, string>> {
  const countries = await db().country.findMany({ select: { code: true, currencyCode: true } });
  return new Map(countries.map((c) => [c.code, c.currencyCode]));
}

export async function countClaims(): Promise<{ bands: number; factors: number; sources: number; flagged: number }> {
  const client = db();
  const [bands, factors, sources, flagged] = await Promise.all([
    client.band.count(),
    client.factor.count(),
    client.source.count({ where: { kind: "article" } }),
    client.band.count({ where: { flags: { some: {} } } }),
  ]);
  return { bands, factors, sources, flagged };
}
