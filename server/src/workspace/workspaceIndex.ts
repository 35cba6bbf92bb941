// What is known across the workspace's Arabic files, as per-file summaries (hashes, keys; never texts) and the
// aggregates the registered indexers keep over them. Implements the engine's WorkspaceView, which rules read
// through the lint context. Fed by adapters (the language server, its lint worker, the CLI); does no I/O itself.
import type { NameRivalsOf, WorkspaceView } from '../engine/types';
import type { Article } from '../engine/article';
import { indexerGeneration, registeredIndexers, type Indexer, type WorkspaceQueries } from './registry';
import './lineRecurrence';
import { CONTENT_HASH_INDEXER } from './contentHash';

/** Per-file summaries by indexer id: what crosses to the lint worker and back. */
export type FileSummaries = Record<string, unknown>;

export class WorkspaceIndex implements WorkspaceView {
  private readonly files = new Map<string, FileSummaries>();
  private indexers: Indexer<any, any>[] = [];
  private aggregates = new Map<string, unknown>();
  private queries: Partial<WorkspaceQueries> = {};
  private generation = -1;
  private readonly omit: ReadonlySet<string>;

  /** `omit`: ids of registered indexers this index does without (the CLI has no use for the content fingerprint,
   * which hashes every text whole). */
  constructor(options: { omit?: readonly string[] } = {}) {
    this.omit = new Set(options.omit);
    this.syncIndexers();
  }

  /** Summaries of `text` under every registered indexer. */
  static summarize(text: string, article?: Article): FileSummaries {
    return summarizeWith(registeredIndexers(), text, article);
  }

  size(): number { return this.files.size; }
  has(uri: string): boolean { return this.files.has(uri); }
  uris(): IterableIterator<string> { return this.files.keys(); }

  /** Index (or re-index) a file from its text. True when what the index knows changed. */
  setText(uri: string, text: string, article?: Article): boolean {
    this.syncIndexers();
    return this.setSummaries(uri, summarizeWith(this.indexers, text, article));
  }

  /** Index a file from summaries computed elsewhere (the lint worker). True when they differ from the known ones. */
  setSummaries(uri: string, summaries: FileSummaries): boolean {
    this.syncIndexers();
    const old = this.files.get(uri);
    if (old && sameData(old, summaries)) return false;
    if (old) this.unaggregate(uri, old);
    this.files.set(uri, summaries);
    for (const ix of this.indexers) if (ix.id in summaries) ix.add(this.aggregates.get(ix.id), uri, summaries[ix.id]);
    // only summaries rules read make a change worth re-linting for (see Indexer.silent)
    return !old || this.indexers.some(ix => !ix.silent && !sameData(old[ix.id], summaries[ix.id]));
  }

  /** The fingerprint of the text the file was indexed from (contentHash.ts); undefined when not indexed. */
  contentHashOf(uri: string): string | undefined {
    const h = this.files.get(uri)?.[CONTENT_HASH_INDEXER];
    return typeof h === 'string' ? h : undefined;
  }

  remove(uri: string): boolean {
    const old = this.files.get(uri);
    if (!old) return false;
    this.unaggregate(uri, old);
    this.files.delete(uri);
    return true;
  }

  clear(): void {
    this.files.clear();
    this.generation = -1;
    this.syncIndexers();
  }

  /** Every file's summaries, to seed a replica (a restarted lint worker). */
  snapshot(): [string, FileSummaries][] {
    return [...this.files.entries()];
  }

  /** True when indexers were registered after files were summarized: those files lack the new summaries. */
  isMissingIndexers(): boolean {
    this.syncIndexers();
    const ids = this.indexers.map(i => i.id);
    for (const s of this.files.values()) if (ids.some(id => !(id in s))) return true;
    return false;
  }

  lineRecurrence(lineKey: string, excludeUri?: string): number {
    this.syncIndexers();
    return this.queries.lineRecurrence?.(lineKey, excludeUri) ?? 0;
  }

  lineRecurrenceOfHash(hash: number, excludeUri?: string): number {
    this.syncIndexers();
    return this.queries.lineRecurrenceOfHash?.(hash, excludeUri) ?? 0;
  }

  nameSpellings(variantKey: string, excludeUri?: string): ReadonlyMap<string, { count: number; uris: string[] }> {
    this.syncIndexers();
    return this.queries.nameSpellings?.(variantKey, excludeUri) ?? new Map();
  }

  nameRivals(variantKey: string, excludeUri: string | undefined, rivalsOf: NameRivalsOf): boolean {
    this.syncIndexers();
    // (an indexer that answers nameSpellings alone: its answer tells)
    return this.queries.nameRivals?.(variantKey, excludeUri, rivalsOf) ?? true;
  }

  nameKey(variantKey: string, folded: string): number {
    this.syncIndexers();
    // (none without an indexer that answers it, which nameVersion then says by its 0)
    return this.queries.nameKey?.(variantKey, folded) ?? -1;
  }

  nameFolded(spellings: number): string[] | undefined {
    this.syncIndexers();
    // (none without an indexer that answers it: the rule then weighs every spelling, as an empty list would say none)
    return this.queries.nameFolded?.(spellings);
  }

  nameVersion(): number {
    this.syncIndexers();
    return this.queries.nameVersion?.() ?? 0;
  }

  private unaggregate(uri: string, summaries: FileSummaries): void {
    for (const ix of this.indexers) if (ix.id in summaries) ix.remove(this.aggregates.get(ix.id), uri, summaries[ix.id]);
  }

  /** Rebuild aggregates and query functions when the registry changed (an indexer registered late). */
  private syncIndexers(): void {
    const gen = indexerGeneration();
    if (gen === this.generation) return;
    this.generation = gen;
    this.indexers = registeredIndexers().filter(ix => !this.omit.has(ix.id));
    this.aggregates = new Map(this.indexers.map(ix => [ix.id, ix.createAggregate()]));
    this.queries = {};
    for (const ix of this.indexers) {
      const agg = this.aggregates.get(ix.id);
      for (const [uri, s] of this.files) if (ix.id in s) ix.add(agg, uri, s[ix.id]);
      Object.assign(this.queries, ix.queries?.(agg, (u: string) => this.files.get(u)?.[ix.id]) ?? {});
    }
  }
}

/** Deep equality for summary data (plain objects, arrays, typed arrays, Sets, Maps, primitives). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) return sameTypedArray(a, b);
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false; // summaries hold primitives in Sets
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameData(v, b.get(k))) return false;
    return true;
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (Array.isArray(b) || b instanceof Set || b instanceof Map) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every(k => sameData((a as any)[k], (b as any)[k]));
}

function sameTypedArray(a: object, b: object): boolean {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false; // same kind of typed array
  const x = a as ArrayLike<number>, y = b as ArrayLike<number>;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Summaries of `text` under each of `indexers`. */
function summarizeWith(indexers: readonly Indexer[], text: string, article?: Article): FileSummaries {
  const out: FileSummaries = {};
  for (const ix of indexers) out[ix.id] = ix.summarize(text, article);
  return out;
}
