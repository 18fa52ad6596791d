/**
 * CPU time and memory of a process, read from /proc (Linux only): how much the server child costs,
 * apart from the load generator.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | null = null;

/** Kernel clock ticks per second (`getconf CLK_TCK`, almost always 100). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    const out = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    ticksPerSecond = Number.isFinite(out) && out > 0 ? out : 100;
  }
  return ticksPerSecond;
}

/** User plus system CPU seconds the process has used so far; NaN when it is gone. */
export function readCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name "(…)"; the first one there is field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return (utime + stime) / clockTicksPerSecond();
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the whole machine has been busy (all cores, from /proc/stat); NaN if unreadable. */
export function readMachineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const busy = (ticks[0] ?? 0) + (ticks[1] ?? 0) + (ticks[2] ?? 0) + (ticks[5] ?? 0) + (ticks[6] ?? 0) + (ticks[7] ?? 0);
    return busy / clockTicksPerSecond();
  } catch {
    return Number.NaN;
  }
}

/** Resident memory now and its high-water mark, in MiB; NaN when the process is gone. */
export function readMemoryMiB(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024;
    };
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

/** Samples a process's RSS on an interval and keeps the peak (VmHWM is read too, as a cross-check). */
export class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  private peakRss = 0;

  /** Starts sampling `pid` every `intervalMs`. */
  constructor(
    private readonly pid: number,
    intervalMs = 200,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    const { rss } = readMemoryMiB(this.pid);
    if (rss > this.peakRss) this.peakRss = rss;
  }

  /** Stops sampling and returns the peak RSS seen and the kernel's high-water mark, in MiB. */
  stop(): { peakRssMiB: number; highWaterMiB: number } {
    this.sample();
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    return { peakRssMiB: this.peakRss, highWaterMiB: readMemoryMiB(this.pid).peak };
  }
}
