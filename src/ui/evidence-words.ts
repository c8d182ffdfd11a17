import { t } from './i18n';

/** "3 records to check: was the content removed?", in the staff member's language (policy 9.3, 9.4). */
export function removalCheckText(count: number): string {
  return count === 1 ? t('evDueOne') : t('evDueMany', count);
}
