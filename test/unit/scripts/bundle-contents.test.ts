import { describe, it, expect } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages and source folders a bundle of `entry` carries, with their minified bytes. */
async function contents(entry: string): Promise<Map<string, number>> {
  const result = await build({
    entryPoints: [root + entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  const out = Object.values(result.metafile.outputs)[0]!;
  const by = new Map<string, number>();
  for (const [path, v] of Object.entries(out.inputs)) {
    const key = path.includes('node_modules/') ? path.split('node_modules/')[1]!.split('/')[0]! : path.split('/').slice(0, 2).join('/');
    by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
  }
  return by;
}

// Every page with a composer loads the engine when a composer is first used, and every page of a
// supported site runs the content script: a stray import (a schema, a date library) makes each of
// them parse and compile hundreds of kilobytes more. The settings schema's zod, for instance, is
// about 450 KB minified; the worker validates settings and hands content scripts a checked snapshot.
describe('what the code on social sites carries', () => {
  it('the engine (checker, model, assessment) carries no zod and stays under 300 KB minified', async () => {
    const by = await contents('src/content/engine.ts');
    expect([...by.keys()]).not.toContain('zod');
    const total = [...by.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(300_000);
  }, 30_000);

  it('the content script carries no zod and no checker', async () => {
    const by = await contents('src/content/content-script.ts');
    expect([...by.keys()]).not.toContain('zod');
    expect([...by.keys()]).not.toContain('src/checker');
  }, 30_000);
});
