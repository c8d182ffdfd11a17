import { BUILTIN_PACK } from './builtin';
import type { PolicyPack } from './pack';

/** The pack in force: the school's replacement when it is set (settings validation already rejected an invalid one). */
export function activePack(settings: { policyPack?: PolicyPack | undefined }): PolicyPack {
  return settings.policyPack ?? BUILTIN_PACK;
}
