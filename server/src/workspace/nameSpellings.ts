// The name-spellings indexer: for each file, the spellings of names it uses, grouped by transliteration key, with
// counts and the offsets of each occurrence (so a "replace across the workspace" fix can edit files that are not
// open). Keys, spellings, counts and offsets only: never the text. Registered with the workspace index when the
// transliteration rule is loaded (rules/transliteration.ts imports this module).
import { cleanWord } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { nameMentions } from '../rules/names/mentions';
import { nameEvidence } from '../rules/names/sameName';
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
}

/** key → spellings, for keys whose name the file marks as a name. */
export type NameSpellingSummary = Map<string, FileSpelling[]>;

interface SpellingEntry { files: Map<string, { n: number; s: string; o: number[]; m: boolean }> }
/** key → folded spelling → files using it. */
export type NameSpellingAggregate = Map<string, Map<string, SpellingEntry>>;

/** What nameSpellings() returns for a spelling: the engine's {count, uris}, plus where each occurrence is. */
export interface SpellingOccurrences { count: number; uris: string[]; occurrences: Record<string, number[]>; folded: string; marked: boolean }

/** A file's name spellings. Also used by the rule on the open document, so both read a file the same way. */
export function summarizeNames(text: string): NameSpellingSummary {
  const mentions = nameMentions(text, tokenize(text));
  const byKey = new Map<string, Map<string, FileSpelling>>();
  for (const m of mentions) {
    if (!m.marked && !nameLike(m.folded)) continue;
    let g = byKey.get(m.key);
    if (!g) byKey.set(m.key, g = new Map());
    let e = g.get(m.folded);
    if (!e) g.set(m.folded, e = { s: cleanWord(text.slice(m.start, m.end)), f: m.folded, n: 0, m: false, o: [] });
    e.n++;
    e.m ||= m.marked;
    e.o.push(m.start, m.end);
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
        if (!e) g.set(sp.f, e = { files: new Map() });
        e.files.set(uri, { n: sp.n, s: sp.s, o: sp.o, m: sp.m });
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
        let count = 0;
        const uris: string[] = [];
        const occurrences: Record<string, number[]> = {};
        const written = new Map<string, number>();
        let marked = false;
        for (const [uri, f] of e.files) {
          if (uri === excludeUri) continue;
          count += f.n;
          uris.push(uri);
          occurrences[uri] = f.o;
          marked ||= f.m;
          written.set(f.s, (written.get(f.s) ?? 0) + f.n);
        }
        if (!count) continue;
        const spelling = [...written].sort((a, b) => b[1] - a[1])[0][0];
        out.set(spelling, { count, uris, occurrences, folded, marked });
      }
      return out;
    },
  }),
};

registerIndexer(nameSpellingsIndexer);

/** Spellings worth keeping for other files: marked as names by their text, or names or transliteration-like by the
 * lexicons. The rest of a file's words never reach the index, which keeps it small. */
function nameLike(folded: string): boolean {
  // a spelling in two words is kept only when each word looks like part of a name (not كراولي على)
  return folded.split(' ').every(w => nameEvidence(w, false) >= 1);
}
