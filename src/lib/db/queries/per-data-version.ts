import "server-only";
import { cache } from "react";
import { readEnv } from "@/lib/env";
import { dataVersion } from "@/lib/db/data-version";

/**
 * The data version, checked once per page render (React's per-request `cache`) rather than by
 * every cached query the page asks for; outside a render (API routes, scripts) it is checked on
 * every call, as before.
 */
const dataVersionOfRender = cache((databaseFile: string) => dataVersion(databaseFile));

const globalForCache = globalThis as { perDataVersion?: Map<string, { version: string; value: Promise<unknown> }> };

/**
 * `query`'s result, computed once per data version: the store changes only on import, and a
 * commit changes the version (data-version.ts). Callers share the result and must not change it.
 * `name` tells one cached query from another.
 */
export function oncePerDataVersion<T>(name: string, query: () => Promise<T>): Promise<T> {
  const env = readEnv();
  const version = env.SERVER_CACHE === "on" ? dataVersionOfRender(env.databaseFile) : null;
  const cache = (globalForCache.perDataVersion ??= new Map());
  const cached = cache.get(name);
  if (version !== null && cached?.version === version) return cached.value as Promise<T>;
  const value = query();
  if (version !== null) {
    cache.set(name, { version, value });
    // A failed read is not kept: the next request tries again.
    value.catch(() => {
      if (cache.get(name)?.value === value) cache.delete(name);
    });
  }
  return value;
}
