/**
 * `npm run check` and `npm run validate-config` run prebuilt bundles through scripts/cli-run.mjs
 * (tsx's start-up is about a second). The bundle must be rebuilt whenever a file it was built from
 * changes, and must print exactly what the TypeScript source prints under tsx.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleState, ensureBundle } from '../../../scripts/lib/cli-bundle.mjs';

const ROOT = resolve(__dirname, '../../..');
const LAUNCHER = join(ROOT, 'scripts/cli-run.mjs');
const LIB = pathToFileURL(join(ROOT, 'scripts/lib/cli-bundle.mjs')).href;

describe('the launcher rebuilds a stale bundle, and only a stale one', () => {
  // A small project of its own, so that the test never touches the real sources or bundles.
  function project(): { root: string; write: (path: string, text: string, old?: boolean) => void } {
    const root = mkdtempSync(join(tmpdir(), 'tt-cli-bundle-'));
    const write = (path: string, text: string, old = false) => {
      const abs = join(root, path);
      mkdirSync(resolve(abs, '..'), { recursive: true });
      writeFileSync(abs, text);
      // Written well before the build, as a source normally is (one written during the second
      // before a build is rebuilt again on the next run, in case the build read it half-written).
      if (old) utimesSync(abs, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    };
    write('src/main.ts', "import { word } from './word';\nconsole.log(`${word} ${process.argv.slice(2).join(',')}`);\n", true);
    write('src/word.ts', "export const word: string = 'one';\n", true);
    write('src/unused.ts', "export const unused = 'not imported';\n", true);
    return { root, write };
  }
  const opts = (root: string) => ({ root, entry: 'src/main.ts', outfile: 'build/cli/main.cjs', recipe: [] });
  /** Runs the bundle as the launcher does (through node:vm with the code cache). */
  const launch = (root: string, buildId: string, args: string[] = []) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { runBundle } from ${JSON.stringify(LIB)}; process.argv = [process.argv[0], ${JSON.stringify(join(root, 'build/cli/main.cjs'))}, ...${JSON.stringify(args)}]; runBundle(process.argv[1], ${JSON.stringify(buildId)});`,
      ],
      { encoding: 'utf8' },
    );

  it('builds on first use, reuses the bundle while nothing changed, and rebuilds when an imported source changes', async () => {
    const { root, write } = project();
    try {
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBe('no bundle yet');
      const first = await ensureBundle(opts(root));
      expect(first.built).toBe(true);
      expect(spawnSync(process.execPath, [first.path, 'a'], { encoding: 'utf8' }).stdout).toBe('one a\n');

      const again = await ensureBundle(opts(root));
      expect(again).toMatchObject({ built: false, reason: null, buildId: first.buildId });

      // A file the bundle does not import is not an input.
      write('src/unused.ts', "export const unused = 'changed';\n");
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBeNull();

      write('src/word.ts', "export const word: string = 'two';\n");
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBe('src/word.ts changed');
      const rebuilt = await ensureBundle(opts(root));
      expect(rebuilt.built).toBe(true);
      expect(rebuilt.buildId).not.toBe(first.buildId);
      expect(spawnSync(process.execPath, [rebuilt.path, 'b'], { encoding: 'utf8' }).stdout).toBe('two b\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rebuilds when the bundle or its list of inputs is missing or edited, or an input was written while it built', async () => {
    const { root, write } = project();
    try {
      await ensureBundle(opts(root));
      rmSync(join(root, 'build/cli/main.cjs'));
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBe('build/cli/main.cjs is gone');
      await ensureBundle(opts(root));
      rmSync(join(root, 'build/cli/main.cjs.inputs.json'));
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBe('no list of inputs');
      await ensureBundle(opts(root));
      write('build/cli/main.cjs', 'console.log("edited by hand");\n');
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBe('build/cli/main.cjs changed');

      // A source written just before the build may have been read half-written: built, but built again next time.
      write('src/word.ts', "export const word: string = 'three';\n");
      const fresh = await ensureBundle(opts(root));
      expect(fresh.built).toBe(true);
      expect(bundleState(root, 'build/cli/main.cjs').stale).toBe('src/word.ts changed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs the bundle with a code cache for its build, written on first run and dropped by the next build', async () => {
    const { root, write } = project();
    try {
      const built = await ensureBundle(opts(root));
      const caches = () => readdirSync(join(root, 'build/cli')).filter((n) => n.endsWith('.v8cache'));
      expect(caches()).toEqual([]);
      const r1 = launch(root, built.buildId, ['x', 'y']);
      expect(r1.stdout).toBe('one x,y\n');
      expect(caches()).toEqual([`main.cjs.${built.buildId}.v8cache`]);
      const r2 = launch(root, built.buildId, ['z']);
      expect(r2.stdout).toBe('one z\n');
      expect(r2.stderr).toBe('');

      write('src/word.ts', "export const word: string = 'four';\n", true);
      const rebuilt = await ensureBundle(opts(root));
      expect(caches()).toEqual([]);
      expect(launch(root, rebuilt.buildId).stdout).toBe('four \n');
      expect(existsSync(join(root, `build/cli/main.cjs.${rebuilt.buildId}.v8cache`))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the bundles print exactly what the sources print', () => {
  // Each comparison starts tsx (about a second, several on a busy machine).
  const SLOW = 120_000;
  const viaSource = (tool: string, args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  const viaBundle = (tool: string, args: string[], input: string) =>
    spawnSync(process.execPath, [LAUNCHER, tool, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  const same = (tool: string, args: string[], input = '') => {
    const a = viaSource(tool, args, input);
    const b = viaBundle(tool, args, input);
    expect({ stdout: b.stdout, stderr: b.stderr, status: b.status }).toEqual({ stdout: a.stdout, stderr: a.stderr, status: a.status });
    return b;
  };

  const posts = [
    '{"text":"@sam you are a pathetic waste of space"}',
    'So proud of our Year 6 at the county finals!',
    '',
    '{"text":"Great trip with Zebedee Quark and the wazzock from 9B", "mediaAttached": true}',
    '{"text": broken',
    '{"txt":"no text field"}',
    'Parents evening moved to Thursday, see the letter home',
    'what a bunch of useless idiots the governors are, honestly',
  ].join('\n');

  it(
    'check: default settings, the learned model included',
    () => {
      const r = same('check', [], posts + '\n');
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(7);
      expect(r.stdout).toContain('"flagged":true');
    },
    SLOW,
  );

  it(
    'check: a school policy file (with a bad value reported), rules only, --help and an unknown argument',
    () => {
      const file = join(mkdtempSync(join(tmpdir(), 'tt-cli-bundle-')), 'policy.json');
      writeFileSync(
        file,
        JSON.stringify({
          '3rdparty': {
            extensions: {
              jacnbhbbamomihbhgpadfhgdohiggeob: {
                schoolName: 'Oakfield',
                pupilNames: ['Zebedee Quark'],
                categories: { offensive: { extraTerms: ['wazzock'], action: 'zap' } },
              },
            },
          },
        }),
      );
      const r = same('check', ['--settings', file], posts);
      expect(r.stderr).toMatch(/action/);
      same('check', ['--rules-only'], posts);
      same('check', ['--settings', join(tmpdir(), 'tt-no-such-file.json')], posts);
      expect(same('check', ['--help']).stdout).toMatch(/^Usage/);
      expect(same('check', ['--frobnicate']).status).toBe(2);
    },
    SLOW,
  );

  it(
    'validate-config: a valid example, problems (rule ids checked), standard input, a missing file',
    () => {
      expect(same('validate-config', ['examples/chrome-policy-linux.json']).status).toBe(0);
      const bad = JSON.stringify({ schoolName: 'Ashbrook', categories: { offensive: { action: 'zap', disabledRules: ['offensive/nope'] } } });
      const r = same('validate-config', ['-'], bad);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/"offensive\/nope" is not a rule id/);
      expect(same('validate-config', ['no-such-file.json']).status).toBe(2);
      expect(same('validate-config', []).status).toBe(2);
    },
    SLOW,
  );
});
