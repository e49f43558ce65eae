"use client";

import explorerStyles from "@/components/explorer/explorer.module.css";
import { PppCheckbox } from "@/components/ppp/ppp-checkbox";
import { CanonicalForm } from "@/components/url-state/canonical-form";
import type { EstimateFormFields, SelectSpec } from "@/lib/estimate/estimate-page-view";
import styles from "./estimate.module.css";

export interface EstimateFormProps extends EstimateFormFields {
  action: string;
}

/**
 * A GET form, like the explorer's: without JavaScript, "Estimate" loads the
 * server-rendered estimate for the choices. With it, the same button navigates
 * straight to the canonical URL, so back and forward walk through estimates.
 * Unlike the explorer's filters it waits for the button: typing "12" in years
 * should not estimate for 1 year on the way.
 */
export function EstimateForm({ action, role, level, years, maxYears, situation, total, currency, ppp }: EstimateFormProps) {
  // Labels point at their control rather than wrap it, so a control's name is its label alone (not its options or hint).
  const select = ({ name, label, none, options, value, hint }: SelectSpec) => (
    <div key={name} className={styles.field}>
      <label htmlFor={`estimate-${name}`}>{label}</label>
      <select id={`estimate-${name}`} name={name} defaultValue={value} aria-describedby={hint ? `estimate-${name}-hint` : undefined}>
        {none === undefined ? null : <option value="">{none}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={`estimate-${name}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
    </div>
  );
  return (
    <CanonicalForm action={action} query="estimate" live={false} className={explorerStyles.filters}>
      <div className={explorerStyles.display}>
        {select(role)}
        <fieldset className={explorerStyles.fieldset}>
          <legend>Experience</legend>
          <div className={explorerStyles.display}>
            {select(level)}
            <div className={styles.field}>
              <label htmlFor="estimate-years">Or years of experience</label>
              <input
                id="estimate-years"
                className={styles.years}
                type="number"
                name="years"
                min={0}
                max={maxYears}
                step={1}
                inputMode="numeric"
                defaultValue={years ?? ""}
                aria-describedby="estimate-years-hint"
              />
              <span id="estimate-years-hint" className={styles.hint}>
                Used when no level is chosen.
              </span>
            </div>
          </div>
        </fieldset>
        {situation.map(select)}
        <label className={explorerStyles.check}>
          <input type="checkbox" name="basis" value="total" defaultChecked={total} /> Include bonus (total pay)
        </label>
        {select(currency)}
        <PppCheckbox checked={ppp} />
      </div>
      <div className={explorerStyles.actions}>
        <button type="submit" className="button">
          Estimate
        </button>
        <a href={action}>Start over</a>
      </div>
    </CanonicalForm>
  );
}
