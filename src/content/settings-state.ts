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
  /** The snapshot, once there is a usable one (null: the first moments after install, or none yet). */
  readonly snapshot: SettingsSnapshot | null;
  /** True while the stored snapshot is unusable (another version's shape, after an upgrade, or damaged). */
  readonly staleShape: boolean;
  /** The snapshot, asking the worker to publish it when there is none; null after `timeoutMs` (a slow or silent worker). */
  ensure(timeoutMs: number): Promise<SettingsSnapshot | null>;
}

/** Reads the snapshot now and follows its changes. `engine`: for the defaults while the stored snapshot is unusable. */
export function watchSettings(engine: Lazy<Engine>, log: Log): PageSettings {
  let snapshot: SettingsSnapshot | null = null;
  let staleShape = false;

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

  void readLocal<unknown>(SNAPSHOT_KEY).then((s) => {
    if ((snapshot = usable(s))) return;
    if (s === undefined) void sendToBackground({ type: 'refresh-settings' });
  });
  onLocalChanged<unknown>(SNAPSHOT_KEY, (s) => {
    snapshot = usable(s);
  });

  const ensure = async (timeoutMs: number): Promise<SettingsSnapshot | null> => {
    if (snapshot) return snapshot;
    const fetch = async (): Promise<SettingsSnapshot | null> => {
      snapshot = usable(await readLocal<unknown>(SNAPSHOT_KEY)) ?? snapshot;
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
    get staleShape() {
      return staleShape;
    },
    ensure,
  };
}
