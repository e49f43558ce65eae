import Link from "next/link";
import { connection } from "next/server";
import { Page } from "@/components/layout/page";
import { countClaims } from "@/lib/db/queries/vocabulary";

export default async function HomePage() {
  await connection(); // counts come from the store at request time, not from the build
  const counts = await countClaims();
  return (
    <Page
      title="What machine-learning engineers are paid"
      lede="Salary bands for machine-learning engineers by level, company, country and city, base or total pay. Every figure is a claim quoted from a published article, shown with its source and the sentence it came from. Where articles disagree, each claim is kept; where a number looks wrong, it is flagged with the reason."
    >
      <ul className="stats" aria-label="What is in the store">
        <li>
          <strong>{counts.bands}</strong> salary bands
        </li>
        <li>
          <strong>{counts.factors}</strong> premiums, gaps and growth figures
        </li>
        <li>
          <strong>{counts.sources}</strong> articles quoted
        </li>
        <li>
          <strong>{counts.flagged}</strong> claims flagged
        </li>
      </ul>
      <p>
        <Link href="/salaries" className="button">
          Browse the salary bands
        </Link>
      </p>
      <p>
        Data for tools: <a href="/api/bands">/api/bands</a> and <a href="/api/factors">/api/factors</a> (JSON).
      </p>
    </Page>
  );
}
