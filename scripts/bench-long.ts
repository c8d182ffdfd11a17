/**
 * `npm run bench:long`: a benchmark (not a test) of long drafts on the main thread.
 *
 * For drafts of 2,000, 60,000 and 1,000,000 characters (varied school sentences with a risky one
 * near the end), prints the longest single main-thread task Think Twice takes:
 *  - typing: before, the whole draft assessed at every check (what the indicator did); after, the
 *    typing check (src/assess/long.ts createTypingCheck): the first check after the paste, a
 *    keystroke in the middle and one at the end, the longest of the three;
 *  - submit: before, assess() of the whole draft in one task; after, assessInSlices(), timed task by
 *    task between its yields;
 * beside the 50 ms long-task target, and whether it holds. Node, on this machine's CPU: a slower
 * laptop takes longer, which is why the slices aim far below 50 ms. Each figure is the median of
 * RUNS runs (the machine is shared and noisy).
 *
 *   npm run bench:long                 # Node figures
 *   npm run bench:long -- --browser    # also real Chromium, CPU slowed 4x: a 1 MB paste and a send
 *                                      # (builds the extension into /tmp/tt-dist-long, not dist/;
 *                                      # --ext LABEL=DIR, repeatable, for builds of your own)
 *   npm run bench:long -- --browser-only
 */
import { assess } from '../src/assess';
import { assessInSlices, createTypingCheck, SLICE_CHARS, TASK_BUDGET_MS, TYPING_MAX_CHARS } from '../src/assess/long';
import { evaluateDraft } from '../src/content/evaluate';
import { loadShippedModel, resolveCliSettings } from '../src/cli/check';
import type { SettingsSnapshot } from '../src/settings/snapshot';
import { longDraft } from './lib/long-draft';

const RUNS = 5;
const TARGET_MS = 50;
const SIZES = [2_000, 60_000, 1_000_000];

const { settings, pack } = resolveCliSettings({});
const model = loadShippedModel();
if (!model) throw new Error('the shipped model could not be loaded');
const snapshot = { settings, pack, at: 0 } as unknown as SettingsSnapshot;
const ctx = { settings, pack, model };
const quiet = () => {};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Before: the whole draft assessed in one task, with the concerns (what the indicator and the send did). */
function before(text: string): number {
  return timed(() => evaluateDraft(text, snapshot, { model }, quiet));
}

/** After, typing: the longest of the first check after pasting `text`, a keystroke in the middle and one at the end. */
function typingAfter(text: string): number {
  const check = createTypingCheck();
  const typing = (t: string) => timed(() => check(t, ctx));
  check('', ctx);
  const mid = text.length >> 1;
  const edited = text.slice(0, mid) + 'x' + text.slice(mid);
  return Math.max(typing(text), typing(edited), typing(edited + 'y'));
}

/** After, submit: the longest task of the sliced check, the number of tasks and the total time. */
async function submitAfter(text: string): Promise<{ longest: number; tasks: number; total: number; found: number }> {
  const tasks: number[] = [];
  let start = performance.now();
  const t0 = start;
  const r = await assessInSlices(text, ctx, {
    nextTask: async () => {
      tasks.push(performance.now() - start);
      await new Promise<void>((resolve) => setImmediate(resolve));
      start = performance.now();
    },
  });
  tasks.push(performance.now() - start);
  return { longest: Math.max(...tasks), tasks: tasks.length, total: performance.now() - t0, found: r.findings.length };
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms ${ms < TARGET_MS ? 'holds' : 'FAILS'}`;

async function node(): Promise<void> {
  console.log(`Longest single main-thread task (Node ${process.version}, this machine; median of ${RUNS} runs; target < ${TARGET_MS} ms)\n`);
  console.log('draft            | typing before     | typing after      | submit before     | submit after      | submit after: tasks, total, findings');
  for (const n of SIZES) {
    const text = longDraft(n);
    // Warm up: the first check compiles the rules' patterns (a separate, one-off cost).
    assess(text.slice(0, 5000), ctx);
    const tb: number[] = [];
    const ta: number[] = [];
    const sa: Array<Awaited<ReturnType<typeof submitAfter>>> = [];
    for (let i = 0; i < RUNS; i++) {
      tb.push(before(text));
      ta.push(typingAfter(text));
      sa.push(await submitAfter(text));
    }
    const s = sa.sort((a, b) => a.longest - b.longest)[sa.length >> 1]!;
    // Before, the send ran the same whole-draft assessment as each typing check.
    console.log(
      `${(n.toLocaleString('en-GB') + ' chars').padEnd(16)} | ${fmt(median(tb))} | ${fmt(median(ta))} | ${fmt(median(tb))} | ${fmt(s.longest)} | ${s.tasks} tasks, ${s.total.toFixed(0)} ms, ${s.found} findings`,
    );
  }
  const n = (x: number) => x.toLocaleString('en-GB');
  console.log(
    `\n(typing after: a draft over ${n(TYPING_MAX_CHARS)} characters is checked around the last edit; submit after: slices of ${n(SLICE_CHARS)} characters, ${TASK_BUDGET_MS} ms of work per task, then the main thread is given back)`,
  );
}

async function main(): Promise<void> {
  if (!process.argv.includes('--browser-only')) await node();
  if (process.argv.includes('--browser') || process.argv.includes('--browser-only')) {
    const { browser } = await import('./lib/bench-long-browser');
    await browser();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
