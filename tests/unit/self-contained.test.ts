import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../setup/paths";

/**
 * The team keeps a workshop folder beside the project on its own machines; a user's clone has
 * nothing beside it, so code that reads that folder passes for the team and fails for everyone
 * else. The patterns are written so that this file does not match them itself.
 */
const WORKSHOP_REFERENCES = [
  /\.\.[\\/]+shared\b/, // a relative path climbing out of the project into the folder
  /["'`]\.\.["'`]\s*,\s*["'`]shared["'`\\/]/, // the same path assembled from segments
  /[\\/]work[\\/]shared\b/, // its absolute path on the team's machines
  /\bshared[\\/]seeds\b/, // the articles' old home
];

const SCANNED_FOLDERS = ["src", "scripts", "tests", "bench", ".ci"];
// Not tracked: generated on install.
const SKIPPED = new Set(["src/generated", "node_modules"]);

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(folder, entry.name);
    if (SKIPPED.has(file)) return [];
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

const rootConfigFiles = readdirSync(projectRoot, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /^(package\.json|.+\.(ts|mjs|js))$/.test(entry.name))
  .map((entry) => entry.name);
const scannedFiles = [...SCANNED_FOLDERS.flatMap(filesUnder), ...rootConfigFiles];

function workshopReferences(text: string): number[] {
  return text
    .split("\n")
    .flatMap((line, i) => (WORKSHOP_REFERENCES.some((pattern) => pattern.test(line)) ? [i + 1] : []));
}

describe("the repository needs nothing beside its clone", () => {
  it("scans the code, scripts, tests, bench, CI script and root config files", () => {
    expect(scannedFiles).toEqual(
      expect.arrayContaining(["src/lib/claims/read-data.ts", "scripts/start.ts", "tests/unit/self-contained.test.ts", "bench/run.ts", ".ci/run", "package.json"]),
    );
  });

  it("has no file that refers to the team's workshop folder", () => {
    const offenders = scannedFiles.flatMap((file) =>
      workshopReferences(readFileSync(path.join(projectRoot, file), "utf8")).map((line) => `${file}:${line}`),
    );
    expect(offenders).toEqual([]);
  });

  it("recognizes the ways such a reference is written", () => {
    const up = "..";
    const folder = "shared";
    const references = [
      `const SEEDS = path.resolve(import.meta.dirname, "${up}/${up}/${up}/${up}/${folder}/seeds");`,
      `readFileSync("${up}\\${folder}\\data.csv")`,
      `const workshop = path.resolve(projectRoot, "${up}", "${folder}");`,
      `cp /work/${folder}/data/x.csv data/`,
      `"file": "${folder}/seeds/000.txt"`,
    ];
    expect(references.map(workshopReferences)).toEqual(references.map(() => [1]));
    expect(workshopReferences("shared caches may keep API answers; a shared part of two ranges")).toEqual([]);
  });
});
