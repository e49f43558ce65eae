import "server-only";
import { filingsFor, officialVocabulary, officialWagesFor, pppTable, trendsFor } from "@/lib/db/queries/official";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { describeRank } from "@/lib/official/position";
import { PPP_ATTRIBUTION, toInternationalDollars } from "@/lib/official/ppp";
import type { OfficialFigure } from "@/lib/official/types";
import { badParameters } from "@/lib/url-state/bad-parameters";
import { filingsView, officialWagesView, pppView, trendsView } from "@/lib/url-state/official";
import { csvLines } from "./responses";

/**
 * The official sources' APIs (docs/decisions/014-official-sources.md): each parses its URL with
 * its declaration in src/lib/url-state/official.ts, answers 400 naming any parameter it cannot
 * use, and returns the data layer's shapes (src/lib/official/types.ts) as JSON.
 */

const paramsOf = (request: Request) => new URL(request.url).searchParams;

/** GET /api/official?role=&year=: OEWS wages per mapped occupation. */
export async function officialResponse(request: Request): Promise<Response> {
  const { view, ignored } = officialWagesView.parse(paramsOf(request), await officialVocabulary());
  if (ignored.length > 0) return badParameters(ignored);
  return Response.json({ role: view.role, year: view.year, occupations: officialWagesFor(view) });
}

/** GET /api/filings?company=&role=&level=&state=&soc=&pay=: H-1B offered wages, histogram and where `pay` sits. */
export async function filingsResponse(request: Request): Promise<Response> {
  const { view, ignored } = filingsView.parse(paramsOf(request), await officialVocabulary());
  if (ignored.length > 0) return badParameters(ignored);
  const { pay, ...query } = view;
  const summary = filingsFor(query, { pay });
  return Response.json({ ...summary, position: summary.rank ? describeRank(summary.rank, "filings") : null });
}

const figureText = (f: OfficialFigure) => (f.value === null ? (f.notAvailable ? "n/a" : null) : f.topCoded ? `>=${f.value}` : f.value);

/** GET /api/trends and /api/trends.csv: survey records by year (median, P25–P75) and OEWS by year (median, P10–P90). */
export async function trendsResponse(request: Request, options: { format?: "csv" } = {}): Promise<Response> {
  const { view, ignored } = trendsView.parse(paramsOf(request), await officialVocabulary());
  if (ignored.length > 0) return badParameters(ignored);
  const trends = trendsFor(view);
  if ((options.format ?? view.format) === "csv") {
    const rows = [
      ...trends.records.points.map((p) => ["survey-records", view.role, null, p.year, p.n, figureText(p.median), "p25", figureText(p.low), "p75", figureText(p.high), p.reason, trends.records.sourceId]),
      ...trends.oews.flatMap((o) =>
        o.points.map((p) => ["bls-oews", o.soc, p.occCode, p.year, p.n, figureText(p.median), "p10", figureText(p.low), "p90", figureText(p.high), p.caveat, o.sourceId]),
      ),
    ];
    return new Response(csvLines(["series", "role_or_soc", "occ_code", "year", "n", "median", "low_is", "low", "high_is", "high", "note", "source"], rows), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="ml-salary-trends.csv"' },
    });
  }
  return Response.json(trends);
}

/** GET /api/ppp?country=&year=&amount=: the PA.NUS.PRVT.PP factors (and the other indicators), and a conversion when asked. */
export async function pppResponse(request: Request): Promise<Response> {
  const { view, ignored } = pppView.parse(paramsOf(request), await officialVocabulary());
  if (view.amount !== null && (view.country.length !== 1 || view.year === null)) {
    ignored.push({ name: "amount", value: String(view.amount), reason: "an amount needs exactly one country and a year" });
  }
  if (ignored.length > 0) return badParameters(ignored);
  const table = pppTable();
  const wanted = (country: string) => view.country.length === 0 || view.country.includes(country);
  return Response.json({
    indicator: table.indicator,
    attribution: PPP_ATTRIBUTION,
    sourceId: table.sourceId,
    conversion: view.amount === null ? null : toInternationalDollars(table.factors, { country: view.country[0]!, year: view.year!, amount: view.amount }),
    values: table.values.filter((v) => wanted(v.country)),
  });
}

/** GET /api/official/checks: every article band against OEWS, H-1B filings and the survey records, and the counts per real source (kept per data version). */
export async function checksResponse(): Promise<Response> {
  const { counts, checks } = await loadOfficialBeside();
  return Response.json({ counts, bands: checks });
}
