/**
 * The extension's own UI root on a site: one element attached to <html>, holding an open shadow
 * root. Nothing is ever put inside the site's editor (editors revert or break on foreign nodes).
 * Styles go in through a constructed stylesheet: it is not subject to the page's style-src CSP
 * and cannot leak into the page.
 */
export const HOST_TAG = 'think-twice-root';

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element Preact renders into. */
  container: HTMLElement;
  remove(): void;
}

export function mountShadow(css: string): ShadowMount {
  const host = document.createElement(HOST_TAG);
  // Out of the page's layout and stacking: never shifts what the site drew.
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('top', '0');
  host.style.setProperty('left', '0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  host.style.setProperty('z-index', '2147483647');
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Very old engines: fall back to a <style> element (may be blocked by a strict CSP; the UI still works unstyled).
    const style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
  const container = document.createElement('div');
  container.className = 'tt';
  root.appendChild(container);
  (document.documentElement ?? document).appendChild(host);
  return { host, root, container, remove: () => host.remove() };
}
