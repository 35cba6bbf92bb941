// The indexer registry: how cross-file knowledge gets into the workspace index without the index knowing the rules.
// A rule module that needs workspace data calls registerIndexer() at import time; because every rule is imported
// through rules/index.ts, its indexer is registered wherever the engine is loaded (server, lint worker, CLI).
// Pure data and functions: no Node, no LSP, so the engine can keep running in a browser worker.
import type { Article } from '../engine/article';
import type { WorkspaceView } from '../engine/types';

/** The WorkspaceView questions an indexer may answer (size() is the index's own). */
export type WorkspaceQueries = Omit<WorkspaceView, 'size'>;

/**
 * Turns one file's text into a small per-file summary and keeps an aggregate over all files.
 * Summaries cross thread boundaries (structured clone), so they must be plain data: numbers, strings, arrays,
 * plain objects, Sets and Maps. Keep them small: store hashes and keys, never the text.
 */
export interface Indexer<S = unknown, A = unknown> {
  id: string;
  /** A change in this summary alone is not an index change (no re-lint): data adapters read, not rules. */
  silent?: boolean;
  /** `article`, when given, is `text` already segmented (the CLI lints the same Article): an indexer may read its
   * tokens and cached analyses instead of segmenting again, and must give the same summary either way. */
  summarize(text: string, article?: Article): S;
  createAggregate(): A;
  add(aggregate: A, uri: string, summary: S): void;
  remove(aggregate: A, uri: string, summary: S): void;
  /** The queries this indexer answers; `summaryOf` gives a file's summary (for excluding the asking document). */
  queries?(aggregate: A, summaryOf: (uri: string) => S | undefined): Partial<WorkspaceQueries>;
}

const indexers = new Map<string, Indexer<any, any>>();
let generation = 0;

/** Register (or replace, by id) an indexer. Returns a function that unregisters it (tests). */
export function registerIndexer<S, A>(indexer: Indexer<S, A>): () => void {
  indexers.set(indexer.id, indexer);
  generation++;
  return () => { if (indexers.get(indexer.id) === indexer) { indexers.delete(indexer.id); generation++; } };
}

export function registeredIndexers(): Indexer<any, any>[] {
  return [...indexers.values()];
}

/** Changes whenever the set of indexers changes: an index built under another generation must be rebuilt. */
export function indexerGeneration(): number {
  return generation;
}
