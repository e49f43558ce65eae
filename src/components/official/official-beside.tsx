import { BASIS_NOTE, sourceHref, type OfficialBesideView } from "@/lib/official/beside-view";
import styles from "./official-beside.module.css";
import { formatCount } from "@/lib/salary-model";

/**
 * The official US figures beside claims, the same on the band page, /sources, /compare and
 * /estimate (src/lib/official/beside-view.ts): each claim's verdicts with the H-1B filings that
 * match it, the OEWS P10–P90 of each role's occupations, and why a total-pay claim above them is
 * expected. `OfficialBeside` is the whole section; /sources, which lists every claim in its own
 * table already, puts `ClaimOfficial` in a column of it and `OewsTables` below.
 */

type Claim = OfficialBesideView["claims"][number];

function VerdictText({ verdict }: { verdict: Claim["oews"] }) {
  return (
    <>
      <strong data-verdict={verdict.verdict} className={verdict.flagged ? "flag" : undefined}>{`${verdict.flagged ? "⚑ " : ""}${verdict.label}`}</strong>
      {verdict.reason ? <span className={styles.reason}>{verdict.reason}</span> : null}
    </>
  );
}

function SourceLink({ sourceId, children }: { sourceId: string | null; children: string }) {
  return sourceId ? <a href={sourceHref(sourceId)}>{children}</a> : <>{children}</>;
}

function FilingsLines({ claim }: { claim: Claim }) {
  return (
    <>
      <ul className={styles.lines}>
        {claim.filings.lines.map((line) => (
          <li key={`${line.match}-${line.label}`} data-match={line.match} className={line.checked ? undefined : styles.context}>
            {`${line.label}: n = ${formatCount(line.n)} · ${line.figures}${line.checked ? "" : " (context, not checked: mixes levels)"}`}
          </li>
        ))}
      </ul>
      {claim.contextLeftOut > 0 ? <a href={`${claim.href}#official-heading`}>Wider matches, for context, on the claim&rsquo;s page</a> : null}
    </>
  );
}

/** One claim's official figures in one cell: /sources' column. */
export function ClaimOfficial({ claim }: { claim: Claim }) {
  if (claim.noOfficial !== null) return <>{claim.noOfficial}</>;
  return (
    <div data-official-claim={claim.bandId}>
      <p className={styles.cellPart} data-source="oews">
        BLS OEWS: <VerdictText verdict={claim.oews} />
        {claim.oewsTableId ? (
          <>
            {" "}
            <a href={`#${claim.oewsTableId}`}>P10–P90</a>
          </>
        ) : null}
      </p>
      <div className={styles.cellPart} data-source="filings">
        H-1B filings: <VerdictText verdict={claim.filings.verdict} />
        <FilingsLines claim={claim} />
      </div>
    </div>
  );
}

function ClaimsTable({ view }: { view: OfficialBesideView }) {
  const oewsSource = view.oews[0]?.sourceId ?? null;
  const filingsSource = view.claims.find((claim) => claim.filings.sourceId)?.filings.sourceId ?? null;
  return (
    <div className={`table-scroll ${styles.stacked}`}>
      <table>
        <caption>
          Each claim held against <SourceLink sourceId={oewsSource}>BLS OEWS</SourceLink> (the P25–P75 of its role&rsquo;s occupations) and the{" "}
          <SourceLink sourceId={filingsSource}>H-1B filings</SourceLink> (the P25–P75 of the offered wage), by basis
        </caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">BLS OEWS</th>
            <th scope="col">H-1B filings, offered base wage a year</th>
          </tr>
        </thead>
        <tbody>
          {view.claims.map((claim) => (
            <tr key={claim.bandId} data-official-claim={claim.bandId}>
              <th scope="row">
                <a href={claim.href}>{claim.title}</a> <span className="measure">{claim.stated}</span>
              </th>
              {claim.noOfficial !== null ? (
                <td colSpan={2}>{claim.noOfficial}</td>
              ) : (
                <>
                  <td data-label="BLS OEWS" data-source="oews">
                    <VerdictText verdict={claim.oews} />
                    {claim.oewsTableId ? <a href={`#${claim.oewsTableId}`}>P10–P90 of the occupations</a> : null}
                  </td>
                  <td data-label="H-1B filings" data-source="filings">
                    <FilingsLines claim={claim} />
                    <VerdictText verdict={claim.filings.verdict} />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The OEWS P10–P90 of each role's occupations in each year among the claims, each occupation with why the role is held against it. */
export function OewsTables({ view }: { view: OfficialBesideView }) {
  return view.oews.map((table) => (
    <div key={table.id} className={`table-scroll ${styles.stacked} ${styles.oews}`}>
      <table id={table.id} data-oews-table="">
        <caption>
          {table.caption}. Source: <SourceLink sourceId={table.sourceId}>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics</SourceLink>.
        </caption>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col">Employment (n)</th>
            <th scope="col">P10</th>
            <th scope="col">P25</th>
            <th scope="col">Median</th>
            <th scope="col">P75</th>
            <th scope="col">P90</th>
            <th scope="col">Why this occupation (our judgement)</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.soc} data-soc={row.soc}>
              <th scope="row">
                {`${row.occCode} ${row.occTitle} `}
                <span className="measure">{row.year}</span>
              </th>
              <td data-label="Employment (n)" className={styles.figure}>
                {row.employment}
              </td>
              <td data-label="P10" className={styles.figure}>
                {row.p10}
              </td>
              <td data-label="P25" className={styles.figure}>
                {row.p25}
              </td>
              <td data-label="Median" className={styles.figure} data-median="">
                {row.median}
              </td>
              <td data-label="P75" className={styles.figure}>
                {row.p75}
              </td>
              <td data-label="P90" className={styles.figure}>
                {row.p90}
              </td>
              <td data-label="Why (our judgement)" className={styles.why}>
                {row.reason}
                {row.caveat ? <span className={styles.reason}>{row.caveat}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ));
}

/** Said once on every page that shows official figures beside claims. */
export function BasisNote() {
  return <p className={styles.note}>{BASIS_NOTE}</p>;
}

/** The whole section: the note, each claim's verdicts and filings, the OEWS tables; for claims outside the US, one sentence. */
export function OfficialBeside({ view, id, headingLevel }: { view: OfficialBesideView; id: string; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const headingId = `${id}-heading`;
  const single = view.claims.length === 1 ? view.claims[0] : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.beside} data-official-beside="">
      <Heading id={headingId}>Official US figures beside {single ? "this claim" : "these claims"}</Heading>
      {!view.anyUs ? (
        <p>{single?.noOfficial ?? "None of these claims is about the United States: no official US statistics for them."}</p>
      ) : (
        <>
          <BasisNote />
          <ClaimsTable view={view} />
          <OewsTables view={view} />
        </>
      )}
    </section>
  );
}
