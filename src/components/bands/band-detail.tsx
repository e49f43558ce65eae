import { FlagReasons } from "@/components/bands/flag-badges";
import { RecordsSummary } from "@/components/bands/records-beside";
import { OfficialBeside } from "@/components/official/official-beside";
import { bandRange } from "@/lib/explorer/band-facts";
import type { BandDetailView } from "@/lib/explorer/band-detail-view";
import { shortSourceTitle } from "@/lib/explorer/labels";
import type { OfficialBesideView } from "@/lib/official/beside-view";
import { formatRange } from "@/lib/salary-model";
import styles from "./band-detail.module.css";

/** One band's claim in full: its source and quote, what was read from it, its flags, the survey records, the official US figures and the other sources on its slice. */
export function BandDetail({ view, official }: { view: BandDetailView; official: OfficialBesideView }) {
  const { band, sameSlice, records } = view;
  return (
    <article className={styles.detail} data-band-detail={band.id}>
      <p>
        <cite>{band.source.title}</cite>
      </p>
      <blockquote>“{band.quote}”</blockquote>
      <p>
        Read from: <q>{band.amountPhrase}</q> · as stated: {formatRange(bandRange(band))}
      </p>
      {band.note ? <p>Note: {band.note}</p> : null}
      {band.flags.length > 0 ? (
        <>
          <h2>Flags</h2>
          <FlagReasons flags={band.flags} />
        </>
      ) : null}
      <h2>What the survey records show</h2>
      <RecordsSummary beside={records} />
      <OfficialBeside view={official} id="official" headingLevel={2} />
      <h2>Other sources on the same slice</h2>
      {sameSlice.length === 0 ? (
        <p>None: this is the only claim for this slice.</p>
      ) : (
        <ul>
          {sameSlice.map(({ band: other, usd }) => (
            <li key={other.id}>
              {formatRange(bandRange(other))} (≈ {formatRange(usd, { compact: true })}/yr) — {shortSourceTitle(other.source.title)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
