// npm start: set up the database, build the app when its sources changed, and serve it.
// One command on a fresh clone; honours PORT and DATABASE_URL.
import { spawn } from "node:child_process";
import { readEnv } from "@/lib/env";
import { buildIfStale, SERVE } from "./build";
import { exitWithReason, runSetup } from "./db-setup";

try {
  const env = readEnv();
  await runSetup();
  buildIfStale();
  console.log(`Serving http://localhost:${env.PORT}`);
  // scripts/serve.ts, not `next start`: it finishes running requests on SIGTERM and exits 0 (ADR 012).
  const server = spawn(process.execPath, [...SERVE, "--port", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} catch (error) {
  exitWithReason(error);
}
