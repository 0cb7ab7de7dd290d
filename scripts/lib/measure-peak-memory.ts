import { readParents, readResidentKb } from './read-processes.ts';
import { sumDescendantsKb } from './sum-descendants-kb.ts';

/** What measurePeakMemory needs from the machine; a test passes its own so nothing races a clock. */
export interface Sampling {
  /** The current summed memory, in KB, of this process's descendants. */
  sample: () => number;
  /** Calls `tick` every `intervalMs` until the returned function is called. */
  repeat: (tick: () => void, intervalMs: number) => () => void;
  /** Only Linux has /proc; elsewhere the peak is NaN. */
  platform: NodeJS.Platform;
}

/** The real machine: /proc, setInterval, this platform. */
const machine: Sampling = {
  sample: () => sumDescendantsKb(readParents(), process.pid, (pid) => readResidentKb(pid)),
  repeat: (tick, intervalMs) => {
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearInterval(timer);
    };
  },
  platform: process.platform,
};

/**
 * Runs `work` and samples, every `intervalMs`, the resident memory of all the processes it
 * started, summed: the memory the machine needs, even when processes overlap (GNU time's %M
 * reports only the largest single process). Linux only; elsewhere the peak is NaN.
 */
export async function measurePeakMemory<T>(work: () => Promise<T>, intervalMs = 100, sampling = machine) {
  let peakKb = 0;
  const linux = sampling.platform === 'linux';
  const stop = linux
    ? sampling.repeat(() => {
        peakKb = Math.max(peakKb, sampling.sample());
      }, intervalMs)
    : undefined;
  try {
    const result = await work();
    return { result, peakMB: linux ? peakKb / 1024 : NaN };
  } finally {
    stop?.();
  }
}
