/**
 * A polite live region: how the indicator and prompt tell screen-reader users what changed
 * without moving their focus. Empty until there is something to say.
 */
export function LiveRegion(props: { message?: string }) {
  return (
    <div class="tt-sr-only" role="status" aria-live="polite" data-testid="tt-live">
      {props.message ?? ''}
    </div>
  );
}
