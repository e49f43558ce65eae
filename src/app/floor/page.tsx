import type { Metadata } from "next";
import { connection } from "next/server";
import { Page } from "@/components/layout/page";

export const metadata: Metadata = { title: "Floor", robots: { index: false } };

/**
 * The cheapest dynamic page this server can render: the layout and one sentence, per request.
 * The benchmark measures every rendered view against it, the framework's own floor (bench/run.ts).
 */
export default async function FloorPage() {
  await connection();
  return <Page title="Floor" lede="A page with nothing on it, rendered per request: the benchmark's measure of the framework's own cost." />;
}
