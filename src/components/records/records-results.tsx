import type { GroupSummary } from "@/lib/records/summary";
import type { RecordGrouping } from "@/lib/url-state/records";
import { MIN_SHOWN_OBSERVATIONS, SMALL_SAMPLE_OBSERVATIONS } from "@/lib/records/codes";
import { groupLabel, orderGroups } from "@/lib/records/labels";
import { formatAmount, formatCount, type Summary } from "@/lib/salary-model";
import { chartGroups, PercentileChart } from "./percentile-chart";
import { PercentileTable } from "./percentile-table";
import { GROUPING_LABELS } from "./records-filter-form";
import styles from "./records.module.css";

/** The overall figures for the filters, then one box and one table row per group big enough to show. */
export function RecordsResults({ overall, groups, grouping, chartSrc }: { overall: Summary | null; groups: readonly GroupSummary[]; grouping: RecordGrouping; /** The chart's image of this view (`/api/chart/records?…`). */ chartSrc: string }) {
  if (overall === null || overall.n < MIN_SHOWN_OBSERVATIONS) {
    return (
      <p>
        {overall === null ? "No record matches" : `Only ${overall.n} observation${overall.n === 1 ? "" : "s"} match`} these filters: not enough for
        percentiles (at least {MIN_SHOWN_OBSERVATIONS} are needed). Remove a filter to widen the search.
      </p>
    );
  }
  const shown = chartGroups(grouping, groups);
  const hidden = orderGroups(grouping, groups).filter((group) => group.summary.n < MIN_SHOWN_OBSERVATIONS);
  const heading = GROUPING_LABELS[grouping];
  return (
    <>
      <ul className="stats" aria-label="All matching observations">
        <li>
          <strong>{formatCount(overall.n)}</strong> observations{" "}
          {overall.n < SMALL_SAMPLE_OBSERVATIONS && <span className={styles.small}>small sample</span>}
        </li>
        <li>
          <strong>{formatAmount(overall.p50, "USD")}</strong> median
        </li>
        <li>
          <strong>
            {formatAmount(overall.p25, "USD", { compact: true })}–{formatAmount(overall.p75, "USD", { compact: true })}
          </strong>{" "}
          p25–p75
        </li>
        <li>
          <strong>
            {formatAmount(overall.p10, "USD", { compact: true })}–{formatAmount(overall.p90, "USD", { compact: true })}
          </strong>{" "}
          p10–p90
        </li>
        <li>
          <strong>
            {formatAmount(overall.min, "USD", { compact: true })}–{formatAmount(overall.max, "USD", { compact: true })}
          </strong>{" "}
          min–max
        </li>
      </ul>
      <PercentileChart groups={shown} grouping={grouping} src={chartSrc} />
      <PercentileTable groups={shown} groupHeading={heading} caption={`Percentiles of pay in USD a year, by ${heading.toLowerCase()}`} />
      {hidden.length > 0 && (
        <p className={styles.aside}>
          Not shown, fewer than {MIN_SHOWN_OBSERVATIONS} observations: {hidden.map((group) => `${groupLabel(grouping, group.key)} (n = ${group.summary.n})`).join(", ")}.
        </p>
      )}
    </>
  );
}
