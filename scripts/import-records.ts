// npm run import -- <file.csv> [--dataset <id>] [--source <id>] [--skip-invalid] [--report <file>]
// Imports a salary file in the aijobs.net format into the database at DATABASE_URL, all or
// nothing, in one transaction. See the README, "Survey records (aijobs.net)". A file whose header
// is an official source's (OEWS, LCA, PPP) goes to that source's importer instead (ADR 014).
import { existsSync, openSync, readSync, closeSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { csvLines } from "@/lib/api/responses";
import { publishOfficialFile } from "@/lib/db/official/import";
import { officialKindOfHeader } from "@/lib/official/formats";
import { publishRecordsFile, RecordsImportError, RecordsRejectedError, type ImportProgress, type RejectedRow } from "@/lib/db/records/import";
import { PublishError, type Publication } from "@/lib/db/publish";
import { EnvError, readEnv } from "@/lib/env";

const USAGE = "Usage: npm run import -- <file.csv> [--dataset <id>] [--source <id>] [--skip-invalid] [--report <file>]";
const SHOWN_PROBLEMS = 20;
const BAR_WIDTH = 30;

const argsSchema = z.object({
  file: z.string().min(1),
  dataset: z.string().optional(),
  source: z.string().optional(),
  skipInvalid: z.boolean(),
  report: z.string().optional(),
});

function readArgs() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        dataset: { type: "string" },
        source: { type: "string" },
        "skip-invalid": { type: "boolean", default: false },
        report: { type: "string" },
      },
    });
    const args = argsSchema.safeParse({ ...values, skipInvalid: values["skip-invalid"], file: positionals[0] });
    if (args.success && positionals.length === 1) return args.data;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  console.error(USAGE);
  process.exit(2);
}

const number = new Intl.NumberFormat("en-US");

function publishedLine(databaseFile: string, publication: Publication): string {
  return `Published ${path.relative(process.cwd(), databaseFile)}: data version ${publication.fingerprint.slice(0, 12)}, ${number.format(publication.salaryRecords)} observations in all.`;
}

function removedLine(file: string): string {
  return `Removed ${path.relative(process.cwd(), file)}, left by an earlier run that was stopped.`;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A redrawn bar on a terminal; a plain line at every tenth of the file otherwise (logs, CI, pipes). */
function progressReporter(): { update(progress: ImportProgress): void; done(): void } {
  const terminal = process.stderr.isTTY === true;
  let lastTenth = 0;
  let lastDraw = 0;
  const describe = ({ rowsRead, bytesRead, totalBytes, elapsedMs }: ImportProgress) => {
    const share = totalBytes === 0 ? 1 : Math.min(1, bytesRead / totalBytes);
    const rate = elapsedMs > 0 ? (rowsRead * 1000) / elapsedMs : 0;
    const eta = share > 0 ? (elapsedMs * (1 - share)) / share : 0;
    return { share, text: `${Math.round(share * 100)}% · ${number.format(rowsRead)} rows · ${number.format(Math.round(rate))} rows/s · ETA ${seconds(eta)}` };
  };
  return {
    update(progress) {
      const { share, text } = describe(progress);
      if (terminal) {
        if (progress.elapsedMs - lastDraw < 100 && share < 1) return;
        lastDraw = progress.elapsedMs;
        const filled = Math.round(share * BAR_WIDTH);
        process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${text}\x1b[K`);
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`import: ${text}\n`);
      }
    },
    done() {
      if (terminal) process.stderr.write("\n");
    },
  };
}

function writeReport(reportFile: string, rejected: RejectedRow[]): void {
  writeFileSync(reportFile, csvLines(["line", "field", "value", "reason"], rejected.map((r) => [r.line, r.field ?? "(row)", r.value, r.reason])));
}

function describeProblem(problem: RejectedRow): string {
  return `  line ${problem.line}, ${problem.field === null ? "row" : `field ${problem.field}`}: ${JSON.stringify(problem.value)} ${problem.reason}`;
}

/** Every problem goes to the report file; the first few to the terminal as well. */
function reportProblems(rejected: RejectedRow[], reportFile: string): void {
  rejected.slice(0, SHOWN_PROBLEMS).forEach((problem) => console.error(describeProblem(problem)));
  if (rejected.length > SHOWN_PROBLEMS) console.error(`  … and ${number.format(rejected.length - SHOWN_PROBLEMS)} more`);
  writeReport(reportFile, rejected);
  console.error(`Every problem is listed in ${path.relative(process.cwd(), reportFile)}.`);
}

/** The official format the file's first line names, if any; read without parsing the rest. */
function officialKindOf(file: string) {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(4096);
  const read = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const header = buffer.toString("utf8", 0, read).replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  return officialKindOfHeader(header.split(",").map((cell) => cell.trim()));
}

async function main(): Promise<void> {
  const args = readArgs();
  const { databaseFile } = readEnv();
  if (!existsSync(databaseFile)) throw new RecordsImportError(`No database at ${databaseFile}: run npm run db:setup first.`);
  const reportFile = path.resolve(args.report ?? args.file.replace(/(\.csv)?$/i, ".rejected.csv"));
  const progress = progressReporter();
  const kind = existsSync(args.file) ? officialKindOf(args.file) : null;
  try {
    if (kind) {
      const { result: official, publication, removedStale } = await publishOfficialFile(databaseFile, path.resolve(args.file), kind, {
        sourceId: args.source,
        onProgress: progress.update,
      });
      progress.done();
      console.log(
        [
          `Imported ${official.file} (${kind.toUpperCase()}${official.sourceId ? `, source ${official.sourceId}` : ""}): ${number.format(official.rowsRead)} rows, ` +
            `${number.format(official.added)} new, ${number.format(official.replaced)} replacing the same key, ${seconds(official.elapsedMs)}`,
          publishedLine(databaseFile, publication),
          ...removedStale.map(removedLine),
        ].join("\n"),
      );
      return;
    }
    const { result: summary, publication, removedStale } = await publishRecordsFile(databaseFile, path.resolve(args.file), {
      datasetId: args.dataset,
      sourceId: args.source,
      skipInvalid: args.skipInvalid,
      onProgress: progress.update,
    });
    progress.done();
    console.log(
      [
        `Imported ${summary.file} into dataset ${summary.datasetId}${summary.sourceId ? ` (source ${summary.sourceId})` : " (no source in data/sources.json names this file)"}:`,
        `  rows read          ${number.format(summary.rowsRead)}`,
        `  invalid, skipped   ${number.format(summary.rowsInvalid)}`,
        `  pairs              ${number.format(summary.pairs)} (two rows, one observation with a min and a max)`,
        `  observations       ${number.format(summary.observations)}`,
        `  imported           ${number.format(summary.added)}`,
        `  duplicates         ${number.format(summary.alreadyPresent)} (already in the dataset)`,
        `  time               ${seconds(summary.elapsedMs)}`,
        publishedLine(databaseFile, publication),
        ...removedStale.map(removedLine),
      ].join("\n"),
    );
    if (summary.rejected.length > 0) reportProblems(summary.rejected, reportFile);
  } catch (error) {
    progress.done();
    if (error instanceof RecordsRejectedError) {
      console.error(error.message);
      reportProblems(error.rejected, reportFile);
      console.error("Fix the rows, or pass --skip-invalid to import the valid ones.");
      process.exit(1);
    }
    throw error;
  }
}

await main().catch((error: unknown) => {
  console.error(error instanceof RecordsImportError || error instanceof EnvError || error instanceof PublishError ? error.message : error);
  process.exit(1);
});
