/**
 * Content script entry: runs at document_start on the supported sites.
 * Everything here fails open: an error inside Think Twice must never stop the site working.
 */
import { render, h } from 'preact';
import { mountShadow } from '../ui/content/host';
import { CONTENT_CSS } from '../ui/content/styles';
import { LiveRegion } from '../ui/content/LiveRegion';

function start(): void {
  const mount = mountShadow(CONTENT_CSS);
  mount.host.dataset.thinkTwice = 'active';
  render(h(LiveRegion, { message: '' }), mount.container);
}

try {
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', () => start(), { once: true });
} catch (err) {
  console.warn('[Think Twice] could not start on this page; the site is unaffected.', err);
}
