// The production server: Next.js's documented programmatic API (a custom server) with a shutdown
// that `next start` lacks, in one process per CPU core (node:cluster).
// - Shutdown: on SIGTERM or SIGINT each process stops accepting connections, closes idle
//   keep-alive connections, answers requests already on their way with `Connection: close`, waits
//   for running requests at most SHUTDOWN_GRACE_MS, then exits 0. `next start` waits for every
//   keep-alive connection to go quiet (a client reusing one kept it open for 38 s) and exits 143.
//   Why: docs/decisions/012-bounded-shutdown-server.md.
// - Processes: JavaScript renders on one thread, so one process uses one core. WEB_CONCURRENCY
//   processes (default: the machine's cores) share the port; the first is the primary, which only
//   forks, forwards signals, replaces a process that died and exits when all have.
//   Why: docs/decisions/017-one-process-per-core.md.
//   node --import tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0] [--dev]
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import next from "next";
import { expensiveAtDoor } from "../src/lib/http/limits";
import { createFrontDoor, ownRenderSecret } from "../src/lib/http/front-door";
import { STATIC_SECURITY_HEADERS } from "../src/lib/http/security-headers";

const SHUTDOWN_GRACE_MS = 10_000;

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string", default: "0.0.0.0" }, dev: { type: "boolean", default: false } } });
// npm run dev: Next's development server behind the same front door (the CSP, with the nonce), one process, nothing cached.
const development = values.dev;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const processes = development ? 1 : processCount(process.env.WEB_CONCURRENCY);
// The front door renders a URL into its cache by asking this server, and that request may reach
// any process: they all share the secret that marks it (src/lib/http/front-door.ts).
process.env.PORT = String(port);
ownRenderSecret();
// Limits shared by the machine's processes divide by it (src/lib/http/limits.ts).
process.env.WEB_CONCURRENCY = String(processes);
const readyLine = `Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`;

if (cluster.isPrimary && processes > 1) runPrimary(processes);
else await serve();

/** WEB_CONCURRENCY (the convention of Heroku, Render and others) or one process per core. */
function processCount(setting: string | undefined): number {
  const count = setting === undefined || setting === "" ? availableParallelism() : Number(setting);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`WEB_CONCURRENCY must be a whole number of processes, at least 1; it is "${setting}".`);
    process.exit(1);
  }
  return count;
}

/**
 * Forks the serving processes and waits. A process that dies while serving is replaced; one that
 * dies before it listens stops the server, since the next would die the same way (a missing build,
 * a bad database). On SIGTERM or SIGINT the signal goes to every process, each finishes its own
 * requests (see `serve`), and the primary exits once all have.
 */
function runPrimary(count: number): void {
  let stopping = false;
  let exitCode = 0;
  const listened = new Set<number>();
  const alive = () => Object.keys(cluster.workers ?? {}).length;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    // Each process bounds its own shutdown; this only guards against one that hangs.
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS + 5_000).unref();
  };
  cluster.on("listening", (worker) => {
    listened.add(worker.id);
    if (listened.size === count) console.log(`${readyLine} (${count} processes)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping && listened.has(worker.id)) {
      console.error(`A server process exited (${signal ?? `code ${code}`}); starting another.`);
      cluster.fork();
      return;
    }
    if (!stopping) {
      console.error(`A server process exited (${signal ?? `code ${code}`}) before it could serve; stopping.`);
      exitCode = code || 1;
      stop("SIGTERM");
    }
    if (alive() === 0) process.exit(exitCode);
  });
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  for (let i = 0; i < count; i++) cluster.fork();
}

async function serve(): Promise<void> {
  const app = next({ dev: development, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Refusals, nonces, the response cache and the line of renders, before Next (src/lib/http/front-door.ts, ADR 018).
  const frontDoor = createFrontDoor({ handle, origin: `http://127.0.0.1:${port}`, development });
  let draining = false;
  let running = 0;
  let drained: (() => void) | null = null;

  const server = createServer((request, response) => {
    running += 1;
    // From the signal on, every answer closes its connection: clients go to another replica.
    if (draining) response.shouldKeepAlive = false;
    // A flood of expensive requests past their bound is refused here, before any other work
    // (src/lib/http/limits.ts, ADR 013).
    const door = expensiveAtDoor(request.url);
    response.on("close", () => {
      running -= 1;
      if (!door.refused) door.release();
      if (draining && running === 0) drained?.();
    });
    if (door.refused) {
      setTimeout(() => response.writeHead(door.status, { ...door.headers, ...STATIC_SECURITY_HEADERS }).end(door.body), door.afterMs);
      return;
    }
    frontDoor(request, response);
  });

  const shutDown = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    console.log(`${signal}: finishing ${running} running request${running === 1 ? "" : "s"} (at most ${SHUTDOWN_GRACE_MS / 1000} s), then exiting.`);
    server.close();
    server.closeIdleConnections();
    const finished = new Promise<void>((resolve) => {
      drained = resolve;
      if (running === 0) resolve();
    });
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
    void Promise.race([finished, timeout]).then(async () => {
      server.closeAllConnections();
      await app.close().catch(() => {});
      process.exit(0);
    });
  };
  process.on("SIGTERM", shutDown);
  process.on("SIGINT", shutDown);
  // Hot reloading's WebSocket, in development.
  if (development) server.on("upgrade", app.getUpgradeHandler());

  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(readyLine);
  });
}

