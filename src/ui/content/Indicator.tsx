import { t } from '../i18n';

/**
 * A small badge by the composer: Think Twice is on, and how many concerns it sees. Drawn in the
 * extension's own fixed layer, so it never shifts the page; it ignores the pointer, so it never
 * gets in the way. Screen readers hear changes through the live region instead.
 */
export interface IndicatorProps {
  rect: { top: number; left: number; width: number; height: number };
  count: number;
}

export function Indicator({ rect, count }: IndicatorProps) {
  const top = Math.max(0, Math.min(window.innerHeight - 24, rect.top + rect.height + 2));
  const left = Math.max(0, Math.min(window.innerWidth - 160, rect.left + rect.width - 150));
  return (
    <div
      class={`tt-indicator ${count > 0 ? 'tt-has' : ''}`}
      style={{ top: `${top}px`, left: `${left}px` }}
      aria-hidden="true"
      data-testid="tt-indicator"
      data-count={count}
    >
      <span class="tt-dot" /> {count === 0 ? t('extName') : count === 1 ? t('indicatorOne') : t('indicatorMany', count)}
    </div>
  );
}
