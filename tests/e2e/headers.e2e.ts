// Security and cache headers over HTTP, and the browser's view of the Content-Security-Policy.
import { openSqlite } from "@/lib/db/connection";
import { describe, expect, it } from "vitest";
import { baseUrl, expectConsoleErrors, openPage } from "./fixtures";

const FILTERED = "/salaries?country=GB&country=US&level=senior&currency=EUR&sort=-max";

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(`${baseUrl}${path}`, { headers, method, redirect: "manual" });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body };
}

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe("security headers", () => {
  for (const path of ["/", FILTERED, "/api/bands?country=US"]) {
    it(`sends a script policy without 'unsafe-inline', frame-ancestors 'none' and the fixed headers on ${path}`, async () => {
      const { status, headers } = await get(path);
      expect(status).toBe(200);
      const csp = directives(headers.get("content-security-policy"));
      expect(csp.get("script-src")).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}=='$/)]);
      expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("permissions-policy")).toContain("camera=()");
      expect(headers.get("x-frame-options")).toBe("DENY");
    });
  }

  it("gives every script on a page the response's own nonce, and each response a new one", async () => {
    const first = await get(FILTERED);
    const second = await get(FILTERED);
    const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeDefined();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(second.body).not.toContain(nonce);
  });

  it("sends the fixed headers with static files, which the front door hands to Next as they are", async () => {
    const html = (await get("/")).body;
    const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeDefined();
    for (const path of ["/icon.svg", chunk as string]) {
      const { status, headers } = await get(path);
      expect(status).toBe(200);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("cache headers", () => {
  it("marks pages private and revalidated, with an ETag that does not change with the nonce; If-None-Match gets 304", async () => {
    await get(FILTERED);
    const first = await get(FILTERED);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await get(FILTERED);
    expect(again.headers.get("etag")).toBe(etag);

    const revalidated = await get(FILTERED, { "if-none-match": etag as string });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
    // The browser keeps the policy stored with its copy: a new nonce here would not match that copy's scripts.
    expect(revalidated.headers.get("content-security-policy")).toBeNull();

    expect((await get(FILTERED, { "if-none-match": 'W/"something-else"' })).status).toBe(200);
    expect((await get("/salaries?country=GB", { "if-none-match": etag as string })).status).toBe(200);
  });

  it("renders a URL asked for once without keeping it, and keeps it from the second request on", async () => {
    const path = `/salaries?country=IN&cache-test=${Date.now()}`;
    const once = await get(path);
    expect(once.status).toBe(200);
    expect(once.headers.get("etag")).toBeNull();
    const twice = await get(path);
    expect(twice.headers.get("etag")).toMatch(/^W\//);
    // The same page, though not byte for byte: React may cut the streamed RSC payload at other places.
    const rows = (html: string) => [...html.matchAll(/data-band-row="([^"]+)"/g)].map((m) => m[1]);
    expect(rows(twice.body)).toEqual(rows(once.body));
    expect(rows(once.body).length).toBeGreaterThan(0);
  });

  it("lets shared caches keep API answers for a few minutes, with an ETag and 304", async () => {
    for (const path of ["/api/bands?country=US&level=senior&currency=EUR", "/api/factors", "/api/bands.csv?country=GB"]) {
      await get(path); // the first request of a URL is rendered, not kept
      const first = await get(path);
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=3600");
      const etag = first.headers.get("etag") as string;
      expect(etag).toMatch(/^W\//);
      const revalidated = await get(path, { "if-none-match": `"other", ${etag}` });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body).toBe("");
    }
  });

  it("keeps every chart's image as it keeps API answers, under the site's CSP, which lets its own style sheet apply", async () => {
    // As a browser asks for an <img>.
    const asImage = { "sec-fetch-dest": "image" };
    for (const path of [
      "/api/chart/salaries?country=US&level=senior",
      "/api/chart/compare?by=company&value=google&value=meta&level=senior",
      "/api/chart/estimate?level=senior",
      "/api/chart/trends?country=US",
      "/api/chart/records?level=senior&country=US",
      "/api/chart/records/histogram?level=senior&country=US&pay=185000",
      "/api/chart/filings?company=meta&role=ml-engineer&pay=200000",
    ]) {
      await get(path, asImage); // the first request of a URL is rendered, not kept
      const first = await get(path, asImage);
      expect([first.status, first.headers.get("content-type"), first.headers.get("cache-control")]).toEqual([
        200,
        "image/svg+xml; charset=utf-8",
        "public, max-age=300, stale-while-revalidate=3600",
      ]);
      expect(first.body).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<style>/s);
      const policy = directives(first.headers.get("content-security-policy"));
      expect([policy.get("style-src"), policy.get("img-src")]).toEqual([["'self'", "'unsafe-inline'"], ["'self'", "data:", "blob:"]]);
      const etag = first.headers.get("etag") as string;
      expect(etag).toMatch(/^W\//);
      expect((await get(path, { ...asImage, "if-none-match": etag })).status).toBe(304);
    }
  });

  it("answers HEAD with the headers and no body", async () => {
    const head = await get(FILTERED, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers.get("etag")).toBe((await get(FILTERED)).headers.get("etag"));
  });

  it("keeps the canonical redirect, relative, out of the cached answers' way", async () => {
    const redirect = await get("/salaries?level=senior&country=US&country=GB&currency=eur&sort=-max");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe(FILTERED);
  });

  it("renders the client router's RSC requests instead of answering them with cached HTML", async () => {
    await get(FILTERED);
    const response = await fetch(`${baseUrl}${FILTERED}`, { headers: { rsc: "1", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" } });
    await response.arrayBuffer();
    expect(response.headers.get("content-type") ?? "").not.toContain("text/html");
  });

  it("never answers an RSC request with HTML, whatever headers it lacks, with or without _rsc and Sec-Fetch-Dest", async () => {
    await get(FILTERED);
    await get(FILTERED);
    for (const [headers, query] of [
      [{ rsc: "1" }, ""],
      [{ rsc: "1", "sec-fetch-dest": "document" }, ""],
      [{ rsc: "1" }, "&_rsc"],
      [{ rsc: "1", "sec-fetch-dest": "document" }, "&_rsc"],
    ] as const) {
      let response = await fetch(`${baseUrl}${FILTERED}${query}`, { headers, redirect: "manual" });
      if (response.status === 307) {
        // Next's own answer to an RSC request without its cache-busting parameter: the same URL with it.
        const location = response.headers.get("location") as string;
        expect(location).toContain("_rsc");
        response = await fetch(new URL(location, baseUrl), { headers, redirect: "manual" });
      }
      const body = await response.text();
      expect([response.status, response.headers.get("content-type")]).toEqual([200, "text/x-component"]);
      expect(body.startsWith("<!DOCTYPE")).toBe(false);
    }
  });

  it("serves new data after an import changes the database, without a restart", async () => {
    const databaseFile = process.env.E2E_DATABASE_FILE;
    expect(databaseFile).toBeDefined();
    const before = await get("/api/factors");
    const sqlite = openSqlite(databaseFile as string);
    const [factor] = sqlite.prepare("SELECT id, note FROM Factor ORDER BY id LIMIT 1").all() as { id: string; note: string | null }[];
    try {
      sqlite.prepare("UPDATE Factor SET note = ? WHERE id = ?").run("changed by the cache test", factor?.id);
      const after = await get("/api/factors");
      expect(after.body).toContain("changed by the cache test");
      expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
      expect((await get("/api/factors", { "if-none-match": before.headers.get("etag") as string })).status).toBe(200);
    } finally {
      sqlite.prepare("UPDATE Factor SET note = ? WHERE id = ?").run(factor?.note ?? null, factor?.id);
      sqlite.close();
    }
    const restored = await get("/api/factors");
    expect(restored.body).not.toContain("changed by the cache test");
    expect(restored.headers.get("etag")).toBe(before.headers.get("etag"));
  });
});

describe("the Content-Security-Policy in a browser", () => {
  it("runs the pages' scripts with no policy violation, through a cached load, a filter change and a reload", async () => {
    const page = await openPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const path of ["/", FILTERED, "/salaries"]) {
      await page.goto(`${baseUrl}${path}`);
      await page.reload();
    }
    await page.getByRole("group", { name: "Level" }).getByRole("checkbox", { name: /^Senior/ }).check();
    await page.waitForURL(`${baseUrl}/salaries?level=senior`);
    await page.goto(`${baseUrl}/salaries?level=senior`);
    expect(violations).toEqual([]);
    // The not-found page too: a prerendered one would carry no nonce, and its inline scripts would be refused.
    expectConsoleErrors(page, /status of 404/);
    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(violations).toEqual([]);
  });
});
