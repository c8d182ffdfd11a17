/**
 * The school's pupil names live only here, in the worker: content scripts ask which of them a
 * draft contains (message 'match-pupils') and get back just those. The list is prepared (each name
 * normalised) once per settings change, not once per draft.
 */
import { loadSettings } from '../settings/load';
import { matchPupilNames, prepareNames, type PreparedNames } from '../checker/pupil-match';
import type { MatchPupilsResult } from '../messages';

let current: { names: readonly string[]; prepared: PreparedNames } | null = null;

/** Called with every resolution of the settings (publishSnapshot). */
export function setPupilNames(names: readonly string[]): void {
  if (current && current.names.length === names.length && current.names.every((n, i) => n === names[i])) return;
  current = { names: [...names], prepared: prepareNames(names) };
}

/** The answer to 'match-pupils'. A worker that has just woken resolves the settings first. */
export async function matchPupils(text: string): Promise<MatchPupilsResult> {
  if (!current) setPupilNames((await loadSettings()).settings.pupilNames);
  return { names: matchPupilNames(text, current!.prepared) };
}
