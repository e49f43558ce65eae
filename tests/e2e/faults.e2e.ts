// Faults: a server started directly on a missing or damaged database stops with one clear sentence,
// db:setup refuses a damaged file without touching it, and the running server holds the database read-only.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openModes } from "../support/processes";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");
const workDir = path.resolve("tmp/e2e-faults");
const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

/** Runs a command to its end (or kills it after `timeoutMs`) and returns its exit code and output. */
function run(args: string[], env: Record<string, string>, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function startDirectly(databaseFile: string) {
  // A port nobody listens on: the server must stop before it would serve anything.
  return run([NEXT_BIN, "start", "--port", "0", "--hostname", "127.0.0.1"], { DATABASE_URL: `file:${databaseFile}` }, 30_000);
}

function damagedCopies(): { garbage: string; truncated: string; empty: string } {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const source = process.env.E2E_DATABASE_FILE as string;
  const garbage = path.join(workDir, "garbage.db");
  writeFileSync(garbage, Buffer.from("this is not a database, just text that happens to have a .db name\n".repeat(200)));
  const truncated = path.join(workDir, "truncated.db");
  copyFileSync(source, truncated);
  truncateSync(truncated, 64 * 1024);
  const empty = path.join(workDir, "empty.db");
  writeFileSync(empty, "");
  return { garbage, truncated, empty };
}

describe("starting the server directly (next start, without npm start's setup)", () => {
  it("stops with a clear message, not a stack trace, when the database is missing, not SQLite, damaged or empty", { timeout: 120_000 }, async () => {
    const files = damagedCopies();
    const cases: [string, string, RegExp][] = [
      ["missing", path.join(workDir, "missing.db"), /Cannot start: No database at tmp\/e2e-faults\/missing\.db .*npm run db:setup/],
      ["garbage", files.garbage, /Cannot start: tmp\/e2e-faults\/garbage\.db is not a usable SQLite database \(file is not a database\)\..*npm run db:setup/],
      ["truncated", files.truncated, /Cannot start: tmp\/e2e-faults\/truncated\.db (is damaged|is not a usable SQLite database).*npm run db:setup/],
      ["empty", files.empty, /Cannot start: tmp\/e2e-faults\/empty\.db is not set up \(no salary tables\)\. Run `npm run db:setup`/],
    ];
    for (const [name, file, message] of cases) {
      const { code, output } = await startDirectly(file);
      expect({ name, code }).toEqual({ name, code: 1 });
      expect(output).toMatch(message);
      expect(output).not.toMatch(STACK_LINE);
    }
  });
});

describe("npm run db:setup on a damaged file", () => {
  it("says what is wrong and what to do, writes nothing, and shows no stack trace", { timeout: 60_000 }, async () => {
    const { garbage } = damagedCopies();
    const before = createHash("sha256").update(readFileSync(garbage)).digest("hex");
    const { code, output } = await run([TSX, "--conditions=react-server", "scripts/db-setup.ts"], { DATABASE_URL: `file:${garbage}` }, 50_000);
    expect(code).toBe(1);
    expect(output).toContain("tmp/e2e-faults/garbage.db is not a usable SQLite database (file is not a database)");
    expect(output).toContain("Move it aside (or delete it) and run `npm run db:setup`");
    expect(output).toContain("Nothing was written.");
    expect(output).not.toMatch(STACK_LINE);
    expect(createHash("sha256").update(readFileSync(garbage)).digest("hex")).toBe(before);
  });
});

describe("least privilege", () => {
  it("has the running server hold the database open read-only", () => {
    const pid = process.env.E2E_SERVER_PID;
    const databaseFile = process.env.E2E_DATABASE_FILE as string;
    expect(pid).toBeDefined();
    // Make sure the server has opened it.
    const modes = openModes(Number(pid), databaseFile);
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(["read-only"]));
  });
});
