import { readFileSync } from "node:fs";
import path from "node:path";
import { findNodeAtLocation, parseTree, type ParseError, type Node } from "jsonc-parser";
import type { z } from "zod";
import { readArticle } from "./article-text";
import { bandQuoteMismatch, factorQuoteMismatch } from "./check-quotes";
import {
  claimSchemas,
  exchangeRatesSchema,
  normalizeWhitespace,
  sourcesSchema,
  vocabularySchema,
  type BandRecord,
  type ExchangeRatesFile,
  type FactorRecord,
  type SourceRecord,
  type Vocabulary,
} from "./schema";

/** Everything in data/ that describes the articles' claims, validated. */
export interface ClaimData {
  vocabulary: Vocabulary;
  sources: SourceRecord[];
  bands: BandRecord[];
  factors: FactorRecord[];
  exchangeRates: ExchangeRatesFile;
}

export interface DataProblem {
  file: string;
  line: number | null;
  record: string | null;
  field: string | null;
  message: string;
}

/** Thrown with every problem found, so a broken data/ folder is fixed in one pass. */
export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in data/:\n${problems.map(describeProblem).join("\n")}`);
    this.name = "DataError";
  }
}

function describeProblem(p: DataProblem): string {
  const where = [p.file + (p.line === null ? "" : `:${p.line}`), p.record && `record ${p.record}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(", ");
  return `  ${where}: ${p.message}`;
}

export const DATA_FILES = {
  vocabulary: "vocabulary.json",
  sources: "sources.json",
  bands: "bands.json",
  factors: "factors.json",
  exchangeRates: "exchange-rates.json",
} as const;

interface JsonFile {
  file: string;
  text: string;
  tree: Node | undefined;
  value: unknown;
}

/** Reads and validates data/; throws DataError naming file, line, record and field of each problem. */
export function readClaimData(dataDir: string): ClaimData {
  const problems: DataProblem[] = [];
  const files = Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, name]) => [key, readJson(dataDir, name, problems)]),
  ) as Record<keyof typeof DATA_FILES, JsonFile>;
  if (problems.length > 0) throw new DataError(problems);

  const vocabulary = validate(files.vocabulary, vocabularySchema, problems);
  const sources = validate(files.sources, sourcesSchema, problems);
  const exchangeRates = validate(files.exchangeRates, exchangeRatesSchema, problems);
  if (!vocabulary || !sources || !exchangeRates) throw new DataError(problems);

  const schemas = claimSchemas(vocabulary, sources.map((s) => s.id));
  const bands = validate(files.bands, schemas.bands, problems);
  const factors = validate(files.factors, schemas.factors, problems);
  if (!bands || !factors) throw new DataError(problems);

  const data: ClaimData = { vocabulary, sources, bands, factors, exchangeRates };
  problems.push(...crossCheck(data, files), ...quotesInArticles(data, files, dataDir));
  if (problems.length > 0) throw new DataError(problems);
  return data;
}

function readJson(dataDir: string, name: string, problems: DataProblem[]): JsonFile {
  const file = path.join(path.basename(dataDir), name);
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, name), "utf8");
  } catch (error) {
    problems.push({ file, line: null, record: null, field: null, message: `cannot read: ${(error as Error).message}` });
    return { file, text: "", tree: undefined, value: undefined };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  for (const error of errors) {
    problems.push({ file, line: lineAt(text, error.offset), record: null, field: null, message: "invalid JSON" });
  }
  return { file, text, tree, value: errors.length === 0 ? JSON.parse(text) : undefined };
}

function validate<T>(json: JsonFile, schema: z.ZodType<T>, problems: DataProblem[]): T | undefined {
  const result = schema.safeParse(json.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(problemAt(json, issue.path, issue.message));
  }
  return undefined;
}

/** Locates a path such as [12, "min"] in the file: line, the record's id and the field. */
function problemAt(json: JsonFile, issuePath: readonly PropertyKey[], message: string): DataProblem {
  const jsonPath = issuePath.filter((key): key is string | number => typeof key !== "symbol");
  const recordIndex = jsonPath.findIndex((key) => typeof key === "number");
  const recordPath = recordIndex === -1 ? [] : jsonPath.slice(0, recordIndex + 1);
  const fieldPath = recordIndex === -1 ? jsonPath : jsonPath.slice(recordIndex + 1);
  const node = json.tree && (findNodeAtLocation(json.tree, jsonPath) ?? findNodeAtLocation(json.tree, recordPath));
  const recordNode = json.tree && recordPath.length > 0 ? findNodeAtLocation(json.tree, recordPath) : undefined;
  const idNode = recordNode && (findNodeAtLocation(recordNode, ["id"]) ?? findNodeAtLocation(recordNode, ["code"]));
  const record = recordPath.length === 0 ? null : typeof idNode?.value === "string" ? idNode.value : `#${String(recordPath.at(-1))}`;
  return {
    file: json.file,
    line: node ? lineAt(json.text, node.offset) : null,
    record,
    field: fieldPath.length > 0 ? fieldPath.join(".") : null,
    message,
  };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Rules that span records or files: unique ids, every currency convertible, quotes agree with numbers. */
function crossCheck(data: ClaimData, files: Record<keyof typeof DATA_FILES, JsonFile>): DataProblem[] {
  const problems: DataProblem[] = [];
  const currencies = new Set(data.vocabulary.currencies.map((c) => c.code));
  const countries = new Set(data.vocabulary.countries.map((c) => c.code));
  const sourceIds = new Set(data.sources.map((s) => s.id));

  const duplicates = (json: JsonFile, ids: string[], at: (i: number) => PropertyKey[]) =>
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) problems.push(problemAt(json, at(i), `duplicate id ${JSON.stringify(id)}`));
    });
  duplicates(files.bands, data.bands.map((b) => b.id), (i) => [i, "id"]);
  duplicates(files.factors, data.factors.map((f) => f.id), (i) => [i, "id"]);
  duplicates(files.sources, data.sources.map((s) => s.id), (i) => [i, "id"]);
  for (const key of ["levels", "roles", "cities", "companies", "industries"] as const) {
    duplicates(files.vocabulary, data.vocabulary[key].map((v) => v.id), (i) => [key, i, "id"]);
  }
  duplicates(files.vocabulary, data.vocabulary.countries.map((c) => c.code), (i) => ["countries", i, "code"]);
  duplicates(files.vocabulary, data.vocabulary.currencies.map((c) => c.code), (i) => ["currencies", i, "code"]);

  data.vocabulary.countries.forEach((country, i) => {
    if (!currencies.has(country.currency)) {
      problems.push(problemAt(files.vocabulary, ["countries", i, "currency"], `unknown currency ${country.currency}`));
    }
  });
  data.vocabulary.cities.forEach((city, i) => {
    if (!countries.has(city.country)) {
      problems.push(problemAt(files.vocabulary, ["cities", i, "country"], `unknown country ${city.country}`));
    }
  });

  const rated = new Set(data.exchangeRates.rates.map((r) => r.currency));
  if (!sourceIds.has(data.exchangeRates.source)) {
    problems.push(problemAt(files.exchangeRates, ["source"], `unknown source ${data.exchangeRates.source}`));
  }
  data.exchangeRates.rates.forEach((rate, i) => {
    if (!currencies.has(rate.currency)) {
      problems.push(problemAt(files.exchangeRates, ["rates", i, "currency"], `unknown currency ${rate.currency}`));
    }
  });
  for (const code of currencies) {
    if (!rated.has(code)) {
      problems.push({ file: files.exchangeRates.file, line: null, record: null, field: "rates", message: `no rate for ${code}` });
    }
  }

  data.bands.forEach((band, i) => {
    const mismatch = bandQuoteMismatch(band);
    if (mismatch) problems.push(problemAt(files.bands, [i, "amountPhrase"], mismatch));
  });
  data.factors.forEach((factor, i) => {
    const mismatch = factorQuoteMismatch(factor);
    if (mismatch) problems.push(problemAt(files.factors, [i, "amountPhrase"], mismatch));
  });
  return problems;
}

/** Each article's text file is there under its title, and every claim's quote is in its source's text. */
function quotesInArticles(data: ClaimData, files: Record<keyof typeof DATA_FILES, JsonFile>, dataDir: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const articleTexts = new Map<string, { file: string; text: string }>();
  data.sources.forEach((source, i) => {
    // The schema gives every article its file.
    if (source.kind !== "article" || source.file === null) return;
    try {
      const article = readArticle(dataDir, source.file);
      const title = article.header.get("Title");
      if (title !== source.title) {
        problems.push(problemAt(files.sources, [i, "file"], `${source.file} is titled ${JSON.stringify(title ?? null)}, not the source's title`));
      }
      articleTexts.set(source.id, { file: source.file, text: normalizeWhitespace(article.body) });
    } catch (error) {
      problems.push(problemAt(files.sources, [i, "file"], `cannot read ${source.file}: ${(error as Error).message}`));
    }
  });

  const articleIds = new Set(data.sources.filter((s) => s.kind === "article").map((s) => s.id));
  const check = (json: JsonFile, claims: readonly (BandRecord | FactorRecord)[]) =>
    claims.forEach((claim, i) => {
      const article = articleTexts.get(claim.source);
      if (!articleIds.has(claim.source)) {
        problems.push(problemAt(json, [i, "source"], `source ${claim.source} is not an article: there is no text to quote from`));
      } else if (article && !article.text.includes(normalizeWhitespace(claim.quote))) {
        problems.push(problemAt(json, [i, "quote"], `not found verbatim in ${article.file}`));
      }
    });
  check(files.bands, data.bands);
  check(files.factors, data.factors);
  return problems;
}
