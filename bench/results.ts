// The shapes of the benchmark's result files (bench/results.json, bench/soak.json): written by
// run.ts, rendered by report.ts, so neither module imports the other.
import type { PageScripts } from "./first-load-js";
import type { LighthouseScores } from "./lighthouse";

export interface LoadRow {
  id: string;
  label: string;
  path: string;
  server: "cached" | "uncached";
  present: boolean;
  status?: number;
  requestsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  errors?: number;
  non2xx?: number;
  kilobytesPerResponse?: number;
}

/** The throughput budget's two URLs measured in turns, so that other work on the machine weighs on both alike. */
export interface PairedRun {
  rounds: number;
  secondsEach: number;
  filteredRequestsPerSecond: number[];
  staticRequestsPerSecond: number[];
  /** Total filtered requests over total static requests, in equal time. */
  ratio: number;
}

interface Budget {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}

/** Cached /salaries at a few connections, alone and beside a flood of never-seen OG-image URLs (src/lib/http/limits.ts). */
export interface FloodRun {
  floodConnections: number;
  readerConnections: number;
  secondsEach: number;
  unloadedP99Ms: number;
  loadedP99Ms: number;
  /** Reader requests answered during the flood: 0 means the readers were starved. */
  readerRequests: number;
  readerNon2xx: number;
  floodRequests: number;
  /** Flood answers that were images (200), refusals (503 with Retry-After), anything else (other statuses, errors, timeouts). */
  flood2xx: number;
  flood503: number;
  floodOther: number;
}

/** What an oversized query gets. */
export interface CapProbe {
  name: string;
  status: number;
}

export interface BenchResults {
  date: string;
  machine: string;
  connections: number;
  durationSeconds: number;
  load: LoadRow[];
  paired: PairedRun | null;
  firstLoadJs: PageScripts[];
  lighthouse: LighthouseScores | null;
  /** The same runs on the dynamic floor (/floor): the framework's own scripts. */
  lighthouseFloor?: LighthouseScores | null;
  flood?: FloodRun;
  caps?: CapProbe[];
  budgets: Budget[];
}

export interface SoakResults {
  date: string;
  machine: string;
  connections: number;
  warmUpSeconds: number;
  durationSeconds: number;
  urls: number;
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  rssSettledMiB: number;
  rssEndMiB: number;
  rssMaxMiB: number;
  rssGrowthPct: number;
  met: boolean;
}
