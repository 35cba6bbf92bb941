// The name-spellings indexer: for each file, the spellings of names it uses, grouped by transliteration key, with
// counts and the offsets of each occurrence (so a "replace across the workspace" fix can edit files that are not
// open). Keys, spellings, counts and offsets only: never the text. Registered with the workspace index when the
// transliteration rule is loaded (rules/transliteration.ts imports this module).
import { cleanWord } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { nameMentions } from '../rules/names/mentions';
import { nameEvidence } from '../rules/names/sameName';
import { foreignness } from '../rules/names/lexicon';
import { registerIndexer, type Indexer } from './registry';

/** One spelling of a name in one file. */
export interface FileSpelling {
  /** Spelling as written (cleaned), words joined by single spaces or the hyphen the file uses. */
  s: string;
  /** Letter-folded spelling (the rule's unit of comparison). */
  f: string;
  /** Occurrences in the file. */
  n: number;
  /** The name is marked as a name somewhere in the file (a title, a first name, a Wikidata name token). */
  m: boolean;
  /** Flattened [start, end) offsets of the name (clitics excluded), for workspace-wide replacement. */
  o: number[];
  /** Hashed distinctive neighbours of the spelling in this file (mentions.ts), at most MAX_CTX. */
  c: number[];
}

/** Neighbours kept per spelling and file: a name's first name, title and the like are few; more is noise. */
const MAX_CTX = 12;

/** key → spellings, for keys whose name the file marks as a name. */
export type NameSpellingSummary = Map<string, FileSpelling[]>;

interface FileEntry { n: number; s: string; o: number[]; m: boolean; c: number[] }
/** One folded spelling over the workspace: its files, and totals kept up to date on add/remove so that a query costs
 * the same however many files write the spelling. */
interface SpellingEntry {
  files: Map<string, FileEntry>;
  count: number;
  marked: number;
  written: Map<string, number>;
  ctx: Map<number, number>;
}
/** key → folded spelling → files using it. */
export type NameSpellingAggregate = Map<string, Map<string, SpellingEntry>>;

/** What nameSpellings() returns for a spelling: the engine's {count, uris}, plus where each occurrence is (uris and
 * occurrences are computed when first read), whether a file marks it as a name, and its distinctive neighbours (hash →
 * number of files). */
export interface SpellingOccurrences {
  count: number; readonly uris: string[]; readonly occurrences: Record<string, number[]>; folded: string; marked: boolean;
  readonly ctx: Map<number, number>;
}

/** A file's name spellings. Also used by the rule on the open document, so both read a file the same way. */
export function summarizeNames(text: string): NameSpellingSummary {
  const mentions = nameMentions(text, tokenize(text));
  const byKey = new Map<string, Map<string, FileSpelling>>();
  // a spelling with no name evidence of its own is kept when it does not look Arabic and has distinctive neighbours:
  // those can tie it to another spelling in another file (نتنياهو / نتانياهو beside بنيامين). The test is per spelling
  // and file: once one mention passes, every mention of the spelling counts, as the rule counts them in the open file
  const kept = new Set<string>();
  for (const m of mentions) {
    if (m.marked || nameLike(m.folded) || (m.ctx.length && m.words === 1 && m.folded.length >= 4 && foreignness(m.folded) >= 0)) kept.add(`${m.key}\t${m.folded}`);
  }
  for (const m of mentions) {
    if (!kept.has(`${m.key}\t${m.folded}`)) continue;
    let g = byKey.get(m.key);
    if (!g) byKey.set(m.key, g = new Map());
    let e = g.get(m.folded);
    if (!e) g.set(m.folded, e = { s: cleanWord(text.slice(m.start, m.end)), f: m.folded, n: 0, m: false, o: [], c: [] });
    e.n++;
    e.m ||= m.marked;
    e.o.push(m.start, m.end);
    for (const h of m.ctx) if (e.c.length < MAX_CTX && !e.c.includes(h)) e.c.push(h);
  }
  const out: NameSpellingSummary = new Map();
  for (const [k, g] of byKey) out.set(k, [...g.values()]);
  return out;
}

export const nameSpellingsIndexer: Indexer<NameSpellingSummary, NameSpellingAggregate> = {
  id: 'nameSpellings',
  summarize: summarizeNames,
  createAggregate: () => new Map(),
  add(agg, uri, summary) {
    for (const [key, spellings] of summary) {
      let g = agg.get(key);
      if (!g) agg.set(key, g = new Map());
      for (const sp of spellings) {
        let e = g.get(sp.f);
        if (!e) g.set(sp.f, e = { files: new Map(), count: 0, marked: 0, written: new Map(), ctx: new Map() });
        const old = e.files.get(uri);
        if (old) unaccount(e, old);
        const fe: FileEntry = { n: sp.n, s: sp.s, o: sp.o, m: sp.m, c: sp.c ?? [] };
        e.files.set(uri, fe);
        account(e, fe, 1);
      }
    }
  },
  remove(agg, uri, summary) {
    for (const [key, spellings] of summary) {
      const g = agg.get(key);
      if (!g) continue;
      for (const sp of spellings) {
        const e = g.get(sp.f);
        if (!e) continue;
        const old = e.files.get(uri);
        if (!old) continue;
        unaccount(e, old);
        e.files.delete(uri);
        if (!e.files.size) g.delete(sp.f);
      }
      if (!g.size) agg.delete(key);
    }
  },
  queries: agg => ({
    /** Spellings of the names with this key in the workspace, by the spelling most files write for each folded
     * form; counts and files exclude `excludeUri` (the document asking). */
    nameSpellings(key: string, excludeUri?: string) {
      const out = new Map<string, SpellingOccurrences>();
      const g = agg.get(key);
      if (!g) return out;
      for (const [folded, e] of g) {
        const own = excludeUri !== undefined ? e.files.get(excludeUri) : undefined;
        const count = e.count - (own?.n ?? 0);
        if (count <= 0) continue;
        const marked = e.marked - (own?.m ? 1 : 0) > 0;
        let spelling = '', best = -1;
        for (const [w, k] of e.written) {
          const n = k - (own?.s === w ? own.n : 0);
          if (n > best) { best = n; spelling = w; }
        }
        out.set(spelling, new SpellingView(e, count, folded, marked, own, excludeUri));
      }
      return out;
    },
  }),
};

registerIndexer(nameSpellingsIndexer);

/** One answer of nameSpellings(): what is costly to list (files, offsets, neighbours less the asking file's) is
 * computed when first read, since most answers are only counted. A class, not an object literal with getters and
 * closures: the rule asks once per name of the document, and most of those answers are thrown away at once. */
class SpellingView implements SpellingOccurrences {
  private _uris?: string[]; private _occurrences?: Record<string, number[]>; private _ctx?: Map<number, number>;
  constructor(private readonly e: SpellingEntry, readonly count: number, readonly folded: string, readonly marked: boolean,
    private readonly own: FileEntry | undefined, private readonly excludeUri: string | undefined) {}
  get ctx(): Map<number, number> {
    if (!this._ctx) {
      // the asking file's own neighbours come off the totals
      if (!this.own?.c.length) this._ctx = this.e.ctx;
      else {
        const c = new Map(this.e.ctx);
        for (const h of this.own.c) { const k = (c.get(h) ?? 1) - 1; if (k > 0) c.set(h, k); else c.delete(h); }
        this._ctx = c;
      }
    }
    return this._ctx;
  }
  get uris(): string[] { if (!this._uris) this.list(); return this._uris!; }
  get occurrences(): Record<string, number[]> { if (!this._occurrences) this.list(); return this._occurrences!; }
  private list(): void {
    const uris: string[] = [], occurrences: Record<string, number[]> = {};
    for (const [uri, f] of this.e.files) if (uri !== this.excludeUri) { uris.push(uri); occurrences[uri] = f.o; }
    this._uris = uris; this._occurrences = occurrences;
  }
}

function account(e: SpellingEntry, f: FileEntry, sign: 1 | -1): void {
  e.count += sign * f.n;
  if (f.m) e.marked += sign;
  const w = (e.written.get(f.s) ?? 0) + sign * f.n;
  if (w > 0) e.written.set(f.s, w); else e.written.delete(f.s);
  for (const h of f.c) {
    const k = (e.ctx.get(h) ?? 0) + sign;
    if (k > 0) e.ctx.set(h, k); else e.ctx.delete(h);
  }
}
function unaccount(e: SpellingEntry, f: FileEntry): void { account(e, f, -1); }

/** Spellings worth keeping for other files: marked as names by their text, or names or transliteration-like by the
 * lexicons. The rest of a file's words never reach the index, which keeps it small. */
const nameLikeCache = new Map<string, boolean>();
function nameLike(folded: string): boolean {
  let v = nameLikeCache.get(folded);
  if (v === undefined) {
    // a spelling in two words is kept only when each word looks like part of a name (not كراولي على)
    v = folded.split(' ').every(w => nameEvidence(w, false) >= 1);
    if (nameLikeCache.size > 100_000) nameLikeCache.clear();
    nameLikeCache.set(folded, v);
  }
  return v;
}
