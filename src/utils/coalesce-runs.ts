/**
 * Wraps an async task so that only one run is in flight. A call made while it runs asks for one
 * more run after it, however many calls arrive; that run sees the latest state. Search uses it so
 * a fast typist's keystrokes never queue a row of stale searches in Pagefind, each of
 * which the last one would wait behind.
 */
export function coalesceRuns(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const start = async (): Promise<void> => {
    try {
      await task();
    } finally {
      running = undefined;
    }
    if (again) {
      again = false;
      running = start();
      await running;
    }
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = start();
    return running;
  };
}
