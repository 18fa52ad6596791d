/**
 * The machine is shared (other people's tests may run on it): before each run, wait a bounded time
 * for everything else to go quiet, and say how busy it was, so a contaminated figure is visible.
 */
import { readMachineBusySeconds } from './procStats.js';

/** How busy the rest of the machine was when a run started. */
export interface QuietCheck {
  /** Seconds waited. */
  waitedSeconds: number;
  /** CPU used by other processes in the last sampled second, % of a core. */
  otherCpuPercent: number;
  /** True when it went below the threshold before the wait ran out. */
  quiet: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (at most `maxSeconds`) until other processes use under `thresholdPercent` of a core for 2 s in a row. */
export async function waitForQuietMachine(maxSeconds: number, thresholdPercent: number): Promise<QuietCheck> {
  const started = Date.now();
  let calmSeconds = 0;
  let last = Number.NaN;
  for (let i = 0; i < Math.ceil(maxSeconds) + 2; i++) {
    const busy0 = readMachineBusySeconds();
    const own0 = process.cpuUsage();
    await sleep(1000);
    const own = process.cpuUsage(own0);
    last = (readMachineBusySeconds() - busy0 - (own.user + own.system) / 1e6) * 100;
    calmSeconds = last < thresholdPercent ? calmSeconds + 1 : 0;
    const waited = (Date.now() - started) / 1000;
    if (calmSeconds >= 2) return { waitedSeconds: waited, otherCpuPercent: last, quiet: true };
    if (waited >= maxSeconds) break;
  }
  return { waitedSeconds: (Date.now() - started) / 1000, otherCpuPercent: last, quiet: false };
}
