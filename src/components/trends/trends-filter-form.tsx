import { CanonicalForm } from "@/components/url-state/canonical-form";
import styles from "@/components/layout/filter-form.module.css";

interface Option {
  value: string;
  label: string;
}

export interface TrendsChoices {
  roles: readonly Option[];
  levels: readonly Option[];
  countries: readonly Option[];
}

export interface TrendsSelection {
  role: string;
  level: string | null;
  country: string | null;
}

function Choice({ id, name, label, options, value, any }: { id: string; name: string; label: string; options: readonly Option[]; value: string | null; any?: string }) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        {any ? <option value="">{any}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Role, level and company country as a GET form: without JavaScript the button loads the view, with it each change does. */
export function TrendsFilterForm({ choices, selection }: { choices: TrendsChoices; selection: TrendsSelection }) {
  return (
    <CanonicalForm action="/trends" query="trends" live className={styles.form} aria-label="Choose the trend">
      <Choice id="trends-role" name="role" label="Role" options={choices.roles} value={selection.role} />
      <Choice id="trends-level" name="level" label="Level (survey records only)" options={choices.levels} value={selection.level} any="Every level" />
      <Choice id="trends-country" name="country" label="Company country (survey records only)" options={choices.countries} value={selection.country} any="Every country" />
      <div className={styles.actions}>
        <button type="submit" className="button">
          Show the trend
        </button>
      </div>
    </CanonicalForm>
  );
}
