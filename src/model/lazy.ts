/**
 * Load something once, in the background, without blocking: the first get() starts loading and
 * returns null; later calls return the value once it is ready. Never throws; a failure is
 * remembered (status "failed", error()) and not retried until retry() is called, so a damaged
 * file costs at most one attempt. onReady() callbacks run when the value arrives.
 *
 * The content script loads the tone model's CODE and weights through this, with a dynamic
 * import, so neither is in the content script's initial bundle:
 *
 *   const tone = createLazy(async () => { const mod = await import('../model'); ... });
 *
 * This module imports nothing, on purpose: importing the model here would bundle it eagerly.
 */
export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface Lazy<T> {
  /** The value when ready, else null (and starts loading if idle). Never throws. */
  get(): T | null;
  /** Resolves with the value, or null if it could not be loaded. Never rejects. */
  ready(): Promise<T | null>;
  status(): LazyStatus;
  error(): unknown;
  /** Runs `fn` when the value has loaded (at once if it already has). */
  onReady(fn: () => void): void;
  retry(): void;
}

export function createLazy<T>(load: () => Promise<T>): Lazy<T> {
  let status: LazyStatus = 'idle';
  let value: T | null = null;
  let err: unknown = null;
  let pending: Promise<T | null> | null = null;
  const waiting: Array<() => void> = [];
  const start = (): Promise<T | null> => {
    if (pending) return pending;
    status = 'loading';
    pending = Promise.resolve()
      .then(load)
      .then(
        (v) => {
          value = v;
          status = 'ready';
          for (const fn of waiting.splice(0)) fn();
          return v;
        },
        (e: unknown) => {
          err = e;
          status = 'failed';
          return null;
        },
      );
    return pending;
  };
  return {
    get() {
      if (status === 'idle') void start();
      return value;
    },
    ready() {
      return status === 'failed' ? Promise.resolve(null) : start();
    },
    status: () => status,
    error: () => err,
    onReady(fn) {
      if (status === 'ready') fn();
      else waiting.push(fn);
    },
    retry() {
      if (status === 'failed') {
        status = 'idle';
        pending = null;
        err = null;
      }
    },
  };
}
