// The server as shipped runs one process per core (scripts/serve.ts, ADR 017). Here with two, on a
// copy of the e2e database, so the shared server (one process) is not disturbed.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { get as httpGet, type ClientRequest, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { childrenOf, openModes } from "../support/processes";
import { startProductionServer } from "../support/production-server";

const workDir = path.resolve("tmp/e2e-processes");

/** A GET on a connection of its own (no keep-alive agent), so the primary may hand it to either process. */
function getOnNewConnection(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { agent: false, timeout: 10_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on("timeout", function (this: ClientRequest) {
        this.destroy(new Error(`no answer from ${url} within 10 s`));
      })
      .on("error", reject);
  });
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("one process per core", () => {
  it("serves from every process, each holding the database read-only, and keeps each page's scripts on its own response's nonce", { timeout: 120_000 }, async () => {
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const databaseFile = path.join(workDir, "live.db");
    copyFileSync(process.env.E2E_DATABASE_FILE as string, databaseFile);
    const server = await startProductionServer(databaseFile, { env: { WEB_CONCURRENCY: "2" } });
    try {
      const workers = childrenOf(server.pid);
      expect(workers).toHaveLength(2);

      // A new connection each time: the primary hands connections to the processes in turn, so
      // both see each URL often enough to render it into their caches by asking the server, which
      // may hand that request to the other process. Every page, rendered or from memory, must then
      // carry its own response's nonce.
      for (let i = 0; i < 10; i++) {
        const response = await getOnNewConnection(`${server.baseUrl}/salaries?country=GB&level=senior&sort=-max`);
        expect(response.status).toBe(200);
        const nonce = nonceOf(String(response.headers["content-security-policy"]));
        const scriptNonces = [...response.body.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((match) => match[1]);
        expect(scriptNonces.length).toBeGreaterThan(0);
        expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
      }
      // A JSON answer is the same bytes however often it is rendered: from memory (with an ETag) by
      // the end, in whichever process, alike.
      const answers: { etag: string | undefined; body: string }[] = [];
      for (let i = 0; i < 10; i++) {
        const response = await getOnNewConnection(`${server.baseUrl}/api/bands?country=US&level=senior`);
        expect(response.status).toBe(200);
        answers.push({ etag: response.headers.etag, body: response.body });
      }
      const etags = answers.map((answer) => answer.etag).filter((etag) => etag !== undefined);
      expect(etags.length).toBeGreaterThanOrEqual(4);
      expect(new Set(etags).size).toBe(1);
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);

      for (const worker of workers) expect(new Set(openModes(worker, databaseFile))).toEqual(new Set(["read-only"]));
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("replaces a process that dies, answering meanwhile, and exits 0 on SIGTERM with every process gone", { timeout: 120_000 }, async () => {
    const databaseFile = path.join(workDir, "crash.db");
    mkdirSync(workDir, { recursive: true });
    copyFileSync(process.env.E2E_DATABASE_FILE as string, databaseFile);
    const server = await startProductionServer(databaseFile, { env: { WEB_CONCURRENCY: "2" } });
    const [victim, survivor] = childrenOf(server.pid) as [number, number];
    process.kill(victim, "SIGKILL");
    // Once the primary has seen it die (a connection handed over in that instant is lost with the
    // process), the other answers while the replacement starts.
    const deadline = Date.now() + 60_000;
    while (childrenOf(server.pid).includes(victim) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await getOnNewConnection(`${server.baseUrl}/api/bands?country=US`)).status).toBe(200);
    let workers = childrenOf(server.pid);
    while (!(workers.length === 2 && !workers.includes(victim)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      workers = childrenOf(server.pid);
    }
    expect(workers).toContain(survivor);
    expect(workers.filter((pid) => pid !== survivor)).toHaveLength(1);
    expect(workers).not.toContain(victim);
    expect(await server.stop()).toBe(0);
    expect(childrenOf(server.pid)).toEqual([]);
  });
});
