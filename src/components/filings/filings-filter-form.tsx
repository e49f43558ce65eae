import { CanonicalForm } from "@/components/url-state/canonical-form";
import styles from "@/components/layout/filter-form.module.css";
import { SelectField } from "@/components/layout/select-field";
import type { FilingsChoices } from "@/lib/official/filings-view";

export interface FilingsSelection {
  company: string | null;
  role: string | null;
  level: string | null;
  state: string | null;
  soc: string | null;
  pay: number | null;
}

/** The filings slice and your number as a GET form: works without JavaScript; with it, the button goes straight to the canonical URL. */
export function FilingsFilterForm({ choices, selection }: { choices: FilingsChoices; selection: FilingsSelection }) {
  return (
    <CanonicalForm action="/filings" query="filings" live={false} className={styles.form} aria-label="Choose the filings">
      <SelectField id="filings-company" name="company" label="Company" options={choices.companies} value={selection.company} any="Every employer" />
      <SelectField id="filings-role" name="role" label="Role (read from the job title)" options={choices.roles} value={selection.role} any="Every title" />
      <SelectField id="filings-level" name="level" label="Level (read from the job title)" options={choices.levels} value={selection.level} any="Every level" />
      <SelectField id="filings-state" name="state" label="Worksite state" options={choices.states} value={selection.state} any="Every state" />
      <SelectField id="filings-soc" name="soc" label="Occupation (SOC code filed)" options={choices.socs} value={selection.soc} any="Every occupation" />
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
