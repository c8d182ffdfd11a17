/**
 * A benchmark (not a test): npm run bench:cli
 *
 * How long `npm run check` takes from the command to its exit, as a person at a terminal feels it,
 * on empty input and on one post (one that is flagged, so the rules' first use is included), before
 * (tsx compiling src/cli/check.ts at run time) and after (the prebuilt bundle through
 * scripts/cli-run.mjs), against the 0.5 s target. Also the same commands without npm in front, and
 * npm's own share (an empty npm script), to show where the time goes.
 *
 * "before" through npm is a throwaway package whose script runs the old command in this repository,
 * so it pays the same npm start-up as `npm run check` did. Every command runs once untimed (which
 * builds the bundle and its code cache if needed), then five timed rounds taken in turns, so that
 * load from other processes on a shared machine falls on all alike; median of 5 (and the fastest).
 * On Linux it also prints the CPU time the command and its children used (from /proc: user + system,
 * 10 ms ticks), which a busy machine inflates far less than the wall time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_S = 0.5;
const ROUNDS = 5;
const POST = JSON.stringify({ text: '@sam you are a pathetic waste of space' }) + '\n';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsxBin = join(root, 'node_modules/.bin/tsx');
const scratch = mkdtempSync(join(tmpdir(), 'tt-bench-cli-'));
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({
    name: 'tt-bench-cli',
    private: true,
    scripts: { before: `cd ${JSON.stringify(root)} && ${JSON.stringify(tsxBin)} src/cli/check.ts`, noop: 'true' },
  }),
);

interface Command {
  label: string;
  cmd: string;
  args: string[];
  cwd: string;
  /** Rows that take input; npm's share alone does not. */
  input: boolean;
}

const COMMANDS: Command[] = [
  { label: 'before: npm run check (tsx)', cmd: npm, args: ['run', '--silent', 'before'], cwd: scratch, input: true },
  { label: 'before: node --import tsx src/cli/check.ts', cmd: process.execPath, args: ['--import', 'tsx', 'src/cli/check.ts'], cwd: root, input: true },
  { label: 'after:  npm run check', cmd: npm, args: ['run', '--silent', 'check'], cwd: root, input: true },
  { label: 'after:  node scripts/cli-run.mjs check', cmd: process.execPath, args: ['scripts/cli-run.mjs', 'check'], cwd: root, input: true },
  { label: 'after:  node build/cli/check.cjs (no cache)', cmd: process.execPath, args: ['build/cli/check.cjs'], cwd: root, input: true },
  { label: "npm's share: an empty npm script", cmd: npm, args: ['run', '--silent', 'noop'], cwd: scratch, input: false },
  { label: "Node's share: node -e 0", cmd: process.execPath, args: ['-e', '0'], cwd: root, input: false },
];
const INPUTS: Array<[string, string]> = [
  ['empty input', ''],
  ['one post', POST],
];

/** CPU seconds (user + system) used so far by this process's finished children; null off Linux. */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(')').pop()!.trim().split(/\s+/);
    // After the name: state is field 3, cutime and cstime are fields 16 and 17 (proc(5)).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function once(c: Command, input: string): { wall: number; cpu: number | null } {
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.cmd, c.args, { cwd: c.cwd, input, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu1 = childrenCpu();
  if (r.status !== 0) throw new Error(`${c.label} failed (${r.status}): ${r.stderr}`);
  if (c.input && input && !r.stdout.includes('"flagged":true')) throw new Error(`${c.label} did not flag the post: ${r.stdout}`);
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (s: number) => `${s.toFixed(2)} s`;

console.log(`CLI start-up, wall time from command to exit: median of ${ROUNDS} (fastest), target under ${TARGET_S} s`);
console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the start`);

const cells = COMMANDS.flatMap((c) => (c.input ? INPUTS : [INPUTS[0]!]).map(([name, text]) => ({ c, name, text, times: [] as number[], cpu: [] as number[] })));
for (const cell of cells) once(cell.c, cell.text); // untimed: builds the bundle and its code cache when needed
for (let r = 0; r < ROUNDS; r++) {
  for (const cell of cells) {
    const t = once(cell.c, cell.text);
    cell.times.push(t.wall);
    if (t.cpu !== null) cell.cpu.push(t.cpu);
  }
}
rmSync(scratch, { recursive: true, force: true });

const width = Math.max(...COMMANDS.map((c) => c.label.length));
const COL = 34;
console.log(`\n${'command'.padEnd(width)}  ${INPUTS.map(([n]) => `${n}: wall (fastest), CPU`.padEnd(COL)).join('  ')}`);
for (const c of COMMANDS) {
  const row = INPUTS.map(([name]) => {
    const cell = cells.find((x) => x.c === c && x.name === name);
    if (!cell) return ''.padEnd(COL);
    const cpu = cell.cpu.length ? `, ${fmt(median(cell.cpu))}` : '';
    return `${fmt(median(cell.times))} (${fmt(Math.min(...cell.times))})${cpu}`.padEnd(COL);
  });
  console.log(`${c.label.padEnd(width)}  ${row.join('  ')}`);
}

console.log(`\nLoad average ${loadavg()[0]!.toFixed(1)} at the end.`);
for (const label of ['after:  npm run check', 'after:  node scripts/cli-run.mjs check']) {
  for (const [name] of INPUTS) {
    const m = median(cells.find((x) => x.c.label === label && x.name === name)!.times);
    const verdict = m < TARGET_S ? 'meets the target' : `misses the target by ${fmt(m - TARGET_S)}`;
    console.log(`${label.replace(/^after: +/, '')}, ${name}: ${fmt(m)}, ${verdict}`);
  }
}
