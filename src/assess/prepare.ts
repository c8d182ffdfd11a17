/**
 * The assessment's first-use work done ahead of the first draft, without a long task: the checker's
 * word tables and patterns (src/checker/prepare.ts), then one assessment of an ordinary sentence so
 * its code has run once. Call it when a composer is first used, alongside loading the model
 * (loadAssessModelInSteps in ./model.ts); a check that comes first does its own share of the work,
 * as it always did, and finds the rest done.
 *
 *   await prepareAssessment();                          // tasks of about 8 ms, main thread given back between
 *   await prepareAssessment({ budgetMs: 4, nextTask }); // or as the page prefers
 */
import { prepareSteps } from '../checker/prepare';
import { assess, type AssessContext } from './index';
import { runInSteps, type StepOptions } from './steps';

/** Each yield names the step that follows (for the benchmark). Never throws. */
export function* prepareAssessmentSteps(ctx: AssessContext = { settings: null, pack: null }): Generator<string, void, void> {
  yield* prepareSteps();
  yield 'first assessment';
  assess('Think twice before you post: is it kind, is it true and would you say it to the school?', ctx);
}

/** Runs prepareAssessmentSteps() a task at a time (see runInSteps). Never rejects. */
export async function prepareAssessment(opts: StepOptions & { ctx?: AssessContext } = {}): Promise<void> {
  try {
    await runInSteps(prepareAssessmentSteps(opts.ctx), opts);
  } catch {
    // Preparing is only ahead-of-time work: a check does whatever is left.
  }
}
