/** The Firefox manifest rewrite (scripts/build-firefox.ts): pure, checked without a build. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { firefoxManifest, toFirefox } from '../../../scripts/build-firefox';
import { GECKO_ID } from '../../../src/cli/validate-config-core';

describe('firefoxManifest', () => {
  const chrome = {
    manifest_version: 3,
    name: 'Think Twice',
    key: 'MIIB...',
    minimum_chrome_version: '120',
    background: { service_worker: 'service-worker-loader.js', type: 'module' },
    storage: { managed_schema: 'managed_schema.json' },
    web_accessible_resources: [{ matches: ['https://x.com/*'], resources: ['assets/a.js'], use_dynamic_url: false }],
    permissions: ['storage', 'alarms', 'scripting'],
  };
  const ff = firefoxManifest(chrome);

  it('runs the background as a module script, with no service worker', () => {
    expect(ff.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });
  it('has the gecko ID and declares that it collects no data', () => {
    expect(ff.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('drops the Chrome-only keys', () => {
    expect(ff.key).toBeUndefined();
    expect(ff.minimum_chrome_version).toBeUndefined();
    expect(ff.storage).toBeUndefined();
    expect(ff.web_accessible_resources).toEqual([{ matches: ['https://x.com/*'], resources: ['assets/a.js'] }]);
    expect(ff.permissions).toEqual(chrome.permissions);
  });
  it('leaves the input alone', () => {
    expect(chrome.key).toBe('MIIB...');
  });
});

describe('toFirefox', () => {
  it("turns a Chrome build's folder into Firefox's in place: the manifest rewritten, the Chrome policy schema gone, the rest untouched", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-ff-'));
    const chrome = {
      manifest_version: 3,
      key: 'MIIB...',
      background: { service_worker: 'service-worker-loader.js', type: 'module' },
      storage: { managed_schema: 'managed_schema.json' },
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(chrome));
    writeFileSync(join(dir, 'managed_schema.json'), '{}');
    writeFileSync(join(dir, 'service-worker-loader.js'), 'import "./a.js";');
    const written = toFirefox(dir);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(written);
    expect(written).toEqual(firefoxManifest(chrome));
    expect(existsSync(join(dir, 'managed_schema.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'service-worker-loader.js']);
  });
});
