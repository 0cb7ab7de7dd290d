import { readdirSync, readFileSync } from 'node:fs';

/** Each process's parent, read from /proc (Linux). */
function readParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets; the fields after its closing ")" do not.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), parent);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

function residentKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The summed resident memory, in KB, of every process descended from this one. */
function sumDescendantsKb(): number {
  const parents = readParents();
  let total = 0;
  for (const pid of parents.keys()) {
    for (let ancestor = parents.get(pid); ancestor !== undefined && ancestor > 1; ancestor = parents.get(ancestor)) {
      if (ancestor === process.pid) {
        total += residentKb(pid);
        break;
      }
    }
  }
  return total;
}

/**
 * Runs `work` and samples, every `intervalMs`, the resident memory of all the processes it
 * started, summed: the memory the machine needs, even when processes overlap (GNU time's %M
 * reports only the largest single process). Linux only; elsewhere the peak is NaN.
 */
export async function measurePeakMemory<T>(work: () => Promise<T>, intervalMs = 100) {
  let peakKb = 0;
  const sampling = process.platform === 'linux';
  const timer = sampling
    ? setInterval(() => {
        peakKb = Math.max(peakKb, sumDescendantsKb());
      }, intervalMs)
    : undefined;
  try {
    const result = await work();
    return { result, peakMB: sampling ? peakKb / 1024 : NaN };
  } finally {
    clearInterval(timer);
  }
}
