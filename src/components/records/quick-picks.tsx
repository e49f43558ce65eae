import Link from "next/link";
import { recordsHref, type RecordsView } from "@/lib/url-state/records";
import { ML_QUICK_PICK_TITLES, ROLE_TITLES } from "@/lib/records/role-titles";
import styles from "./records.module.css";

/** One-click job-title filters for the ML roles the data has, keeping the other filters. */
export function QuickPicks({ view, titles }: { view: RecordsView; titles: readonly string[] }) {
  const present = new Set(titles);
  const mlEngineerTitles = (ROLE_TITLES["ml-engineer"] ?? []).filter((title) => present.has(title));
  const picks = [
    ...ML_QUICK_PICK_TITLES.filter((title) => present.has(title)).map((title) => ({ label: title, titles: [title] })),
    { label: `ML engineer, all ${mlEngineerTitles.length} titles`, titles: mlEngineerTitles },
  ];
  const current = [...view.filters.title].sort().join("\n");
  return (
    <nav className={styles.picks} aria-label="Quick picks for ML roles">
      <strong>Quick picks for ML roles:</strong>
      <ul>
        {picks.map((pick) => (
          <li key={pick.label}>
            <Link
              href={recordsHref({ ...view, filters: { ...view.filters, title: pick.titles } })}
              aria-current={[...pick.titles].sort().join("\n") === current ? "true" : undefined}
              title={pick.titles.join(", ")}
            >
              {pick.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
