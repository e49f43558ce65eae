import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { loadDataVersionLabel } from "@/lib/db/queries/data-version-label";
import { readEnv } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(readEnv().siteUrl),
  title: { default: "ML Salary Explorer", template: "%s · ML Salary Explorer" },
  description: "What machine-learning engineers are paid, by level, company, country and city, with every number traced to its source.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection(); // the footer names the data being served, not the data at build time
  const dataVersion = await loadDataVersionLabel();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter data={dataVersion} />
      </body>
    </html>
  );
}
