import "server-only";
import type { Band } from "@/lib/domain";
import { db } from "@/lib/db/connection";

const bandSelect = {
  id: true,
  roleId: true,
  levelId: true,
  yearsMin: true,
  yearsMax: true,
  countryCode: true,
  cityId: true,
  companyId: true,
  industryId: true,
  basis: true,
  measure: true,
  period: true,
  currencyCode: true,
  min: true,
  max: true,
  openEnded: true,
  average: true,
  quote: true,
  amountPhrase: true,
  note: true,
  source: { select: { id: true, title: true } },
  flags: { select: { code: true, reason: true }, orderBy: { code: "asc" } },
} as const;

/** Every band, most senior last, worldwide claims before country ones. */
export async function listBands(): Promise<Band[]> {
  const rows = await db().band.findMany({
    select: bandSelect,
    orderBy: [{ level: { rank: "asc" } }, { countryCode: "asc" }, { companyId: "asc" }, { min: "asc" }, { id: "asc" }],
  });
  return rows.map(({ roleId, levelId, countryCode, cityId, companyId, industryId, currencyCode, ...band }) => ({
    ...band,
    role: roleId,
    level: levelId,
    country: countryCode,
    city: cityId,
    company: companyId,
    industry: industryId,
    currency: currencyCode,
  }));
}
