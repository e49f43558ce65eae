/**
 * The survey's job titles that stand for each of the site's roles (data/vocabulary.json), so
 * an article's "ML engineer" band can be held against the records. Only titles naming the same
 * job are included: titles carrying a level ("Lead …", "Staff …", "Principal …") are left out,
 * since the level is a filter of its own, and so are specialisms with their own pay
 * ("MLOps Engineer", "Research Scientist", "AI Engineer").
 */
export const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  "ml-engineer": [
    "Machine Learning Engineer",
    "ML Engineer",
    "Machine Learning Developer",
    "Machine Learning Software Engineer",
    "Machine Learning Model Engineer",
    "Applied Machine Learning Engineer",
    "AI Machine Learning Engineer",
  ],
  "data-scientist": ["Data Scientist"],
  "ml-engineering-manager": ["Machine Learning Manager", "AI Engineering Manager"],
  "ml-director": ["Director of Machine Learning", "Head of Machine Learning", "Head of AI"],
};

/** Titles offered as quick picks on /records, when the data has them: the ML roles people compare. */
export const ML_QUICK_PICK_TITLES: readonly string[] = [
  "Machine Learning Engineer",
  "ML Engineer",
  "Data Scientist",
  "Research Scientist",
  "Applied Scientist",
  "AI Engineer",
  "Machine Learning Scientist",
  "Machine Learning Researcher",
  "Research Engineer",
  "MLOps Engineer",
  "Computer Vision Engineer",
  "NLP Engineer",
];

/** The site's role whose survey titles include every one of `titles`, or null (no title chosen, or titles of several roles or of none). */
export function roleOfTitles(titles: readonly string[]): string | null {
  if (titles.length === 0) return null;
  return Object.entries(ROLE_TITLES).find(([, roleTitles]) => titles.every((title) => roleTitles.includes(title)))?.[0] ?? null;
}
