/**
 * The parts of Think Twice that only a composer needs, loaded when one is first focused (or a post
 * is first sent), so a page where nobody writes never pays for them, and readied in steps of a few
 * milliseconds with the main thread given back between them, so nobody on the page feels them:
 *
 * - engine: the checker, the assessment and the model's code, one module (./engine) behind the
 *   extension's per-session dynamic URL (see src/bundle-paths.ts);
 * - prepared: the engine once its first-use work is done (the lexicon, word tables and every rule
 *   pattern built and compiled, src/assess/prepare.ts). Done at once on the first check instead, that
 *   work is one long task of 60-170 ms (npm run bench:page), so checks wait for this instead;
 * - tone: the learned model, its weights fetched and read in steps (checksum, vocabulary, tensors).
 *   Until it is here, or if it cannot be loaded, the check is rules only.
 */
import type { AssessModel } from '../assess';
import { MODEL_PATH } from '../assess/model-path';
import { createLazy, type Lazy } from '../model/lazy';
import { extensionUrl } from '../platform/content';
import { ENGINE } from '../bundle-paths';
import type { Log } from './log';

export type Engine = typeof import('./engine');

export interface Loaders {
  engine: Lazy<Engine>;
  prepared: Lazy<Engine>;
  tone: Lazy<AssessModel>;
}

export function createLoaders(log: Log): Loaders {
  const engine = createLazy<Engine>(() =>
    (import(/* @vite-ignore */ extensionUrl(ENGINE)) as Promise<Engine>).catch((err: unknown) => {
      log('the checker could not be loaded on this page; posts go ahead unchecked', err);
      throw err;
    }),
  );

  const prepared = createLazy<Engine>(async () => {
    const mod = await engine.ready();
    if (!mod) throw new Error('the checker did not load');
    // Never rejects: a step that fails leaves its work to the first check.
    await mod.prepareAssessment();
    return mod;
  });

  const tone = createLazy<AssessModel>(async () => {
    // After the checker's own preparation, so the two never share a task (each step stays short).
    const [mod, bytes] = await Promise.all([prepared.ready(), fetch(extensionUrl(MODEL_PATH)).then((r) => r.arrayBuffer())]);
    if (!mod) throw new Error('the checker did not load');
    const loaded = await mod.loadAssessModelInSteps(bytes);
    if (!loaded.ok) {
      log('the learned model could not be loaded; checking with the rules only', loaded.error);
      throw loaded.error;
    }
    return loaded.model;
  });

  return { engine, prepared, tone };
}
