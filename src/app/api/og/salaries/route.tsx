import { connection } from "next/server";
import { limitExpensive } from "@/lib/http/limits";
import { drawImage } from "@/lib/og/draw";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { describeView, locationLabel, valueLabel } from "@/lib/explorer/labels";
import { viewRows } from "@/lib/explorer/view-rows";
import { bandsView } from "@/lib/url-state/bands";
import { formatRange } from "@/lib/salary-model";

const SIZE = { width: 1200, height: 630 };
const ROWS_SHOWN = 6;

/** The preview image of a /salaries view (its og:image): the view's title and its first rows. Bad params are simply ignored here. */
export async function GET(request: Request) {
  await connection();
  // Drawing the image is the most expensive answer the site gives: a few at a time, each drawn in
  // full on a worker thread inside the slot (src/lib/http/limits.ts, src/lib/og/draw.ts).
  return limitExpensive(() => previewImage(request));
}

async function previewImage(request: Request): Promise<Response> {
  const data = await loadExplorerData();
  const { view: filters } = bandsView.parse(new URL(request.url).searchParams, data.vocabulary);
  const rows = viewRows(data.bands, filters, data.rates.table, data.labels);
  const { title } = describeView(filters, data.labels);
  return drawImage(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 56, background: "#12151b", color: "#e7eaf0", fontSize: 30 }}>
        <div style={{ fontSize: 26, color: "#7fb0ff" }}>ML Salary Explorer</div>
        <div style={{ fontSize: 56, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }}>{title}</div>
        <div style={{ display: "flex", flexDirection: "column", marginTop: 28, gap: 8 }}>
          {rows.slice(0, ROWS_SHOWN).map(({ band, range, converted }) => (
            <div key={band.id} style={{ display: "flex", justifyContent: "space-between", borderBottom: "1px solid #2c323d", paddingBottom: 6 }}>
              <span>
                {[band.level ? valueLabel("level", band.level, data.labels) : null, band.company ? valueLabel("company", band.company, data.labels) : locationLabel(band, data.labels)]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
              <span>{`${converted ? "≈ " : ""}${formatRange(range, { compact: true })}`}</span>
            </div>
          ))}
        </div>
        <div style={{ marginTop: "auto", fontSize: 24, color: "#a3abb9" }}>
          {`${rows.length} bands quoted from published articles, each with its source${
            rows.length > ROWS_SHOWN ? ` · ${rows.length - ROWS_SHOWN} more on the page` : ""
          }`}
        </div>
      </div>
    ),
    SIZE,
  );
}
