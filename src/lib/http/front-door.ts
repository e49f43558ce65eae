/**
 * What every request meets before Next.js, in the server wrapper (scripts/serve.ts), in plain
 * node:http. Next.js's proxy did this until it was measured to cost about 1.2 ms of CPU per
 * request, a quarter of Next's own empty page (docs/decisions/018-front-door-outside-next.md):
 * 1. an oversized query is refused before anything parses it (limits.ts, ADR 013);
 * 2. a fresh CSP nonce and the security headers for every page and API response: Next finds the
 *    nonce in the request's CSP header, where it looks for it;
 * 3. for GET requests of pages and APIs, the response cache: a URL asked for more than once is
 *    rendered once per data version, then served from memory with a new nonce, an ETag, and 304
 *    for a matching If-None-Match, without reaching Next at all (ADR 007);
 * 4. renders wait in line, first come first served (render-queue.ts, ADR 016).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { dataVersion } from "../db/data-version";
import { readEnv } from "../env";
import { BUSY_REFUSAL, hasOwnLimit, queryRefusal } from "./limits";
import { MAX_WAITING_RENDERS, RENDER_SLOTS, RenderQueue } from "./render-queue";
import { bodyWithNonce, headersWithNonce, matchesIfNoneMatch, readRender, RecentKeys, ResponseCache, type CachedResponse } from "./response-cache";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "./security-headers";

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

/** Marks the front door's own render requests: "<secret shared by the serving processes> <nonce to render with>". */
const RENDER_HEADER = "x-salary-explorer-render";
/** Bodies smaller than this are sent as they are: gzip would save less than its own header costs. */
const MIN_GZIP_BYTES = 1024;

/**
 * The secret that marks the front door's own render requests. Drawn once, by the first process,
 * and kept in the environment that every serving process inherits: a render request may reach any
 * of them (ADR 017).
 */
export function ownRenderSecret(): string {
  return (process.env.SALARY_EXPLORER_RENDER_SECRET ??= newNonce());
}

/** Next.js's request handler, as `app.getRequestHandler()` returns it. */
type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface FrontDoorOptions {
  handle: NextHandler;
  /** Where this server listens: the front door renders a URL into its cache by asking it. */
  origin: string;
  development: boolean;
}

/** The request handler for the server wrapper: everything above, then Next.js. */
export function createFrontDoor({ handle, origin, development }: FrontDoorOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const secret = ownRenderSecret();
  const cache = new ResponseCache({ maxBytes: 64 * 1024 * 1024, maxEntries: 2000 });
  const recent = new RecentKeys(20_000);
  const rendering = new Map<string, Promise<CachedResponse>>();
  const renders = new RenderQueue(RENDER_SLOTS, MAX_WAITING_RENDERS);

  /** Next renders the request with `nonce`; the policy goes out with the answer. */
  const passThrough = (request: IncomingMessage, response: ServerResponse, nonce: string) => {
    const policy = contentSecurityPolicy(nonce, { development });
    request.headers["content-security-policy"] = policy;
    response.setHeader("content-security-policy", policy);
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.setHeader(name, value);
    void handle(request, response);
  };

  /** Runs `start` when a render slot is free; 503 with Retry-After when the line is full. */
  const inLine = (response: ServerResponse, start: () => void) => {
    let closed = false;
    response.once("close", () => (closed = true));
    const entered = renders.enter(
      (done) => {
        response.once("close", done);
        start();
      },
      () => closed,
    );
    if (!entered) response.writeHead(503, { ...BUSY_REFUSAL.headers, ...STATIC_SECURITY_HEADERS }).end(BUSY_REFUSAL.body);
  };

  /** Renders a URL by asking this server for it, once however many requests wait for it. */
  const renderOnce = (key: string, version: string): Promise<CachedResponse> => {
    const id = `${version} ${key}`;
    let pending = rendering.get(id);
    if (!pending) {
      const renderNonce = newNonce();
      pending = fetch(new URL(key, origin), {
        headers: { [RENDER_HEADER]: `${secret} ${renderNonce}`, "accept-encoding": "identity" },
        redirect: "manual",
        signal: AbortSignal.timeout(60_000),
      })
        .then((answer) => readRender(answer, version, renderNonce, origin))
        .then(({ entry, cacheable }) => {
          if (cacheable && !isRedirect(entry.status)) cache.set(key, entry);
          return entry;
        })
        .finally(() => rendering.delete(id));
      rendering.set(id, pending);
    }
    return pending;
  };

  return (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (isFile(url.pathname)) return void handle(request, response);

    const refused = queryRefusal(url);
    if (refused) return void sendRefusal(refused, response).catch(failed(response));

    const own = request.headers[RENDER_HEADER];
    if (own !== undefined) {
      delete request.headers[RENDER_HEADER];
      const [givenSecret, nonce] = String(own).split(" ");
      // Its outer request already holds a slot in the line. Anything else is an ordinary request that never reaches the cache.
      if (givenSecret === secret && nonce) return passThrough(request, response, nonce);
      return inLine(response, () => passThrough(request, response, newNonce()));
    }

    const nonce = newNonce();
    // The expensive routes have their own line (limitExpensive, ADR 013), not this one: a slot held
    // while the OG image's low-priority thread starves would stall every render (ADR 016).
    const inTurn = (start: () => void) => (hasOwnLimit(url.pathname) ? start() : inLine(response, start));
    const render = () => inTurn(() => passThrough(request, response, nonce));
    const key = development ? null : cacheKey(request.method, url, (name) => headerValue(request.headers[name]));
    const env = readEnv();
    const version = key === null || env.SERVER_CACHE === "off" ? null : dataVersion(env.databaseFile);
    if (key === null || version === null) return render();

    const cacheControl = key.startsWith("/api/") ? API_CACHE_CONTROL : PAGE_CACHE_CONTROL;
    const entry = cache.get(key, version);
    if (entry) return void answer(entry, request, response, nonce, cacheControl).catch(failed(response));
    if (!recent.seen(key)) return render();
    // Asked for before: rendered once into the cache, then answered from it, holding a slot meanwhile.
    inTurn(() => {
      renderOnce(key, version).then(
        (rendered) => (isRedirect(rendered.status) ? passThrough(request, response, nonce) : void answer(rendered, request, response, nonce, cacheControl).catch(failed(response))),
        (error: unknown) => {
          console.error(`Could not render ${key} for the response cache; serving it directly.`, error);
          passThrough(request, response, nonce);
        },
      );
    });
  };
}

/** An answer that could not be written (gzip failed, the client went): logged, and the connection closed. */
const failed = (response: ServerResponse) => (error: unknown) => {
  console.error("Could not send an answer from the front door.", error);
  response.destroy();
};

/** Hashed build assets and the icon are files: Next serves them with next.config.ts's headers. */
function isFile(pathname: string): boolean {
  return pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image") || pathname === "/favicon.ico" || pathname === "/icon.svg";
}

const isRedirect = (status: number) => status >= 300 && status < 400;

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The URL a request is cached under, or null when it must be rendered. Pages are cached for
 * document loads only: the client router's RSC requests of the same URLs carry an `RSC` header
 * (and often `_rsc`), so they are never answered with a cached HTML page whatever else they lack;
 * `Sec-Fetch-Dest` other than `document` is not a document load either.
 */
export function cacheKey(method: string | undefined, url: URL, header: (name: string) => string | undefined): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const { pathname, search, searchParams } = url;
  if (!CACHED_PATHS.has(pathname)) return null;
  if (header("rsc") !== undefined || searchParams.has("_rsc")) return null;
  const destination = header("sec-fetch-dest");
  if (!pathname.startsWith("/api/") && destination !== undefined && destination !== "document") return null;
  const key = pathname + search;
  return key.length <= MAX_CACHED_URL_LENGTH ? key : null;
}

/** A cached response with this request's nonce: 304 when the client's copy is current, gzip when it asks. */
async function answer(entry: CachedResponse, request: IncomingMessage, response: ServerResponse, nonce: string, cacheControl: string): Promise<void> {
  if (entry.status === 200 && matchesIfNoneMatch(headerValue(request.headers["if-none-match"]) ?? null, entry.etag)) {
    // No CSP on a 304: the browser keeps the policy stored with its copy, whose nonce matches that copy.
    const vary = entry.headers.find(([name]) => name === "vary");
    response.writeHead(304, { etag: entry.etag, "cache-control": cacheControl, ...STATIC_SECURITY_HEADERS, ...(vary ? { vary: vary[1] } : {}) });
    response.end();
    return;
  }
  headersWithNonce(entry, nonce).forEach((value, name) => response.setHeader(name, value));
  response.setHeader("cache-control", cacheControl);
  if (entry.status === 200) response.setHeader("etag", entry.etag);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader("content-security-policy", contentSecurityPolicy(nonce));
  response.statusCode = entry.status;
  let body = bodyWithNonce(entry, nonce);
  // Compressed as Next.js compresses what it renders, on libuv's threads rather than the JavaScript one.
  response.setHeader("vary", varyWith(response.getHeader("vary"), "Accept-Encoding"));
  if (body.length >= MIN_GZIP_BYTES && acceptsGzip(headerValue(request.headers["accept-encoding"]))) {
    body = await new Promise<Buffer>((resolve, reject) => gzip(body, (error, zipped) => (error ? reject(error) : resolve(zipped))));
    response.setHeader("content-encoding", "gzip");
  }
  response.setHeader("content-length", body.length);
  response.end(request.method === "HEAD" ? undefined : body);
}

function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && header.split(",").some((coding) => {
    const [name, ...parameters] = coding.trim().toLowerCase().split(";");
    return (name === "gzip" || name === "*") && !parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
  });
}

function varyWith(current: ReturnType<ServerResponse["getHeader"]>, name: string): string {
  const existing = current === undefined ? [] : String(current).split(",").map((part) => part.trim()).filter(Boolean);
  return existing.some((part) => part.toLowerCase() === name.toLowerCase()) ? existing.join(", ") : [...existing, name].join(", ");
}

async function sendRefusal(refused: Response, response: ServerResponse): Promise<void> {
  const body = Buffer.from(await refused.arrayBuffer());
  refused.headers.forEach((value, name) => response.setHeader(name, value));
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.setHeader(name, value);
  response.statusCode = refused.status;
  response.setHeader("content-length", body.length);
  response.end(body);
}
