import { escapeMarkup } from "@/lib/escape-markup";

export interface SelectOption {
  value: string;
  label: string;
}

/** Options under an `<optgroup>` label, or (no label) at the top level of the select. */
export interface OptionList {
  label?: string;
  options: readonly SelectOption[];
}

const openingTag = (value: string) => `<option value="${escapeMarkup(value)}">`;

/** Keyed by the options array, which the form choices keep per data version (oncePerDataVersion): built once, not per request. */
const listMarkups = new WeakMap<readonly SelectOption[], string>();

function listMarkup(options: readonly SelectOption[]): string {
  let markup = listMarkups.get(options);
  if (markup === undefined) {
    markup = options.map((option) => `${openingTag(option.value)}${escapeMarkup(option.label)}</option>`).join("");
    listMarkups.set(options, markup);
  }
  return markup;
}

/**
 * A select's options as HTML, for its `dangerouslySetInnerHTML`, with the chosen ones marked
 * `selected`: the markup React writes for `<option>` children and a `defaultValue`. React renders
 * children element by element twice a request (the HTML and the RSC payload), which on a list of
 * hundreds (the records' job titles) cost more than the rest of the form; the options are the same
 * for every view of a data version, so only the marks are per request (ADR 015, "Every chart an image").
 */
export function optionsMarkup(lists: readonly OptionList[], chosen: readonly string[]): { __html: string } {
  let markup = lists.map(({ label, options }) => (label === undefined ? listMarkup(options) : `<optgroup label="${escapeMarkup(label)}">${listMarkup(options)}</optgroup>`)).join("");
  for (const value of new Set(chosen)) markup = markup.replace(openingTag(value), `<option value="${escapeMarkup(value)}" selected="">`);
  return { __html: markup };
}
