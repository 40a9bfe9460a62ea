// Linux /proc readers: memory and CPU of a process and of its whole process tree (for the
// headless browser, whose work happens in child processes the Node side cannot see).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;
let clockTicks;

/** Clock ticks per second used by utime/stime in /proc/<pid>/stat. */
export function clkTck() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); ppid is field 4, utime 14, stime 15.
    return { pid, ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** The pids of `root` and all its descendants. */
export function treePids(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (!stat) continue;
    if (!children.has(stat.ppid)) children.set(stat.ppid, []);
    children.get(stat.ppid).push(stat.pid);
  }
  const out = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift();
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident set size of one process in bytes (0 when it is gone). */
export function rssOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** A field of /proc/<pid>/status in bytes (VmHWM, VmRSS…). */
export function statusBytes(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Proportional set size in bytes (shared pages split between sharers). */
export function pssOf(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) used so far by a set of processes. */
export function cpuSecondsOf(pids) {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat) ticks += stat.utime + stat.stime;
  }
  return ticks / clkTck();
}

/**
 * Samples the summed RSS of a process tree every `intervalMs` from *this* process, so the
 * measured process's own event loop (busy with synchronous rendering) does not matter.
 */
export class TreeSampler {
  constructor(root, intervalMs = 20) {
    this.root = root;
    this.peak = 0;
    this.samples = 0;
    this.maxProcesses = 0;
    let tick = 0;
    let pids = [root];
    this.timer = setInterval(() => {
      if (tick++ % 10 === 0) pids = treePids(root);
      let total = 0;
      for (const pid of pids) total += rssOf(pid);
      this.samples++;
      this.maxProcesses = Math.max(this.maxProcesses, pids.length);
      if (total > this.peak) this.peak = total;
    }, intervalMs);
  }

  stop() {
    clearInterval(this.timer);
    return { peakRss: this.peak, samples: this.samples, maxProcesses: this.maxProcesses };
  }
}
