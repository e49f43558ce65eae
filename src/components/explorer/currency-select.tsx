/** The display-currency choice of the explorer's forms; `ownLabel` adds a "keep each band's own currency" option. */
export function CurrencySelect({
  currencies,
  value,
  ownLabel,
}: {
  currencies: { code: string; name: string }[];
  value: string | null;
  ownLabel?: string;
}) {
  return (
    <label>
      Currency
      <select name="currency" defaultValue={value ?? ""}>
        {ownLabel ? <option value="">{ownLabel}</option> : null}
        {currencies.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code} · {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
