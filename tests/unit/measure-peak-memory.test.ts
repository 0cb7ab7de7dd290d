import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { measurePeakMemory } from '../../scripts/lib/measure-peak-memory';

/** Starts a Node process that fills `megabytes` of memory, holds it for a moment, and exits. */
function holdMemory(megabytes: number): Promise<void> {
  const script = `const b = Buffer.alloc(${megabytes} * 1024 * 1024, 1); setTimeout(() => b.length, 600);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => {
      resolve();
    });
  });
}

describe('measurePeakMemory (the bench)', () => {
  test('sums the memory of every process the work starts, including ones running side by side', async () => {
    const { peakMB } = await measurePeakMemory(() => Promise.all([holdMemory(150), holdMemory(150)]), 50);
    if (process.platform !== 'linux') {
      expect(peakMB).toBeNaN();
      return;
    }
    // Two processes of 150 MB each, at the same time: the sum, not the larger of the two.
    expect(peakMB).toBeGreaterThan(300);
    expect(peakMB).toBeLessThan(1000);
  });
});
