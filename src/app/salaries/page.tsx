import type { Metadata } from "next";
import { connection } from "next/server";
import { BandTable } from "@/components/bands/band-table";
import { listBands } from "@/lib/db/bands";
import { loadVocabularyLabels } from "@/lib/db/vocabulary";

export const metadata: Metadata = {
  title: "ML engineer salaries",
  description: "Every salary band the articles state for machine-learning engineers, with source and quote.",
};

export default async function SalariesPage() {
  await connection();
  const [bands, labels] = await Promise.all([listBands(), loadVocabularyLabels()]);
  const flagged = bands.filter((band) => band.flags.length > 0).length;
  return (
    <>
      <h1>Machine-learning engineer salaries</h1>
      <p className="lede">
        {bands.length} bands from the articles, each in the currency and period the article used. {flagged} are flagged: open the
        source to read the quote, and hover a flag for the reason.
      </p>
      <BandTable bands={bands} labels={labels} caption={`${bands.length} salary bands, ordered by level`} />
    </>
  );
}
