import { createHash } from "node:crypto";

/**
 * Rendered responses kept in memory, keyed by URL and valid for one version of the data.
 *
 * Every page and API response of this site is a function of its URL and the database, and the
 * database changes only when db:setup or an import commits. So a response, once rendered, can be
 * served again until the data version changes. HTML is stored split where the render's CSP nonce
 * stood and joined with a fresh nonce for each response, so a nonce is never sent twice.
 * See docs/decisions/007-response-cache-and-hardening.md.
 */
export interface CachedResponse {
  /** The data version the response was rendered from. */
  version: string;
  status: number;
  /** The render's headers worth keeping (content type, location, vary, ...). */
  headers: [string, string][];
  /** The body, split where the render's nonce stood (HTML); a single part otherwise. */
  parts: Buffer[];
  /** The nonce the response was rendered with: headers (a preload Link) may hold it too. */
  renderNonce: string;
  html: boolean;
  /** Weak validator: the same for every response with the same body, whatever its nonce. */
  etag: string;
  size: number;
}

/** Response headers of a render that are kept; the rest (date, length, Next's cache headers) are not. */
const KEPT_HEADERS = new Set(["content-type", "content-disposition", "content-language", "location", "link", "vary", "x-robots-tag"]);
/** Statuses that are a function of the URL and the data: worth keeping. 5xx never are. */
const CACHEABLE_STATUSES = new Set([200, 301, 302, 303, 307, 308, 400, 404, 410]);
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/**
 * Reads a render into an entry. Returns the entry and whether it may be kept: a response that sets
 * a cookie, is too large or has a status that is not a pure function of the URL is served once only.
 */
export async function readRender(
  response: Response,
  version: string,
  renderNonce: string,
  origin: string,
): Promise<{ entry: CachedResponse; cacheable: boolean }> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers]
    .filter(([name]) => KEPT_HEADERS.has(name))
    // A redirect to the address the render was asked at becomes relative: clients reach the site by another.
    .map(([name, value]): [string, string] => [name, name === "location" && value.startsWith(`${origin}/`) ? value.slice(origin.length) : value]);
  const html = (response.headers.get("content-type") ?? "").startsWith("text/html");
  const parts = html ? splitBuffer(body, Buffer.from(renderNonce)) : [body];
  const hash = createHash("sha256").update(String(response.status));
  for (const [name, value] of headers) hash.update(`\n${name}: ${value.replaceAll(renderNonce, "")}`);
  hash.update("\n\n");
  for (const part of parts) hash.update(part).update("\0");
  const etag = `W/"${hash.digest("base64url").slice(0, 27)}"`;
  const cacheable =
    CACHEABLE_STATUSES.has(response.status) && !response.headers.has("set-cookie") && body.length <= MAX_ENTRY_BYTES;
  return { entry: { version, status: response.status, headers, parts, renderNonce, html, etag, size: body.length + 1024 }, cacheable };
}

/** Splits `buffer` at every occurrence of `separator`, like String.prototype.split. */
export function splitBuffer(buffer: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = buffer.indexOf(separator); at !== -1; at = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(buffer.subarray(start));
  return parts;
}

/** The headers with `nonce` where the render's nonce stood. */
export function headersWithNonce(entry: CachedResponse, nonce: string): Headers {
  return new Headers(entry.headers.map(([name, value]): [string, string] => [name, value.replaceAll(entry.renderNonce, nonce)]));
}

/** The body with `nonce` where the render's nonce stood. */
export function bodyWithNonce(entry: CachedResponse, nonce: string): Buffer {
  if (entry.parts.length === 1) return entry.parts[0] as Buffer;
  const filler = Buffer.from(nonce);
  return Buffer.concat(entry.parts.flatMap((part, i) => (i === 0 ? [part] : [filler, part])));
}

/** RFC 9110 §13.1.2: If-None-Match compares weakly; `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** Least recently used entries go first when either bound is reached. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly limits: { maxBytes: number; maxEntries: number }) {}

  get(key: string, version: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= entry.size;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.size;
    }
    if (entry.size > this.limits.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/**
 * URLs asked for recently, kept as short hashes. The cache keeps a URL from its second request on,
 * so one-off URLs (a typo, a scanner, a fuzzer) are rendered directly, once, and never crowd out
 * the views people share.
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly max: number) {}

  /** Whether `key` was asked for before; remembers it either way. */
  seen(key: string): boolean {
    const id = createHash("sha256").update(key).digest("base64url").slice(0, 22);
    if (this.keys.has(id)) return true;
    this.keys.add(id);
    if (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value as string);
    return false;
  }
}
