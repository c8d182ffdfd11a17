/**
 * Every site adapter has its fixture page (test/fixtures/<site>/, an offline copy of the site's
 * composers built from the editor library the site uses), is served at a URL it matches, and has
 * its rows in the end-to-end composer table (test/fixtures/composer-table.ts), whose composers the
 * fixture page draws. So a new site cannot ship without the pages and rows the end-to-end suite
 * drives it through, and no fixture or row outlives its adapter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/sites/registry';
import { matchesPattern } from '../../../src/sites/match';
import { FIXTURE_SITE_DIRS } from '../../fixtures/build';
import { FIXTURE_SITES } from '../../fixtures/serve';
import { COMPOSER_TABLE } from '../../fixtures/composer-table';

const FIXTURES = resolve(__dirname, '../../fixtures');
const IDS = ADAPTERS.map((a) => a.id);

/** The fixture page's own source (its HTML and scripts), where the composers it draws are named. */
function fixtureSource(site: string): string {
  const dir = join(FIXTURES, site);
  return readdirSync(dir)
    .filter((f) => /\.(html|tsx?)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('the %s adapter', (id, adapter) => {
  it('has a fixture page that the fixture build builds', () => {
    expect(existsSync(join(FIXTURES, id, 'index.html')), `test/fixtures/${id}/index.html`).toBe(true);
    expect(FIXTURE_SITE_DIRS as readonly string[]).toContain(id);
  });

  it('is served at a URL the adapter matches', () => {
    const url = (FIXTURE_SITES as Record<string, string>)[id];
    expect(url, `FIXTURE_SITES.${id} in test/fixtures/serve.ts`).toBeDefined();
    expect(
      adapter.matches.some((p) => matchesPattern(p, url!)),
      url,
    ).toBe(true);
  });

  it('has rows in the composer table, each a composer its fixture page draws', () => {
    const rows = COMPOSER_TABLE.filter((s) => s.site === id);
    expect(rows, `test/fixtures/composer-table.ts has no entry for ${id}`).toHaveLength(1);
    const composers = rows[0]!.composers;
    expect(composers.length).toBeGreaterThan(0);
    const source = fixtureSource(id);
    for (const c of composers) {
      expect(source, `${c.composer} is not drawn by test/fixtures/${id}/`).toMatch(new RegExp(`['"\`]${c.composer}['"\`]`));
      expect(c.paths.length, `${c.composer} has no way of sending`).toBeGreaterThan(0);
    }
    expect(composers.map((c) => c.composer)).toContain(rows[0]!.later.like);
  });
});

describe('fixtures and composer rows', () => {
  it('belong to an adapter, each', () => {
    expect([...FIXTURE_SITE_DIRS].sort()).toEqual([...IDS].sort());
    expect(Object.keys(FIXTURE_SITES).sort()).toEqual([...IDS].sort());
    expect(COMPOSER_TABLE.map((s) => s.site).sort()).toEqual([...IDS].sort());
  });

  it('name each composer once', () => {
    const names = COMPOSER_TABLE.flatMap((s) => s.composers.map((c) => c.composer));
    expect(new Set(names).size).toBe(names.length);
  });
});
