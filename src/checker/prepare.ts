/**
 * The checker's first-use work, done ahead of the first check in pieces of a few milliseconds each,
 * so that neither preparing nor the first check is a long task on a slow laptop.
 *
 * What a first check would otherwise do in one go: build the lexicon and the word tables of the gates
 * and anchors (doc.ts), then, for each pattern a draft opens, write out its word lists and have V8
 * compile it twice (to bytecode on its first run, to machine code on its second: V8's regex tier-up).
 * Preparing does each of these as its own step, pattern by pattern. A check that comes before
 * preparing has finished simply does what is left of its own share, as it always did.
 *
 *   const steps = prepareSteps(); let s = steps.next();
 *   while (!s.done) { if (outOfTime()) await nextTask(); s = steps.next(); }
 *
 * (src/assess/prepare.ts drives it with a time budget per task.)
 */
import { gatedPatterns, prepareTables, tablesFor } from './doc';
import { LAZY_PATTERNS, regexOf, type Pattern } from './pattern';
import { RULES } from './rules';

/** What a pattern is run on to have V8 compile it: short, one-byte (as the normalised text of most drafts is), matching nothing. */
const WARM_TEXT = 'think twice';

/**
 * One step per piece of first-use work (see the module comment); each yield names the piece the next
 * step does (for the benchmark). Never throws.
 */
export function* prepareSteps(): Generator<string, void, void> {
  try {
    tablesFor(RULES);
    yield* prepareTables();
  } catch {
    return;
  }
  const seen = new Set<Pattern>();
  for (const p of [...gatedPatterns(), ...LAZY_PATTERNS]) {
    if (seen.has(p)) continue;
    seen.add(p);
    yield 'build pattern ' + seen.size;
    let re: RegExp;
    try {
      // Writes out its word lists and parses it (a tamed copy for a plain regex).
      re = regexOf(p);
    } catch {
      continue;
    }
    // Bytecode, then machine code (V8 compiles a regex to machine code on its second run).
    for (let run = 0; run < 2; run++) {
      yield (run === 0 ? 'bytecode ' : 'machine code ') + re.source.slice(0, 40);
      try {
        re.lastIndex = 0;
        re.exec(WARM_TEXT);
        re.lastIndex = 0;
      } catch {
        // A pattern that fails here fails in its rule too, which skips it.
      }
    }
  }
}

/** Runs every step at once (tests and tools). */
export function prepareNow(): void {
  for (const _ of prepareSteps());
}
