/**
 * The end-to-end harness: real Chromium with the built extension (dist/) loaded.
 *
 *   const ext = await launchWithExtension();
 *   const page = await ext.context.newPage();
 *   await ext.serveHtml('https://x.com/home', html, { csp: STRICT_CSP });
 *   const popup = await ext.openPage('popup');
 *   await ext.close();
 *
 * Fixture pages for the social sites (built from the real editor libraries) come from
 * test/fixtures/serve.ts. No request leaves the machine: every route is fulfilled locally and
 * anything unrouted is aborted.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../fixtures/browser';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');

/** The CSP the big sites send, at its strictest: no inline script, Trusted Types required. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; require-trusted-types-for 'script'";

export function chromePath(): string {
  const p = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}. Install it (apt-get install chromium) or set CHROME_PATH.`);
  return p;
}

/** The extension ID that manifest.json's public "key" gives (first 32 hex digits of sha256(DER), 0-f -> a-p). */
export function expectedExtensionId(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export const PAGES = {
  popup: 'src/ui/popup/index.html',
  options: 'src/ui/options/index.html',
  policy: 'src/ui/policy/index.html',
  evidence: 'src/ui/evidence/index.html',
} as const;

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  userDataDir: string;
  /** Opens one of the extension's own pages (path from PAGES or any path in dist/). */
  openPage(page: keyof typeof PAGES | string, hash?: string): Promise<Page>;
  /** Serves `html` at `url` (and optionally extra files by absolute URL), with an optional CSP header. */
  serveHtml(url: string, html: string, opts?: { csp?: string; files?: Record<string, { body: string | Buffer; contentType: string }> }): Promise<void>;
  /** Reads what the background worker published as the resolved settings. */
  snapshot(): Promise<any>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (e.g. to test surviving a browser restart). */
  userDataDir?: string;
  extraArgs?: string[];
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Extension> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'tt-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: opts.headless ?? true,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...CHROMIUM_ARGS,
      '--disable-quic',
      ...(opts.extraArgs ?? []),
    ],
  });
  // No network: anything a test did not route is aborted rather than sent.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const id = new URL(worker.url()).host;

  const ext: Extension = {
    context,
    id,
    worker,
    userDataDir,
    async openPage(page, hash = '') {
      const path = (PAGES as Record<string, string>)[page] ?? page;
      const p = await context.newPage();
      await p.goto(`chrome-extension://${id}/${path}${hash}`);
      return p;
    },
    async serveHtml(url, html, o = {}) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: o.csp ? { 'content-security-policy': o.csp } : {}, body: html }),
      );
      for (const [fileUrl, file] of Object.entries(o.files ?? {})) {
        await context.route(fileUrl, (route) => route.fulfill({ status: 200, contentType: file.contentType, body: file.body }));
      }
    },
    async snapshot() {
      return worker.evaluate(async () => (await chrome.storage.local.get('resolved')).resolved);
    },
    async close() {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}

// ---- Admin policy files (managed settings through the real browser policy mechanism) ----

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Why a managed-policy test cannot run here, or null when it can (it needs root to write the policy directory). */
export function policyUnavailableReason(): string | null {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not running as root, so cannot write /etc/chromium/policies/managed';
  return null;
}

/**
 * Writes a Chromium policy file giving the extension `settings` as its managed storage.
 * Returns a function that removes it. Chromium reads the directory at start-up and polls it.
 */
export function writeManagedPolicy(settings: Record<string, unknown>, name = 'think-twice-e2e.json'): () => void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, name);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [expectedExtensionId()]: settings } } }, null, 2));
  return () => {
    if (existsSync(file)) unlinkSync(file);
  };
}

/** Polls `fn` until it returns a truthy value (for things the browser does in its own time). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 15_000, intervalMs = 200): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms; last value: ${String(last)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
