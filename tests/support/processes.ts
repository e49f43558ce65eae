// What /proc (Linux) says about the server's processes, for the browser tests.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** The processes `pid` started: a primary's serving processes. */
export function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

/** How process `pid` holds `file` open, once per descriptor: "read-only" or "read-write". */
export function openModes(pid: number, file: string): string[] {
  const modes: string[] = [];
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target = "";
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    if (target !== file) continue;
    const flags = Number.parseInt(/flags:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, "utf8"))?.[1] ?? "0", 8);
    modes.push((flags & 3) === 0 ? "read-only" : "read-write");
  }
  return modes;
}
