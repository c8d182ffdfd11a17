/**
 * The school's settings as this page sees them: the snapshot the worker publishes in local storage
 * (src/settings/snapshot.ts), kept current as it changes, and asked for when there is none.
 */
import { onLocalChanged, readLocal, sendToBackground } from '../platform/content';
import { isUsableSnapshot, SNAPSHOT_KEY, type SettingsSnapshot } from '../settings/snapshot';
import type { Lazy } from '../model/lazy';
import type { Engine } from './loaders';
import type { Log } from './log';
import { withTimeout } from './wait';

export interface PageSettings {
  /** The snapshot, once there is a usable one (null: not read yet, the first moments after install, or none yet). */
  readonly snapshot: SettingsSnapshot | null;
  /** True once the stored snapshot has been read (or a new one has arrived), whatever was found. */
  readonly read: boolean;
  /** True while the stored snapshot is unusable (another version's shape, after an upgrade, or damaged). */
  readonly staleShape: boolean;
  /** Reads the stored snapshot, once: at the person's first interaction with the page, not at load. */
  load(): Promise<void>;
  /** The snapshot, asking the worker to publish it when there is none; null after `timeoutMs` (a slow or silent worker). */
  ensure(timeoutMs: number): Promise<SettingsSnapshot | null>;
}

/**
 * Follows the snapshot's changes from now on, and reads it when first needed (load(), ensure()):
 * reading it means copying the whole policy pack into the page's script world, the largest part of
 * Think Twice's work at page load (bench:page), and a page where nobody clicks or types never
 * needs it. `engine`: for the defaults while the stored snapshot is unusable.
 */
export function watchSettings(engine: Lazy<Engine>, log: Log): PageSettings {
  let snapshot: SettingsSnapshot | null = null;
  let staleShape = false;
  let read = false;
  let first: Promise<void> | null = null;

  /**
   * `s` if it is a snapshot this version can read. An unusable one is never read (a missing field would
   * throw in the prompt, or pass posts unchecked): the worker is asked, once, to publish a new one, and
   * meanwhile checks use the default settings and the built-in policy, once the checker has loaded.
   */
  const usable = (s: unknown): SettingsSnapshot | null => {
    if (isUsableSnapshot(s)) {
      staleShape = false;
      return s;
    }
    if (s === undefined || s === null) return null;
    if (!staleShape) {
      staleShape = true;
      log('the stored settings are from another version of Think Twice; asking for new ones, and checking with the defaults meanwhile');
      void sendToBackground({ type: 'refresh-settings' });
      engine.onReady(() => {
        if (staleShape && !snapshot) snapshot = engine.get()?.defaultSnapshot() ?? null;
      });
    }
    return engine.status() === 'ready' ? (engine.get()?.defaultSnapshot() ?? null) : null;
  };

  onLocalChanged<unknown>(SNAPSHOT_KEY, (s) => {
    read = true;
    snapshot = usable(s);
  });

  const load = (): Promise<void> => {
    first ??= readLocal<unknown>(SNAPSHOT_KEY).then((s) => {
      read = true;
      // A snapshot published while this read was on its way is newer than what it found.
      if ((snapshot = usable(s) ?? snapshot)) return;
      if (s === undefined) void sendToBackground({ type: 'refresh-settings' });
    });
    return first;
  };

  const ensure = async (timeoutMs: number): Promise<SettingsSnapshot | null> => {
    if (snapshot) return snapshot;
    const fetch = async (): Promise<SettingsSnapshot | null> => {
      await load();
      if (!snapshot) {
        await sendToBackground({ type: 'refresh-settings' });
        snapshot = usable(await readLocal<unknown>(SNAPSHOT_KEY)) ?? snapshot;
      }
      return snapshot;
    };
    return withTimeout(fetch(), timeoutMs);
  };

  return {
    get snapshot() {
      return snapshot;
    },
    get read() {
      return read;
    },
    get staleShape() {
      return staleShape;
    },
    load,
    ensure,
  };
}
