/**
 * The pure half of the bench's memory sampler: reading /proc's text formats and summing a
 * process tree. No file access, so it can be tested on fixed data.
 */

/** The parent pid from the text of /proc/<pid>/stat. */
export function parseParentPid(stat: string): number {
  // The command name may hold spaces and brackets; the fields after its closing ")" do not.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** The resident memory in KB from the text of /proc/<pid>/status (0 when absent, as for kernel threads). */
export function parseResidentKb(status: string): number {
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * The summed resident memory, in KB, of every process descended from `root`. `parents` maps
 * each pid to its parent; `residentKb` is asked only about descendants, so the sampler reads
 * no other process's status.
 */
export function sumDescendantsKb(
  parents: ReadonlyMap<number, number>,
  root: number,
  residentKb: (pid: number) => number,
): number {
  let total = 0;
  for (const pid of parents.keys()) {
    for (let ancestor = parents.get(pid); ancestor !== undefined && ancestor > 1; ancestor = parents.get(ancestor)) {
      if (ancestor === root) {
        total += residentKb(pid);
        break;
      }
    }
  }
  return total;
}
