import "server-only";
import { recordsVocabulary, summarizeRecords } from "@/lib/db/records/percentile-index";
import { PERCENTILE_METHOD } from "@/lib/records/summary";
import { recordsView } from "@/lib/url-state/records";
import { badParameters } from "@/lib/url-state/bad-parameters";

/**
 * GET /api/percentiles?title=Machine%20Learning%20Engineer&country=US&level=senior&year=2024
 * Percentiles of the survey records in USD a year, at full precision. Any parameter it cannot
 * use is a 400 naming it, with the values allowed; when nothing matches, n is 0 and the
 * figures are null.
 */
export function percentilesResponse(request: Request): Response {
  const { view, ignored } = recordsView.parse(new URL(request.url).searchParams, recordsVocabulary(), { except: ["group"] });
  if (ignored.length > 0) return badParameters(ignored);
  const { overall } = summarizeRecords(view.filters);
  return Response.json({
    n: overall?.n ?? 0,
    p10: overall?.p10 ?? null,
    p25: overall?.p25 ?? null,
    p50: overall?.p50 ?? null,
    p75: overall?.p75 ?? null,
    p90: overall?.p90 ?? null,
    min: overall?.min ?? null,
    max: overall?.max ?? null,
    currency: "USD",
    method: PERCENTILE_METHOD,
  });
}
