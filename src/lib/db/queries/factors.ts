import "server-only";
import type { Factor } from "@/lib/domain";
import { db } from "@/lib/db/connection";

export async function listFactors(): Promise<Factor[]> {
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
