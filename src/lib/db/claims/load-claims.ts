import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { DATA_FILES, DataError, type ClaimData } from "@/lib/claims/read-data";

export interface LoadCounts {
  sources: number;
  bands: number;
  factors: number;
  exchangeRates: number;
}

/**
 * Replaces the claims in the store by the contents of data/, in one transaction:
 * a second run writes the same rows, and a failure leaves the previous rows in place.
 */
export async function loadClaims(prisma: PrismaClient, data: ClaimData): Promise<LoadCounts> {
  const { vocabulary } = data;
  return prisma.$transaction(async (tx) => {
    // Children first: foreign keys point from bands and factors into the vocabulary.
    await tx.bandFlag.deleteMany();
    await tx.factorFlag.deleteMany();
    await tx.band.deleteMany();
    await tx.factor.deleteMany();
    await tx.exchangeRate.deleteMany();
    await tx.city.deleteMany();
    await tx.country.deleteMany();
    await tx.currency.deleteMany();
    await tx.level.deleteMany();
    await tx.role.deleteMany();
    await tx.company.deleteMany();
    await tx.industry.deleteMany();
    // Sources are updated in place, not re-created: imported survey records keep pointing at theirs.
    const sourceIds = data.sources.map((source) => source.id);
    const stillCited = await tx.recordImport.findMany({
      where: { sourceId: { notIn: sourceIds } },
      select: { sourceId: true, file: true },
      distinct: ["sourceId"],
    });
    if (stillCited.length > 0) {
      throw new DataError(
        stillCited.map((cited) => ({
          file: DATA_FILES.sources,
          line: null,
          record: cited.sourceId,
          field: null,
          message: `removed, but the imported survey file ${cited.file} cites it; keep the source`,
        })),
      );
    }
    await tx.source.deleteMany({ where: { id: { notIn: sourceIds } } });
    for (const { id, profile, ...source } of data.sources) {
      const row = { ...source, measures: null, referencePeriod: null, method: null, coverage: null, attribution: null, ...profile };
      await tx.source.upsert({ where: { id }, create: { id, ...row }, update: row });
    }
    await tx.currency.createMany({ data: vocabulary.currencies });
    await tx.country.createMany({
      data: vocabulary.countries.map(({ code, name, currency }) => ({ code, name, currencyCode: currency })),
    });
    await tx.city.createMany({ data: vocabulary.cities.map(({ id, name, country }) => ({ id, name, countryCode: country })) });
    await tx.level.createMany({ data: vocabulary.levels });
    await tx.role.createMany({ data: vocabulary.roles });
    await tx.company.createMany({ data: vocabulary.companies });
    await tx.industry.createMany({ data: vocabulary.industries });

    await tx.exchangeRate.createMany({
      data: data.exchangeRates.rates.map((rate) => ({
        currencyCode: rate.currency,
        unitsPerUsd: rate.unitsPerUsd,
        derivation: rate.derivation,
        date: data.exchangeRates.date,
        sourceId: data.exchangeRates.source,
      })),
    });

    await tx.band.createMany({
      data: data.bands.map(({ source, role, level, country, city, company, industry, currency, flags: _flags, ...band }) => ({
        ...band,
        sourceId: source,
        roleId: role,
        levelId: level,
        countryCode: country,
        cityId: city,
        companyId: company,
        industryId: industry,
        currencyCode: currency,
      })),
    });
    await tx.bandFlag.createMany({
      data: data.bands.flatMap((band) => band.flags.map((flag) => ({ bandId: band.id, ...flag }))),
    });

    await tx.factor.createMany({
      data: data.factors.map(({ source, flags: _flags, ...factor }) => ({ ...factor, sourceId: source })),
    });
    await tx.factorFlag.createMany({
      data: data.factors.flatMap((factor) => factor.flags.map((flag) => ({ factorId: factor.id, ...flag }))),
    });

    return {
      sources: data.sources.length,
      bands: data.bands.length,
      factors: data.factors.length,
      exchangeRates: data.exchangeRates.rates.length,
    };
  });
}
