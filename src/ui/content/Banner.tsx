import { t } from '../i18n';

/** A small, dismissible lesson-time reminder on social sites: a nudge, not a wall. */
export function LessonBanner(props: { label: string; clause: string; onDismiss: () => void }) {
  return (
    <section class="tt-banner" aria-label={t('bannerLabel')} data-testid="tt-lesson-banner">
      <p>
        <strong>{props.label}</strong> {t('bannerText', props.clause)}
      </p>
      <button type="button" class="tt-link" onClick={props.onDismiss}>
        {t('bannerDismiss')}
      </button>
    </section>
  );
}
