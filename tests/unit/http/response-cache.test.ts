import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bodyWithNonce,
  headersWithNonce,
  matchesIfNoneMatch,
  readRender,
  ResponseCache,
  splitBuffer,
  type CachedResponse,
} from "@/lib/http/response-cache";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

const ORIGIN = "http://127.0.0.1:3000";
const RENDER_NONCE = "cmVuZGVyLW5vbmNlLTEyMw==";

function html(nonce: string, text = "<p>senior</p>"): Response {
  return new Response(`<html><script nonce="${nonce}">self.__next_f=1</script>${text}<script src="/a.js" nonce="${nonce}"></script></html>`, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      link: `</a.css>; rel=preload; as="style"; nonce="${nonce}"`,
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      date: "Sun, 22 Nov 2026 10:00:00 GMT",
      "x-nextjs-cache": "MISS",
    },
  });
}

const entry = (size: number, version = "v1"): CachedResponse => ({
  version,
  status: 200,
  headers: [],
  parts: [Buffer.alloc(size)],
  renderNonce: "n",
  html: false,
  etag: 'W/"x"',
  size,
});

describe("readRender", () => {
  it("keeps the content headers and drops the render's date, cache and Next.js headers", async () => {
    const { entry: read, cacheable } = await readRender(html(RENDER_NONCE), "v1", RENDER_NONCE, ORIGIN);
    expect(cacheable).toBe(true);
    expect(read.headers.map(([name]) => name).sort()).toEqual(["content-type", "link"]);
    expect(read.html).toBe(true);
    expect(read.parts).toHaveLength(3);
  });

  it("puts the response's own nonce where the render's stood, in the body and the Link header", async () => {
    const { entry: read } = await readRender(html(RENDER_NONCE), "v1", RENDER_NONCE, ORIGIN);
    const nonce = newNonce();
    const body = bodyWithNonce(read, nonce).toString();
    expect(body).not.toContain(RENDER_NONCE);
    expect(body.match(new RegExp(`nonce="${nonce.replace(/[+/=]/g, "\\$&")}"`, "g"))).toHaveLength(2);
    expect(headersWithNonce(read, nonce).get("link")).toBe(`</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  });

  it("gives two renders of the same content, with different nonces, the same weak ETag; different content another", async () => {
    const a = await readRender(html("bm9uY2UtYQ=="), "v1", "bm9uY2UtYQ==", ORIGIN);
    const b = await readRender(html("bm9uY2UtYg=="), "v2", "bm9uY2UtYg==", ORIGIN);
    const c = await readRender(html("bm9uY2UtYw==", "<p>junior</p>"), "v1", "bm9uY2UtYw==", ORIGIN);
    expect(a.entry.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(b.entry.etag).toBe(a.entry.etag);
    expect(c.entry.etag).not.toBe(a.entry.etag);
  });

  it("makes a redirect to the render's own address relative", async () => {
    const response = new Response(null, { status: 307, headers: { location: `${ORIGIN}/salaries?country=GB` } });
    const { entry: read, cacheable } = await readRender(response, "v1", RENDER_NONCE, ORIGIN);
    expect(cacheable).toBe(true);
    expect(read.headers).toEqual([["location", "/salaries?country=GB"]]);
  });

  it("serves but does not keep server errors, cookies and bodies over 4 MiB", async () => {
    expect((await readRender(new Response("boom", { status: 500 }), "v1", RENDER_NONCE, ORIGIN)).cacheable).toBe(false);
    const cookie = new Response("{}", { headers: { "set-cookie": "a=1", "content-type": "application/json" } });
    expect((await readRender(cookie, "v1", RENDER_NONCE, ORIGIN)).cacheable).toBe(false);
    expect((await readRender(new Response(Buffer.alloc(4 * 1024 * 1024 + 1)), "v1", RENDER_NONCE, ORIGIN)).cacheable).toBe(false);
    expect((await readRender(new Response("{}", { status: 400 }), "v1", RENDER_NONCE, ORIGIN)).cacheable).toBe(true);
  });

  it("leaves a JSON or image body as it is, whatever it holds", async () => {
    const { entry: read } = await readRender(new Response(`{"a":"${RENDER_NONCE}"}`, { headers: { "content-type": "application/json" } }), "v1", RENDER_NONCE, ORIGIN);
    expect(read.parts).toHaveLength(1);
    expect(bodyWithNonce(read, "other").toString()).toBe(`{"a":"${RENDER_NONCE}"}`);
  });
});

describe("splitBuffer", () => {
  it("splits like String.prototype.split, for any text and separator", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 4 }), (text, separator) => {
        const parts = splitBuffer(Buffer.from(text), Buffer.from(separator)).map((part) => part.toString());
        expect(parts.join(separator)).toBe(text);
        expect(parts).toEqual(Buffer.from(text).toString().split(separator));
      }),
    );
  });
});

describe("matchesIfNoneMatch", () => {
  it("compares weakly, reads lists and matches *", () => {
    expect(matchesIfNoneMatch('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc" ', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch("*", 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesIfNoneMatch(null, 'W/"abc"')).toBe(false);
    expect(matchesIfNoneMatch("", 'W/"abc"')).toBe(false);
  });
});

describe("ResponseCache", () => {
  it("returns an entry only for the data version it was rendered from, and forgets it when the version moves on", () => {
    const cache = new ResponseCache({ maxBytes: 1000, maxEntries: 10 });
    cache.set("/a", entry(100, "v1"));
    expect(cache.get("/a", "v1")?.version).toBe("v1");
    expect(cache.get("/a", "v2")).toBeUndefined();
    expect(cache.get("/a", "v1")).toBeUndefined();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });

  it("evicts the least recently used entries past its byte or entry bound", () => {
    const cache = new ResponseCache({ maxBytes: 300, maxEntries: 3 });
    cache.set("/a", entry(100));
    cache.set("/b", entry(100));
    cache.set("/c", entry(100));
    cache.get("/a", "v1"); // now /b is the least recently used
    cache.set("/d", entry(100));
    expect(cache.get("/b", "v1")).toBeUndefined();
    expect(cache.get("/a", "v1")).toBeDefined();
    cache.set("/e", entry(250));
    expect(cache.stats).toEqual({ entries: 1, bytes: 250 });
    cache.set("/huge", entry(301));
    expect(cache.get("/huge", "v1")).toBeUndefined();
    expect(cache.stats.bytes).toBeLessThanOrEqual(300);
  });

  it("stays within its bounds whatever is stored", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 400 }))), (writes) => {
        const cache = new ResponseCache({ maxBytes: 1000, maxEntries: 5 });
        for (const [key, size] of writes) cache.set(`/${key}`, entry(size));
        expect(cache.stats.bytes).toBeLessThanOrEqual(1000);
        expect(cache.stats.entries).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts from this origin and with the nonce only, and no framing", () => {
    const policy = contentSecurityPolicy("abc");
    expect(policy).toContain("script-src 'self' 'nonce-abc';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("abc", { development: true })).toContain("script-src 'self' 'nonce-abc' 'unsafe-eval';");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
