import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** A clause number written as a string in code, e.g. '5.4' or "8.2" (comments excepted). */
function clauseLiterals(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return withoutComments.match(/(['"`])\d{1,2}\.\d{1,2}\1/g) ?? [];
}

// A school's policy may number its clauses differently, and the model policy will be replaced:
// which clause a category falls under is the pack's to say (src/policy/clauses.ts clauseFor,
// categoryClauses). Only the policy folder, which holds the built-in pack, may name clauses.
describe('clause numbers come from the policy pack, not code', () => {
  it('finds a clause number written in code, and not one in a comment', () => {
    expect(clauseLiterals(`onOpenClause('5.3'); t("readClause", "8.2")`)).toEqual([`'5.3'`, `"8.2"`]);
    expect(clauseLiterals(`// policy '5.3'\n/** e.g. "5.2" */ const v = '1.5x';`)).toEqual([]);
  });

  it('no file outside src/policy names a clause', () => {
    const found = sources(SRC)
      .filter((f) => !f.startsWith(join(SRC, 'policy')))
      .flatMap((f) => clauseLiterals(readFileSync(f, 'utf8')).map((l) => `${f.slice(SRC.length)}: ${l}`));
    expect(found).toEqual([]);
  });
});
