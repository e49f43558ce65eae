import "server-only";
import { db } from "./client";

export interface FactorDto {
  id: string;
  kind: string;
  lowPct: number;
  highPct: number;
  scope: string;
  country: string | null;
  flags: { code: string; reason: string }[];
  source: { id: string; title: string };
  quote: string;
  amountPhrase: string;
  note: string | null;
}

export async function listFactors(): Promise<FactorDto[]> {
  return db().factor.findMany({
    select: {
      id: true,
      kind: true,
      lowPct: true,
      highPct: true,
      scope: true,
      country: true,
      quote: true,
      amountPhrase: true,
      note: true,
      source: { select: { id: true, title: true } },
      flags: { select: { code: true, reason: true }, orderBy: { code: "asc" } },
    },
    orderBy: [{ kind: "asc" }, { id: "asc" }],
  });
}
