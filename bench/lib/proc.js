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
    /** Last CPU seconds seen per pid, so a process's CPU still counts after it has exited. */
    this.cpuByPid = new Map();
    let tick = 0;
    let pids = [root];
    this.timer = setInterval(() => {
      const refresh = tick++ % 10 === 0;
      if (refresh) pids = treePids(root);
      let total = 0;
      for (const pid of pids) {
        total += rssOf(pid);
        if (refresh) {
          const stat = readStat(pid);
          if (stat) this.cpuByPid.set(pid, (stat.utime + stat.stime) / clkTck());
        }
      }
      this.samples++;
      this.maxProcesses = Math.max(this.maxProcesses, pids.length);
      if (total > this.peak) this.peak = total;
    }, intervalMs);
  }

  stop() {
    clearInterval(this.timer);
    let cpuSeconds = 0;
    for (const seconds of this.cpuByPid.values()) cpuSeconds += seconds;
    return { peakRss: this.peak, samples: this.samples, maxProcesses: this.maxProcesses, cpuSeconds };
  }
}

/** CPU seconds the whole machine has spent busy (all cores), from /proc/stat. */
export function machineBusySeconds() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + steal) / clkTck();
}

/** CPU seconds of this process plus all its waited-for descendants. */
export function ownTreeSeconds() {
  const text = readFileSync('/proc/self/stat', 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // utime 14, stime 15, cutime 16, cstime 17 → indexes 11..14 here.
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / clkTck();
}

/**
 * Measures CPU used by *other* processes on the machine while a phase runs: machine busy time
 * minus this process tree's. Call the returned function after the phase's children have exited,
 * with the CPU seconds a TreeSampler saw in them (grandchildren that a child does not wait for,
 * such as some of Chromium's, never reach this process's cutime).
 */
export function watchContention(cores) {
  const started = performance.now();
  const busy0 = machineBusySeconds();
  const own0 = ownTreeSeconds();
  const self0 = process.cpuUsage();
  return (sampledChildSeconds = 0) => {
    const wallSeconds = (performance.now() - started) / 1000;
    const self = process.cpuUsage(self0);
    const ownSeconds = Math.max(ownTreeSeconds() - own0, (self.user + self.system) / 1e6 + sampledChildSeconds);
    const foreignSeconds = Math.max(0, machineBusySeconds() - busy0 - ownSeconds);
    return { wallSeconds, foreignSeconds, ownSeconds, share: foreignSeconds / (wallSeconds * cores) };
  };
}
