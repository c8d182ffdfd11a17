import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADAPTERS, adapterFor } from '../../../src/sites/registry';
import { matchesPattern } from '../../../src/sites/match';
import { ADAPTER_IDS } from '../../../src/sites/ids';

const SITES_DIR = resolve(__dirname, '../../../src/sites');
const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../manifest.json'), 'utf8'));

describe('the site registry', () => {
  it('lists every adapter file (a new site must be registered)', () => {
    const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !['types.ts', 'match.ts', 'registry.ts', 'generic.ts', 'ids.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  for (const adapter of ADAPTERS) {
    describe(adapter.name, () => {
      it('has example URLs and composers with submit controls', () => {
        expect(adapter.exampleUrls.length).toBeGreaterThan(0);
        expect(adapter.composers.length).toBeGreaterThan(0);
        for (const c of adapter.composers) expect(c.submit.length, c.id).toBeGreaterThan(0);
      });
      it('matches its own example URLs and no other adapter does', () => {
        for (const url of adapter.exampleUrls) {
          expect(adapterFor(url)?.id, url).toBe(adapter.id);
          for (const other of ADAPTERS) {
            if (other === adapter) continue;
            expect(
              other.matches.some((p) => matchesPattern(p, url)),
              `${other.id} must not match ${url}`,
            ).toBe(false);
          }
        }
      });
      it("is in the manifest's content-script matches", () => {
        for (const p of adapter.matches) expect(manifest.content_scripts[0].matches, p).toContain(p);
      });
    });
  }

  it("the settings schema's site switches name every adapter", () => {
    expect([...ADAPTER_IDS].sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  it('the manifest injects only where an adapter works', () => {
    const all = ADAPTERS.flatMap((a) => a.matches);
    for (const p of manifest.content_scripts[0].matches) expect(all, p).toContain(p);
  });

  it('matches no unrelated sites', () => {
    for (const url of [
      'https://example.org/',
      'https://x.com.evil.example/',
      'https://notfacebook.com/',
      'https://www.facebook.com.example.net/x',
      'http://x.com/home',
    ]) {
      expect(adapterFor(url), url).toBeNull();
    }
  });
});

describe('match patterns', () => {
  it('follow the manifest rules', () => {
    expect(matchesPattern('https://*.facebook.com/*', 'https://www.facebook.com/')).toBe(true);
    expect(matchesPattern('https://*.facebook.com/*', 'https://facebook.com/x')).toBe(true);
    expect(matchesPattern('https://*.facebook.com/*', 'https://evilfacebook.com/x')).toBe(false);
    expect(matchesPattern('https://x.com/*', 'https://x.com/home?x=1')).toBe(true);
    expect(matchesPattern('https://x.com/home', 'https://x.com/homes')).toBe(false);
    expect(matchesPattern('bad pattern', 'https://x.com/')).toBe(false);
    expect(matchesPattern('https://x.com/*', 'not a url')).toBe(false);
  });
});
