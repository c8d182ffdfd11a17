/** Keyboard behaviour shared by the extension's dialogs on a site: Escape cancels, Tab stays inside. */
const FOCUSABLE = 'button:not([disabled]), textarea, input, a[href], [tabindex]:not([tabindex="-1"])';

export function dialogKeyDown(e: KeyboardEvent, dialog: HTMLElement | null, onEscape: () => void): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    onEscape();
    return;
  }
  if (e.key !== 'Tab' || !dialog) return;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const root = dialog.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (e.shiftKey && (active === first || !dialog.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}
