import { CanonicalForm } from "@/components/url-state/canonical-form";
import { RECORD_GROUPINGS, type RecordFilterKey, type RecordGrouping, type RecordsView } from "@/lib/url-state/records";
import { optionsMarkup } from "@/components/layout/options-markup";
import { FIXED_FILTER_OPTIONS, type RecordsFormOptions } from "@/lib/records/labels";
import form from "@/components/layout/filter-form.module.css";
import styles from "./records.module.css";

export const GROUPING_LABELS: Readonly<Record<RecordGrouping, string>> = {
  level: "Level",
  year: "Year",
  country: "Company country",
  employment: "Employment type",
  remote: "Remote ratio",
  size: "Company size",
};

function Checkboxes({ name, legend, options, checked }: { name: RecordFilterKey; legend: string; options: readonly { value: string; label: string }[]; checked: readonly (string | number)[] }) {
  const chosen = new Set(checked.map(String));
  return (
    <fieldset className={form.fieldset}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="checkbox" name={name} value={option.value} defaultChecked={chosen.has(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The filters as a GET form: the URL holds the whole state, the page is rendered on the server,
 * and it works without JavaScript (with it, the button navigates straight to the canonical URL).
 * Nothing ticked in a group means "all".
 */
export function RecordsFilterForm({ view, options }: { view: RecordsView; options: RecordsFormOptions }) {
  const { filters } = view;
  return (
    <CanonicalForm action="/records" query="records" live={false} className={`${form.form} ${styles.form}`} aria-label="Filter the survey records">
      <div className={form.field}>
        <label htmlFor="records-title">Job title</label>
        {/* Hundreds of titles: their markup is built once per data version (options-markup.ts). */}
        <select
          id="records-title"
          name="title"
          multiple
          size={8}
          aria-describedby="records-multi-hint"
          dangerouslySetInnerHTML={optionsMarkup(
            [
              { label: "ML roles", options: options.mlTitles },
              { label: "Other titles", options: options.otherTitles },
            ],
            filters.title,
          )}
        />
        <span className={form.hint} id="records-multi-hint">
          Ctrl- or ⌘-click to choose several; none chosen means all.
        </span>
      </div>
      <div className={form.field}>
        <label htmlFor="records-country">Company country</label>
        <select id="records-country" name="country" multiple size={8} aria-describedby="records-multi-hint" dangerouslySetInnerHTML={optionsMarkup([{ options: options.countries }], filters.country)} />
      </div>
      <Checkboxes name="level" legend="Level" options={FIXED_FILTER_OPTIONS.level} checked={filters.level} />
      <Checkboxes
        name="year"
        legend="Work year"
        options={options.years}
        checked={filters.year}
      />
      <Checkboxes name="employment" legend="Employment type" options={FIXED_FILTER_OPTIONS.employment} checked={filters.employment} />
      <Checkboxes name="remote" legend="Remote ratio" options={FIXED_FILTER_OPTIONS.remote} checked={filters.remote} />
      <Checkboxes name="size" legend="Company size" options={FIXED_FILTER_OPTIONS.size} checked={filters.size} />
      <div className={form.field}>
        <label htmlFor="records-group">Group by</label>
        <select id="records-group" name="group" defaultValue={view.group}>
          {RECORD_GROUPINGS.map((grouping) => (
            <option key={grouping} value={grouping}>
              {GROUPING_LABELS[grouping]}
            </option>
          ))}
        </select>
      </div>
      <div className={form.field}>
        <label htmlFor="records-pay">Your pay (USD a year)</label>
        <input id="records-pay" name="pay" type="number" min={1} step="any" inputMode="decimal" defaultValue={view.pay ?? ""} aria-describedby="records-pay-hint" />
        <span className={form.hint} id="records-pay-hint">
          Optional: where it sits among the matching records.
        </span>
      </div>
      <div className={form.actions}>
        <button type="submit" className="button">
          Show percentiles
        </button>
        <a href="/records">Clear all filters</a>
      </div>
    </CanonicalForm>
  );
}
