import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FilterForm } from "@/components/explorer/filter-form";

/** The App Router's router, replaced by one that records where the form sends the browser. */
const router = vi.hoisted(() => ({ pushed: [] as string[] }));
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: (href: string) => router.pushed.push(href), replace: () => {}, refresh: () => {}, prefetch: () => {}, back: () => {}, forward: () => {} }),
}));

type Props = ComponentProps<typeof FilterForm>;

const props: Props = {
  action: "/salaries",
  groups: [
    {
      key: "country",
      title: "Country",
      options: [
        { value: "US", label: "United States", count: 43, checked: true },
        { value: "GB", label: "United Kingdom", count: 6, checked: false },
        { value: "PK", label: "Pakistan", count: 0, checked: false },
      ],
    },
    {
      key: "level",
      title: "Level",
      options: [
        { value: "junior", label: "Junior", count: 8, checked: false },
        { value: "senior", label: "Senior", count: 9, checked: true },
      ],
    },
  ],
  currencies: [
    { code: "USD", name: "US dollar" },
    { code: "EUR", name: "Euro" },
  ],
  currency: null,
  annualize: false,
  ppp: false,
  group: "level",
  sort: "level",
};

const checkbox = (group: string, name: RegExp) => within(screen.getByRole("group", { name: group })).getByRole("checkbox", { name });

beforeEach(() => {
  router.pushed = [];
});

describe("FilterForm", () => {
  it("is a GET form to the page's own URL, so it works without JavaScript", () => {
    const { container } = render(<FilterForm {...props} />);
    const form = container.querySelector("form") as HTMLFormElement;
    expect([form.getAttribute("method"), form.getAttribute("action")]).toEqual(["get", "/salaries"]);
    expect(screen.getByRole("link", { name: "Clear all" }).getAttribute("href")).toBe("/salaries");
  });

  it("shows one group per filter with its options and counts, and ticks the selected ones", () => {
    render(<FilterForm {...props} />);
    const country = screen.getByRole("group", { name: "Country" });
    expect(within(country).getAllByRole("checkbox").map((box) => [box.getAttribute("value"), (box as HTMLInputElement).checked])).toEqual([
      ["US", true],
      ["GB", false],
      ["PK", false],
    ]);
    expect(country.textContent).toBe("CountryUnited States (43)United Kingdom (6)Pakistan (0)");
    expect(checkbox("Level", /^Senior/)).toHaveProperty("checked", true);
    expect(checkbox("Level", /^Junior/)).toHaveProperty("checked", false);
  });

  it("marks an option that would empty the view, unless it is already ticked", () => {
    render(<FilterForm {...props} />);
    const marked = [...document.querySelectorAll("label[data-empty]")].map((label) => label.textContent);
    expect(marked).toEqual(["Pakistan (0)"]);
  });

  it("selects the chosen currency, or each band's own when none is chosen", () => {
    const { unmount } = render(<FilterForm {...props} />);
    expect((screen.getByRole("combobox", { name: /^Currency/ }) as HTMLSelectElement).value).toBe("");
    unmount();
    render(<FilterForm {...props} currency="EUR" annualize />);
    expect((screen.getByRole("combobox", { name: /^Currency/ }) as HTMLSelectElement).value).toBe("EUR");
    expect(screen.getByRole("checkbox", { name: "Show day and hour rates per year" })).toHaveProperty("checked", true);
  });

  it("navigates to the canonical URL of the new selection as soon as a box is ticked", async () => {
    const user = userEvent.setup();
    render(<FilterForm {...props} />);
    await user.click(checkbox("Country", /^United Kingdom/));
    expect(router.pushed).toEqual(["/salaries?country=GB&country=US&level=senior"]);
  });

  it("navigates when the currency changes, keeping the sort the page was given", async () => {
    const user = userEvent.setup();
    render(<FilterForm {...props} sort="-max" />);
    await user.selectOptions(screen.getByRole("combobox", { name: /^Currency/ }), "EUR");
    expect(router.pushed).toEqual(["/salaries?country=US&level=senior&currency=EUR&sort=-max"]);
  });

  it("offers ppp=1 as a checkbox: ticked, it navigates to the view with international dollars, in the view's canonical place", async () => {
    const user = userEvent.setup();
    render(<FilterForm {...props} sort="-max" currency="EUR" />);
    const ppp = screen.getByRole("checkbox", { name: "Also show what it buys: international dollars (PPP)" });
    expect([ppp.getAttribute("name"), ppp.getAttribute("value"), (ppp as HTMLInputElement).checked]).toEqual(["ppp", "1", false]);
    await user.click(ppp);
    expect(router.pushed).toEqual(["/salaries?country=US&level=senior&currency=EUR&ppp=1&sort=-max"]);
  });

  it("keeps ppp ticked when the view has it", () => {
    render(<FilterForm {...props} ppp />);
    expect(screen.getByRole("checkbox", { name: /international dollars/ })).toHaveProperty("checked", true);
  });

  it("sends Apply to the canonical URL through the router instead of reloading the page", async () => {
    const user = userEvent.setup();
    render(<FilterForm {...props} />);
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(router.pushed).toEqual(["/salaries?country=US&level=senior"]);
  });

  it("goes to the bare page when every box is unticked", async () => {
    const user = userEvent.setup();
    render(<FilterForm {...props} />);
    await user.click(checkbox("Country", /^United States/));
    await user.click(checkbox("Level", /^Senior/));
    expect(router.pushed).toEqual(["/salaries?level=senior", "/salaries"]);
  });
});
