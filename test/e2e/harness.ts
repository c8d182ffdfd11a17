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
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../fixtures/browser';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension under test (TT_DIST overrides, e.g. a second build beside dist/). */
export const DIST = process.env.TT_DIST ? resolve(process.env.TT_DIST) : join(ROOT, 'dist');

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
  /** Another unpacked build to load instead of DIST (a store package unzipped, say). */
  dist?: string;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Extension> {
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no manifest.json: run \`npm run build\` first.`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'tt-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: opts.headless ?? true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS, '--disable-quic', ...(opts.extraArgs ?? [])],
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

// ---- Think Twice's own UI on a site ----

/** The frame Think Twice draws its prompt in (an extension page in a closed shadow root), once it exists. */
export async function ownFrame(page: Page, waitMs = 0): Promise<Frame | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/src/ui/frame/index.html'));
    if (frame || Date.now() >= deadline) return frame ?? null;
    await page.waitForTimeout(50);
  }
}

/** A locator root inside the prompt's frame; one that matches nothing when there is no frame. */
export async function ownFrameLocator(page: Page, waitMs = 0): Promise<Page | Frame> {
  const frame = await ownFrame(page, waitMs);
  return frame ?? NO_FRAME(page);
}

const NO_FRAME = (page: Page) =>
  ({
    getByRole: () => page.locator('think-twice-no-frame'),
    getByTestId: () => page.locator('think-twice-no-frame'),
    locator: () => page.locator('think-twice-no-frame'),
  }) as unknown as Page;

/**
 * Waits until Think Twice's content script runs in the page's main frame. It leaves no mark in the
 * page (by design), so this asks the browser, over CDP, for the extension's isolated world.
 */
export async function waitForContentScript(page: Page, timeoutMs = 10_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const mainFrame = ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;
    let resolveFound!: () => void;
    const found = new Promise<void>((r) => (resolveFound = r));
    cdp.on('Runtime.executionContextCreated', (e: { context: { name: string; auxData?: { frameId?: string; type?: string } } }) => {
      if (e.context.name === 'Think Twice' && e.context.auxData?.frameId === mainFrame && e.context.auxData?.type === 'isolated') resolveFound();
    });
    await cdp.send('Runtime.enable');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error("Think Twice's content script did not start on this page")), timeoutMs)),
    );
    try {
      await Promise.race([found, late]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Does Think Twice's content script run in this page's main frame (now, without waiting)? */
export async function contentScriptRuns(page: Page): Promise<boolean> {
  return waitForContentScript(page, 300).then(
    () => true,
    () => false,
  );
}

// ---- Think Twice's closed shadow root on a site (the live region, the typing indicator, the lesson-time banner) ----

/** One element inside Think Twice's closed shadow root, as `OwnUi.find` reports it. */
export interface OwnUiElement {
  tag: string;
  /** Its textContent, trimmed. */
  text: string;
  attrs: Record<string, string>;
  /** Rendered and not hidden (checkVisibility), with a box of some size. */
  visible: boolean;
}

/** How to name an element in the closed root: its data-testid, or its role and accessible name (from the browser's accessibility tree). */
export type OwnUiTarget = string | { role: string; name: string | RegExp };

/**
 * Think Twice's own UI root on a site (<think-twice-root>, with a CLOSED shadow root the page cannot
 * read). Reached over the DevTools protocol, which sees closed shadow roots: DOM.getDocument with
 * pierce lists them. Every call looks the root up afresh (the UI is attached only once there is
 * something to show, and Preact redraws it).
 */
export interface OwnUi {
  /** Is the root element in the page now? */
  present(): Promise<boolean>;
  /** The HTML inside the closed shadow root ('' when there is no root). */
  html(): Promise<string>;
  /** The element with this data-testid (or role and name) inside the closed root, or null. */
  find(target: OwnUiTarget): Promise<OwnUiElement | null>;
  /** Clicks that element with the real mouse, at the centre of its box (so the click is hit-tested like a person's). */
  click(target: OwnUiTarget): Promise<void>;
  detach(): Promise<void>;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

export function ownUi(page: Page): OwnUi {
  let session: Promise<import('playwright-core').CDPSession> | null = null;
  const cdp = () => (session ??= page.context().newCDPSession(page));
  const send = async <T>(method: string, params: Record<string, unknown> = {}): Promise<T> =>
    (await cdp()).send(method as never, params as never) as Promise<T>;

  /** The closed shadow root of the <think-twice-root> in the main document, or null. */
  const shadowRoot = async (): Promise<CdpNode | null> => {
    const { root } = await send<{ root: CdpNode }>('DOM.getDocument', { depth: -1, pierce: true });
    const hosts: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'THINK-TWICE-ROOT') hosts.push(n);
      for (const c of n.children ?? []) walk(c);
      for (const s of n.shadowRoots ?? []) walk(s);
      // Not into frames: only the page's own document holds the root.
    };
    walk(root);
    if (hosts.length > 1) throw new Error(`${hosts.length} think-twice-root elements in the page (expected at most one)`);
    const host = hosts[0];
    if (!host) return null;
    const sr = host.shadowRoots?.[0];
    if (!sr) throw new Error('think-twice-root has no shadow root');
    if ((sr as { shadowRootType?: string }).shadowRootType !== 'closed')
      throw new Error(`think-twice-root's shadow root is ${(sr as { shadowRootType?: string }).shadowRootType}, not closed`);
    return sr;
  };

  /** Runs `fn` with `this` bound to the closed shadow root (resolved in the page's main world; `fn` uses standard DOM properties only). */
  const onRoot = async <T>(fn: string, args: unknown[] = []): Promise<T | null> => {
    const sr = await shadowRoot();
    if (!sr) return null;
    const { object } = await send<{ object: { objectId: string } }>('DOM.resolveNode', { backendNodeId: sr.backendNodeId, objectGroup: 'tt-own-ui' });
    const r = await send<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string } } }>('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    await send('Runtime.releaseObjectGroup', { objectGroup: 'tt-own-ui' }).catch(() => {});
    if (r.exceptionDetails) throw new Error(`in Think Twice's shadow root: ${r.exceptionDetails.exception?.description ?? 'an error'}`);
    return r.result.value;
  };

  /** The backend node id of the target inside the closed root, or null. */
  const locate = async (target: OwnUiTarget): Promise<number | null> => {
    const sr = await shadowRoot();
    if (!sr) return null;
    if (typeof target === 'string') {
      // A selector on the shadow root's node (the nodeIds are those of the getDocument just made).
      const { nodeIds } = await send<{ nodeIds: number[] }>('DOM.querySelectorAll', { nodeId: sr.nodeId, selector: `[data-testid="${target}"]` });
      if (nodeIds.length > 1) throw new Error(`${nodeIds.length} elements with data-testid ${target} in Think Twice's root`);
      if (!nodeIds[0]) return null;
      const { node } = await send<{ node: CdpNode }>('DOM.describeNode', { nodeId: nodeIds[0] });
      return node.backendNodeId;
    }
    // The browser's accessibility tree, under the shadow root: the role and the computed name.
    const { nodes } = await send<{ nodes: Array<{ backendDOMNodeId?: number; name?: { value?: string }; role?: { value?: string }; ignored?: boolean }> }>(
      'Accessibility.queryAXTree',
      {
        backendNodeId: sr.backendNodeId,
        role: target.role,
      },
    );
    const hits = nodes.filter(
      (n) => !n.ignored && n.backendDOMNodeId && (typeof target.name === 'string' ? n.name?.value === target.name : target.name.test(n.name?.value ?? '')),
    );
    if (hits.length > 1) throw new Error(`${hits.length} ${target.role} elements named ${String(target.name)} in Think Twice's root`);
    return hits[0]?.backendDOMNodeId ?? null;
  };

  const describe = async (backendNodeId: number): Promise<OwnUiElement> => {
    const { object } = await send<{ object: { objectId: string } }>('DOM.resolveNode', { backendNodeId, objectGroup: 'tt-own-ui' });
    const r = await send<{ result: { value: OwnUiElement } }>('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const attrs = {};
        for (const a of this.attributes) attrs[a.name] = a.value;
        const box = this.getBoundingClientRect();
        const shown = typeof this.checkVisibility === 'function' ? this.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
        return { tag: this.tagName.toLowerCase(), text: (this.textContent || '').trim(), attrs, visible: shown && box.width > 0 && box.height > 0 };
      }`,
      returnByValue: true,
    });
    await send('Runtime.releaseObjectGroup', { objectGroup: 'tt-own-ui' }).catch(() => {});
    return r.result.value;
  };

  return {
    async present() {
      return (await shadowRoot()) !== null;
    },
    async html() {
      return (await onRoot<string>('function () { return this.innerHTML; }')) ?? '';
    },
    async find(target) {
      const id = await locate(target);
      return id === null ? null : describe(id);
    },
    async click(target) {
      const id = await locate(target);
      if (id === null)
        throw new Error(
          `no ${JSON.stringify(typeof target === 'string' ? target : { role: target.role, name: String(target.name) })} in Think Twice's root to click`,
        );
      await send('DOM.scrollIntoViewIfNeeded', { backendNodeId: id }).catch(() => {});
      const { model } = await send<{ model: { content: number[] } }>('DOM.getBoxModel', { backendNodeId: id });
      const q = model.content;
      const x = (q[0]! + q[2]! + q[4]! + q[6]!) / 4;
      const y = (q[1]! + q[3]! + q[5]! + q[7]!) / 4;
      await page.mouse.click(x, y);
    },
    async detach() {
      const s = session;
      session = null;
      if (s) await (await s).detach().catch(() => {});
    },
  };
}
