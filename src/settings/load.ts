/** Reads and resolves the settings in an extension context (popup, options, content script, worker). */
import { readManaged, readStaff, onSettingsChanged } from '../platform/browser';
import { resolveSettings, type ResolvedSettings } from './resolve';

export async function loadSettings(): Promise<ResolvedSettings> {
  const [managed, staff] = await Promise.all([readManaged(), readStaff()]);
  return resolveSettings(managed, staff);
}

/** Loads now and again on every change (admin policy edits apply live, without a restart). */
export function watchSettings(fn: (r: ResolvedSettings) => void): () => void {
  let stopped = false;
  const reload = () => {
    void loadSettings().then((r) => {
      if (!stopped) fn(r);
    });
  };
  const off = onSettingsChanged(reload);
  reload();
  return () => {
    stopped = true;
    off();
  };
}
