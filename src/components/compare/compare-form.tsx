"use client";

import { CurrencySelect } from "@/components/explorer/currency-select";
import type { ComparisonForm } from "@/lib/explorer/comparison-view";
import type { FilterOption } from "@/lib/explorer/explorer-view";
import explorerStyles from "@/components/explorer/explorer.module.css";
import { PppCheckbox } from "@/components/ppp/ppp-checkbox";
import { CanonicalForm } from "@/components/url-state/canonical-form";
import styles from "./compare.module.css";

export interface CompareFormProps extends ComparisonForm {
  action: string;
  by: string;
  basis: string;
  currency: string;
  ppp: boolean;
}

/**
 * A GET form, like the explorer's FilterForm: without JavaScript, "Compare" loads the
 * server-rendered comparison; with it, every change navigates to the canonical URL,
 * so back and forward walk through the comparisons.
 */
export function CompareForm({ action, by, values, narrowing, carried, basis, currencies, currency, ppp, resetHref }: CompareFormProps) {
  const checkbox = (name: string, option: FilterOption, disabled = false) => (
    <label key={option.value} className={explorerStyles.check} data-empty={option.count === 0 && !option.checked ? "" : undefined}>
      <input type="checkbox" name={name} value={option.value} defaultChecked={option.checked} disabled={disabled} />
      <span>{option.label}</span> <span className={explorerStyles.count}>({option.count})</span>
    </label>
  );

  return (
    <CanonicalForm action={action} query="compare" live className={explorerStyles.filters}>
      <input type="hidden" name="by" value={by} />
      {carried.map(([key, value]) => (
        <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
      ))}
      <fieldset className={explorerStyles.fieldset}>
        <legend>{values.title}</legend>
        <p className={styles.hint}>Two to four; the first is the one the others are measured against.</p>
        {values.options.map((option) => checkbox("value", option, option.disabled))}
      </fieldset>
      <div className={explorerStyles.display}>
        <label>
          Pay
          <select name="basis" defaultValue={basis}>
            <option value="base">Base salary</option>
            <option value="total">Total pay (with bonus and stock)</option>
          </select>
        </label>
        <CurrencySelect currencies={currencies} value={currency} />
        <PppCheckbox checked={ppp} />
      </div>
      {narrowing.map((filter) => (
        <fieldset key={filter.key} className={explorerStyles.fieldset}>
          <legend>{filter.title}</legend>
          {filter.options.map((option) => checkbox(filter.key, option))}
        </fieldset>
      ))}
      <div className={explorerStyles.actions}>
        <button type="submit" className="button">
          Compare
        </button>
        <a href={resetHref}>Start over</a>
      </div>
    </CanonicalForm>
  );
}
