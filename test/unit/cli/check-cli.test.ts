/** The admins' `check` command, end to end: stdin posts in, one JSON line out per post. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSettings, readSettingsFile, checkLine } from '../../../src/cli/check';

const ROOT = resolve(__dirname, '../../..');

// What `npm run check` runs: the prebuilt bundle, through its launcher (cli-bundle.test.ts shows
// that the bundle prints what the source prints).
function run(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['scripts/cli-run.mjs', 'check', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return {
    status: r.status,
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr: r.stderr,
  };
}

describe('npm run check', () => {
  it('answers each post, JSON or plain text, in order', () => {
    const r = run('{"text":"@sam you are a pathetic waste of space"}\nSo proud of our Year 6 at the county finals!\n{"text": broken\n');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[0].flagged).toBe(true);
    expect(r.lines[0].findings[0].category).toBe('bullying');
    expect(r.lines[1]).toEqual({ flagged: false, findings: [] });
    expect(r.lines[2].error).toBeTruthy();
  });

  it('applies a school settings file through the real schema (extra terms, switched-off rules), reporting bad values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-cli-'));
    const file = join(dir, 'policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            jacnbhbbamomihbhgpadfhgdohiggeob: {
              schoolName: 'Oakfield',
              categories: { offensive: { extraTerms: ['wazzock'], action: 'zap' }, bullying: { enabled: false } },
            },
          },
        },
      }),
    );
    const r = run('What a wazzock\n@sam you are a pathetic waste of space\n', ['--settings', file]);
    expect(r.status).toBe(0);
    expect(r.lines[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['offensive/admin-terms']);
    expect(r.lines[1].findings.filter((f: { category: string }) => f.category === 'bullying')).toEqual([]);
    expect(r.stderr).toContain("Your school's configuration has a problem: categories.offensive.action");
  });

  it('readSettings maps the settings to the checker context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-cli-'));
    const file = join(dir, 's.json');
    writeFileSync(file, JSON.stringify({ schoolName: 'Oakfield Academy', schoolAliases: ['OHS'], pupilNames: ['Zebedee Quark'] }));
    const ctx = readSettings(file, () => {});
    expect(ctx.schoolNames).toEqual(['Oakfield Academy', 'OHS']);
    expect(ctx.pupilNames).toEqual(['Zebedee Quark']);
    expect(checkLine('Zebedee Quark was brilliant today', { ...readSettingsFile(file, () => {}), model: null }).flagged).toBe(true);
  });
});
