// The production server that the browser tests and the benchmarks run against: a fresh database
// loaded from data/, and `next start` on a spare port over it. One module, so that both measure and
// test the same server, started and stopped the same way.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setupDatabase } from "@/lib/db/setup";
import { SERVE } from "../../scripts/build";

export interface ProductionServer {
  baseUrl: string;
  pid: number;
  /** Resident memory of the server and any process it started, in MiB. */
  rssMiB(): number;
  /** SIGTERM, resolved with the exit code once the server has exited. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** Extra environment for the server, e.g. SERVER_CACHE=off. */
  env?: Record<string, string>;
  /** The server's own log lines; the benchmark keeps them out of its figures. Errors always show. */
  showLog?: boolean;
  /** A port of the caller's choosing; a free one otherwise. */
  port?: number;
}

/** For tests of what one process does: the server runs one process per core unless told (ADR 017). */
export const ONE_PROCESS: StartOptions = { env: { WEB_CONCURRENCY: "1" } };

const READY_PATH = "/api/factors";
const READY_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Deletes `file` and its SQLite side files, then creates it from data/ as db:setup does. */
export async function freshDatabase(file: string): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  await setupDatabase(file, path.resolve("data"));
  return file;
}

/**
 * The server `npm start` runs (scripts/serve.ts, Next.js with a bounded shutdown), as a plain node
 * process (not npx, whose PID is npm's, so SIGTERM reaches the server), bound to
 * 127.0.0.1, answering once its API does. A server that exits first (a bad database, a missing
 * build) fails the start at once instead of after the timeout.
 */
export async function startProductionServer(databaseFile: string, options: StartOptions = {}): Promise<ProductionServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...SERVE, "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, ...options.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", options.showLog ? "inherit" : "ignore", "inherit"],
  });
  const pid = child.pid as number;
  const server: ProductionServer = {
    baseUrl,
    pid,
    rssMiB: () => treeRssKiB(pid) / 1024,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };

  const readyUrl = baseUrl + READY_PATH;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}) before answering ${readyUrl}`);
    try {
      if ((await fetch(readyUrl)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`The server did not answer ${readyUrl} within ${READY_TIMEOUT_MS / 1000} s`);
}

/** VmRSS of a process and its descendants, from /proc (Linux). */
function treeRssKiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // exited meanwhile
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}
