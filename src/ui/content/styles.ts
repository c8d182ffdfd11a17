/** Styles for everything drawn on a site, inside the extension's shadow root. */
export const CONTENT_CSS = `
:host { all: initial; }
.tt { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; }
.tt-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (prefers-color-scheme: dark) { .tt { color: #ececf1; } }
@media (prefers-reduced-motion: reduce) { .tt * { animation: none !important; transition: none !important; } }
`;
