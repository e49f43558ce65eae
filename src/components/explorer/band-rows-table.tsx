import Link from "next/link";
import { FlagBadges } from "@/components/bands/flag-badges";
import { RecordsBadge } from "@/components/bands/records-beside";
import { PppBeside } from "@/components/ppp/ppp-amount";
import type { Band, VocabularyLabels } from "@/lib/domain";
import { bandHref } from "@/lib/explorer/band-href";
import type { ExplorerRow } from "@/lib/explorer/explorer-view";
import { locationLabel, shortSourceTitle, valueLabel } from "@/lib/explorer/labels";
import { type BandFilters, type SortKey } from "@/lib/url-state/bands";
import { formatRange } from "@/lib/salary-model";
import styles from "./explorer.module.css";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "level", label: "Level" },
  { key: "role", label: "Role" },
  { key: "location", label: "Location" },
  { key: "company", label: "Company" },
  { key: "industry", label: "Industry" },
  { key: "basis", label: "Basis" },
  { key: "max", label: "Pay" },
  { key: "source", label: "Source" },
];

/** With ppp=1 the pay cell shows what it buys too, and pay sorts by that (docs/decisions/014-official-sources.md): the heading says so. */
const PPP_COLUMNS: typeof COLUMNS = COLUMNS.map((column) => (column.key === "max" ? { ...column, label: "Pay · what it buys" } : column));

function experience(band: Band): string | null {
  if (band.yearsMin === null && band.yearsMax === null) return null;
  if (band.yearsMax === null) return `${band.yearsMin}+ yrs`;
  if (band.yearsMin === null || band.yearsMin === 0) return `0–${band.yearsMax} yrs`;
  return band.yearsMin === band.yearsMax ? `${band.yearsMin} yrs` : `${band.yearsMin}–${band.yearsMax} yrs`;
}

/** First click sorts ascending (pay: highest first); a click on the active column reverses it. */
function SortLink({ column, label, sort, sortHref }: { column: SortKey; label: string; sort: BandFilters["sort"]; sortHref: BandRowsTableProps["sortHref"] }) {
  const active = sort.key === column;
  const next = active ? !sort.descending : column === "max" || column === "min";
  return (
    <Link className={styles.sortLink} href={sortHref(column, next)} scroll={false} prefetch={false}>
      {label}
      {active ? (sort.descending ? " ▼" : " ▲") : ""}
      <span className="visually-hidden">{`, sort ${next ? "descending" : "ascending"}`}</span>
    </Link>
  );
}

export interface BandRowsTableProps {
  rows: ExplorerRow[];
  sort: BandFilters["sort"];
  labels: VocabularyLabels;
  sortHref: (key: SortKey, descending: boolean) => string;
  caption: string;
  /** A ppp=1 view: each pay cell shows its international dollars too. */
  ppp?: boolean;
}

/**
 * The explorer's table: one row per band; each row's source links to the band's page (quote, flags,
 * competing claims). Below 40rem rows become cards, pay first, each cell named by the stylesheet from
 * its column (explorer.module.css): the columns are fixed, so a row carries only its values.
 */
export function BandRowsTable({ rows, sort, labels, sortHref, caption, ppp = false }: BandRowsTableProps) {
  return (
    <div className={`table-scroll ${styles.cards}`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {(ppp ? PPP_COLUMNS : COLUMNS).map((column) => {
              const active = sort.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : undefined}>
                  <SortLink column={column.key} label={column.label} sort={sort} sortHref={sortHref} />
                  {column.key === "max" ? (
                    <>
                      {" "}
                      <small>
                        <SortLink column="min" label="by min" sort={sort} sortHref={sortHref} />
                      </small>
                    </>
                  ) : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ band, range, converted, annualized, records, ppp: intl }) => {
            const years = experience(band);
            return (
              <tr key={band.id} id={`band-${band.id}`} data-band-row={band.id}>
                <th scope="row">
                  {band.level ? valueLabel("level", band.level, labels) : "Any level"}
                  {years ? <div className="measure">{years}</div> : null}
                </th>
                <td>{valueLabel("role", band.role, labels)}</td>
                <td>{locationLabel(band, labels)}</td>
                <td>{band.company ? valueLabel("company", band.company, labels) : "—"}</td>
                <td>{band.industry ? valueLabel("industry", band.industry, labels) : "—"}</td>
                <td>{valueLabel("basis", band.basis, labels)}</td>
                <td className="amount" data-pay>
                  <span className={styles.range}>{`${converted ? "≈ " : ""}${formatRange(range)}`}</span>
                  {band.measure === "average" ? <span className="measure"> average</span> : null}
                  {converted || annualized ? (
                    <span className={styles.converted}>
                      {[converted ? `converted from ${band.currency}` : null, annualized ? `annualized from per ${band.period}` : null]
                        .filter(Boolean)
                        .join(", ")}
                    </span>
                  ) : null}
                  <FlagBadges flags={band.flags} />
                  <RecordsBadge beside={records} />
                  {intl ? <PppBeside ppp={intl} /> : null}
                </td>
                <td>
                  {/* The band's quote, flags and the other claims for its slice are on its own page: the table carries what a row shows (the caption says where the link goes). */}
                  <Link href={bandHref(band.id)} prefetch={false}>
                    {shortSourceTitle(band.source.title)}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
