/** Styles for everything drawn on a site, inside the extension's shadow root. */
export const CONTENT_CSS = `
:host { all: initial; }
.tt { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f;
  --bg: #ffffff; --fg: #1b1b1f; --muted: #55586a; --accent: #1f5fbf; --border: #c9ccd6; --mark: #ffe08a; --panel: #f4f5f8; --serious: #a4142b; --warning: #8a5a00; --advice: #1f5fbf; }
@media (prefers-color-scheme: dark) { .tt { --bg: #1e1f24; --fg: #ececf1; --muted: #b3b6c4; --accent: #8db8ff; --border: #464a57; --mark: #6b5410; --panel: #2a2c33; --serious: #ff9aa9; --warning: #ffd27a; --advice: #8db8ff; color: var(--fg); } }
.tt-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.tt-backdrop { position: fixed; inset: 0; background: rgba(10, 12, 20, .45); display: flex; align-items: center; justify-content: center; padding: 1rem; z-index: 2147483647; }
.tt-dialog { background: var(--bg); color: var(--fg); border-radius: 12px; max-width: 34rem; width: 100%; max-height: calc(100vh - 2rem); overflow: auto; padding: 1.25rem 1.4rem; box-shadow: 0 12px 40px rgba(0,0,0,.35); animation: tt-in .15s ease-out; }
@keyframes tt-in { from { transform: translateY(6px); opacity: 0; } to { transform: none; opacity: 1; } }
.tt-heading { font-size: 1.3rem; margin: 0 0 .35rem; font-weight: 700; }
.tt-intro { margin: 0 0 .75rem; color: var(--muted); }
.tt-concerns { list-style: none; padding: 0; margin: 0 0 .75rem; }
.tt-concern { border-left: 4px solid var(--advice); background: var(--panel); border-radius: 6px; padding: .55rem .75rem; margin: .5rem 0; }
.tt-concern.tt-warning { border-left-color: var(--warning); }
.tt-concern.tt-serious { border-left-color: var(--serious); }
.tt-concern p { margin: .2rem 0; }
.tt-concern-title { font-weight: 700; }
.tt-sev { font-weight: 600; }
.tt-snippet { font-style: italic; overflow-wrap: anywhere; }
.tt-snippet mark { background: var(--mark); color: inherit; font-style: normal; padding: 0 .1em; border-radius: 2px; }
.tt-explanation { color: var(--muted); font-size: .93rem; }
.tt-concern-actions { display: flex; gap: 1rem; flex-wrap: wrap; }
.tt-link { font: inherit; font-size: .93rem; background: none; border: none; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; }
.tt-buttons { display: flex; gap: .75rem; justify-content: flex-end; flex-wrap: wrap; margin-top: .75rem; }
.tt-primary, .tt-secondary { font: inherit; font-weight: 600; border-radius: 8px; padding: .5rem 1rem; cursor: pointer; border: 2px solid var(--accent); }
.tt-primary { background: var(--accent); color: var(--bg); }
.tt-secondary { background: transparent; color: var(--accent); }
.tt-secondary[disabled] { opacity: .55; cursor: not-allowed; }
.tt-reason-field label, .tt-official label { font-weight: 600; }
.tt-reason-field textarea { display: block; width: 100%; box-sizing: border-box; min-height: 3.5rem; margin-top: .35rem; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: .4rem; }
.tt-blocked { font-weight: 600; color: var(--serious); }
.tt :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.tt-indicator { position: fixed; pointer-events: none; font-size: 12px; line-height: 1; padding: 4px 8px; border-radius: 999px; background: var(--panel); color: var(--muted); border: 1px solid var(--border); white-space: nowrap; z-index: 2147483646; }
.tt-indicator.tt-has { color: var(--warning); border-color: var(--warning); }
.tt-dot { display: inline-block; width: 7px; height: 7px; border-radius: 50%; background: #2e8540; vertical-align: middle; }
.tt-indicator.tt-has .tt-dot { background: var(--warning); }
.tt-banner { position: fixed; bottom: 16px; left: 16px; max-width: 22rem; background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-left: 5px solid var(--serious); border-radius: 8px; padding: .6rem .8rem; box-shadow: 0 6px 24px rgba(0,0,0,.25); z-index: 2147483646; font-size: 14px; }
.tt-banner p { margin: 0 0 .35rem; }
@media (prefers-reduced-motion: reduce) { .tt * { animation: none !important; transition: none !important; } }
`;
