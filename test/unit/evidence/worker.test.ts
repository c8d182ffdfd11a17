/** The worker's capture (src/background/evidence.ts) with the browser and the store replaced. */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { JPEG } from './fixtures';

const saved: unknown[] = [];
const tabsApi = {
  captureVisibleTab: vi.fn(async (_windowId: number, _opts: unknown) => JPEG),
  query: vi.fn(async (_q: unknown) => [{ id: 7, windowId: 1 }] as Array<{ id: number; windowId: number }>),
  create: vi.fn(async (_props: { url: string; index?: number }) => ({})),
};

vi.mock('webextension-polyfill', () => ({
  default: { tabs: tabsApi, runtime: { getURL: (p: string) => `chrome-extension://abc/${p}` }, contextMenus: {} },
}));
vi.mock('../../../src/evidence/store', () => ({
  addRecord: vi.fn(async (r: unknown) => void saved.push(r)),
}));

const { captureEvidence, onEvidenceMenuClick, noteFromClick, EVIDENCE_MENU_ID } = await import('../../../src/background/evidence');

const X_TAB = { id: 7, windowId: 1, index: 2, url: 'https://x.com/home', title: 'Home / X', active: true, highlighted: true, pinned: false, incognito: false };

beforeEach(() => {
  saved.length = 0;
  vi.clearAllMocks();
  tabsApi.captureVisibleTab.mockImplementation(async () => JPEG);
  tabsApi.query.mockImplementation(async () => [{ id: 7, windowId: 1 }]);
});

describe('captureEvidence', () => {
  it('screenshots the window as JPEG and saves address, title, time and note', async () => {
    const before = Date.now();
    const res = await captureEvidence(X_TAB, '  a note  ');
    expect(res.ok).toBe(true);
    expect(tabsApi.captureVisibleTab).toHaveBeenCalledWith(1, { format: 'jpeg', quality: 80 });
    expect(saved).toHaveLength(1);
    const rec = saved[0] as Record<string, string>;
    expect(rec).toMatchObject({ url: 'https://x.com/home', title: 'Home / X', note: 'a note', screenshot: JPEG });
    expect(res.ok && res.id).toBe(rec.id);
    expect(Date.parse(rec.capturedAt!)).toBeGreaterThanOrEqual(before);
  });

  it.each([
    ['no tab', undefined, /^Think Twice can't record this page/],
    ['a tab whose address Chrome hides (no activeTab)', { ...X_TAB, url: undefined }, /^Think Twice can't record this page/],
    ['a chrome:// page', { ...X_TAB, url: 'chrome://settings/' }, /^Think Twice can only record web pages/],
    ['a file', { ...X_TAB, url: 'file:///home/me/a.html' }, /^Think Twice can only record web pages/],
  ])('refuses %s with a sentence, saving nothing', async (_what, tab, error) => {
    const res = await captureEvidence(tab, '');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(error);
    expect(tabsApi.captureVisibleTab).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
  });

  it('refuses when another tab is the one on screen (never pairs one address with another page)', async () => {
    tabsApi.query.mockImplementation(async () => [{ id: 99, windowId: 1 }]);
    const res = await captureEvidence(X_TAB);
    expect(!res.ok && res.error).toBe('That page is no longer the one on screen. Go back to it and try again.');
    expect(saved).toEqual([]);
  });

  it('turns a failed capture into a sentence, never a throw', async () => {
    tabsApi.captureVisibleTab.mockImplementation(async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    });
    expect(await captureEvidence(X_TAB)).toEqual({ ok: false, error: expect.stringMatching(/^Think Twice can't record this page/) });
    tabsApi.captureVisibleTab.mockImplementation(async () => {
      throw new Error('Failed to capture tab: unknown error');
    });
    expect(await captureEvidence(X_TAB)).toEqual({ ok: false, error: expect.stringMatching(/^Think Twice couldn't take a screenshot/) });
    tabsApi.captureVisibleTab.mockImplementation(async () => 'data:text/html,<script>');
    expect((await captureEvidence(X_TAB)).ok).toBe(false);
    expect(saved).toEqual([]);
  });
});

describe('the context-menu item', () => {
  it('records the tab it came from, with what was right-clicked as the note, and opens the Evidence page at it', async () => {
    await onEvidenceMenuClick(
      { menuItemId: EVIDENCE_MENU_ID, editable: false, modifiers: [], selectionText: 'you are useless', pageUrl: 'https://x.com/home', frameId: 0 },
      X_TAB,
    );
    const rec = saved[0] as Record<string, string>;
    expect(rec.note).toBe('Selected text: “you are useless”');
    expect(tabsApi.create).toHaveBeenCalledWith({ url: `chrome-extension://abc/src/ui/evidence/index.html#record-${rec.id}`, index: 3 });
  });

  it('opens the Evidence page with the reason when it cannot record', async () => {
    await onEvidenceMenuClick({ menuItemId: EVIDENCE_MENU_ID, editable: false, modifiers: [], frameId: 0 }, { ...X_TAB, url: 'chrome://newtab/' });
    const url = new URL(tabsApi.create.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/src/ui/evidence/index.html');
    expect(url.searchParams.get('failed')).toMatch(/^Think Twice can only record web pages/);
  });

  it('ignores other menu items', async () => {
    await onEvidenceMenuClick({ menuItemId: 'something-else', editable: false, modifiers: [], frameId: 0 }, X_TAB);
    expect(tabsApi.captureVisibleTab).not.toHaveBeenCalled();
    expect(tabsApi.create).not.toHaveBeenCalled();
  });

  it('notes a link and an image', () => {
    expect(
      noteFromClick({ menuItemId: 'x', editable: false, modifiers: [], linkUrl: 'https://x.com/a', srcUrl: 'https://pbs.example/i.jpg', mediaType: 'image' }),
    ).toBe('Link: https://x.com/a\nImage: https://pbs.example/i.jpg');
  });
});
