import type { RecordImportInfo } from "@/lib/records/summary";
import { EXPERIENCE_CODES, EXPERIENCE_LABELS, LEVEL_BY_EXPERIENCE, LEVEL_LABELS, MIN_SHOWN_OBSERVATIONS, SMALL_SAMPLE_OBSERVATIONS } from "@/lib/records/codes";
import styles from "./records.module.css";
import { formatCount } from "@/lib/salary-model";

/** How the figures are made and where the records come from. */
export function RecordsNotes({ imports }: { imports: readonly RecordImportInfo[] }) {
  return (
    <section className={styles.notes} aria-labelledby="records-how">
      <h2 id="records-how">How these figures are made</h2>
      <p>
        <strong>Pairs count once.</strong> Since 2022 the survey lists most postings as two consecutive rows that are identical except for
        the salary: the low and the high end of the posted range. Such a pair is one observation with a minimum and a maximum, not two
        salaries. Rows that repeat exactly, salary included, stay separate observations, as the survey has them.
      </p>
      <p>
        <strong>One value per observation.</strong> Percentiles are taken over each observation&rsquo;s midpoint in US dollars (for a
        single row, its salary_in_usd; for a pair, halfway between its two ends), by linear interpolation between order statistics (R
        type 7, NumPy&rsquo;s default). Min and max are the lowest and highest of those values. The chart&rsquo;s boxes span p25 to p75
        with a line at the median; its whiskers span p10 to p90.
      </p>
      <p>
        <strong>Small groups.</strong> Groups of fewer than {MIN_SHOWN_OBSERVATIONS} observations are not shown; groups of fewer than{" "}
        {SMALL_SAMPLE_OBSERVATIONS} are marked &ldquo;small sample&rdquo; (and drawn dashed, with a * after the name).
      </p>
      <table>
        <caption>How the survey&rsquo;s experience levels map onto this site&rsquo;s levels</caption>
        <thead>
          <tr>
            <th scope="col">Survey code</th>
            <th scope="col">Survey meaning</th>
            <th scope="col">Level here</th>
          </tr>
        </thead>
        <tbody>
          {EXPERIENCE_CODES.map((code) => (
            <tr key={code}>
              <td>
                <code>{code}</code>
              </td>
              <td>{EXPERIENCE_LABELS[code]}</td>
              <td>{LEVEL_LABELS[LEVEL_BY_EXPERIENCE[code]]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>The survey has no counterpart for this site&rsquo;s &ldquo;lead&rdquo; and &ldquo;manager&rdquo; levels.</p>
      <h2>Where the records come from</h2>
      <ul>
        {imports.map((entry) => (
          <li key={`${entry.datasetId}-${entry.file}-${entry.importedAt.toISOString()}`}>
            {entry.source ? (
              <>
                {entry.source.url ? <a href={entry.source.url}>{entry.source.title}</a> : entry.source.title}, licence{" "}
                {entry.source.licence}:{" "}
              </>
            ) : null}
            <code>{entry.file}</code>, {formatCount(entry.rowsRead)} rows, {formatCount(entry.pairs)} pairs, {formatCount(entry.observations)} observations
            ({formatCount(entry.added)} added on {entry.importedAt.toISOString().slice(0, 10)}).
          </li>
        ))}
      </ul>
    </section>
  );
}
