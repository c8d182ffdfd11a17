/**
 * The admin validator (src/cli/validate-config-core.ts and the CLI): every example passes, and a
 * table of broken files each yields its expected path and message.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  validateConfig,
  validateConfigText,
  formatResult,
  parseJson,
  DEV_EXTENSION_ID,
  GECKO_ID,
  type ConfigProblem,
} from '../../../src/cli/validate-config-core';
import { RULES } from '../../../src/checker/rules/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const EXAMPLES = join(ROOT, 'examples');
const rules = new Map(RULES.map((r) => [r.id, r.category as string]));
const secondary = JSON.parse(readFileSync(join(EXAMPLES, 'secondary-school.json'), 'utf8'));

describe('the examples', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  it('include a secondary and a primary school, and each console format', () => {
    expect(files.sort()).toEqual([
      'chrome-policy-linux.json',
      'firefox-policies.json',
      'google-admin-console.json',
      'primary-school.json',
      'secondary-school.json',
    ]);
  });
  it.each(files)('%s is valid', (file) => {
    const r = validateConfigText(readFileSync(join(EXAMPLES, file), 'utf8'), { rules });
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    // The Linux example holds the settings only: docs/admin.md installs with a second file.
    if (file === 'chrome-policy-linux.json') expect(r.notes).toEqual([expect.stringMatching(/^This file sets Think Twice's settings but does not install it/)]);
    else expect(r.notes).toEqual([]);
    expect(r.exitCode).toBe(0);
  });
  it('are recognised in their own formats', () => {
    const fmt = (f: string) => validateConfigText(readFileSync(join(EXAMPLES, f), 'utf8')).format;
    expect(fmt('secondary-school.json')).toBe('settings');
    expect(fmt('chrome-policy-linux.json')).toBe('chrome');
    expect(fmt('firefox-policies.json')).toBe('firefox');
    expect(fmt('google-admin-console.json')).toBe('google-admin');
  });
  it('the wrapped files hold exactly the secondary configuration', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8'));
    expect(read('chrome-policy-linux.json')['3rdparty'].extensions[DEV_EXTENSION_ID]).toEqual(secondary);
    expect(read('firefox-policies.json').policies['3rdparty'].Extensions[GECKO_ID]).toEqual(secondary);
    const g = read('google-admin-console.json');
    expect(Object.fromEntries(Object.entries(g).map(([k, v]) => [k, (v as { Value: unknown }).Value]))).toEqual(secondary);
  });
  it('use every admin setting the schema has between them', () => {
    const primary = JSON.parse(readFileSync(join(EXAMPLES, 'primary-school.json'), 'utf8'));
    const keys = new Set([...Object.keys(secondary), ...Object.keys(primary)]);
    for (const k of [
      'schoolName',
      'trustName',
      'schoolAliases',
      'officialAccounts',
      'policyUrl',
      'policyPack',
      'pupilNames',
      'categories',
      'safeguardingLead',
      'timetable',
      'staffMayChangeSettings',
      'showIndicator',
    ])
      expect(keys, k).toContain(k);
    expect(secondary.timetable.weekCycle).toBe(2);
    expect(primary.timetable.weekCycle).toBe(1);
    expect(secondary.pupilNames).toBeUndefined();
    expect(primary.pupilNames.length).toBeGreaterThan(3);
  });
});

const chrome = (settings: unknown) => ({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: settings } } });
const firefox = (settings: unknown) => ({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } });

const BROKEN: { name: string; file: unknown; problems: ConfigProblem[] }[] = [
  { name: 'wrong type', file: { schoolName: 5 }, problems: [{ path: 'schoolName', message: 'must be a string, not number 5' }] },
  {
    name: 'true/false as text',
    file: { staffMayChangeSettings: 'no' },
    problems: [{ path: 'staffMayChangeSettings', message: 'must be true or false, not "no"' }],
  },
  {
    name: 'impossible time 25:00',
    file: { timetable: { weeks: [{ days: { monday: [{ name: 'Period 1', start: '25:00', end: '10:00' }] } }] } },
    problems: [
      { path: 'timetable.weeks.0.days.monday.0.start', message: 'must be a time of day as HH:MM on the 24-hour clock, from 00:00 to 23:59 (e.g. 08:45)' },
    ],
  },
  {
    name: 'a period ending before it starts',
    file: {
      timetable: {
        weeks: [
          {
            days: {
              monday: [
                { name: 'Period 1', start: '09:00', end: '10:00' },
                { name: 'Period 2', start: '10:40', end: '10:20' },
              ],
            },
          },
        ],
      },
    },
    problems: [{ path: 'timetable.weeks.0.days.monday.1', message: "'Period 2' (10:40-10:20) ends before it starts" }],
  },
  {
    name: 'unknown category key',
    file: { categories: { ofensive: { action: 'block' } } },
    problems: [
      {
        path: 'categories.ofensive',
        message: expect.stringMatching(
          /^is not a Think Twice setting \(check the spelling\); did you mean "offensive"\? The categories are: confidential, bullying, .*reporting\.$/,
        ),
      },
    ],
  },
  {
    name: 'unknown setting key',
    file: { scholName: 'Ashbrook' },
    problems: [{ path: 'scholName', message: 'is not a Think Twice setting (check the spelling); did you mean "schoolName"?' }],
  },
  {
    name: 'a setting that does not exist at all',
    file: { favouriteColour: 'teal' },
    problems: [{ path: 'favouriteColour', message: 'is not a Think Twice setting (check the spelling)' }],
  },
  {
    name: 'bad action',
    file: { categories: { offensive: { action: 'zap' } } },
    problems: [{ path: 'categories.offensive.action', message: 'must be one of: "nudge", "reason", "block" (found "zap")' }],
  },
  {
    name: 'malformed policy pack missing clauses',
    file: {
      policyPack: {
        id: 'trust-policy',
        title: 'Trust policy',
        version: '1',
        effectiveDate: '2026-09-01',
        prompt: { heading: "If in doubt, don't post it!" },
        categories: [{ id: 'bullying', title: 'Bullying', clauses: ['3.2'], explanation: 'Be kind.' }],
      },
    },
    problems: [{ path: 'policyPack.clauses', message: 'is required' }],
  },
  {
    name: 'bad email',
    file: { safeguardingLead: { email: 'dsl at school' } },
    problems: [{ path: 'safeguardingLead.email', message: 'must be an email address (or left empty)' }],
  },
  {
    name: 'bad policyUrl',
    file: { policyUrl: 'www.school.example/policy' },
    problems: [{ path: 'policyUrl', message: 'must be an address starting https:// (or left empty)' }],
  },
  {
    name: 'unknown rule id',
    file: { categories: { offensive: { disabledRules: ['offensive/profanty'] } } },
    problems: [
      {
        path: 'categories.offensive.disabledRules.0',
        message:
          '"offensive/profanty" is not a rule id (did you mean "offensive/profanity"?); this category\'s rules are: offensive/profanity, offensive/threat, offensive/sexual, offensive/veiled-threat, offensive/lewd',
      },
    ],
  },
  {
    name: 'a rule listed under the wrong category',
    file: { categories: { bullying: { disabledRules: ['offensive/profanity'] } } },
    problems: [
      {
        path: 'categories.bullying.disabledRules.0',
        message: '"offensive/profanity" is a rule of the "offensive" category: list it under categories.offensive.disabledRules',
      },
    ],
  },
  {
    name: 'a Chrome policy file with a bad value',
    file: chrome({ schoolName: 'Ashbrook', showIndicator: 'yes' }),
    problems: [{ path: 'showIndicator', message: 'must be true or false, not "yes"' }],
  },
  {
    name: 'a Firefox policies.json with a bad value',
    file: firefox({ trustName: ['Riverside'] }),
    problems: [{ path: 'trustName', message: 'must be a string, not a list' }],
  },
  {
    name: 'a Google Admin console file with a bad value',
    file: { schoolName: { Value: 'Ashbrook' }, categories: { Value: { safeguarding: { action: 'stop' } } } },
    problems: [{ path: 'categories.safeguarding.action', message: 'must be one of: "nudge", "reason", "block" (found "stop")' }],
  },
  {
    name: 'a Google Admin console file with one value not wrapped',
    file: { schoolName: { Value: 'Ashbrook' }, trustName: 'Riverside' },
    problems: [{ path: 'trustName', message: 'is not wrapped as {"Value": ...}: in this format every setting must be' }],
  },
];

describe('broken configurations', () => {
  it.each(BROKEN)('$name', ({ file, problems }) => {
    const r = validateConfig(file, { rules });
    expect(r.problems).toEqual(problems);
    expect(r.exitCode).toBe(1);
  });

  it('a Google Admin console file unwraps to the same settings', () => {
    const r = validateConfig({ schoolName: { Value: 'Ashbrook' }, staffMayChangeSettings: { Value: false } });
    expect(r.format).toBe('google-admin');
    expect(r.exitCode).toBe(0);
    expect(r.applied).toEqual(['schoolName', 'staffMayChangeSettings']);
  });

  it('picks the Think Twice entry among several extensions, or the one named with --id', () => {
    const file = { '3rdparty': { extensions: { aaaabbbbccccddddeeeeffffgggghhhh: { other: 1 }, [DEV_EXTENSION_ID]: { schoolName: 'Ashbrook' } } } };
    expect(validateConfig(file).exitCode).toBe(0);
    const store = { '3rdparty': { extensions: { aaaabbbbccccddddeeeeffffgggghhhh: { schoolName: 'Ashbrook' }, ppppbbbbccccddddeeeeffffgggghhhh: {} } } };
    const unsure = validateConfig(store);
    expect(unsure.exitCode).toBe(2);
    expect(unsure.fatal).toMatch(/--id/);
    expect(validateConfig(store, { id: 'aaaabbbbccccddddeeeeffffgggghhhh' }).exitCode).toBe(0);
    const only = validateConfig({ '3rdparty': { extensions: { aaaabbbbccccddddeeeeffffgggghhhh: { schoolName: 'Ashbrook' } } } });
    expect(only.exitCode).toBe(0);
    expect(only.notes[0]).toMatch(/only entry/);
  });

  it('says which spelling of "extensions" each browser needs', () => {
    expect(validateConfig({ '3rdparty': { Extensions: {} } }).fatal).toMatch(/lower case/);
    expect(validateConfig({ policies: { '3rdparty': { extensions: {} } } }).fatal).toMatch(/capital E/);
  });

  it('notes, rather than fails, when the rule list is not available', () => {
    const r = validateConfig({ categories: { offensive: { disabledRules: ['offensive/whatever'] } } });
    expect(r.exitCode).toBe(0);
    expect(r.notes.join(' ')).toMatch(/not checked/);
  });

  it('prints one line per problem and a summary', () => {
    const r = validateConfig({ schoolName: 'Ashbrook', policyUrl: 'nope' }, { rules });
    const out = formatResult(r, 'school.json');
    expect(out.stdout).toEqual([
      'policyUrl: must be an address starting https:// (or left empty)',
      expect.stringMatching(/^1 problem in school\.json \(settings object\)\..* the other 1 setting still applies\.$/),
    ]);
  });
});

describe('files that cannot be read as JSON (exit 2)', () => {
  it.each([
    ['{\n  "schoolName": "Ashbrook",\n}\n', /^Not valid JSON at line 3 column 1: .*no comma before a closing/],
    ['{\n  "schoolName": "Ashbrook"\n  "trustName": "Riverside"\n}', /^Not valid JSON at line 3 column 3: Expected ',' or '}' after property value\.$/],
    ["{ 'schoolName': 'Ashbrook' }", /^Not valid JSON at line 1 column 3: .*"double quotes"/],
    ['{\n  // our school\n  "schoolName": "x"\n}', /^Not valid JSON at line 2 column 3: .*no comments/],
    ['{"schoolName": "Ashbrook"', /^Not valid JSON at line 1 column 26: the file ends too soon/],
    ['', /^The file is empty/],
  ])('%j', (text, message) => {
    const r = validateConfigText(text);
    expect(r.exitCode).toBe(2);
    expect(r.fatal).toMatch(message);
  });
  it('a byte-order mark (Windows editors) is fine', () => {
    expect(parseJson('\uFEFF{"schoolName": "x"}').ok).toBe(true);
  });
  it('JSON that is not an object', () => {
    const r = validateConfigText('["Ashbrook"]');
    expect(r.exitCode).toBe(2);
    expect(r.fatal).toMatch(/holds a list; expected a JSON object/);
  });
});

describe('the command', () => {
  // What `npm run validate-config` runs: the prebuilt bundle, through its launcher.
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/cli-run.mjs'), 'validate-config', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 30_000 });

  it('passes an example, with exit status 0', () => {
    const r = run([join(EXAMPLES, 'chrome-policy-linux.json')]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Note: This file sets Think Twice's settings but does not install it/);
    expect(lines[1]).toMatch(
      /^OK: .*chrome-policy-linux\.json is a valid Think Twice configuration \(Chrome\/Chromium\/Edge policy file, entry "jacnbhbbamomihbhgpadfhgdohiggeob"; \d+ settings set/,
    );
    expect(r.status).toBe(0);
  });

  it('prints each problem with its path (exit 1), checks rule ids, and reports unreadable JSON (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-validate-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ schoolName: 'Ashbrook', categories: { offensive: { action: 'zap', disabledRules: ['offensive/nope'] } } }));
      const r = run([bad]);
      expect(r.status).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toBe('categories.offensive.action: must be one of: "nudge", "reason", "block" (found "zap")');
      expect(lines[1]).toMatch(/^categories\.offensive\.disabledRules\.0: "offensive\/nope" is not a rule id/);
      expect(lines[2]).toMatch(/^2 problems in /);

      const stdin = run(['-'], '{"schoolName": "Ashbrook",}');
      expect(stdin.status).toBe(2);
      expect(stdin.stderr.trim()).toBe(
        '(standard input): Not valid JSON at line 1 column 27: Expected double-quoted property name (JSON allows no comma before a closing } or ]).',
      );

      const missing = run([join(dir, 'nope.json')]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/cannot read the file \(no such file\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
