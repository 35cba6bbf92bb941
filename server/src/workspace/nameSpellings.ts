// The name-spellings indexer: for each file, the spellings of names it uses, grouped by transliteration key, with
// counts and the offsets of each occurrence (so a "replace across the workspace" fix can edit files that are not
// open). Keys, spellings, counts and offsets only: never the text. Registered with the workspace index when the
// transliteration rule is loaded (rules/transliteration.ts imports this module).
import { cleanWord } from '../arabic/normalize';
import { afterNumber, articleMentions, type DocumentNames, type WordInfo } from '../rules/names/mentions';
import { Article } from '../engine/article';
import { nameEvidence } from '../rules/names/sameName';
import { PERSON_MARK, THING_MARK, articledNameForm } from '../rules/names/lexicon';
import { memo } from '../rules/names/memo';
import { detached } from './detached';
import { KeyTable } from './keyTable';
import { registerIndexer, type Indexer } from './registry';
import type { NameRivalsOf } from '../engine/types';

/** Neighbours kept per spelling and file: a name's first name, title and the like are few; more is noise. */
const MAX_CTX = 12;

/**
 * A file's name spellings, packed: the index holds one per file (10,000 files write ~300,000 spellings), so no object
 * or array per spelling. Spelling i has transliteration key keys[i], folded spelling folded[i] and written form
 * written[i] (interned when indexed: a workspace has ~10,000 distinct ones). `data` holds, for i in 0..n (n + 1
 * records, the last one only closing the ranges): at 3i where its occurrences' [start, end) offset pairs begin in
 * `data`, at 3i + 1 where its neighbour hashes begin, at 3i + 2 flags: 1 when the file marks it as a name, 2 when
 * some mention in the file carries the article, 4 when some mention does not follow a number, 8 when the file writes it
 * as a name (marked, or beside a name), 16 when the file marks it as a person's name, 32 as a thing's, 64 when the file
 * writes it without the article (the flags below). Written forms are cleaned, words joined by single spaces or the
 * hyphen the file uses; offsets are the name's, clitics excluded, for workspace-wide replacement.
 * Its occurrences are then (data[3i + 3] - data[3i]) / 2.
 */
export interface NameSpellingSummary {
  keys: string[];
  folded: string[];
  written: string[];
  data: Uint32Array;
}

const REC = 3;
/** Occurrences in files that write the spelling as a name weigh this much more than others (lexicographic: totals stay
 * below 2^26, and the sum below 2^53). */
const NAMED_WEIGHT = 2 ** 26;
function offsetsStart(p: NameSpellingSummary, i: number): number { return p.data[REC * i]; }
function ctxStart(p: NameSpellingSummary, i: number): number { return p.data[REC * i + 1]; }
/** A spelling's flags in its file. MARKED: marked as a name somewhere in the file (a title, a first name, a Wikidata
 * name token). ARTICLED: some mention carries the article (mentions.ts articled). UNCOUNTED: some mention does not
 * follow a number (mentions.ts afterNumber). NAMED: written as a name, marked or beside a word the lexicons call a
 * name written without the article (mentions.ts besideName): what decides, across files, which written form the
 * workspace offers (see written in SpellingEntry). AS_PERSON, AS_THING: what the file marks it as (mentions.ts
 * markKind, or-ed over its mentions). BARE: written without the article somewhere (a mention, or for a spelling only
 * written with it in the shape of a name that takes it, any word: mentions.ts writtenBare). */
const MARKED = 1, ARTICLED = 2, UNCOUNTED = 4, NAMED = 8, AS_PERSON = 16, AS_THING = 32, BARE = 64;
function isMarked(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & MARKED) !== 0; }
function isArticled(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & ARTICLED) !== 0; }
function isUncounted(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & UNCOUNTED) !== 0; }
function isNamed(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & NAMED) !== 0; }
function isAsPerson(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & AS_PERSON) !== 0; }
function isAsThing(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & AS_THING) !== 0; }
function isBare(p: NameSpellingSummary, i: number): boolean { return (p.data[REC * i + 2] & BARE) !== 0; }
/** Occurrences of spelling i in the file. */
function occurrenceCount(p: NameSpellingSummary, i: number): number { return (ctxStart(p, i) - offsetsStart(p, i)) / 2; }
/** Does data[from..to) hold `h`? */
function holds(data: Uint32Array, from: number, to: number, h: number): boolean {
  for (let x = from; x < to; x++) if (data[x] === h) return true;
  return false;
}
function ctxOf(p: NameSpellingSummary, i: number): Uint32Array { return p.data.subarray(ctxStart(p, i), offsetsStart(p, i + 1)); }

/** One spelling (key and folded form) over the workspace: its files, and totals kept up to date on add/remove so that a
 * query costs the same however many files write the spelling. */
interface SpellingEntry {
  /** The shared copies of its key and folded form (what the files' summaries are made to point to: see add). */
  key: string;
  folded: string;
  /** The files writing the spelling, each with its index in the file's summary: file 0 in `rec` and `at` (undefined
   * when none), file k > 0 and its index at 2k - 2 and 2k - 1 in `more` (fileCount, recOf, atOf). In no order: a file
   * taken off moves the last one into its place (FileRecord.slot says where each file is). Not a Map by uri: adding a
   * file was a Map insert per spelling, and no query looks a file up by uri here. Nor two lists: most spellings are
   * written in one file, and two lists for each were a quarter of the index. */
  rec: FileRecord | undefined;
  at: number;
  more: (FileRecord | number)[] | undefined;
  count: number;
  marked: number;
  /** Occurrences in the files that mark it (SpellingOccurrences.markedCount): kept, since a spelling most files write
   * (الي) is asked of by most documents, and summing it file by file was a walk over them all. */
  markedOccurrences: number;
  /** Files that write it as a name (NAMED). */
  named: number;
  /** Files that mark it as a person's name, and as a thing's (AS_PERSON, AS_THING). */
  asPerson: number;
  asThing: number;
  /** Files in which some mention carries the article. */
  articled: number;
  /** Files in which some mention does not follow a number. */
  uncounted: number;
  /** Files that write it without the article (BARE). */
  bare: number;
  /** Written forms (shared copies), each with its weight: its occurrences, plus NAMED_WEIGHT times those in files
   * that write it as a name: the form offered is the one most written where the spelling is a name, then the one most
   * written (a folded spelling can be a name in some files and a word in others: ادين is إدين, Eden, beside هازار, and
   * the verb أدين). In no order (bestWritten's choice does not depend on it). A spelling is written one to three ways,
   * nearly always one: the first form in `form` (undefined when none), any others in `moreForms`, index-aligned with
   * `moreWeights`, searched (lists made with a second form: two lists per entry were a quarter of the index). */
  form: string | undefined;
  weight: number;
  moreForms: string[] | undefined;
  moreWeights: number[] | undefined;
  /** The written form most weighed (betterWritten breaking ties), kept until the totals change: most answers are for a
   * file that does not write the spelling, or writes another form of it, and so cannot change which form wins. */
  best?: string;
  /** Neighbour hash → files with it beside the spelling: gathered from the files' summaries when first asked after a
   * change (entryCtx), since only spellings the rule weighs against another are asked, and keeping it up to date on
   * every add was a good part of indexing. */
  ctx?: HashCounts;
  /** The asking file's index of this spelling (ownAt) when `stamp` is the aggregate's: see asking(). */
  stamp: number;
  ownAt: number;
  /** The next spelling of its key, in the order they were made (a key has one to three: a list, where an array per
   * key was two more objects to load for every question). */
  next: SpellingEntry | undefined;
}

/** One indexed file: its summary, the entry of each of its spellings, and where the file stands in each entry's files. */
interface FileRecord { uri: string; summary: NameSpellingSummary; entries: SpellingEntry[]; slot: Int32Array }

function fileCount(e: SpellingEntry): number { return e.rec === undefined ? 0 : e.more === undefined ? 1 : 1 + (e.more.length >> 1); }
function recOf(e: SpellingEntry, k: number): FileRecord { return k === 0 ? e.rec! : e.more![2 * k - 2] as FileRecord; }
function atOf(e: SpellingEntry, k: number): number { return k === 0 ? e.at : e.more![2 * k - 1] as number; }
/** Adds file `rec`, in whose summary the spelling is spelling i. */
function addFile(e: SpellingEntry, rec: FileRecord, i: number): void {
  rec.slot[i] = fileCount(e);
  // (the list made at its length with the second file: most spellings in more than one file are in two, and an empty
  // list pushed to reserves room for 19)
  if (e.rec === undefined) { e.rec = rec; e.at = i; } else if (e.more === undefined) e.more = [rec, i]; else e.more.push(rec, i);
}
/** Takes off file k, the last file moved into its place. */
function removeFile(e: SpellingEntry, k: number): void {
  const last = fileCount(e) - 1;
  if (k !== last) {
    const moved = recOf(e, last), at = atOf(e, last);
    if (k === 0) { e.rec = moved; e.at = at; } else { e.more![2 * k - 2] = moved; e.more![2 * k - 1] = at; }
    moved.slot[at] = k;
  }
  if (last === 0) e.rec = undefined; else e.more!.length -= 2;
}

function entryCtx(e: SpellingEntry): HashCounts {
  if (!e.ctx) {
    // (indices into the summaries' data, not a subarray view per file; sized once, for every hash distinct)
    let n = 0;
    const files = fileCount(e);
    for (let k = 0; k < files; k++) { const p = recOf(e, k).summary, i = atOf(e, k); n += offsetsStart(p, i + 1) - ctxStart(p, i); }
    const ctx = new HashCounts(n);
    for (let k = 0; k < files; k++) {
      const p = recOf(e, k).summary, i = atOf(e, k), d = p.data;
      for (let x = ctxStart(p, i), end = offsetsStart(p, i + 1); x < end; x++) ctx.add(d[x]);
    }
    e.ctx = ctx;
  }
  return e.ctx;
}

/** Neighbour hashes and how many files have each (entryCtx): open addressing over 32-bit slots, where a Map boxed every
 * hash above 2^30 and grew as it was filled. A hash is stored as its int32 (0 marks an empty slot, and is counted apart). */
class HashCounts implements NeighbourSet {
  private readonly keys: Int32Array;
  private readonly counts: Int32Array;
  private zero = 0;
  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.keys = new Int32Array(size); this.counts = new Int32Array(size);
  }
  add(hash: number): void {
    const h = hash | 0;
    if (h === 0) { this.zero++; return; }
    const keys = this.keys, mask = keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (keys[i] === h) { this.counts[i]++; return; }
      if (keys[i] === 0) { keys[i] = h; this.counts[i] = 1; return; }
    }
  }
  /** Files with the hash beside the spelling. */
  count(hash: number): number {
    const h = hash | 0;
    if (h === 0) return this.zero;
    const keys = this.keys, mask = keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) { if (keys[i] === h) return this.counts[i]; if (keys[i] === 0) return 0; }
  }
  has(hash: number): boolean { return this.count(hash) > 0; }
}

/** key → the first of its spellings' entries (SpellingEntry.next: a list, searched, where a Map per key cost a lookup,
 * and an iterator, per question), filed by the key's fnv1a (keyTable.ts: half the keys asked are in no file); each
 * indexed file. `stamp` and `askUri`: the file whose own spellings the entries were last stamped
 * with (asking()). */
export interface NameSpellingAggregate {
  byKey: KeyTable<SpellingEntry>;
  files: Map<string, FileRecord>;
  /** Changes with every file added or taken off, and is no other aggregate's (versions): what a rule keeps of an
   * answer holds while it is the same (nameVersion). */
  version: number;
  stamp: number;
  askUri: string | undefined;
  askRec: FileRecord | undefined;
}

/** What nameSpellings() returns for a spelling: the engine's {count, uris}, plus where each occurrence is (uris are
 * listed when first read), whether a file marks it as a name, and its distinctive neighbours (hash → number of files). */
export interface SpellingOccurrences {
  count: number; readonly uris: string[]; folded: string; marked: boolean;
  /** Each occurrence in the other files as [start, end) offsets, the files in the order of `uris`, each file's in text
   * order. */
  forEachOccurrence(fn: (uri: string, start: number, end: number) => void): void;
  /** The [start, end) of its first occurrence in `uris[i]`, without listing the rest. */
  firstOccurrence(i: number): readonly [number, number] | undefined;
  /** Some file (not the asking one) writes it as a name: marked, or right beside a name (NAMED). */
  named: boolean;
  /** Some file (not the asking one) writes it with the article. */
  articled: boolean;
  /** Some file (not the asking one) writes it without the article (BARE). */
  bare: boolean;
  /** Every file (not the asking one) writes it only after a number (a unit or a counted noun). */
  counted: boolean;
  /** What the other files mark it as: lexicon.ts PERSON_MARK and THING_MARK, or-ed. */
  marks: number;
  /** Its distinctive neighbours in the other files (hashes, see mentions.ts). */
  readonly ctx: NeighbourSet;
  /** The other files whose neighbours of it include every one of `hashes` (a name written between the same two names:
   * كيم جونغ أون), counted file by file; asked only for a rare pair of spellings (transliteration.ts jAsY). */
  filesBeside(hashes: readonly number[]): number;
  /** Its occurrences in the other files that mark it as a name (a title, a kind word or a first name before some
   * mention): a spelling that is also a particle (أليس) counts only where a file writes it as a name. */
  markedCount(): number;
}

/** Neighbour hashes, asked one at a time. */
export interface NeighbourSet { has(hash: number): boolean }

/** A file's name spellings. Also used by the rule on the open document, so both read a file the same way. */
export function summarizeNames(text: string, article?: Article): NameSpellingSummary {
  // (a file the worker only indexes is segmented as an Article too: its tokens come with their spelling ids)
  const names = articleMentions(article?.text === text ? article : new Article(text));
  // a spelling with no name evidence of its own is kept when it does not look Arabic and has distinctive neighbours:
  // those can tie it to another spelling in another file (نتنياهو / نتانياهو beside بنيامين). The test is per spelling
  // and file: once one mention passes, every mention of the spelling counts, as the rule counts them in the open file.
  // One-word mentions are read by word index and their spelling found once per reading of the file (names.readings),
  // not once per word; the lexicon question is asked at most once per spelling.
  // (by key and folded spelling, which decides the key: one lookup per reading and per two-word mention, in a table
  // kept from file to file (Scratch); a folded spelling met under a second key, should that ever be, is a spelling of
  // its own)
  const { singles, pairs, infos, readings, reading } = names;
  const s = begin(readings.length + pairs.length, singles.length + pairs.length);
  const single = (i: number): number => {
    const r = reading[i];
    let g = s.ofReading[r];
    if (g < 0) { const info = readings[r]; g = s.ofReading[r] = groupOf(s, info.key, info.keyFolded, info.keyPoly); }
    return g;
  };
  for (let k = 0; k < singles.length; k++) {
    const i = singles[k], g = single(i);
    if (s.state[g] & KEEP) continue;
    const info = infos[i], f = readingFacts(info);
    if ((!(f & ARTICLED_READING) && names.marked(i)) || f & ARTICLED_NAME || (f & LONG_SPELLING && (looksForeign(info) ? names.hasCtx(i) : f & RARE && names.hasNamedCtx(i)))) s.state[g] |= KEEP;
    else if (!(s.state[g] & ASKED)) s.state[g] |= ASKED | (readingNameLike(info) ? KEEP : 0);
  }
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs[p], g = s.ofPair[p] = groupOf(s, names.pairKey(i), names.pairFolded(i), names.pairKeyHash(i));
    if (s.state[g] & KEEP) continue;
    // (a name's last syllable that is also a short word, after two names: مون جاي إن; kept whatever the word, since
    // another file may write it with a hyphen, مون جاي-ان, and the rule asks then. A two-word mention is never marked)
    if (names.syllableAfterName(i)) s.state[g] |= KEEP;
    else if (!(s.state[g] & ASKED)) s.state[g] |= ASKED | (pairNameLike(names, i) ? KEEP : 0);
  }
  // the occurrences, in text order (a word's one-word mention before the two-word one it begins), as they were listed
  let p = 0;
  names.inTextOrder(i => {
    const g = single(i);
    if (!(s.state[g] & KEEP)) return;
    occur(s, names, g, names.start(i), names.end(i), names.markKind(i), infos[i].articled, i, infos[i].stem);
    // (its neighbours one by one: names.ctx(i) would make an array of them)
    neighbour(s, g, names.ctxBefore(i)); neighbour(s, g, names.ctxAfter(i));
  }, i => {
    const g = s.ofPair[p++];
    if (!(s.state[g] & KEEP)) return;
    // (a two-word mention is never marked, and carries the article when its first word does)
    occur(s, names, g, names.start(i), names.end(i + 1), 0, infos[i].articled, -1, names.pairSpelling(i));
    neighbour(s, g, names.ctxBefore(i)); neighbour(s, g, names.ctxAfter(i, 2));
  });
  // (a spelling only written with the article, in the shape of a name that takes it: is the word written bare too?)
  for (let k = 0; k < s.listed; k++) {
    const g = s.order[k], f = s.flags[g];
    if (!(f & BARE) && f & ARTICLED && articledNameForm(s.folded[g]) && names.writtenBare(s.folded[g])) s.flags[g] |= BARE;
  }
  const summary = pack(s);
  // (a book-length file's scratch is let go, not kept at its size for the files after it)
  if (s.state.length > KEPT_ROOM || s.occSpelling.length > 4 * KEPT_ROOM) scratch = new Scratch();
  return summary;
}

/** What summarizeNames asks of a one-word reading, whatever the file (WordInfo.ixFacts): the reading carries the
 * article (so no text marks it: mentions.ts markedAt), is written with it in the shape of a name that takes it, has a
 * folded spelling of four letters or more, is rare (KNOWN once these are worked out); looks foreign (foreignness ≥ 0)
 * and is a name by the lexicons (nameLike), each worked out when first asked (FOREIGN_KNOWN, NAME_LIKE_KNOWN), as
 * before. Bits of one number on the reading: the getters were a load of the reading's keys object and of up to five
 * fields for every reading of every file. */
const KNOWN = 1, ARTICLED_READING = 2, ARTICLED_NAME = 4, LONG_SPELLING = 8, RARE = 16;
const FOREIGN_KNOWN = 32, FOREIGN = 64, NAME_LIKE_KNOWN = 128, NAME_LIKE = 256;
function readingFacts(info: WordInfo): number {
  let f = info.ixFacts;
  if (!(f & KNOWN)) {
    info.ixFacts = f |= KNOWN | (info.articled ? ARTICLED_READING : 0) | (info.articledName ? ARTICLED_NAME : 0) |
      (info.keyFolded.length >= 4 ? LONG_SPELLING : 0) | (info.rare ? RARE : 0);
  }
  return f;
}
function looksForeign(info: WordInfo): boolean {
  let f = info.ixFacts;
  if (!(f & FOREIGN_KNOWN)) info.ixFacts = f |= FOREIGN_KNOWN | (info.foreignness >= 0 ? FOREIGN : 0);
  return (f & FOREIGN) !== 0;
}
function readingNameLike(info: WordInfo): boolean {
  let f = info.ixFacts;
  if (!(f & NAME_LIKE_KNOWN)) info.ixFacts = f |= NAME_LIKE_KNOWN | ((info.plain ? info.nameLike : nameLike(info.keyFolded)) ? NAME_LIKE : 0);
  return (f & NAME_LIKE) !== 0;
}

/** What summarizeNames decides of a spelling while it reads the file: kept for the index, the lexicons asked, listed
 * (met kept). */
const KEEP = 1, ASKED = 2, LISTED = 4;

/** The spellings of the file being summarized, numbered in the order they are first met (one per transliteration key
 * and folded spelling), and their occurrences: arrays kept from file to file and grown when a file needs more, where
 * an object with two growing arrays, a group and a Map entry per spelling and file, copied into the summary after,
 * were the indexer's largest allocation. Spellings are found by key and folded spelling in an open-addressing table
 * hashed by key (a reading keeps its key's hash), whose slots count as empty unless stamped by this file. */
class Scratch {
  stamp = 0;
  table = new Int32Array(64); tableStamp = new Int32Array(64);
  /** Spellings made, and listed (`order`, in the order first met kept). */
  made = 0; listed = 0;
  key: string[] = []; folded: string[] = []; written: string[] = [];
  state = new Uint8Array(0); flags = new Uint8Array(0);
  /** Its occurrences, its neighbour hashes (at most MAX_CTX, from MAX_CTX times its number in `ctx`), and in the
   * summary, where its offsets are written next. */
  count = new Int32Array(0); ctxCount = new Uint8Array(0); ctx = new Uint32Array(0); at = new Int32Array(0);
  /** The first spelling made with its key; for that one, the first and last listed of the key, -1 for none; the next
   * listed of the key. */
  root = new Int32Array(0); head = new Int32Array(0); tail = new Int32Array(0); next = new Int32Array(0);
  order = new Int32Array(0);
  /** Keys by their first spelling (`root`), in the order each was first listed: the order summaries list them in. */
  roots = new Int32Array(0); rootCount = 0;
  /** The spelling of each reading of the file (-1 until asked), and of each two-word mention. */
  ofReading = new Int32Array(0); ofPair = new Int32Array(0);
  /** The occurrences in text order: spelling, start and end. */
  occurrences = 0; occSpelling = new Int32Array(0); occStart = new Uint32Array(0); occEnd = new Uint32Array(0);
}
let scratch = new Scratch();
/** Spellings of a file above which the scratch is not kept (a file of the corpus has at most ~1,000). */
const KEPT_ROOM = 1 << 14;

/** The scratch, ready for a file of at most `spellings` spellings and `occurrences` mentions. */
function begin(spellings: number, occurrences: number): Scratch {
  const s = scratch;
  if (s.state.length < spellings) growSpellings(s, spellings);
  if (s.occSpelling.length < occurrences) {
    const n = roomFor(occurrences);
    s.occSpelling = new Int32Array(n); s.occStart = new Uint32Array(n); s.occEnd = new Uint32Array(n);
  }
  if (s.table.length < 2 * spellings) { s.table = new Int32Array(roomFor(2 * spellings)); s.tableStamp = new Int32Array(s.table.length); s.stamp = 0; }
  if (++s.stamp > 0x3fffffff) { s.tableStamp.fill(0); s.stamp = 1; }
  s.made = s.listed = s.rootCount = s.occurrences = 0;
  s.ofReading.fill(-1, 0, spellings);
  return s;
}

/** A power of two, at least n (and 64). */
function roomFor(n: number): number {
  let size = 64;
  while (size < n) size *= 2;
  return size;
}

function growSpellings(s: Scratch, spellings: number): void {
  const n = roomFor(spellings);
  s.state = new Uint8Array(n); s.flags = new Uint8Array(n); s.count = new Int32Array(n); s.ctxCount = new Uint8Array(n);
  s.ctx = new Uint32Array(n * MAX_CTX); s.at = new Int32Array(n); s.root = new Int32Array(n); s.head = new Int32Array(n);
  s.tail = new Int32Array(n); s.next = new Int32Array(n); s.order = new Int32Array(n); s.roots = new Int32Array(n);
  s.ofReading = new Int32Array(n); s.ofPair = new Int32Array(n);
}

/** The spelling of `key` and `folded` in this file, made when first asked. */
function groupOf(s: Scratch, key: string, folded: string, hash: number): number {
  const table = s.table, stamps = s.tableStamp, mask = table.length - 1;
  let root = -1, slot = hash & mask;
  // (every spelling of a key lies on its hash's probe sequence before the first empty slot: nothing is taken out)
  for (; stamps[slot] === s.stamp; slot = (slot + 1) & mask) {
    const g = table[slot];
    if (s.key[g] === key) { if (s.folded[g] === folded) return g; if (root < 0) root = s.root[g]; }
  }
  const g = s.made++;
  stamps[slot] = s.stamp; table[slot] = g;
  s.key[g] = key; s.folded[g] = folded;
  s.state[g] = 0; s.flags[g] = 0; s.count[g] = 0; s.ctxCount[g] = 0;
  s.root[g] = root < 0 ? g : root; s.head[g] = -1; s.next[g] = -1;
  return g;
}

/** An occurrence of kept spelling g at [start, end), with what the file says of it there; `stem` is the written form
 * as read, taken as is when the text writes exactly that (no slice of the text per spelling and file). */
function occur(s: Scratch, names: DocumentNames, g: number, start: number, end: number, kind: number, withArticle: boolean, word: number, stem: string): void {
  const text = names.text;
  if (!(s.state[g] & LISTED)) { s.written[g] = cleanWord(writes(text, start, end, stem) ? stem : text.slice(start, end)); list(s, g); }
  let f = s.flags[g] | (withArticle ? ARTICLED : BARE);
  if (kind !== 0) f |= MARKED | (kind & PERSON_MARK ? AS_PERSON : 0) | (kind & THING_MARK ? AS_THING : 0);
  if (!(f & NAMED) && (kind !== 0 || (word >= 0 && names.besideName(word)))) f |= NAMED;
  if (!(f & UNCOUNTED) && !afterNumber(text, start)) f |= UNCOUNTED;
  s.flags[g] = f;
  s.count[g]++;
  const o = s.occurrences++;
  s.occSpelling[o] = g; s.occStart[o] = start; s.occEnd[o] = end;
}

/** Neighbour hash h (-1: none) of an occurrence of kept spelling g, kept if new and there is room. */
function neighbour(s: Scratch, g: number, h: number): void {
  const base = g * MAX_CTX, n = s.ctxCount[g];
  if (h >= 0 && n < MAX_CTX && !holds(s.ctx, base, base + n, h)) { s.ctx[base + n] = h; s.ctxCount[g] = n + 1; }
}

/** Does text[start, end) read exactly `s`? */
function writes(text: string, start: number, end: number, s: string): boolean {
  if (end - start !== s.length) return false;
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Lists spelling g (first met kept), after the listed spellings of its key. */
function list(s: Scratch, g: number): void {
  s.state[g] |= LISTED;
  s.order[s.listed++] = g;
  const r = s.root[g];
  if (s.head[r] < 0) { s.head[r] = g; s.roots[s.rootCount++] = r; } else s.next[s.tail[r]] = g;
  s.tail[r] = g;
}

/** The summary of the listed spellings: grouped by key in the order each key was first met, and within a key in the
 * order each spelling was first met (the order the index has always stored them in). */
function pack(s: Scratch): NameSpellingSummary {
  // (arrays made at their length: pushed to, each was regrown two or three times for a file's hundred spellings)
  const n = s.listed, keys: string[] = new Array(n), folded: string[] = new Array(n), written: string[] = new Array(n);
  let size = REC * (n + 1) + 2 * s.occurrences;
  for (let k = 0; k < n; k++) size += s.ctxCount[s.order[k]];
  const data = new Uint32Array(size);
  let at = REC * (n + 1), i = 0;
  for (let k = 0; k < s.rootCount; k++) {
    for (let g = s.head[s.roots[k]]; g >= 0; g = s.next[g], i++) {
      // (the written form let go: a slice of the text would keep the whole text until the next file)
      keys[i] = s.key[g]; folded[i] = s.folded[g]; written[i] = s.written[g]; s.written[g] = '';
      data[REC * i] = at; s.at[g] = at; at += 2 * s.count[g];
      data[REC * i + 1] = at;
      // (copied one by one: a subarray view per spelling cost more than the copy)
      for (let x = g * MAX_CTX, end = x + s.ctxCount[g]; x < end; x++) data[at++] = s.ctx[x];
      data[REC * i + 2] = s.flags[g];
    }
  }
  data[REC * n] = at;
  data[REC * n + 1] = at;
  // (each spelling's offsets in text order, where its records said they begin)
  for (let o = 0; o < s.occurrences; o++) {
    const g = s.occSpelling[o];
    data[s.at[g]++] = s.occStart[o]; data[s.at[g]++] = s.occEnd[o];
  }
  return { keys, folded, written, data };
}

export const nameSpellingsIndexer: Indexer<NameSpellingSummary, NameSpellingAggregate> = {
  id: 'nameSpellings',
  summarize: summarizeNames,
  createAggregate: () => ({ byKey: new KeyTable<SpellingEntry>(e => e.key), files: new Map(), version: ++versions, stamp: 0, askUri: undefined, askRec: undefined }),
  add(agg, uri, summary) {
    const old = agg.files.get(uri);
    if (old) nameSpellingsIndexer.remove(agg, uri, old.summary);
    agg.askUri = undefined; agg.version = ++versions;
    const n = summary.keys.length;
    const rec: FileRecord = { uri, summary, entries: new Array(n), slot: new Int32Array(n) };
    agg.files.set(uri, rec);
    for (let i = 0; i < n; i++) {
      const key = summary.keys[i], folded = summary.folded[i], g = agg.byKey.get(key);
      let e = g && entryIn(g, folded);
      if (e) addFile(e, rec, i); else e = newEntry(agg, g, key, folded, rec, i, summary.written[i]);
      // (the summary's strings become the entry's shared copies: they may come from another thread, or from a text)
      summary.keys[i] = e.key; summary.folded[i] = e.folded;
      rec.entries[i] = e;
      account(e, summary, i, 1);
    }
  },
  remove(agg, uri, summary) {
    const rec = agg.files.get(uri);
    if (!rec || rec.summary !== summary) return;
    agg.askUri = undefined; agg.version = ++versions;
    for (let i = 0; i < rec.entries.length; i++) {
      const e = rec.entries[i];
      account(e, summary, i, -1);
      removeFile(e, rec.slot[i]);
      if (e.rec === undefined) {
        const first = agg.byKey.get(e.key)!;
        // (a key's entries share one copy of it: the table reads it off whichever is first)
        if (first !== e) { let x = first; while (x.next !== e) x = x.next!; x.next = e.next; }
        else if (e.next) agg.byKey.replace(e.next);
        else agg.byKey.delete(e.key);
      }
    }
    agg.files.delete(uri);
  },
  queries: agg => ({
    /** Spellings of the names with this key in the workspace, by the spelling most files write for each folded
     * form; counts and files exclude `excludeUri` (the document asking). */
    nameSpellings(key: string, excludeUri?: string) {
      const g = agg.byKey.get(key);
      if (!g) return NO_SPELLINGS; // most names of a document are written nowhere else
      // (the asking file's spellings found by a stamp on their entries)
      const own = excludeUri !== undefined ? asking(agg, excludeUri) : undefined;
      const stamp = agg.stamp;
      let out: Map<string, SpellingOccurrences> | undefined;
      for (let e: SpellingEntry | undefined = g; e; e = e.next) {
        const folded = e.folded;
        const ownAt = own && e.stamp === stamp ? e.ownAt : -1;
        const mine = ownAt >= 0 ? own : undefined;
        const ownN = mine ? occurrenceCount(mine, ownAt) : 0;
        const count = e.count - ownN;
        if (count <= 0) continue;
        const marked = e.marked - (mine && isMarked(mine, ownAt) ? 1 : 0) > 0;
        const named = e.named - (mine && isNamed(mine, ownAt) ? 1 : 0) > 0;
        const withArticle = e.articled - (mine && isArticled(mine, ownAt) ? 1 : 0) > 0;
        const bare = e.bare - (mine && isBare(mine, ownAt) ? 1 : 0) > 0;
        const counted = e.uncounted - (mine && isUncounted(mine, ownAt) ? 1 : 0) === 0;
        const marks = (e.asPerson - (mine && isAsPerson(mine, ownAt) ? 1 : 0) > 0 ? PERSON_MARK : 0) |
          (e.asThing - (mine && isAsThing(mine, ownAt) ? 1 : 0) > 0 ? THING_MARK : 0);
        const ownWritten = mine ? mine.written[ownAt] : undefined;
        const ownWeight = mine && isNamed(mine, ownAt) ? ownN * (NAMED_WEIGHT + 1) : ownN;
        let spelling = e.best ??= bestWritten(e, undefined, 0);
        if (ownWritten === spelling && ownWeight > 0) spelling = bestWritten(e, ownWritten, ownWeight);
        (out ??= new Map()).set(spelling, new SpellingView(e, count, folded, marked, named, withArticle, bare, counted, marks, mine, ownAt, excludeUri));
      }
      return out ?? NO_SPELLINGS;
    },
    /** The rule asks this for most names of every document: most are written nowhere else, and most others one way, or
     * mostly one way (the asking file's spellings found by a stamp on their entries, as above). */
    nameRivals(key: string, excludeUri: string | undefined, rivalsOf: NameRivalsOf) {
      // (the key's entries by the handle the rule kept, when it did: the lookup of a key was half of the question)
      const g = rivalsOf.spellings !== undefined ? agg.byKey.at(rivalsOf.spellings) : agg.byKey.get(key);
      if (!g) return false;
      const own = excludeUri !== undefined ? asking(agg, excludeUri) : undefined;
      return hasRival(g, own, agg.stamp, rivalsOf);
    },
    /** Where the key's first entry is kept in byKey (KeyTable.indexOf), for nameRivals to read the key's entries by:
     * good while the index does not change (a file added or taken off bumps nameVersion); -1 when no file writes a
     * spelling of the key other than `folded`, since nameRivals then says no to any file asking of `folded`. */
    nameKey(key: string, folded: string) {
      const at = agg.byKey.indexOf(key), g = at >= 0 ? agg.byKey.at(at)! : undefined;
      return g && (g.next !== undefined || g.folded !== folded) ? at : -1;
    },
    nameFolded(spellings: number) {
      const out: string[] = [];
      for (let e = agg.byKey.at(spellings); e; e = e.next) out.push(e.folded);
      return out;
    },
    nameVersion: () => agg.version,
  }),
};

registerIndexer(nameSpellingsIndexer);

/** The last version given to an aggregate (NameSpellingAggregate.version): one count for all, so that two indexes
 * never share a version. */
let versions = 0;

/** A new spelling's entry, filed after the key's others (`first`, when it has some), with its first file `rec`, in
 * which it is spelling i, written `written`: that file and form in its fields, with no list (most spellings stay in
 * one file and are written one way). */
function newEntry(agg: NameSpellingAggregate, first: SpellingEntry | undefined, key: string, folded: string, rec: FileRecord, i: number, written: string): SpellingEntry {
  // (every field in the literal, best and ctx too: a field first set later gave each entry another shape, that
  // field kept in a second array outside the object)
  const e: SpellingEntry = { key: first ? first.key : detached(key), folded: detached(folded), rec, at: i, more: undefined, count: 0, marked: 0, markedOccurrences: 0, named: 0, asPerson: 0, asThing: 0, articled: 0, uncounted: 0, bare: 0, form: detached(written), weight: 0, moreForms: undefined, moreWeights: undefined, best: undefined, ctx: undefined, stamp: 0, ownAt: -1, next: undefined };
  rec.slot[i] = 0;
  if (first) { let x = first; while (x.next) x = x.next; x.next = e; } else agg.byKey.add(e);
  return e;
}

/** The asking file's summary, its spellings' entries stamped with their index in it (the first index of each folded
 * spelling, as its key is then asked by: a file's own counts come off every answer it gets, and this replaces a
 * lookup per spelling of each answer). Stamped again only when another file asks, or the index changed. */
function asking(agg: NameSpellingAggregate, uri: string): NameSpellingSummary | undefined {
  if (agg.askUri !== uri) {
    agg.askUri = uri;
    const rec = agg.askRec = agg.files.get(uri);
    const stamp = ++agg.stamp;
    if (rec) {
      const seen = new Set<string>();
      for (let i = 0; i < rec.entries.length; i++) {
        const folded = rec.summary.folded[i];
        if (seen.has(folded)) continue;
        seen.add(folded);
        const e = rec.entries[i];
        e.stamp = stamp; e.ownAt = i;
      }
    }
  }
  return agg.askRec?.summary;
}

/** Does another file write a spelling of this key other than `rivals.folded` at least as often as that spelling is
 * written in all (the asking file's `rivals.count`, and the other files')? Counts only: no answer is built. */
function hasRival(g: SpellingEntry, own: NameSpellingSummary | undefined, stamp: number, rivals: NameRivalsOf): boolean {
  if (!g.next && g.folded === rivals.folded) return false;
  const mine = entryIn(g, rivals.folded);
  const total = rivals.count + (mine ? othersCount(mine, own, stamp) : 0);
  for (let e: SpellingEntry | undefined = g; e; e = e.next) {
    if (e !== mine && e.count >= total && othersCount(e, own, stamp) >= total) return true;
  }
  return false;
}

/** A spelling's occurrences in the files other than the asking one (stamped by asking()). */
function othersCount(e: SpellingEntry, own: NameSpellingSummary | undefined, stamp: number): number {
  return e.count - (own && e.stamp === stamp ? occurrenceCount(own, e.ownAt) : 0);
}

/** The entry of a folded spelling among a key's (`first` and the entries after it). */
function entryIn(first: SpellingEntry, folded: string): SpellingEntry | undefined {
  for (let e: SpellingEntry | undefined = first; e; e = e.next) if (e.folded === folded) return e;
  return undefined;
}

/** The written form of a spelling with the most weight (occurrences, named ones first), less `ownWeight` of `own`. */
function bestWritten(e: SpellingEntry, own: string | undefined, ownWeight: number): string {
  let spelling = '', best = -1;
  const more = e.moreForms;
  for (let j = -1, count = more ? more.length : 0; j < count; j++) {
    const w = j < 0 ? e.form : more![j];
    if (w === undefined) continue;
    const n = (j < 0 ? e.weight : e.moreWeights![j]) - (own === w ? ownWeight : 0);
    if (n > best || (n === best && betterWritten(w, spelling))) { best = n; spelling = w; }
  }
  return spelling;
}

/** Between two written forms of a spelling used equally often: the one that writes more hamzas (أوروغوياني, not
 * اوروغوياني: the standard spelling writes it), then the first in code-point order, so that the answer does not depend
 * on the order in which files were indexed (a server indexes in walk order, then re-adds what is edited). */
function betterWritten(a: string, b: string): boolean {
  const d = hamzas(a) - hamzas(b);
  return d > 0 || (d === 0 && a < b);
}
function hamzas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c === 0x623 || c === 0x625 || c === 0x622) n++; }
  return n;
}

/** The answer for a key no file writes: one shared empty Map (callers only read answers). */
const NO_SPELLINGS: ReadonlyMap<string, SpellingOccurrences> = new Map();

/** One answer of nameSpellings(): what is costly to list (files, offsets, neighbours less the asking file's) is
 * computed when first read, since most answers are only counted. A class, not an object literal with getters and
 * closures: the rule asks once per name of the document, and most of those answers are thrown away at once. */
class SpellingView implements SpellingOccurrences {
  private _uris?: string[]; private _order?: number[]; private _ctx?: NeighbourSet;
  constructor(private readonly e: SpellingEntry, readonly count: number, readonly folded: string, readonly marked: boolean,
    readonly named: boolean, readonly articled: boolean, readonly bare: boolean, readonly counted: boolean, readonly marks: number,
    private readonly own: NameSpellingSummary | undefined, private readonly ownAt: number,
    private readonly excludeUri: string | undefined) {}
  get ctx(): NeighbourSet {
    if (!this._ctx) {
      // the asking file's own neighbours come off the totals: a hash counts when another file has it too (a view,
      // not a copy of the totals less the file's own, which was made for every spelling the rule weighed)
      // (the file's neighbours read in place in its summary: a subarray view per answer cost more than the rest)
      const own = this.own, all = entryCtx(this.e);
      const from = own ? ctxStart(own, this.ownAt) : 0, to = own ? offsetsStart(own, this.ownAt + 1) : 0;
      this._ctx = from === to ? all : { has: (h: number) => all.count(h) - (holds(own!.data, from, to, h) ? 1 : 0) > 0 };
    }
    return this._ctx;
  }
  /** The entry's files but the asking one (their indices in its lists), in code-point order of their uris, not the
   * order files were indexed in: related locations and fixes list them. */
  private order(): number[] {
    if (!this._order) {
      const e = this.e, ks: number[] = [];
      for (let k = 0, n = fileCount(e); k < n; k++) if (recOf(e, k).uri !== this.excludeUri) ks.push(k);
      this._order = ks.sort((a, b) => (recOf(e, a).uri < recOf(e, b).uri ? -1 : 1));
    }
    return this._order;
  }
  get uris(): string[] { return this._uris ??= this.order().map(k => recOf(this.e, k).uri); }
  /** Listed only for a fix across the workspace (a message names at most 20 files, by their first occurrence): read in
   * place in the files' summaries, by the entry's own list of files and their index of it. */
  forEachOccurrence(fn: (uri: string, start: number, end: number) => void): void {
    const e = this.e;
    for (const k of this.order()) {
      const r = recOf(e, k), p = r.summary, d = p.data, uri = r.uri, i = atOf(e, k);
      for (let x = offsetsStart(p, i), end = ctxStart(p, i); x < end; x += 2) fn(uri, d[x], d[x + 1]);
    }
  }
  filesBeside(hashes: readonly number[]): number {
    let n = 0;
    for (let k = 0, files = fileCount(this.e); k < files; k++) {
      const r = recOf(this.e, k);
      if (r.uri === this.excludeUri) continue;
      const ctx = ctxOf(r.summary, atOf(this.e, k));
      if (hashes.every(h => ctx.includes(h))) n++;
    }
    return n;
  }
  markedCount(): number {
    // (the totals less the asking file's, as every count of this answer: its index of the spelling, ownAt)
    const own = this.own, i = this.ownAt;
    return this.e.markedOccurrences - (own && i >= 0 && isMarked(own, i) ? occurrenceCount(own, i) : 0);
  }
  firstOccurrence(i: number): readonly [number, number] | undefined {
    // (by the file's index of the spelling, kept in the entry: a lookup by uri and a search of the file's spellings
    // was most of the cost of a finding's related locations)
    const k = this.order()[i], p = recOf(this.e, k).summary, x = atOf(this.e, k), at = offsetsStart(p, x);
    return at < ctxStart(p, x) ? [p.data[at], p.data[at + 1]] : undefined;
  }
}

/** Add (sign 1) or take off (-1) spelling i of a file to the workspace totals of its spelling. Adding makes the
 * summary's written form the entry's shared copy. */
function account(e: SpellingEntry, p: NameSpellingSummary, i: number, sign: 1 | -1): void {
  const n = occurrenceCount(p, i);
  e.count += sign * n;
  if (isMarked(p, i)) { e.marked += sign; e.markedOccurrences += sign * n; }
  if (isNamed(p, i)) e.named += sign;
  if (isAsPerson(p, i)) e.asPerson += sign;
  if (isAsThing(p, i)) e.asThing += sign;
  if (isArticled(p, i)) e.articled += sign;
  if (isUncounted(p, i)) e.uncounted += sign;
  if (isBare(p, i)) e.bare += sign;
  e.best = undefined;
  e.ctx = undefined;
  // (an entry in the table has a form of each of its files: its first one made with it, newEntry)
  const copy = weigh(e, p.written[i], sign * (isNamed(p, i) ? n * (NAMED_WEIGHT + 1) : n));
  if (sign > 0) p.written[i] = copy;
}

/** Adds `dw` to the weight of the entry's written form `written` (a shared copy made if it is new; the form taken off
 * at weight 0 or less), and returns the entry's copy of it. */
function weigh(e: SpellingEntry, written: string, dw: number): string {
  if (e.form === undefined) { e.form = detached(written); e.weight = 0; }
  if (e.form === written) {
    const copy = e.form, w = e.weight + dw;
    if (w > 0) e.weight = w;
    // (another form, if any, takes its place)
    else if (e.moreForms?.length) { e.form = e.moreForms.pop(); e.weight = e.moreWeights!.pop()!; }
    else e.form = undefined;
    return copy;
  }
  const forms = e.moreForms ??= [], weights = e.moreWeights ??= [];
  let j = forms.indexOf(written);
  if (j < 0) { j = forms.length; forms.push(detached(written)); weights.push(0); }
  const copy = forms[j], w = weights[j] + dw;
  if (w > 0) weights[j] = w;
  else { forms.splice(j, 1); weights.splice(j, 1); }
  return copy;
}

/** Spellings worth keeping for other files: marked as names by their text, or names or transliteration-like by the
 * lexicons. The rest of a file's words never reach the index, which keeps it small. A spelling in two words is kept
 * only when each word looks like part of a name (not كراولي على); mentions.ts makes two-word mentions for the index by
 * the same test (WordInfo.nameLike). */
const nameLike = memo((folded: string): boolean => folded.split(/[ -]/).every(w => nameEvidence(w, false) >= 1));

/** nameLike of the two-word mention from word i. Of two plain words its folded spelling is theirs joined by a space or
 * a hyphen (mentions.ts DocumentNames.pairFolded), so each word is asked once per reading, where a memo lookup of a
 * string made per file (most of them hashed afresh) was asked per pair and file. */
function pairNameLike(names: DocumentNames, i: number): boolean {
  const a = names.infos[i], b = names.infos[i + 1];
  if (!a.plain || !b.plain) return nameLike(names.pairFolded(i));
  return partNameLike(a) && partNameLike(b);
}
function partNameLike(info: WordInfo): boolean {
  return info.partLike ??= nameEvidence(info.spelled, false) >= 1;
}
