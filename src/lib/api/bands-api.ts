import "server-only";
import type { Band } from "@/lib/domain";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadPppData } from "@/lib/db/queries/ppp";
import type { DisplayRow } from "@/lib/explorer/display-rows";
import { FILTER_TITLES, valueLabel } from "@/lib/explorer/labels";
import { facetCounts } from "@/lib/explorer/select-bands";
import { viewRows } from "@/lib/explorer/view-rows";
import { PPP_ATTRIBUTION, PPP_INDICATOR } from "@/lib/official/ppp";
import { bandsView, MULTI_KEYS } from "@/lib/url-state/bands";
import { badParameters } from "@/lib/url-state/bad-parameters";
import { csvLines, pppJson } from "./responses";

const FORMATS = ["json", "csv"] as const;
type Format = (typeof FORMATS)[number];

/** The view a request asks for, or the 400 that names what it got wrong. Same parsing as the /salaries page. */
async function readRequest(request: Request, options: { format?: Format } = {}) {
  const params = new URL(request.url).searchParams;
  const formats = params.getAll("format");
  params.delete("format");
  const data = await loadExplorerData();
  // Pages are the table's: an API answers every row, so `page` is no parameter of it.
  const { view: filters, ignored } = bandsView.parse(params, data.vocabulary, { except: ["page"] });
  const format = options.format ?? (formats[0] === "csv" ? "csv" : "json");
  for (const value of formats) {
    if (!(FORMATS as readonly string[]).includes(value) || formats.length > 1) {
      ignored.push({ name: "format", value, reason: formats.length > 1 ? "format may be given once" : "not a format", allowed: FORMATS });
    }
  }
  return { data, filters, ignored, format };
}

function bandJson({ band, range, converted, annualized, ppp }: DisplayRow<Band>) {
  return {
    ...band,
    display: { currency: range.currency, period: range.period, min: range.min, max: range.max, openEnded: range.openEnded, converted, annualized },
    ...(ppp ? { ppp: pppJson(ppp) } : {}),
  };
}

const CSV_HEADER = [
  "id", "role", "level", "years_min", "years_max", "country", "city", "company", "industry", "basis", "measure", "period",
  "currency", "min", "max", "open_ended", "average", "display_currency", "display_period", "display_min", "display_max",
  "converted", "flags", "source_id", "source_title", "quote",
] as const;
/** Added with ppp=1. */
const PPP_CSV_HEADER = ["ppp_min", "ppp_max", "ppp_factor", "ppp_factor_year", "ppp_nearest_year", "ppp_reason"] as const;

const rounded = (amount: number | null) => (amount === null ? null : Math.round(amount));

function bandCsvRow({ band, range, converted, ppp }: DisplayRow<Band>) {
  return [
    band.id, band.role, band.level, band.yearsMin, band.yearsMax, band.country, band.city, band.company, band.industry, band.basis,
    band.measure, band.period, band.currency, band.min, band.max, band.openEnded, band.average, range.currency, range.period,
    rounded(range.min), rounded(range.max), converted,
    band.flags.map((f) => f.code).join(" "), band.source.id, band.source.title, band.quote,
    ...(ppp === null
      ? []
      : ppp.internationalDollars === null
        ? [null, null, null, null, null, ppp.reason]
        : [rounded(ppp.internationalDollars.min), rounded(ppp.internationalDollars.max), ppp.factor, ppp.factorYear, ppp.nearestYear, null]),
  ];
}

/** GET /api/bands and /api/bands.csv: the explorer's rows for the same filters, currency and sort as the page. */
export async function bandsResponse(request: Request, options: { format?: Format } = {}): Promise<Response> {
  const { data, filters, ignored, format } = await readRequest(request, options);
  if (ignored.length > 0) return badParameters(ignored);
  const ppp = filters.ppp ? await loadPppData() : null;
  const rows = viewRows(data.bands, filters, data.rates.table, data.labels, ppp);
  if (format === "csv") {
    const query = bandsView.serialize(filters);
    return new Response(csvLines(filters.ppp ? [...CSV_HEADER, ...PPP_CSV_HEADER] : CSV_HEADER, rows.map(bandCsvRow)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ml-salary-bands${query ? "-filtered" : ""}.csv"`,
      },
    });
  }
  return Response.json({
    filters: bandsView.serialize(filters),
    ...(filters.currency || filters.ppp ? { rates: { date: data.rates.table.date, source: data.rates.source } } : {}),
    ...(ppp ? { ppp: { indicator: PPP_INDICATOR, sourceId: ppp.sourceId, attribution: PPP_ATTRIBUTION } } : {}),
    bands: rows.map(bandJson),
  });
}

/** GET /api/facets: every filter's values with how many bands each would show, given the other filters. */
export async function facetsResponse(request: Request): Promise<Response> {
  const { data, filters, ignored } = await readRequest(request);
  if (ignored.length > 0) return badParameters(ignored);
  const counts = facetCounts(data.bands, filters);
  const facets = Object.fromEntries(
    MULTI_KEYS.map((key) => [
      key,
      {
        title: FILTER_TITLES[key],
        values: data.vocabulary[key].map((value) => ({
          value,
          label: valueLabel(key, value, data.labels),
          count: counts[key].get(value) ?? 0,
          selected: filters.values[key].includes(value),
        })),
      },
    ]),
  );
  return Response.json({
    filters: bandsView.serialize(filters),
    facets,
    currencies: data.rates.rates.map((rate) => ({ code: rate.currency, name: data.labels.currencies.get(rate.currency) ?? rate.currency, unitsPerUsd: rate.unitsPerUsd })),
  });
}
