import { z } from "zod";
import employersFile from "../../../data/official/h1b/employers.json";
import titleRulesFile from "../../../data/official/h1b/title-rules.json";
import codes2020File from "../../../data/official/oews/codes-2020.json";
import roleOccupationsFile from "../../../data/official/role-occupations.json";

/**
 * The mappings of docs/decisions/014-official-sources.md, kept as data in data/official/ and
 * checked with zod when this module loads (a bad file stops the server or the test with the
 * file and the field): employers onto companies, LCA titles onto roles and levels, the site's
 * roles onto SOC occupations, and May 2020's combined OEWS codes onto the later ones. They are
 * applied when the store is read, so editing one needs no re-import.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id from data/vocabulary.json");
const soc = z.string().regex(/^\d\d-\d{4}$/, "must be a SOC code such as 15-2051");
const text = z.string().trim().min(1);
const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}, "must be a valid regular expression");
const rule = { all: z.array(pattern).min(1), none: z.array(pattern), reason: text };

const schemas = {
  employers: z.strictObject({ note: text, companies: z.array(z.strictObject({ company: slug, employers: z.array(text).min(1) })) }),
  titleRules: z.strictObject({
    note: text,
    roles: z.array(z.strictObject({ role: slug, ...rule })),
    levels: z.array(z.strictObject({ level: slug, ...rule })),
  }),
  roleOccupations: z.strictObject({
    note: text,
    roles: z.array(z.strictObject({ role: slug, occupations: z.array(z.strictObject({ soc, reason: text })).min(1) })),
  }),
  codes2020: z.strictObject({
    note: text,
    codes: z.array(z.strictObject({ code2020: soc, title2020: text, laterCodes: z.array(soc).min(1), caveat: text })),
  }),
};

function checked<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}, field ${issue.path.join(".") || "(file)"}: ${issue.message}`);
}

const employers = checked("data/official/h1b/employers.json", schemas.employers, employersFile);
const titleRules = checked("data/official/h1b/title-rules.json", schemas.titleRules, titleRulesFile);
/** The site's roles onto the closest SOC occupations, each with its reason. */
export const ROLE_OCCUPATIONS = checked("data/official/role-occupations.json", schemas.roleOccupations, roleOccupationsFile).roles;
export const OEWS_CODES_2020 = checked("data/official/oews/codes-2020.json", schemas.codes2020, codes2020File).codes;

/** "META PLATFORMS, INC." and "Meta Platforms, Inc." -> "meta platforms inc". */
export function normalizeEmployer(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

const companyOfEmployer = new Map(employers.companies.flatMap(({ company, employers: names }) => names.map((name) => [normalizeEmployer(name), company] as const)));

/** The site's company id for an employer name as filed, or null (unmapped: shown as filed). */
export function companyForEmployer(name: string): string | null {
  return companyOfEmployer.get(normalizeEmployer(name)) ?? null;
}

const compiled = <T extends { all: string[]; none: string[] }>(rules: T[]) =>
  rules.map((r) => ({ ...r, allRe: r.all.map((p) => new RegExp(p, "i")), noneRe: r.none.map((p) => new RegExp(p, "i")) }));
const roleRules = compiled(titleRules.roles);
const levelRules = compiled(titleRules.levels);
const firstMatch = <T extends { allRe: RegExp[]; noneRe: RegExp[] }>(rules: T[], title: string) =>
  rules.find((r) => r.allRe.every((re) => re.test(title)) && !r.noneRe.some((re) => re.test(title)));

/** The site's role and level a job title states, each null when the title does not say ("Software Engineer": no level). */
export function mapJobTitle(title: string): { role: string | null; level: string | null } {
  return { role: firstMatch(roleRules, title)?.role ?? null, level: firstMatch(levelRules, title)?.level ?? null };
}

/** The SOC occupations a role is compared with; empty for a role the data does not map. */
export function occupationsForRole(role: string): readonly { soc: string; reason: string }[] {
  return ROLE_OCCUPATIONS.find((entry) => entry.role === role)?.occupations ?? [];
}
