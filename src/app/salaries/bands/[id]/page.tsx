import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BandDetail } from "@/components/bands/band-detail";
import { Page } from "@/components/layout/page";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { loadRecordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { bandDetailView } from "@/lib/explorer/band-detail-view";
import { SALARIES_PATH } from "@/lib/explorer/explorer-view";
import { officialBesideView } from "@/lib/official/beside-view";

type Params = Promise<{ id: string }>;

async function readView(params: Params) {
  await connection();
  const [{ id }, data, records] = await Promise.all([params, loadExplorerData(), loadRecordsBesideBands()]);
  const view = bandDetailView(data, id, records);
  if (!view) notFound();
  return { view, labels: data.labels };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { title, description, href } = (await readView(params)).view;
  return {
    title,
    description,
    alternates: { canonical: href },
    // The image comes from opengraph-image.tsx beside this page.
    openGraph: { title, description },
  };
}

/** One band's own page: the shareable, server-rendered detail its table row links to. */
export default async function BandPage({ params }: { params: Params }) {
  const [{ view, labels }, official] = await Promise.all([readView(params), loadOfficialBeside()]);
  return (
    <Page
      title={view.title}
      lede="One claim as quoted from its source, with its flags, the survey records of the same slice, the official US figures beside it and what other sources say about it."
    >
      <BandDetail view={view} official={officialBesideView([view.band], official.byBand, labels)} />
      <p>
        <Link href={SALARIES_PATH} prefetch={false}>
          All salary bands
        </Link>
      </p>
    </Page>
  );
}
