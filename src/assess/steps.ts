/**
 * Work in steps without a long task: the main thread is given back between tasks of a few
 * milliseconds. Imports nothing, so any chunk can use it without pulling in the checker or the model.
 */

/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a message (no 4 ms timer clamp). */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface StepOptions {
  /** Milliseconds of work per task before the main thread is given back (default 8). */
  budgetMs?: number;
  /** How to give the main thread back (default nextTask). */
  nextTask?: () => Promise<void>;
  /** The clock (default performance.now). */
  now?: () => number;
}

/**
 * Runs a generator of steps, giving the main thread back whenever `budgetMs` of work has been done
 * in one task, and resolves with what it returns. Rejects only if a step throws.
 */
export async function runInSteps<T>(steps: Generator<unknown, T, void>, opts: StepOptions = {}): Promise<T> {
  const now = opts.now ?? (() => performance.now());
  const budget = opts.budgetMs ?? 8;
  const yieldNow = opts.nextTask ?? nextTask;
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= budget) {
      await yieldNow();
      start = now();
    }
  }
}
