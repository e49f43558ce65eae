import { CanonicalForm } from "@/components/url-state/canonical-form";
import styles from "@/components/layout/filter-form.module.css";
import { SelectField } from "@/components/layout/select-field";
import type { TrendsChoices } from "@/lib/official/trends-view";

export interface TrendsSelection {
  role: string;
  level: string | null;
  country: string | null;
}

/** Role, level and company country as a GET form: without JavaScript the button loads the view, with it each change does. */
export function TrendsFilterForm({ choices, selection }: { choices: TrendsChoices; selection: TrendsSelection }) {
  return (
    <CanonicalForm action="/trends" query="trends" live className={styles.form} aria-label="Choose the trend">
      <SelectField id="trends-role" name="role" label="Role" options={choices.roles} value={selection.role} />
      <SelectField id="trends-level" name="level" label="Level (survey records only)" options={choices.levels} value={selection.level} any="Every level" />
      <SelectField id="trends-country" name="country" label="Company country (survey records only)" options={choices.countries} value={selection.country} any="Every country" />
      <div className={styles.actions}>
        <button type="submit" className="button">
          Show the trend
        </button>
      </div>
    </CanonicalForm>
  );
}
