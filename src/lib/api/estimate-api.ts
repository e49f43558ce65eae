import "server-only";
import { loadEstimateData } from "@/lib/db/queries/estimate";
import { loadPppData } from "@/lib/db/queries/ppp";
import { TIER_RULES } from "@/lib/estimate/base";
import { describeEstimate } from "@/lib/estimate/describe";
import { estimateSalary } from "@/lib/estimate/estimate";
import { estimateInInternationalDollars } from "@/lib/estimate/international-dollars";
import { PPP_ATTRIBUTION, PPP_INDICATOR } from "@/lib/official/ppp";
import type { UnusedFactor } from "@/lib/estimate/types";
import { estimateView, missingEstimateParams } from "@/lib/url-state/estimate";
import { badParameters } from "@/lib/url-state/bad-parameters";
import type { Factor } from "@/lib/domain";
import { internationalDollarsJson, pppJson } from "./responses";

function factorJson(factor: Factor) {
  return { factor: factor.id, kind: factor.kind, statedLowPct: factor.lowPct, statedHighPct: factor.highPct, source: factor.source, quote: factor.quote };
}

const unusedJson = ({ factor, reason }: UnusedFactor) => ({ ...factorJson(factor), reason });

/**
 * GET /api/estimate: the /estimate page's result as JSON, for the same parameters.
 * Amounts keep full precision (round when showing them); every range says its currency.
 */
export async function estimateResponse(request: Request): Promise<Response> {
  const data = await loadEstimateData();
  const { view: input, ignored } = estimateView.parse(new URL(request.url).searchParams, data.vocabulary);
  const problems = [...ignored, ...missingEstimateParams(input)];
  if (problems.length > 0) return badParameters(problems);
  const estimate = estimateSalary(input, data.estimator);
  const table = input.ppp ? await loadPppData() : null;
  const intl = table ? estimateInInternationalDollars(estimate, table, data.rates.table) : null;
  return Response.json({
    input: estimateView.serialize(input),
    title: describeEstimate(input, data.labels).title,
    level: estimate.level,
    rule: { tier: estimate.tier, text: estimate.tier === null ? null : TIER_RULES[estimate.tier], missed: estimate.missed },
    range: estimate.display,
    original: estimate.range,
    base: estimate.sources.map(({ source, range, result, bands }) => ({
      source,
      range,
      result,
      bands: bands.map(({ band, claimed, range: converted, counted }) => ({
        id: band.id,
        measure: band.measure,
        basis: band.basis,
        claimed,
        range: converted,
        counted,
        flags: band.flags,
        quote: band.quote,
        amountPhrase: band.amountPhrase,
      })),
    })),
    steps: estimate.steps.map(({ factor, lowPct, highPct, inverted, after }) => ({ ...factorJson(factor), lowPct, highPct, inverted, range: after })),
    skipped: estimate.skipped.map(unusedJson),
    context: estimate.context.map(unusedJson),
    notes: estimate.notes,
    rates: { date: data.rates.table.date, source: data.rates.source },
    ...(intl && table
      ? {
          ppp: {
            indicator: PPP_INDICATOR,
            sourceId: table.sourceId,
            attribution: PPP_ATTRIBUTION,
            range: intl.range && internationalDollarsJson(intl.range),
            reason: intl.reason,
            sources: Object.fromEntries([...intl.sources].map(([id, ppp]) => [id, pppJson(ppp)])),
            bands: Object.fromEntries([...intl.bands].map(([id, ppp]) => [id, pppJson(ppp)])),
          },
        }
      : {}),
  });
}
