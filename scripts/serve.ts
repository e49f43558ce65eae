// The production server: Next.js's documented programmatic API (a custom server) with a shutdown
// that `next start` lacks. On SIGTERM or SIGINT it stops accepting connections, closes idle
// keep-alive connections, answers requests already on their way with `Connection: close`, waits
// for running requests at most SHUTDOWN_GRACE_MS, then exits 0. `next start` waits for every
// keep-alive connection to go quiet (a client reusing one kept it open for 38 s) and exits 143.
// Why: docs/decisions/012-bounded-shutdown-server.md.
//   node --import tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { expensiveAtDoor, BUSY_REFUSAL } from "../src/lib/http/limits";
import { MAX_WAITING_RENDERS, needsRenderSlot, RENDER_SLOTS, RenderQueue } from "../src/lib/http/render-queue";
import { STATIC_SECURITY_HEADERS } from "../src/lib/http/security-headers";

const SHUTDOWN_GRACE_MS = 10_000;

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string", default: "0.0.0.0" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// The proxy renders cached URLs by asking this server (src/proxy.ts): it finds it by PORT.
process.env.PORT = String(port);

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const renders = new RenderQueue(RENDER_SLOTS, MAX_WAITING_RENDERS);
let draining = false;
let running = 0;
let drained: (() => void) | null = null;

const server = createServer((request, response) => {
  running += 1;
  // From the signal on, every answer closes its connection: clients go to another replica.
  if (draining) response.shouldKeepAlive = false;
  // A flood of expensive requests past their bound is refused here, before Next.js spends its
  // routing on each (src/lib/http/limits.ts, ADR 013).
  const door = expensiveAtDoor(request.url);
  let closed = false;
  response.on("close", () => {
    closed = true;
    running -= 1;
    if (!door.refused) door.release();
    if (draining && running === 0) drained?.();
  });
  if (door.refused) {
    setTimeout(() => response.writeHead(door.status, { ...door.headers, ...STATIC_SECURITY_HEADERS }).end(door.body), door.afterMs);
    return;
  }
  const line = { method: request.method, url: request.url, header: (name: string) => headerValue(request.headers[name]) };
  // Renders wait their turn, first come first served (src/lib/http/render-queue.ts, ADR 016).
  if (!needsRenderSlot(line)) void handle(request, response);
  else if (
    !renders.enter(
      (done) => {
        response.on("close", done);
        void handle(request, response);
      },
      () => closed,
    )
  )
    response.writeHead(503, { ...BUSY_REFUSAL.headers, ...STATIC_SECURITY_HEADERS }).end(BUSY_REFUSAL.body);
});

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);

function shutDown(signal: NodeJS.Signals): void {
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
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);

server.listen(port, hostname, () => console.log(`Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
