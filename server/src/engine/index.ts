// The engine's public surface: what adapters (LSP server, CLI, benchmarks) import.
export { Article } from './article';
export * from './types';
export * from './config';
export { lint } from './lint';
export { applyEdits, safeFixEdits } from './edits';
export { fingerprintOf } from './fingerprint';
export { localize, detectArabicShare } from './locale';
export { allRules, ruleById } from '../rules';
