import { Flag } from "./flag-badges";
import type { RecordsBeside } from "@/lib/explorer/records-check";
import { MIN_RANKED_SAMPLE } from "@/lib/official/sample";
import { formatAmount } from "@/lib/salary-model";

const usd = (amount: number) => formatAmount(amount, "USD", { compact: true });

/** A warning beside a band's pay when it sits mostly outside what the survey records show. */
export function RecordsBadge({ beside }: { beside: RecordsBeside | undefined }) {
  if (!beside?.check?.mostlyOutside) return null;
  const inside = Math.round(beside.check.shareInside * 100);
  const reason = `Only ${inside}% of this range lies within the middle half of ${beside.records.n} survey records for the same slice (${usd(beside.records.p25)}–${usd(beside.records.p75)}).`;
  return (
    <div>
      <Flag label="outside survey middle half" reason={reason} />
    </div>
  );
}

/** The survey records for a band's slice, in words: median, middle half, n, year. */
export function RecordsSummary({ beside }: { beside: RecordsBeside | undefined }) {
  if (!beside) {
    return <p>No survey records to compare: the survey has no counterpart for this slice, or fewer than {MIN_RANKED_SAMPLE} observations (too few to rank).</p>;
  }
  const { records, year, sourceYear, check } = beside;
  return (
    <p>
      {records.n < 30 ? "A small sample of " : ""}
      {records.n} aijobs.net survey records ({year}
      {year !== sourceYear ? `, as ${sourceYear} has too few` : ""}; titles: {records.titles.join(", ")}): median {usd(records.p50)}, middle
      half {usd(records.p25)}–{usd(records.p75)} a year.
      {check ? ` ${Math.round(check.shareInside * 100)}% of this claim, in US dollars a year, lies within that middle half.` : ""}
    </p>
  );
}

/** How article bands are held against the survey, said once on each page that does it. */
export function RecordsMethodNote({ className }: { className?: string }) {
  return (
    <details className={className}>
      <summary>How bands are held against the survey records</summary>
      <p>
        Beside each yearly band are the <a href="/records">aijobs.net survey records</a> (CC0) of the same slice: the same role (ML engineer:
        the job title Machine Learning Engineer and close synonyms; data scientist: Data Scientist), level (the survey&rsquo;s EN, MI, SE and
        EX read as junior, mid, senior and director; lead and manager have no counterpart), company country (any, for a worldwide claim;
        the survey names no companies, so a company&rsquo;s band meets all the records of its country)
        and the year the article was published (the year before when that year has fewer than {MIN_RANKED_SAMPLE} records, too few to rank). A posting given as a pair of
        rows, the low and high end of its range, counts once, at its midpoint. A band is flagged &ldquo;outside survey middle half&rdquo;
        when less than half of it, in US dollars a year, lies between the records&rsquo; 25th and 75th percentiles. Day and hour rates are
        not compared.
      </p>
    </details>
  );
}
