import { CanonicalForm } from "@/components/url-state/canonical-form";
import styles from "@/components/layout/filter-form.module.css";

interface Option {
  value: string;
  label: string;
}

export interface FilingsChoices {
  companies: readonly Option[];
  roles: readonly Option[];
  levels: readonly Option[];
  states: readonly Option[];
  socs: readonly Option[];
}

export interface FilingsSelection {
  company: string | null;
  role: string | null;
  level: string | null;
  state: string | null;
  soc: string | null;
  pay: number | null;
}

function Choice({ name, label, options, value, any }: { name: keyof FilingsSelection; label: string; options: readonly Option[]; value: string | null; any: string }) {
  const id = `filings-${name}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filings slice and your number as a GET form: works without JavaScript; with it, the button goes straight to the canonical URL. */
export function FilingsFilterForm({ choices, selection }: { choices: FilingsChoices; selection: FilingsSelection }) {
  return (
    <CanonicalForm action="/filings" query="filings" live={false} className={styles.form} aria-label="Choose the filings">
      <Choice name="company" label="Company" options={choices.companies} value={selection.company} any="Every employer" />
      <Choice name="role" label="Role (read from the job title)" options={choices.roles} value={selection.role} any="Every title" />
      <Choice name="level" label="Level (read from the job title)" options={choices.levels} value={selection.level} any="Every level" />
      <Choice name="state" label="Worksite state" options={choices.states} value={selection.state} any="Every state" />
      <Choice name="soc" label="Occupation (SOC code filed)" options={choices.socs} value={selection.soc} any="Every occupation" />
      <div className={styles.field}>
        <label htmlFor="filings-pay">Your pay (USD a year)</label>
        <input id="filings-pay" name="pay" type="number" min={1} step="any" inputMode="decimal" defaultValue={selection.pay ?? ""} aria-describedby="filings-pay-hint" />
        <span className={styles.hint} id="filings-pay-hint">
          Optional: where it sits among the matching filings.
        </span>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          Show the filings
        </button>
        <a href="/filings">Clear all</a>
      </div>
    </CanonicalForm>
  );
}
