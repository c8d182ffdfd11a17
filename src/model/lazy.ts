/**
 * Lazy, non-blocking loading of the tone model for the content script. Pure: the caller passes
 * how to fetch the bytes, e.g.
 *
 *   const tone = createLazyModel(() => fetch(chrome.runtime.getURL('model/tone-model.bin')).then((r) => r.arrayBuffer()));
 *   // on each keystroke: const m = tone.get(); if (m) findings.push(...modelFindings(m, text, thresholds, ruleFindings));
 *
 * The first get() starts the fetch and returns null; the checker runs rules-only until the
 * model is ready (typically a few ms after the first keystroke). Parsing takes ~1 ms, so no
 * worker is needed. A failed load is remembered (status "failed", error) and not retried
 * until retry() is called, so a damaged file never costs more than one attempt.
 */
import { tryLoadModel, type Model, ModelLoadError } from './index';

export type LazyModelStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyModel {
  /** The model when ready, else null (and starts loading if idle). Never throws. */
  get(): Model | null;
  /** Resolves with the model, or null if it could not be loaded. Never rejects. */
  ready(): Promise<Model | null>;
  status(): LazyModelStatus;
  error(): ModelLoadError | null;
  retry(): void;
}

export function createLazyModel(fetchBytes: () => Promise<ArrayBuffer | Uint8Array>): LazyModel {
  let status: LazyModelStatus = 'idle';
  let model: Model | null = null;
  let err: ModelLoadError | null = null;
  let pending: Promise<Model | null> | null = null;
  const start = (): Promise<Model | null> => {
    if (pending) return pending;
    status = 'loading';
    pending = Promise.resolve()
      .then(fetchBytes)
      .then(
        (bytes) => {
          const r = tryLoadModel(bytes);
          if (r.ok) {
            model = r.model;
            status = 'ready';
            return model;
          }
          err = r.error;
          status = 'failed';
          return null;
        },
        (e: unknown) => {
          err = new ModelLoadError('not-bytes', `The tone model could not be fetched: ${String(e)}`);
          status = 'failed';
          return null;
        },
      );
    return pending;
  };
  return {
    get() {
      if (status === 'idle') void start();
      return model;
    },
    ready() {
      return status === 'failed' ? Promise.resolve(null) : start();
    },
    status: () => status,
    error: () => err,
    retry() {
      if (status === 'failed') {
        status = 'idle';
        pending = null;
        err = null;
      }
    },
  };
}
