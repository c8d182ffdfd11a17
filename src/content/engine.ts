/**
 * The part of the content script loaded when a composer is first used (built as one self-contained
 * module, see src/bundle-paths.ts): the checker, the assessment and the model's code, with
 * the steps that ready them without a long task (see ./loaders.ts).
 */
export * from './evaluate';
export { loadAssessModelInSteps } from '../assess/model';
export { prepareAssessment } from '../assess/prepare';
