/**
 * The layers the README describes, enforced: browser extension APIs are called only in
 * src/platform/ (everything else is plain code tested in Node, and a browser's quirks are met in
 * one place), and no two top-level folders of src/ import each other, directly or round a loop
 * (a folder can then be read, tested and replaced with only the folders below it in mind).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = sourceFiles(SRC).map((path) => ({ path, rel: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** A call into a browser's extension API (chrome.*, browser.*, optional chaining included). */
const API_USE =
  /\b(?:chrome|browser)\??\.(?:action|alarms|commands|contextMenus|cookies|declarativeNetRequest|downloads|extension|i18n|identity|management|menus|notifications|offscreen|permissions|runtime|scripting|sidePanel|storage|tabs|webNavigation|windows)\b/;
/** The polyfill imported for its value (its types may be imported anywhere). */
const POLYFILL_IMPORT = /^\s*import\s+(?!type\b)[^;]*from\s+['"]webextension-polyfill['"]/m;

function apiUses(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) if (API_USE.test(line) || POLYFILL_IMPORT.test(line)) found.push(line.trim());
  return found;
}

/** Relative imports (static, dynamic, type-only and re-exports) of a source text. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The top-level part of src/ a path is in: a folder's name, or a file's own name for the files at the top. */
const topOf = (rel: string) => rel.split('/')[0]!;

/** Edges between top-level parts: from -> to -> the files and specifiers that make the edge. */
function folderGraph(files: { rel: string; text: string }[]): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const f of files) {
    const from = topOf(f.rel);
    for (const spec of importsOf(f.text)) {
      const target = relative(SRC, resolve(SRC, dirname(f.rel), spec));
      if (target.startsWith('..')) continue;
      const to = topOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from)!;
      edges.set(to, [...(edges.get(to) ?? []), `${f.rel} imports ${spec}`]);
    }
  }
  return graph;
}

/** Every cycle's parts (strongly connected components of more than one part), by Tarjan's algorithm. */
function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** A cycle described by the imports that make it, for a failure a person can act on. */
function explain(component: string[], graph: Map<string, Map<string, string[]>>): string {
  const lines: string[] = [];
  for (const from of component)
    for (const [to, why] of graph.get(from) ?? []) if (component.includes(to)) lines.push(`${from} -> ${to}: ${why.slice(0, 3).join('; ')}`);
  return `${component.join(', ')}\n  ${lines.join('\n  ')}`;
}

describe('browser extension APIs are called only in src/platform/', () => {
  it('finds chrome.*, browser.* and the polyfill in no other file', () => {
    const outside = FILES.filter((f) => !f.rel.startsWith('platform/')).flatMap((f) => apiUses(f.text).map((line) => `${f.rel}: ${line}`));
    expect(outside).toEqual([]);
  });

  it('the scan sees the ways code reaches the API', () => {
    for (const use of [
      "import browser from 'webextension-polyfill';",
      "import { default as b } from 'webextension-polyfill';",
      'await browser.storage.local.get(key);',
      'chrome.runtime.sendMessage(msg);',
      '(globalThis as { chrome?: typeof chrome }).chrome?.runtime?.lastError;',
      'chrome.i18n.getMessage("x");',
    ])
      expect(apiUses(use), use).not.toEqual([]);
    for (const fine of ["import type { Tabs } from 'webextension-polyfill';", 'const chrome = section.title;', 'title: chrome.title,'])
      expect(apiUses(fine), fine).toEqual([]);
    // And src/platform/ itself is where they are.
    expect(FILES.filter((f) => f.rel.startsWith('platform/')).some((f) => apiUses(f.text).length > 0)).toBe(true);
  });
});

describe('the top-level folders of src/ import one another without a cycle', () => {
  it('has no cycle', () => {
    const graph = folderGraph(FILES);
    expect(cycles(graph).map((c) => explain(c, graph))).toEqual([]);
  });

  it('the check finds a cycle round three folders, and one through a type import', () => {
    const made = [
      { rel: 'a/x.ts', text: "import { y } from '../b/y';" },
      { rel: 'b/y.ts', text: "export { z } from '../c/z';" },
      { rel: 'c/z.ts', text: "const a = await import('../a/x');" },
      { rel: 'd/p.ts', text: "import type { Q } from '../e/q';" },
      { rel: 'e/q.ts', text: "import { p } from '../d/p';" },
      { rel: 'f/ok.ts', text: "import { p } from '../d/p';\nimport { helper } from './helper';" },
    ];
    expect(cycles(folderGraph(made))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});
