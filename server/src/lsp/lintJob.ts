// The text-heavy work of the server as pure functions of plain data: they run in the lint worker thread (or
// inline when no worker can be started), so the connection stays free to answer the editor meanwhile.
import { Article, applyEdits, lint, ruleById, safeFixEdits, type Config, type Finding, type Localized, type TextEdit } from '../engine';
import { WorkspaceIndex, type FileSummaries } from '../workspace';

export type LintJob =
  | { kind: 'lint'; uri: string; text: string; config: Config; index: boolean }
  | { kind: 'fixAll'; uri: string; text: string; config: Config }
  | { kind: 'summarize'; uri: string; text: string };

export interface RuleError { ruleId: string; message: string }

/** What the main thread needs to know of a rule it does not load (hovers show the description). */
export interface RuleMeta { id: string; description: Localized; docs: string }

export type LintJobResult =
  | {
    kind: 'lint'; findings: Finding[]; summaries?: FileSummaries; ruleErrors: RuleError[]; ms: number;
    /** The rules that reported. */
    rules: RuleMeta[];
    /** For each other file a fix edits: the fingerprint of the text its indexed offsets belong to. */
    indexedHashes: Record<string, string>;
  }
  | { kind: 'fixAll'; text: string; edits: TextEdit[]; passes: number; ruleErrors: RuleError[] }
  | { kind: 'summarize'; summaries: FileSummaries };

/** What the worker tells the main thread after it indexed a file's summaries (the main thread holds no index). */
export interface IndexedFile {
  /** What rules read of the index changed (WorkspaceIndex.setSummaries): open documents are re-linted. */
  changed: boolean;
  /** The fingerprint of the text the summaries came from (contentHash.ts): for cross-file fix checks. */
  contentHash: string;
  /** The summaries, v8-serialized: kept by the main thread only to re-seed a restarted worker. */
  packed: Uint8Array;
}

/** A job's result as it crosses to the main thread: summaries replaced by what the worker made of them. */
export type LintJobReply =
  | (Omit<Extract<LintJobResult, { kind: 'lint' }>, 'summaries'> & { indexed?: IndexedFile })
  | Extract<LintJobResult, { kind: 'fixAll' }>
  | { kind: 'summarize'; indexed: IndexedFile };

/** Fix-all re-lints the fixed text: one fix can reveal another (a unified spelling changes the majority of the next
 * word). Bounded, since rules are not guaranteed to converge. */
const MAX_FIX_PASSES = 5;

export function runLintJob(job: LintJob, workspace: WorkspaceIndex): LintJobResult {
  const ruleErrors: RuleError[] = [];
  const onRuleError = (ruleId: string, e: unknown) => ruleErrors.push({ ruleId, message: e instanceof Error ? e.stack ?? e.message : String(e) });
  switch (job.kind) {
    case 'lint': {
      const t0 = Date.now();
      // one Article for the lint and the file's index summaries: the name mentions are found once
      const article = new Article(job.text);
      const findings = lint(article, job.config, { uri: job.uri, workspace, onRuleError });
      const rules = new Map<string, RuleMeta>();
      const indexedHashes: Record<string, string> = {};
      for (const f of findings) {
        const r = !rules.has(f.ruleId) && ruleById(f.ruleId);
        if (r) rules.set(r.id, { id: r.id, description: r.description, docs: r.docs });
        for (const fix of f.fixes) for (const e of fix.edits) {
          if (e.uri && e.uri !== job.uri && !(e.uri in indexedHashes)) indexedHashes[e.uri] = workspace.contentHashOf(e.uri) ?? '';
        }
      }
      return {
        kind: 'lint', findings, summaries: job.index ? WorkspaceIndex.summarize(job.text, article) : undefined, ruleErrors, ms: Date.now() - t0,
        rules: [...rules.values()], indexedHashes,
      };
    }
    case 'fixAll': {
      let text = job.text;
      let firstEdits: TextEdit[] = [];
      let passes = 0;
      while (passes < MAX_FIX_PASSES) {
        const edits = safeFixEdits(lint(text, job.config, { uri: job.uri, workspace, onRuleError }));
        if (!edits.length) break;
        const r = applyEdits(text, edits);
        if (r.text === text) break;
        if (passes === 0) firstEdits = r.applied;
        text = r.text;
        passes++;
      }
      // One pass: the rules' own edits, small and exact. Several: one edit spanning what changed overall.
      const edits = passes <= 1 ? firstEdits.map(({ start, end, newText }) => ({ start, end, newText })) : [spanningEdit(job.text, text)];
      return { kind: 'fixAll', text, edits, passes, ruleErrors };
    }
    case 'summarize':
      return { kind: 'summarize', summaries: WorkspaceIndex.summarize(job.text) };
  }
}

/** The single edit turning `before` into `after`: the differing middle between their common prefix and suffix. */
export function spanningEdit(before: string, after: string): TextEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, end: before.length - s, newText: after.slice(p, after.length - s) };
}
