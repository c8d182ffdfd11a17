/**
 * Where a clause link points: the extension's own copy of the policy (works offline), or the
 * school's hosted copy when `policyUrl` is set. "{anchor}" / "{clause}" in policyUrl are replaced.
 */
import { anchorFor } from './clauses';

export const POLICY_PAGE_PATH = 'src/ui/policy/index.html';

export function clauseLink(clause: string, policyUrl: string, extensionPolicyPage: string): string {
  if (!clause) return policyUrl ? policyUrl.replace('#{anchor}', '').replace('{anchor}', '').replace('{clause}', '') : extensionPolicyPage;
  const anchor = anchorFor(clause);
  if (policyUrl) {
    if (policyUrl.includes('{anchor}') || policyUrl.includes('{clause}')) {
      return policyUrl.replace('{anchor}', encodeURIComponent(anchor)).replace('{clause}', encodeURIComponent(clause));
    }
    return policyUrl;
  }
  return `${extensionPolicyPage}#${anchor}`;
}
