import { formatAmount, formatCount, type Summary } from "@/lib/salary-model";
import type { ChartGroup } from "./percentile-chart";
import styles from "./records.module.css";

const STATISTICS = [
  ["p10", "p10"],
  ["p25", "p25"],
  ["p50", "Median"],
  ["p75", "p75"],
  ["p90", "p90"],
  ["min", "Min"],
  ["max", "Max"],
] as const satisfies readonly (readonly [keyof Summary, string])[];

/** The groups' statistics in USD, the same figures the chart draws. */
export function PercentileTable({ groups, groupHeading, caption }: { groups: readonly ChartGroup[]; groupHeading: string; caption: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeading}</th>
            <th scope="col">n</th>
            {STATISTICS.map(([key, heading]) => (
              <th scope="col" key={key}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key} data-group={group.key}>
              <th scope="row">
                {group.label} {group.smallSample && <span className={styles.small}>small sample</span>}
              </th>
              <td className="amount">{formatCount(group.summary.n)}</td>
              {STATISTICS.map(([key]) => (
                <td className="amount" key={key}>
                  {formatAmount(group.summary[key], "USD")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
