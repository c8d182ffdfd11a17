/**
 * One assessment everywhere: `npm run check` (a real child process, reading an admin's policy file)
 * and the content script's path (the worker's snapshot as storage hands it over, the model loaded by
 * the content script's loader) give identical findings, text by text, on a few thousand posts.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { synthesise } from '../../../scripts/synth/index';
import { RULES } from '../../../src/checker';
import { docsOf } from '../../../src/checker/rules/docs';
import { resolveSettings } from '../../../src/settings/resolve';
import { activePack } from '../../../src/policy/active';
import type { SettingsSnapshot } from '../../../src/settings/snapshot';
import { snapshotOf } from '../../../src/settings/publish';
import { matchPupilNames } from '../../../src/checker/pupil-match';
import { assessDraft } from '../../../src/content/evaluate';
import { loadAssessModel } from '../../../src/assess/model';
import { assess, MODEL_PATH } from '../../../src/assess';
import { loadShippedModel } from '../../../src/cli/check';

const ROOT = resolve(__dirname, '../../..');

function jsonl(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function texts(): string[] {
  const out = new Set<string>();
  for (const t of jsonl(join(ROOT, 'test/corpus/school-examples.jsonl'))) out.add(t);
  for (const t of jsonl(join(ROOT, 'src/model/train-extra.jsonl'))) out.add(t);
  for (const r of RULES) for (const e of [...docsOf(r).flag, ...docsOf(r).ok]) out.add(typeof e === 'string' ? e : e.text);
  const synth = synthesise();
  for (let i = 0; i < synth.length && out.size < 3500; i += 2) out.add(synth[i]!.text);
  return [...out].filter((t) => t.trim() && !t.includes('\n'));
}

// A school's real settings: names, pupils, extra terms, a rule switched off, a severity changed.
const ADMIN = {
  schoolName: 'Oakfield Academy',
  schoolAliases: ['OHS'],
  pupilNames: ['Zebedee Quark', 'Harriet Moss'],
  categories: { offensive: { extraTerms: ['wazzock'] }, reputation: { severity: 'serious' }, bullying: { disabledRules: ['bullying/name-calling'] } },
};

describe('the CLI and the content script give the same assessment', () => {
  const all = texts();

  it('has a few thousand texts to compare', () => {
    expect(all.length).toBeGreaterThanOrEqual(2000);
  });

  for (const [name, admin] of [
    ['no admin settings', null],
    ['a school policy file', ADMIN],
  ] as const) {
    it(`identical findings on every text: ${name}`, () => {
      // Content script: the worker's snapshot as storage.local hands it over (a JSON round trip, no
      // pupils' names in it), the names the worker finds in each text, and the model file's bytes as
      // fetched from the extension.
      const resolved = resolveSettings(admin ?? {}, {});
      const snapshot = JSON.parse(JSON.stringify(snapshotOf(resolved, 0))) as SettingsSnapshot;
      expect(snapshot.settings.pupilNames).toEqual([]);
      const loaded = loadAssessModel(new Uint8Array(readFileSync(join(ROOT, 'public', MODEL_PATH))).buffer);
      expect(loaded.ok).toBe(true);
      const model = loaded.ok ? loaded.model : null;
      const browser = all.map((t) =>
        assessDraft(t, snapshot, { model, mediaAttached: false, pupilNames: matchPupilNames(t, resolved.settings.pupilNames) }, () => {}),
      );

      // The CLI: a separate process, reading the admin's file as a Chrome policy file, run as
      // `npm run check` runs it (the prebuilt bundle, rebuilt first if a source changed).
      const args = ['scripts/cli-run.mjs', 'check'];
      if (admin) {
        const file = join(mkdtempSync(join(tmpdir(), 'tt-assess-')), 'policy.json');
        writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { jacnbhbbamomihbhgpadfhgdohiggeob: admin } } }));
        args.push('--settings', file);
      }
      const r = spawnSync(process.execPath, args, {
        cwd: ROOT,
        input: all.map((t) => JSON.stringify({ text: t })).join('\n') + '\n',
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(r.stderr).toBe('');
      const cli = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { flagged: boolean; findings: Array<Record<string, unknown>> });
      expect(cli).toHaveLength(all.length);
      let flaggedCount = 0;
      let modelFindings = 0;
      cli.forEach((line, i) => {
        const strip = line.findings.map(({ matched: _m, words: _w, ...f }) => f);
        expect({ text: all[i], findings: strip }).toEqual({ text: all[i], findings: browser[i] });
        expect(line.flagged).toBe(browser[i]!.length > 0);
        if (line.flagged) flaggedCount++;
        modelFindings += browser[i]!.filter((f) => f.source === 'model').length;
      });
      // Not a vacuous comparison: many posts are flagged, and the model takes part.
      expect(flaggedCount).toBeGreaterThan(all.length / 5);
      expect(modelFindings).toBeGreaterThan(0);
    }, 120_000);
  }

  it('the CLI uses the learned model unless told not to (rules only differs)', () => {
    const model = loadShippedModel(() => {});
    expect(model).not.toBeNull();
    const settings = resolveSettings({}, {}).settings;
    const pack = activePack(settings);
    const diff = all.filter(
      (t) => JSON.stringify(assess(t, { settings, pack, model }).findings) !== JSON.stringify(assess(t, { settings, pack, model: null }).findings),
    );
    expect(diff.length).toBeGreaterThan(10);
  });
});
