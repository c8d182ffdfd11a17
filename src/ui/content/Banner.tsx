/** A small, dismissible lesson-time reminder on social sites: a nudge, not a wall. */
export function LessonBanner(props: { label: string; onDismiss: () => void }) {
  return (
    <section class="tt-banner" aria-label="Think Twice reminder" data-testid="tt-lesson-banner">
      <p>
        <strong>{props.label}</strong> Personal social media isn't permitted in lessons (policy 5.4).
      </p>
      <button type="button" class="tt-link" onClick={props.onDismiss}>
        Dismiss until the end of this period
      </button>
    </section>
  );
}
