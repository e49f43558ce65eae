// The front door in a real node:http server over this worker's database, with a stand-in for
// Next.js's request handler that renders like Next does: the nonce it finds in the request's CSP
// header goes into the page's scripts. The real server is tested end to end in tests/e2e.
import { createServer, get as httpGet, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheKey, createFrontDoor } from "@/lib/http/front-door";

interface Seen {
  url: string;
  policy: string | undefined;
  renderHeader: string | undefined;
}

let server: Server;
let base: string;
let seen: Seen[] = [];

const nonceIn = (policy: string | null | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const frontDoor = createFrontDoor({
    origin: base,
    development: false,
    handle: async (request: IncomingMessage, response) => {
      const policy = request.headers["content-security-policy"] as string | undefined;
      seen.push({ url: request.url ?? "", policy, renderHeader: request.headers["x-salary-explorer-render"] as string | undefined });
      const page = request.url?.startsWith("/icon.svg") ? "<svg/>" : `<html><script nonce="${nonceIn(policy)}">${"x".repeat(2000)}</script><p>${request.url}</p></html>`;
      response.setHeader("content-type", request.url?.startsWith("/icon.svg") ? "image/svg+xml" : "text/html; charset=utf-8");
      response.end(page);
    },
  });
  server.on("request", frontDoor);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });

describe("the front door", () => {
  it("gives every page a fresh nonce, the same in the policy it sends and in the request Next renders", async () => {
    const response = await get("/salaries?country=GB&level=junior");
    const nonce = nonceIn(response.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceIn(seen[0]?.policy)).toBe(nonce);
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("sends files to Next as they are, with no nonce", async () => {
    await (await get("/icon.svg")).text();
    expect(seen).toEqual([{ url: "/icon.svg", policy: undefined, renderHeader: undefined }]);
  });

  it("renders a URL directly the first time, into the cache the second, and answers from memory from then on with a new nonce", async () => {
    const path = "/salaries?country=FR";
    const first = await get(path);
    await first.text();
    expect(seen.map((s) => s.renderHeader)).toEqual([undefined]);

    const second = await get(path);
    const secondBody = await second.text();
    // The second is rendered by the front door's own request, whose secret header never reaches Next.
    expect(seen).toHaveLength(2);
    expect(seen[1]?.renderHeader).toBeUndefined();
    expect(second.headers.get("etag")).toMatch(/^W\/"/);
    expect(second.headers.get("cache-control")).toBe("private, no-cache");

    const third = await get(path);
    const thirdBody = await third.text();
    expect(seen).toHaveLength(2);
    const nonce = nonceIn(third.headers.get("content-security-policy"));
    expect(nonce).not.toBe(nonceIn(second.headers.get("content-security-policy")));
    expect(thirdBody).toContain(`nonce="${nonce}"`);
    expect(thirdBody.replace(nonce as string, "")).toBe(secondBody.replace(nonceIn(second.headers.get("content-security-policy")) as string, ""));
    expect(third.headers.get("etag")).toBe(second.headers.get("etag"));

    const notModified = await get(path, { "if-none-match": third.headers.get("etag") as string });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");

    // fetch would unzip it; node:http shows the bytes as sent.
    const zipped = await new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) =>
      httpGet(base + path, { headers: { "accept-encoding": "gzip, deflate" } }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve({ headers: answer.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject),
    );
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toContain("Accept-Encoding");
    expect(gunzipSync(zipped.body).toString()).toContain(`nonce="${nonceIn(zipped.headers["content-security-policy"] as string)}"`);
    expect(seen).toHaveLength(2);
  });

  it("never answers a client-router (RSC) request from the cache, whatever headers it lacks", async () => {
    const path = "/salaries?country=DE";
    for (let i = 0; i < 3; i++) await (await get(path)).text();
    expect(seen).toHaveLength(2);
    await (await get(path, { rsc: "1" })).text();
    await (await get(`${path}&_rsc=abc`)).text();
    await (await get(path, { "sec-fetch-dest": "empty" })).text();
    expect(seen).toHaveLength(5);
  });

  it("keeps a request with a guessed secret out of the cache, and the header away from Next", async () => {
    const path = "/salaries?country=IN";
    for (let i = 0; i < 3; i++) await (await get(path, { "x-salary-explorer-render": "guess bm9uY2U=" })).text();
    expect(seen).toHaveLength(3);
    expect(seen.every((s) => s.renderHeader === undefined && nonceIn(s.policy) !== "bm9uY2U=")).toBe(true);
  });

  it("refuses an oversized query before Next sees it", async () => {
    const response = await get(`/salaries?q=${"a".repeat(5000)}`);
    expect(response.status).toBe(414);
    expect((await response.json()).parameters[0].name).toBe("query");
    expect(seen).toHaveLength(0);
  });
});

describe("cacheKey", () => {
  const url = (path: string) => new URL(path, "http://x");
  const none = () => undefined;
  it("keys document loads and API calls of the listed routes by path and query, and nothing else", () => {
    expect(cacheKey("GET", url("/salaries?country=GB"), none)).toBe("/salaries?country=GB");
    expect(cacheKey("HEAD", url("/api/bands?level=senior"), (name) => (name === "sec-fetch-dest" ? "empty" : undefined))).toBe("/api/bands?level=senior");
    expect(cacheKey("POST", url("/salaries"), none)).toBeNull();
    expect(cacheKey("GET", url("/floor"), none)).toBeNull();
    expect(cacheKey("GET", url("/salaries"), (name) => (name === "sec-fetch-dest" ? "image" : undefined))).toBeNull();
    expect(cacheKey("GET", url(`/salaries?q=${"a".repeat(2100)}`), none)).toBeNull();
  });
});
