import { policyPackSchema, type PolicyPack } from './pack';
import builtinJson from './builtin-pack.json';

/**
 * The customer's policy, generated from its text by scripts/import-policy.ts.
 * A unit test proves it is valid and holds every clause of the text.
 */
export const BUILTIN_PACK: PolicyPack = policyPackSchema.parse(builtinJson);
