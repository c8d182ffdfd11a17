/**
 * Runs a command-line tool from its prebuilt bundle, rebuilding the bundle first when a file it was
 * built from has changed, with V8's code cache (see lib/cli-bundle.mjs). Plain JavaScript, so that it
 * starts in tens of milliseconds where tsx takes about a second.
 *
 *   node scripts/cli-run.mjs check [--settings FILE] [--rules-only] < posts
 *   node scripts/cli-run.mjs validate-config FILE
 *
 * `npm run check` and `npm run validate-config` call this; calling it directly saves npm's own
 * start-up (0.3 to 0.5 s on a 2-core machine).
 */
import { COMMANDS, ensureBundle, runBundle } from './lib/cli-bundle.mjs';

const [name, ...args] = process.argv.slice(2);
const command = Object.hasOwn(COMMANDS, name ?? '') ? COMMANDS[name] : undefined;
if (!command) {
  process.stderr.write(`Usage: node scripts/cli-run.mjs <${Object.keys(COMMANDS).join('|')}> [arguments]\n`);
  process.exit(2);
}

let bundle;
try {
  bundle = await ensureBundle(command);
} catch (e) {
  process.stderr.write(`Could not build ${command.entry}: ${e?.message ?? e}\n`);
  process.exit(2);
}
// The tools read their arguments from process.argv and run their main() only when they are the
// script Node was started with, so they see exactly what `node build/cli/<tool>.cjs ARGS` would.
process.argv = [process.argv[0], bundle.path, ...args];
runBundle(bundle.path, bundle.buildId);
