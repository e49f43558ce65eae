// Runs before every page and API request (Next.js 16's proxy, formerly middleware):
// 1. a fresh CSP nonce and the security headers for every response;
// 2. for GET requests of pages and APIs, the response cache: a URL asked for more than once is
//    rendered once per data version, then served from memory with a new nonce, an ETag, and 304
//    for a matching If-None-Match.
// Why and how: docs/decisions/007-response-cache-and-hardening.md.
import { NextResponse, type NextRequest } from "next/server";
import { dataVersion } from "@/lib/db/data-version";
import { readEnv, type Env } from "@/lib/env";
import { queryRefusal } from "@/lib/http/limits";
import { registerCacheLookups, type IncomingRequestLine } from "@/lib/http/render-queue";
import { bodyWithNonce, headersWithNonce, matchesIfNoneMatch, readRender, RecentKeys, ResponseCache, type CachedResponse } from "@/lib/http/response-cache";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";

const DEVELOPMENT = process.env.NODE_ENV === "development";

/** Routes whose GET responses depend on nothing but the URL and the database. A route that reads the clock, cookies or request headers must not be listed. */
const CACHED_PATHS = new Set([
  "/",
  "/salaries",
  "/compare",
  "/sources",
  "/estimate",
  "/records",
  "/api/bands",
  "/api/bands.csv",
  "/api/facets",
  "/api/factors",
  "/api/estimate",
  "/api/og/salaries",
  "/api/chart/salaries",
  "/api/chart/compare",
  "/api/chart/estimate",
  "/api/chart/trends",
  "/api/chart/records",
  "/api/chart/records/histogram",
  "/api/chart/filings",
  "/api/percentiles",
]);
/** Longer URLs are served, but not kept: nobody shares them, and they would crowd out the rest. */
const MAX_CACHED_URL_LENGTH = 2048;

/** Pages embed a nonce and must not be shared by caches; browsers keep them and revalidate (304). */
const PAGE_CACHE_CONTROL = "private, no-cache";
/** API answers change only on import: shared caches may keep them a few minutes, then revalidate. */
const API_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";

/** Marks the proxy's own render requests: "<process secret> <nonce to render with>". */
const RENDER_HEADER = "x-salary-explorer-render";
const RENDER_SECRET = newNonce();

const cache = new ResponseCache({ maxBytes: 64 * 1024 * 1024, maxEntries: 2000 });
const recent = new RecentKeys(20_000);
const rendering = new Map<string, Promise<{ entry: CachedResponse; cacheable: boolean }>>();
let env: Env | undefined;

// The server wrapper lets answers from memory and this proxy's own renders past its line of renders (src/lib/http/render-queue.ts).
registerCacheLookups({
  answersFromMemory: (request) => {
    const key = cacheKey(request.method, new URL(request.url ?? "/", "http://localhost"), request.header);
    env ??= readEnv();
    if (key === null || env.SERVER_CACHE === "off") return false;
    const version = dataVersion(env.databaseFile);
    return version !== null && cache.get(key, version) !== undefined;
  },
  isOwnRender: (request: IncomingRequestLine) => request.header(RENDER_HEADER)?.split(" ")[0] === RENDER_SECRET,
});

export async function proxy(request: NextRequest): Promise<Response> {
  const internal = request.headers.get(RENDER_HEADER);
  if (internal !== null) {
    // Only this process knows the secret; anything else is an ordinary request that never reaches the cache.
    const [secret, nonce] = internal.split(" ");
    return passThrough(request, secret === RENDER_SECRET && nonce ? nonce : newNonce());
  }
  // Before any work, cached or not: an oversized query is refused (src/lib/http/limits.ts).
  const refused = queryRefusal(request.nextUrl);
  if (refused) {
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) refused.headers.set(name, value);
    return refused;
  }
  const nonce = newNonce();
  const key = cacheKey(request.method, request.nextUrl, (name) => request.headers.get(name));
  const origin = serverOrigin();
  env ??= readEnv();
  if (key === null || origin === null || env.SERVER_CACHE === "off") return passThrough(request, nonce);
  const version = dataVersion(env.databaseFile);
  if (version === null) return passThrough(request, nonce);

  let entry = cache.get(key, version);
  if (!entry && !recent.seen(key)) return passThrough(request, nonce);
  if (!entry) {
    try {
      entry = await renderOnce(origin, key, version);
    } catch (error) {
      console.error(`Could not render ${key} for the response cache; serving it directly.`, error);
      return passThrough(request, nonce);
    }
  }
  // A redirect is answered by Next itself: with skipProxyUrlNormalize (next.config.ts) it no longer
  // makes a proxy's absolute Location relative again, and it cannot take a relative one.
  if (isRedirect(entry.status)) return passThrough(request, nonce);
  return respond(entry, request, nonce, key.startsWith("/api/") ? API_CACHE_CONTROL : PAGE_CACHE_CONTROL);
}

const isRedirect = (status: number) => status >= 300 && status < 400;

/** Renders a URL by asking this server for it, once however many requests wait for it. */
function renderOnce(origin: string, key: string, version: string): Promise<CachedResponse> {
  const id = `${version} ${key}`;
  let pending = rendering.get(id);
  if (!pending) {
    const renderNonce = newNonce();
    pending = fetch(new URL(key, origin), {
      headers: { [RENDER_HEADER]: `${RENDER_SECRET} ${renderNonce}`, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    })
      .then((response) => readRender(response, version, renderNonce, origin))
      .then((result) => {
        if (result.cacheable && !isRedirect(result.entry.status)) cache.set(key, result.entry);
        return result;
      })
      .finally(() => rendering.delete(id));
    rendering.set(id, pending);
  }
  return pending.then(({ entry }) => entry);
}

function respond(entry: CachedResponse, request: NextRequest, nonce: string, cacheControl: string): Response {
  if (entry.status === 200 && matchesIfNoneMatch(request.headers.get("if-none-match"), entry.etag)) {
    // No CSP on a 304: the browser keeps the policy stored with its copy, whose nonce matches that copy.
    const headers = new Headers({ etag: entry.etag, "cache-control": cacheControl, ...STATIC_SECURITY_HEADERS });
    const vary = entry.headers.find(([name]) => name === "vary");
    if (vary) headers.set("vary", vary[1]);
    return new Response(null, { status: 304, headers });
  }
  const headers = headersWithNonce(entry, nonce);
  headers.set("cache-control", cacheControl);
  if (entry.status === 200) headers.set("etag", entry.etag);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(name, value);
  headers.set("content-security-policy", contentSecurityPolicy(nonce, { development: DEVELOPMENT }));
  const body = request.method === "HEAD" ? null : bodyWithNonce(entry, nonce);
  // A view of the bytes, not a copy.
  return new Response(body && new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { status: entry.status, headers });
}

/** Next renders the request; the nonce reaches it in the request's CSP header, where it looks for it. */
function passThrough(request: NextRequest, nonce: string): NextResponse {
  const policy = contentSecurityPolicy(nonce, { development: DEVELOPMENT });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(RENDER_HEADER);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/**
 * The URL a request is cached under, or null when it must be rendered. Pages are cached for
 * document loads only: the client router's RSC requests of the same URLs carry an `RSC` header
 * (and often `_rsc`), which next.config.ts's `skipProxyUrlNormalize` leaves visible here, so they
 * are never answered with a cached HTML page whatever else they lack; `Sec-Fetch-Dest` other than
 * `document` is not a document load either.
 */
function cacheKey(method: string | undefined, url: URL, header: (name: string) => string | null | undefined): string | null {
  if (DEVELOPMENT || (method !== "GET" && method !== "HEAD")) return null;
  const { pathname, search, searchParams } = url;
  if (!CACHED_PATHS.has(pathname)) return null;
  if (header("rsc") != null || searchParams.has("_rsc")) return null;
  const destination = header("sec-fetch-dest") ?? null;
  if (!pathname.startsWith("/api/") && destination !== null && destination !== "document") return null;
  const key = pathname + search;
  return key.length <= MAX_CACHED_URL_LENGTH ? key : null;
}

/** Where this server listens, as `next start` records it at start-up (never the request's Host header). */
function serverOrigin(): string | null {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (origin) return origin;
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

export const config = {
  // Hashed build assets and the icon are files: Next serves them with next.config.ts's headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
