import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * An article's text as kept in data/sources/<source id>.txt: "Name: value" header lines (title,
 * publisher, URL, retrieval, licence), a blank line, then the article exactly as retrieved, so
 * that every quote in data/ can be found in it.
 */
export interface ArticleText {
  header: ReadonlyMap<string, string>;
  body: string;
}

const HEADER_FIELD = /^([A-Z][A-Za-z ]*): (.+)$/;

/** Reads the file a source's `file` names; like every path in sources.json, relative to the folder holding data/. */
export function readArticle(dataDir: string, file: string): ArticleText {
  const text = readFileSync(path.resolve(dataDir, "..", file), "utf8");
  const headerEnd = text.indexOf("\n\n");
  const header = new Map<string, string>();
  for (const line of text.slice(0, Math.max(headerEnd, 0)).split("\n")) {
    const [, name, value] = HEADER_FIELD.exec(line) ?? [];
    if (name === undefined || value === undefined) {
      throw new Error('its header must be "Name: value" lines, then a blank line before the article');
    }
    header.set(name, value);
  }
  return { header, body: text.slice(headerEnd + 2) };
}
