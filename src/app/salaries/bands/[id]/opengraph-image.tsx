import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadRecordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { bandRange } from "@/lib/explorer/band-facts";
import { bandDetailView } from "@/lib/explorer/band-detail-view";
import { formatRange } from "@/lib/salary-model";

export const alt = "A salary band quoted from its source";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The preview image of a band's page: what the band is, its pay as stated, and its quote. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const [{ id }, data, records] = await Promise.all([params, loadExplorerData(), loadRecordsBesideBands()]);
  const view = bandDetailView(data, id, records);
  if (!view) notFound();
  const { band } = view;
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 56, background: "#12151b", color: "#e7eaf0", fontSize: 30 }}>
        <div style={{ fontSize: 26, color: "#7fb0ff" }}>ML Salary Explorer</div>
        <div style={{ fontSize: 48, fontWeight: 700, marginTop: 12, lineHeight: 1.15 }}>{view.title}</div>
        <div style={{ fontSize: 64, fontWeight: 700, marginTop: 28 }}>{formatRange(bandRange(band))}</div>
        <div style={{ marginTop: 24, fontSize: 28, color: "#a3abb9" }}>{`“${band.quote.length > 180 ? `${band.quote.slice(0, 179)}…` : band.quote}”`}</div>
        <div style={{ marginTop: "auto", fontSize: 24, color: "#a3abb9" }}>
          {band.flags.length > 0 ? `Flagged: ${band.flags.map((flag) => flag.code).join(", ")}` : "Quoted verbatim from its source"}
        </div>
      </div>
    ),
    size,
  );
}
