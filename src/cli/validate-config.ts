/**
 * `npm run --silent validate-config -- FILE [--id ID]`: checks an admin's Think Twice
 * configuration against the extension's own settings schema before it goes to staff machines.
 *
 * FILE is the bare settings object, a Chrome/Chromium/Edge policy file, a Firefox policies.json
 * or the Google Admin console's {"Value": ...} JSON; `-` reads standard input. Prints one line per
 * problem, "<path>: <what is wrong>", then a summary. Exit status: 0 valid, 1 problems, 2 the file
 * could not be read or understood. The logic is in validate-config-core.ts.
 */
import { readFileSync } from 'node:fs';
import { validateConfigText, formatResult, type ValidateOptions } from './validate-config-core';

const USAGE = `Usage: npm run --silent validate-config -- FILE [--id EXTENSION_ID]

Checks a Think Twice configuration: the settings object, a Chrome/Chromium/Edge policy file
({"3rdparty":{"extensions":{"<id>":{...}}}}), a Firefox policies.json, or the Google Admin
console's "Policy for extensions" JSON ({"schoolName":{"Value":"..."}}). FILE "-" reads stdin.

  --id ID   which entry of a policy file holds the Think Twice settings (default: the
            development ID, the Firefox add-on ID, or the only entry)

Exit status: 0 valid, 1 problems found, 2 the file could not be read or parsed.`;

/** The checker's rule registry (id -> category), or null when this copy has none yet. */
async function loadRules(): Promise<Map<string, string> | null> {
  try {
    // Loaded on demand, and a failure only drops the rule-id check. A literal specifier (not a URL
    // built at run time) so that esbuild puts the rules into the prebuilt bundle that
    // `npm run validate-config` runs; with a URL the bundle would look for a .ts file beside itself.
    const mod = (await import('../checker/rules/index')) as { RULES?: readonly { id: string; category: string }[] };
    if (!Array.isArray(mod.RULES)) return null;
    return new Map(mod.RULES.map((r) => [r.id, r.category]));
  } catch {
    return null;
  }
}

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFileSync(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  const opts: ValidateOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a === '--id') {
      opts.id = argv[++i];
      if (!opts.id) {
        console.error('--id needs an extension ID.\n\n' + USAGE);
        return 2;
      }
    } else if (a.startsWith('--id=')) opts.id = a.slice(5);
    else if (a.startsWith('-') && a !== '-') {
      console.error(`Unknown option ${a}.\n\n${USAGE}`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      console.error(`Only one FILE, please (got "${file}" and "${a}").\n\n${USAGE}`);
      return 2;
    }
  }
  if (file === undefined) {
    console.error(USAGE);
    return 2;
  }
  const label = file === '-' ? '(standard input)' : file;
  let text: string;
  try {
    text = await readInput(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((err as Error).message ?? err);
    console.error(`${label}: cannot read the file (${why}).`);
    return 2;
  }
  opts.rules = await loadRules();
  const result = validateConfigText(text, opts);
  const out = formatResult(result, label);
  for (const line of out.stdout) console.log(line);
  for (const line of out.stderr) console.error(line);
  return result.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`validate-config failed: ${String(err?.stack ?? err)}`);
    process.exitCode = 2;
  },
);
