import styles from "./filter-form.module.css";

export interface SelectOption {
  value: string;
  label: string;
}

/** One labelled select of a filter form; `any` adds the empty choice first (the parameter left out). */
export function SelectField({ id, name, label, options, value, any }: { id: string; name: string; label: string; options: readonly SelectOption[]; value: string | null; any?: string }) {
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
