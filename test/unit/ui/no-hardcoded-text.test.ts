/**
 * Every word staff or admins read comes from the locale files: no UI component (src/ui/**\/*.tsx,
 * and the "Try a draft" page in src/try) writes user-visible text itself. Fails on JSX text, on
 * text in the attributes people read (aria-label, title, placeholder, alt, label, value) and on
 * string literals that read as words anywhere else in a component (a status message, a
 * conditional label), other than the keys passed to t(). The few exceptions are listed, each with
 * its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// Babel's parser: TypeScript 7 has no JavaScript API to parse with.
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

const UI = resolve(__dirname, '../../../src/ui');
/** The "Try a draft" page draws UI too, from outside src/ui. */
const TRY = resolve(__dirname, '../../../src/try');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'value',
]);
/** Attributes nobody reads: their strings are code. */
const CODE_ATTRIBUTES =
  /^(class|className|id|key|for|htmlFor|type|role|href|src|rel|target|accept|name|style|lang|dir|autocomplete|inputmode|pattern|method|action|dateTime|scope|data-.*|aria-(labelledby|describedby|controls|live|current|hidden|modal|haspopup|expanded|checked|selected|pressed|invalid|required|readonly|disabled|atomic|relevant|owns|activedescendant))$/;

/** Text that is not words: punctuation, numbers, separators, a lone symbol. */
const NOT_WORDS = /^[\s\p{P}\p{S}\d]*$/u;
/**
 * A string literal in a component's code that reads as something shown: it starts as a sentence or a
 * label does ("Saved.", "Loading…", "Serious"). Lower-case strings are code (log lines, reasons
 * handed to the content script, CSS, file names).
 */
const READS_AS_SHOWN = (s: string) => /^\p{Lu}\p{Ll}/u.test(s.trim());
const HAS_LETTERS = (s: string) => /\p{L}/u.test(s);

/** Exceptions: text that is not for people to read, each with its reason. */
const ALLOWED = new Set<string>([
  // An example web address in the server box: the same in every language.
  'mastodon.example.org',
]);

interface Hardcoded {
  file: string;
  line: number;
  text: string;
}

/** Babel's AST, walked generically. */
type Node = any;

/** The user-visible text a component's source writes itself. */
function hardcodedText(source: string, file = 'component.tsx'): Hardcoded[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: Hardcoded[] = [];
  const report = (node: Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t || NOT_WORDS.test(t) || ALLOWED.has(t)) return;
    found.push({ file, line: node.loc?.start.line ?? 0, text: t });
  };
  const literalText = (node: Node): string | null => {
    if (node.type === 'StringLiteral') return node.value;
    if (node.type === 'TemplateLiteral') return node.quasis.map((q: Node) => q.value.cooked ?? '').join(' ');
    return null;
  };
  /**
   * `where`: inside a JSX attribute ("attr:<name>"), a JSX child expression ("child": every word there
   * is shown), or code (null; also once inside a function or a call's arguments).
   */
  const visit = (node: Node, parent: Node, where: string | null) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSTypeAnnotation':
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSLiteralType':
        return;
      case 'CallExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 't') {
          // The key is not text; its substitutions may hold expressions, which are looked at.
          for (const arg of node.arguments.slice(1)) visit(arg, node, null);
          return;
        }
        visit(node.callee, node, where);
        for (const arg of node.arguments) visit(arg, node, null);
        return;
      case 'JSXText':
        report(node, node.value);
        return;
      case 'JSXAttribute': {
        const name = node.name.type === 'JSXNamespacedName' ? `${node.name.namespace.name}:${node.name.name.name}` : node.name.name;
        visit(node.value, node, `attr:${name}`);
        return;
      }
      case 'JSXExpressionContainer':
        if (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') where = 'child';
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration':
        where = null;
        break;
    }
    const text = literalText(node);
    if (text !== null) {
      const attribute = where?.startsWith('attr:') ? where.slice(5) : null;
      const isKey = (parent?.type === 'ObjectProperty' && parent.key === node) || parent?.type === 'MemberExpression';
      const compared = parent?.type === 'BinaryExpression' && /[=!]=/.test(parent.operator);
      if (attribute !== null && READ_ATTRIBUTES.has(attribute)) report(node, text);
      else if (attribute !== null && CODE_ATTRIBUTES.test(attribute)) {
        // Code: a class, an id, an address.
      } else if (where === 'child' && !compared && HAS_LETTERS(text)) report(node, text);
      else if (!isKey && !compared && READS_AS_SHOWN(text)) report(node, text);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'loc' || k === 'start' || k === 'end' || k === 'extra' || k === 'leadingComments' || k === 'trailingComments') continue;
      if (Array.isArray(v)) for (const child of v) visit(child, node, where);
      else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') visit(v, node, where);
    }
  };
  visit(ast.program, null, null);
  return found;
}

describe('UI components hold no user-visible text of their own', () => {
  it('every src/ui component takes its words from the locale files (through t())', () => {
    const found = [...tsxFiles(UI), ...tsxFiles(TRY)].flatMap((path) => hardcodedText(readFileSync(path, 'utf8'), relative(resolve(UI, '..'), path)));
    expect(found.map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('the scan finds text in JSX, in the attributes people read and in status messages, and not in keys, classes or ids', () => {
    const sample = `
      import { t } from '../i18n';
      export function A(p: { n: number }) {
        const [s, setStatus] = useState('');
        const fail = () => setStatus('Could not save it.');
        console.info('[Think Twice] the note could not be kept');
        const kind = p.n > 1 ? 'Serious' : t('severityAdvice');
        return (
          <section class="tt-banner big" aria-label="Think Twice reminder" data-testid="x-y z" id="a-b">
            <p>Hello there</p>
            <input placeholder={\`e.g. \${p.n} things\`} aria-describedby="a b" />
            <button type="button" title={t('close')}>{t('readClause', '5.2')}</button>
            <span>{p.n}: </span>
            <span>{p.n > 1 ? ' (free)' : ''}</span>
          </section>
        );
      }`;
    expect(hardcodedText(sample).map((f) => f.text)).toEqual(['Could not save it.', 'Serious', 'Think Twice reminder', 'Hello there', 'e.g. things', '(free)']);
  });
});
