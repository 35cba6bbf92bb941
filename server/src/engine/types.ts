// The engine's vocabulary. Plain data only: adapters (LSP, CLI) turn these into what their surface needs.
import type { Article } from './article';
import type { Config } from './config';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = 'off' | Severity;

/** A text in both languages the product speaks; adapters pick one by the user's locale. */
export interface Localized { en: string; ar: string }

/** Replace [start, end) (UTF-16 offsets) with `newText`. Without `uri` the edit is to the linted document. */
export interface TextEdit { start: number; end: number; newText: string; uri?: string }

/** A change to the workspace config file (.arabic-news-lint.json) that a fix asks for, applied by the adapter. */
export interface ConfigEdit {
  /** JSON path of the object to change, e.g. ['names', 'ترامب'] or ['ignore']. */
  path: string[];
  /** 'append' adds `value` to the array at path (once); 'set' sets it. */
  op: 'append' | 'set';
  value: unknown;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** Safe to apply unseen (`--fix`, fix-all, fix on save). Suggestions are never applied in batch. */
  safe?: boolean;
  /** The fix an editor should offer first. */
  preferred?: boolean;
  /** Where the edits reach: this finding, the whole document, or other files too. */
  scope?: 'finding' | 'document' | 'workspace';
  configEdit?: ConfigEdit;
  /** What to select once the edits are applied (offsets in the new text), e.g. a placeholder for the user to type
   * over. Adapters that can move the selection do; others ignore it. */
  select?: { start: number; end: number };
}

export interface RelatedLocation { uri: string; start?: number; end?: number; line?: number; message: Localized }

/** A rule's finding as adapters see it: lint() adds the rule id, the severity in force and the fingerprint. */
export interface Finding extends Omit<RuleFinding, 'severity' | 'fingerprintText'> {
  ruleId: string;
  severity: Severity;
  /** Stable across edits elsewhere in the file: what an "ignore this finding" records. */
  fingerprint: string;
}

/** What a rule knows beyond the document: the workspace and where the document lives. */
export interface LintContext {
  uri?: string;
  /** Cross-file knowledge fed by the adapter (name spellings, recurring lines). */
  workspace?: WorkspaceView;
  /** Findings of rules that already ran on this article (boilerplate runs first). */
  findingsSoFar?: readonly Finding[];
  /** Called when a rule throws: its findings are dropped, the other rules still report. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/** What nameRivals is asked of: the asking document's folded spelling and its count there, and the key's handle
 * (WorkspaceView.nameKey) when the caller kept one for the index's present nameVersion. */
export interface NameRivalsOf { folded: string; count: number; spellings?: number }

/** Read-only view of the workspace index, implemented in workspace/. */
export interface WorkspaceView {
  /** Documents (other than `uri`) in which a line with this key recurs. */
  lineRecurrence?(lineKey: string, excludeUri?: string): number;
  /** lineRecurrence of a tracked key by its keyHash (workspace/lineKey.ts), for a caller that has the hash: an
   * Article's line hashes are made once, by the indexer or on the rule's first question, not once per question. */
  lineRecurrenceOfHash?(hash: number, excludeUri?: string): number;
  /** The workspace's occurrences of names by variant key. */
  nameSpellings?(variantKey: string, excludeUri?: string): ReadonlyMap<string, { count: number; uris: string[] }>;
  /** Is another spelling of the key than `rivalsOf.folded` (the asking document's, written `rivalsOf.count` times
   * there) written at least as often as that one is in all? Counts only, no answer built: most names are written one
   * way, or mostly one way, and a rule asks this of every name before it weighs the name's evidence and then asks
   * nameSpellings. */
  nameRivals?(variantKey: string, excludeUri: string | undefined, rivalsOf: NameRivalsOf): boolean;
  /** The key's spellings in the workspace, as a handle nameRivals takes (NameRivalsOf.spellings) in place of looking
   * the key up, valid while nameVersion is the same (a number, which holds on to nothing); -1 when no file writes a
   * name of the key in a folded spelling other than `folded`, and nameRivals then says no to whichever file asks of
   * `folded`. */
  nameKey?(variantKey: string, folded: string): number;
  /** The folded spellings of the key whose handle nameKey gave (every file's, the asking document's too), with no
   * answer built: what a rule weighs by the letters alone. The handle is good only for the nameVersion it was given
   * under; undefined when the view has no such list. */
  nameFolded?(spellings: number): string[] | undefined;
  /** A number that changes whenever the answers about names may (a file added, changed or taken off), and that no
   * other index gives; 0 when no indexer answers nameKey, whose answers are then not to be kept. */
  nameVersion?(): number;
  /** Number of documents known to the index. */
  size(): number;
}

export interface Rule {
  id: string;
  description: Localized;
  /** Relative path of the rule's documentation page (docs/rules/<id>.md). */
  docs: string;
  defaultSeverity: Severity;
  /** Rules that must run first (their findings are in context.findingsSoFar). */
  after?: string[];
  run(article: Article, config: Config, context: LintContext): RuleFinding[];
}

/** What a rule returns: severity, id and fingerprint are filled in by lint(). */
export interface RuleFinding {
  /** A sub-kind of the rule (e.g. 'no-source', 'read-also'), shown in messages and used by evaluation. */
  kind?: string;
  message: Localized;
  start: number;
  end: number;
  /** The explanation a hover shows: why this was flagged, with the evidence (markdown). */
  explanation?: Localized;
  evidence?: Record<string, unknown>;
  related?: RelatedLocation[];
  fixes: Fix[];
  /** Severity for this kind when it differs from the rule's (e.g. vague-source is info). */
  severity?: Severity;
  /** Text that identifies the finding independent of its offset (defaults to the flagged text). */
  fingerprintText?: string;
}
