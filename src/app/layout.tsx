import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { readEnv } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(readEnv().siteUrl),
  title: { default: "ML Salary Explorer", template: "%s · ML Salary Explorer" },
  description: "What machine-learning engineers are paid, by level, company, country and city, with every number traced to its source.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            Figures are claims quoted from published articles, kept as written, with disagreements and doubtful numbers flagged. Exchange
            rates and the survey records come from the CC0 aijobs.net dataset.
          </div>
        </footer>
      </body>
    </html>
  );
}
