/**
 * The part of the content script loaded when a composer is first used (built as one self-contained
 * module, see src/content/bundle-paths.ts): the checker, the assessment and the model's code.
 */
export * from './evaluate';
export { loadAssessModel } from '../assess/model';
