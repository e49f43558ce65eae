import path from "node:path";
import { z } from "zod";

/**
 * Environment, checked once. A bad value stops the process with a message that
 * names the variable, instead of failing later somewhere deep.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite URL such as "file:./prisma/data/salaries.db"')
    .default("file:./prisma/data/salaries.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the site is served, for absolute links in link previews (og:image). */
  SITE_URL: z.url().optional(),
  /** `off` turns the server's response and data caches off, to measure what they save (npm run bench). */
  SERVER_CACHE: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof envSchema> & { databaseFile: string; siteUrl: string };

export class EnvError extends Error {
  override name = "EnvError";
}

/** The last environment read and what it gave: a page reads it many times, and parsing with zod each time showed in profiles. */
let lastRead: { key: string; env: Env } | undefined;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Keyed by every value the schema reads (and the directory relative paths resolve from), so a changed variable is read again.
  const key = JSON.stringify([source.DATABASE_URL, source.PORT, source.SITE_URL, source.SERVER_CACHE, process.cwd()]);
  if (lastRead?.key === key) return lastRead.env;
  const env = parseEnv(source);
  lastRead = { key, env };
  return env;
}

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  // Relative paths are taken from the project root, where every npm script runs.
  const databaseFile = path.resolve(/*turbopackIgnore: true*/ process.cwd(), parsed.data.DATABASE_URL.slice("file:".length));
  const siteUrl = parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`;
  return { ...parsed.data, databaseFile, siteUrl };
}
