import { describe, expect, it } from "vitest";
import { optionsMarkup } from "@/components/layout/options-markup";

const titles = [
  { value: "AI Engineer", label: "AI Engineer (1,060)" },
  { value: "R&D <Lead>", label: 'R&D "Lead" (3)' },
];

describe("optionsMarkup", () => {
  it("writes the options as React writes <option> children, the chosen ones selected, values and labels escaped", () => {
    expect(optionsMarkup([{ options: titles }], ["R&D <Lead>"]).__html).toBe(
      '<option value="AI Engineer">AI Engineer (1,060)</option><option value="R&amp;D &lt;Lead&gt;" selected="">R&amp;D &quot;Lead&quot; (3)</option>',
    );
  });

  it("puts labelled lists in optgroups, and marks several chosen values in a multiple select", () => {
    const markup = optionsMarkup(
      [
        { label: "ML roles", options: titles.slice(0, 1) },
        { label: "Other titles", options: titles.slice(1) },
      ],
      ["AI Engineer", "R&D <Lead>"],
    ).__html;
    expect(markup.match(/<optgroup label="[^"]*">/g)).toEqual(['<optgroup label="ML roles">', '<optgroup label="Other titles">']);
    expect(markup.match(/selected=""/g)).toHaveLength(2);
  });

  it("builds a list's markup once and marks nothing when nothing is chosen or the choice is not in the list", () => {
    const first = optionsMarkup([{ options: titles }], []).__html;
    expect(optionsMarkup([{ options: titles }], ["Not a title"]).__html).toBe(first);
    expect(first).not.toContain("selected");
  });
});
