/** The locale wrapper: the chosen language, then the browser's, then English, never an empty string; and a pack's own translations. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLanguage, loadLanguage, setCatalogue, t } from '../../../src/ui/i18n';
import { languageFor } from '../../../src/settings/language';
import { localisePack } from '../../../src/policy/localise';
import { BUILTIN_PACK } from '../../../src/policy/builtin';
import { snapshotOf } from '../../../src/settings/publish';
import { resolveSettings } from '../../../src/settings/resolve';
import welsh from '../../../public/_locales/cy/messages.json';

afterEach(() => {
  setCatalogue(null);
  vi.unstubAllGlobals();
});

describe('t()', () => {
  it('answers in English where there is no browser (the English file, as unit tests set it up)', () => {
    expect(t('promptHeading')).toBe("If in doubt, don't post it!");
    expect(t('readClause', '5.2')).toBe('Read clause 5.2 of the policy');
    expect(t('lessonNextOn', 'Break', '10:40', '2025-03-04')).toBe('Next: Break from 10:40 on 2025-03-04.');
  });

  it('answers from a chosen catalogue, and falls back to English for a key it lacks, never to nothing', () => {
    setCatalogue({ readClause: { message: 'Darllen cymal $CLAUSE$', placeholders: { clause: { content: '$1' } } } }, 'cy');
    expect(t('readClause', '5.4')).toBe('Darllen cymal 5.4');
    expect(currentLanguage()).toBe('cy');
    expect(t('promptHeading')).toBe("If in doubt, don't post it!");
    setCatalogue({ promptHeading: { message: '' } }, 'cy');
    expect(t('promptHeading')).toBe("If in doubt, don't post it!");
  });

  it('loadLanguage fetches the chosen locale from the extension, and a failed fetch leaves the browser language', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL: (p: string) => `chrome-extension://id/${p}` } });
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(welsh), { status: 200 });
    });
    expect(await loadLanguage('cy')).toBe('cy');
    expect(fetched).toEqual(['chrome-extension://id/_locales/cy/messages.json']);
    expect(t('promptEdit')).toBe("Golygu'r postiad");
    expect(t('indicatorMany', 3)).toBe('Think Twice: 3 o bryderon');
    expect(await loadLanguage('browser')).toBe('en');
    expect(t('promptEdit')).toBe('Edit post');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    expect(await loadLanguage('cy')).toBe('en');
    expect(t('promptEdit')).toBe('Edit post');
  });
});

describe('the language a choice comes to', () => {
  it('a choice wins; "browser" follows the browser: Welsh for cy, English for anything else', () => {
    expect(languageFor('cy', 'en-GB')).toBe('cy');
    expect(languageFor('en', 'cy')).toBe('en');
    expect(languageFor('browser', 'cy')).toBe('cy');
    expect(languageFor('browser', 'cy-GB')).toBe('cy');
    expect(languageFor('browser', 'fr')).toBe('en');
    expect(languageFor(undefined, undefined)).toBe('en');
  });
});

describe("a pack's translations", () => {
  it("the built-in pack's Welsh title, motto and categories; its English unchanged; its clauses as written", () => {
    const cy = localisePack(BUILTIN_PACK, 'cy');
    expect(cy.title).toBe('Polisi ar Gyfryngau Cymdeithasol');
    expect(cy.prompt.heading).toBe("Os oes amheuaeth, peidiwch â'i bostio!");
    expect(cy.categories.find((c) => c.id === 'bullying')?.title).toBe('Bwlio');
    expect(cy.clauses).toEqual(BUILTIN_PACK.clauses);
    expect(localisePack(BUILTIN_PACK, 'en')).toEqual(BUILTIN_PACK);
    expect(BUILTIN_PACK.prompt.heading).toBe("If in doubt, don't post it!");
    for (const c of BUILTIN_PACK.categories) expect(cy.categories.find((x) => x.id === c.id)?.title, c.id).not.toBe(c.title);
  });

  it("a school's own wording stays when its pack has no words in the language", () => {
    const school = { ...BUILTIN_PACK, translations: undefined, prompt: { ...BUILTIN_PACK.prompt, heading: 'Stop and think' } };
    expect(localisePack(school, 'cy').prompt.heading).toBe('Stop and think');
  });

  it('the snapshot content scripts read carries the pack in the language the setting comes to', () => {
    const welshSetting = resolveSettings({ language: 'cy' }, {});
    expect(snapshotOf(welshSetting, 0, 'en').pack.prompt.heading).toBe("Os oes amheuaeth, peidiwch â'i bostio!");
    expect(snapshotOf(resolveSettings({}, {}), 0, 'cy').pack.categories[0]?.title).toBe('Gwybodaeth gyfrinachol');
    expect(snapshotOf(resolveSettings({}, {}), 0, 'en-GB').pack.prompt.heading).toBe("If in doubt, don't post it!");
  });
});
