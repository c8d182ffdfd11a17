import type { Settings } from '../settings/schema';
import { BUILTIN_PACK } from './builtin';
import type { PolicyPack } from './pack';

/** The pack in force: the school's replacement when it is set (settings validation already rejected an invalid one). */
export function activePack(settings: Pick<Settings, 'policyPack'>): PolicyPack {
  return settings.policyPack ?? BUILTIN_PACK;
}
