import styles from "./filter-form.module.css";
import { optionsMarkup, type SelectOption } from "./options-markup";

/** One labelled select of a filter form; `any` adds the empty choice first (the parameter left out). The options are written as markup built once per list (options-markup.ts). */
export function SelectField({ id, name, label, options, value, any }: { id: string; name: string; label: string; options: readonly SelectOption[]; value: string | null; any?: string }) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} dangerouslySetInnerHTML={optionsMarkup(any ? [{ options: [{ value: "", label: any }] }, { options }] : [{ options }], [value ?? ""])} />
    </div>
  );
}
