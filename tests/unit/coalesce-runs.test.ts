import { describe, expect, test } from 'vitest';
import { coalesceRuns } from '../../src/utils/coalesce-runs';

/** A task whose runs finish only when the test says so. */
function controlledTask() {
  const finishers: (() => void)[] = [];
  let starts = 0;
  const task = () =>
    new Promise<void>((resolve) => {
      starts += 1;
      finishers.push(resolve);
    });
  return { task, starts: () => starts, finishNext: () => finishers.shift()?.() };
}

describe('coalesceRuns', () => {
  test('runs at once when idle', () => {
    const { task, starts } = controlledTask();
    void coalesceRuns(task)();
    expect(starts()).toBe(1);
  });

  test('calls during a run ask for exactly one more run, after it', async () => {
    const { task, starts, finishNext } = controlledTask();
    const run = coalesceRuns(task);
    void run();
    void run();
    void run();
    void run();
    expect(starts()).toBe(1);
    finishNext();
    await new Promise((resolve) => setTimeout(resolve));
    expect(starts()).toBe(2);
    finishNext();
    await new Promise((resolve) => setTimeout(resolve));
    expect(starts()).toBe(2);
  });

  test('a run that throws does not block the next one', async () => {
    let calls = 0;
    const run = coalesceRuns(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('first fails')) : Promise.resolve();
    });
    await expect(run()).rejects.toThrow('first fails');
    await run();
    expect(calls).toBe(2);
  });
});
