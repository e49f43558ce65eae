"use client";

import { CanonicalForm } from "@/components/url-state/canonical-form";
import type { CurrencyChoice, FilterGroup } from "@/lib/explorer/explorer-view";
import { PppCheckbox } from "@/components/ppp/ppp-checkbox";
import { CurrencySelect } from "./currency-select";
import styles from "./explorer.module.css";

export interface FilterFormProps {
  action: string;
  groups: FilterGroup[];
  currencies: CurrencyChoice[];
  currency: string | null;
  annualize: boolean;
  ppp: boolean;
  group: string;
  sort: string;
}

/**
 * A GET form: without JavaScript, "Apply" loads the server-rendered view for the
 * chosen filters. With JavaScript, every change navigates to the canonical URL at
 * once, so the back and forward buttons walk through the views.
 */
export function FilterForm({ action, groups, currencies, currency, annualize, ppp, group, sort }: FilterFormProps) {
  return (
    <CanonicalForm action={action} query="bands" live className={styles.filters}>
      <input type="hidden" name="sort" value={sort} />
      <div className={styles.display}>
        <CurrencySelect currencies={currencies} value={currency} ownLabel="Each band’s own" />
        <label>
          Chart groups
          <select name="group" defaultValue={group}>
            <option value="level">by level</option>
            <option value="company">by company</option>
          </select>
        </label>
        <label className={styles.check}>
          <input type="checkbox" name="annualize" value="1" defaultChecked={annualize} /> Show day and hour rates per year
        </label>
        <PppCheckbox checked={ppp} />
      </div>
      {groups.map((filter) => (
        <fieldset key={filter.key} className={styles.fieldset}>
          <legend>{filter.title}</legend>
          {filter.options.map((option) => (
            <label key={option.value} className={styles.check} data-empty={option.count === 0 && !option.checked ? "" : undefined}>
              <input type="checkbox" name={filter.key} value={option.value} defaultChecked={option.checked} />
              <span>{option.label}</span> <span className={styles.count}>({option.count})</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button">
          Apply filters
        </button>
        <a href={action}>Clear all</a>
      </div>
    </CanonicalForm>
  );
}
