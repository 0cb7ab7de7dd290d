/**
 * The bench's memory sampler, on fixed data: no real processes, no sleeps and no timers, so
 * the result does not depend on how fast or busy the machine is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { measurePeakMemory, type Sampling } from '../../scripts/lib/measure-peak-memory';
import { readParents, readResidentKb } from '../../scripts/lib/read-processes';
import { parseParentPid, parseResidentKb, sumDescendantsKb } from '../../scripts/lib/sum-descendants-kb';

const MB = 1024;

/** A /proc/<pid>/stat line; the command name may itself hold spaces and brackets. */
const stat = (pid: number, parent: number, command = 'node') => `${pid} (${command}) S ${parent} ${pid} ${pid} 0 -1`;
const status = (kb: number) =>
  `Name:\tnode\nState:\tS (sleeping)\nVmPeak:\t  999999 kB\nVmRSS:\t  ${kb} kB\nThreads:\t7\n`;

describe('parsing /proc', () => {
  test('reads the parent after the command name, even one with spaces and ")"', () => {
    expect(parseParentPid(stat(4242, 4200))).toBe(4200);
    expect(parseParentPid(stat(4242, 4200, 'node (worker) 1'))).toBe(4200);
  });
  test('reads VmRSS (not VmPeak), and 0 for a process with none, such as a kernel thread', () => {
    expect(parseResidentKb(status(153_600))).toBe(153_600);
    expect(parseResidentKb('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBe(0);
  });
});

describe('sumDescendantsKb', () => {
  // 100 is the bench; 101 and 102 run side by side; 103 is 101's child; 200 and 1 are not ours.
  const parents = new Map([
    [1, 0],
    [100, 1],
    [101, 100],
    [102, 100],
    [103, 101],
    [200, 1],
    [201, 200],
  ]);
  const resident = new Map([
    [1, 10 * MB],
    [100, 80 * MB],
    [101, 150 * MB],
    [102, 150 * MB],
    [103, 50 * MB],
    [200, 1000 * MB],
    [201, 1000 * MB],
  ]);

  test('sums every descendant, side by side and nested, not the root itself or anything else', () => {
    const asked: number[] = [];
    const total = sumDescendantsKb(parents, 100, (pid) => {
      asked.push(pid);
      return resident.get(pid) ?? 0;
    });
    // The sum, not the larger of the two side-by-side processes.
    expect(total).toBe(350 * MB);
    expect(asked.sort()).toEqual([101, 102, 103]);
  });
  test('counts nothing when the root has no children, and skips processes whose parent has ended', () => {
    expect(sumDescendantsKb(parents, 102, () => 1)).toBe(0);
    expect(sumDescendantsKb(new Map([[301, 300]]), 100, () => 1)).toBe(0);
  });
});

describe('reading a /proc tree', () => {
  const proc = mkdtempSync(join(tmpdir(), 'fake-proc-'));
  afterAll(() => {
    rmSync(proc, { recursive: true, force: true });
  });
  const write = (path: string, text: string) => {
    mkdirSync(join(proc, path, '..'), { recursive: true });
    writeFileSync(join(proc, path), text);
  };
  write('100/stat', stat(100, 1));
  write('101/stat', stat(101, 100, 'sh -c (x)'));
  write('101/status', status(2048));
  mkdirSync(join(proc, '102')); // ended between listing and reading: no files left
  write('self/stat', stat(100, 1)); // not a pid
  write('meminfo', 'MemTotal: 1 kB\n');

  test('maps each numeric entry to its parent and skips the rest', () => {
    expect(readParents(proc)).toEqual(
      new Map([
        [100, 1],
        [101, 100],
      ]),
    );
  });
  test("reads a process's resident memory, and 0 for one that has ended", () => {
    expect(readResidentKb(101, proc)).toBe(2048);
    expect(readResidentKb(102, proc)).toBe(0);
  });
  test.runIf(process.platform === 'linux')('reads the real /proc: this process is its parent’s child', () => {
    expect(readParents().get(process.pid)).toBe(process.ppid);
    expect(readResidentKb(process.pid)).toBeGreaterThan(0);
  });
});

describe('measurePeakMemory', () => {
  /** A sampler whose ticks the work fires itself, so no clock decides what is seen. */
  function scripted(readings: number[], platform: NodeJS.Platform = 'linux') {
    const state: { tick: () => void; intervalMs: number; stopped: boolean; started: boolean } = {
      tick: () => undefined,
      intervalMs: 0,
      stopped: false,
      started: false,
    };
    const sampling: Sampling = {
      sample: () => readings.shift() ?? 0,
      repeat: (tick, intervalMs) => {
        Object.assign(state, { tick, intervalMs, started: true });
        return () => {
          state.stopped = true;
        };
      },
      platform,
    };
    return { sampling, state };
  }

  test('keeps the highest reading, returns the work’s result, and stops sampling after', async () => {
    const { sampling, state } = scripted([100 * MB, 300 * MB, 200 * MB]);
    const measured = await measurePeakMemory(
      () => {
        for (let i = 0; i < 3; i += 1) state.tick();
        expect(state.stopped).toBe(false);
        return Promise.resolve('built');
      },
      50,
      sampling,
    );
    expect(measured).toEqual({ result: 'built', peakMB: 300 });
    expect(state.intervalMs).toBe(50);
    expect(state.stopped).toBe(true);
  });
  test('stops sampling when the work fails', async () => {
    const { sampling, state } = scripted([]);
    await expect(measurePeakMemory(() => Promise.reject(new Error('build failed')), 100, sampling)).rejects.toThrow(
      'build failed',
    );
    expect(state.stopped).toBe(true);
  });
  test('reports NaN, and never samples, where there is no /proc', async () => {
    const { sampling, state } = scripted([100 * MB], 'darwin');
    const { peakMB } = await measurePeakMemory(() => Promise.resolve(), 100, sampling);
    expect(peakMB).toBeNaN();
    expect(state.started).toBe(false);
  });
});
