import "server-only";
import { recordsPosition } from "@/lib/db/queries/official";
import { recordsVocabulary, summarizeRecords } from "@/lib/db/records/percentile-index";
import { describeRank } from "@/lib/official/position";
import { tooFewToRank } from "@/lib/official/sample";
import { PERCENTILE_METHOD } from "@/lib/records/summary";
import { recordsView } from "@/lib/url-state/records";
import { badParameters } from "@/lib/url-state/bad-parameters";

/**
 * GET /api/percentiles?title=Machine%20Learning%20Engineer&country=US&level=senior&year=2024&pay=185000
 * Percentiles of the survey records in USD a year, at full precision, with the histogram of the
 * slice and, with `pay`, its percentile rank ("p68 of 412 records"). Any parameter it cannot use
 * is a 400 naming it, with the values allowed. Under MIN_RANKED_SAMPLE observations (none
 * matching included) n is given and the figures are null, with the reason.
 */
export function percentilesResponse(request: Request): Response {
  const { view, ignored } = recordsView.parse(new URL(request.url).searchParams, recordsVocabulary(), { except: ["group"] });
  if (ignored.length > 0) return badParameters(ignored);
  const { overall } = summarizeRecords(view.filters);
  const n = overall?.n ?? 0;
  const reason = tooFewToRank(n);
  const shown = reason ? null : overall;
  const { histogram, rank, sourceId } = recordsPosition(view.filters, view.pay);
  return Response.json({
    n,
    p10: shown?.p10 ?? null,
    p25: shown?.p25 ?? null,
    p50: shown?.p50 ?? null,
    p75: shown?.p75 ?? null,
    p90: shown?.p90 ?? null,
    min: shown?.min ?? null,
    max: shown?.max ?? null,
    currency: "USD",
    method: PERCENTILE_METHOD,
    reason,
    histogram,
    rank,
    position: rank ? describeRank(rank, "records") : null,
    sourceId,
  });
}
