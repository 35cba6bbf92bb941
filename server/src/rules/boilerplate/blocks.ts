// Lines → boilerplate blocks, in the manner of jusText: each line first gets a class from its own features
// (bad = boilerplate on its own evidence, good = article prose, neutral = short lines and headlines that could be
// either, sep = a separator), then neutral and sep lines take the class their context gives them: the headlines
// after a "read also" marker, the short lines at the top and bottom of a page, a run of other stories' leads at the
// end, headlines standing between paragraphs that are not subheadings of what follows. Runs of bad lines become
// blocks. Everything is one pass or a bounded walk per line: linear in the number of lines.
import type { Article } from '../../engine/article';
import { fnv1a } from '../../arabic/hash';
import type { LineFeatures } from './features';

export type LineClass = 'bad' | 'good' | 'neutral' | 'sep' | 'blank';

export interface LineVerdict { cls: LineClass; kind?: string; signals: string[] }

export interface Block { first: number; last: number; kind: string; lines: number[]; signals: string[] }

export interface ClassifyOptions {
  dateline: 'flag' | 'keep';
  /** Cleaned keys of lines the user said are not boilerplate. */
  exceptions: ReadonlySet<string>;
  /** Lines matched by the user's patterns. */
  patternHit: (i: number) => boolean;
  /** Number of other workspace files holding this line, when a workspace index exists. */
  recurrence?: (i: number) => number;
}

/** Lines of this many words or more, ending like a sentence, are article prose. */
const PROSE_WORDS = 8;
/** Lines this long are prose even without a final stop. */
const LONG_WORDS = 18;
/** At most this many words: a navigation item, a widget label, a byline. */
const SHORT_WORDS = 4;
/** A headline: 2–16 words, no sentence end inside. */
const HEADLINE_MAX = 16;
/** At most this share of a list's content words may come back in the story's prose for it to be other stories'. */
const FOREIGN_SHARE = 0.2;
/** Files a line must recur in to count as the site's template. */
const RECUR_MIN = 3;
/** The mask of the hash bits a prose word is first tested on (see 5b). */
const ASKED_BITS = 0xfff;

const DATELINE_SITE = /^\s*([^\s\-–—ـ:،,.]+(?:\s+[^\s\-–—ـ:،,.]+){0,2})\s*[-–—ـ]+\s*([^\s\-–—ـ:،,.]+(?:\s+[^\s\-–—ـ:،,.]+){0,2})\s*$/u;

export function classifyLines(article: Article, feats: LineFeatures[], opt: ClassifyOptions): LineVerdict[] {
  const n = feats.length;
  const v: LineVerdict[] = feats.map(f => initial(article, f, opt));
  const next = nonBlankIndex(v, 1), prev = nonBlankIndex(v, -1);

  // 1. A marker line opens a block: the headline-shaped lines right after it are its teasers.
  for (let i = 0; i < n; i++) {
    const f = feats[i];
    if (v[i].cls !== 'bad' || f.marker?.entry.role !== 'marker') continue;
    let j = next[i];
    const taken: number[] = [];
    // after "read also: <title>" one more headline is common, a short subheading more so
    const minWords = f.marker.rest ? 8 : 3;
    if (f.marker.entry.takesRest) {
      const rest: number[] = [];
      // more than 6 lines left: not a closing box (and no need to walk to the end of a long text to know it)
      for (let k = j; k >= 0 && rest.length <= 6; k = next[k]) rest.push(k);
      if (rest.length <= 6) for (const r of rest) mark(v[r], 'bad', f.marker.entry.kind, 'after an "about" heading at the end');
      continue;
    }
    // a labelled list may be bulleted or numbered ("1. ...", "• ...")
    while (j >= 0 && taken.length < 12 && v[j].cls === 'neutral' && isHeadline(feats[j], true) && feats[j].words >= minWords) {
      taken.push(j);
      j = next[j];
    }
    // the last one before a paragraph may be that paragraph's subheading; after two or more teasers only when it is
    // shorter than all of them (a subheading is a few words, the teasers above it are whole headlines)
    const last = taken[taken.length - 1];
    const shorter = taken.length < 3 || taken.slice(0, -1).every(t => feats[t].words > feats[last].words);
    if (taken.length && j >= 0 && v[j].cls === 'good' && shorter && !hasHeadlineCue(article, feats[last]) && isSubheadingOf(feats[last], feats, j)) taken.pop();
    for (const t of taken) mark(v[t], 'bad', f.marker.entry.kind === 'read-also' ? 'teaser' : f.marker.entry.kind, 'headline after a marker');
  }

  // 2. The top of a page, before the first paragraph: runs of navigation items, the site's name, widgets.
  //    A title line (a longer headline) interrupts a run but does not end the search.
  {
    let run: number[] = [];
    let bad = 0;
    const flush = () => {
      if (bad >= 1 || run.length >= 3) for (const r of run) mark(v[r], 'bad', v[r].kind ?? 'nav', 'short line at the top of the page');
      run = []; bad = 0;
    };
    for (let i = firstNonBlank(v); i >= 0 && v[i].cls !== 'good'; i = next[i]) {
      const f = feats[i];
      if (v[i].cls === 'neutral' && f.crumb) mark(v[i], 'bad', 'nav', 'breadcrumb trail at the top of the page');
      if (v[i].cls === 'bad' || v[i].cls === 'sep' || (v[i].cls === 'neutral' && f.words <= SHORT_WORDS && !f.endColon)) {
        run.push(i);
        if (v[i].cls === 'bad') bad++;
      } else flush();
    }
    flush();
    const f0 = firstNonBlank(v);
    if (opt.dateline === 'flag' && f0 >= 0 && v[f0].cls !== 'bad' && isDatelineSite(article, feats[f0]) && next[f0] >= 0) {
      mark(v[f0], 'bad', 'dateline-site', 'first line is "Name – Place" without a sentence');
    }
  }

  // 2b. Anywhere: a run of very short lines (menu items, widget labels) is navigation when it is long, or when it
  //     touches a boilerplate line.
  {
    let run: number[] = [];
    const isTiny = (i: number) => (v[i].cls === 'neutral' || v[i].cls === 'bad') && feats[i].words <= 3 && !feats[i].endColon;
    const flush = () => {
      if (!run.length) return; // (most lines end no run: no new array for them)
      const touches = run.some(r => v[r].cls === 'bad') || (run.length && ((prev[run[0]] >= 0 && v[prev[run[0]]].cls === 'bad') || (next[run[run.length - 1]] >= 0 && v[next[run[run.length - 1]]].cls === 'bad')));
      if (run.length >= 4 || (run.length >= 2 && touches)) for (const r of run) mark(v[r], 'bad', v[r].kind ?? 'nav', 'run of very short lines (menu, widget)');
      run = [];
    };
    for (let i = 0; i < n; i++) {
      if (v[i].cls === 'blank') continue;
      if (isTiny(i)) run.push(i); else flush();
    }
    flush();
  }

  // 3. Short neutral lines and separators between two bad lines are part of the same block.
  {
    let lastBad = -1;
    for (let i = 0; i < n; i++) {
      if (v[i].cls === 'blank') continue;
      if (v[i].cls === 'bad') {
        if (lastBad >= 0) for (let k = lastBad + 1; k < i; k++) if (v[k].cls === 'neutral' || v[k].cls === 'sep') mark(v[k], 'bad', v[k].kind ?? v[lastBad].kind ?? 'nav', 'between two boilerplate lines');
        lastBad = i;
      } else if (v[i].cls === 'good' || (v[i].cls === 'neutral' && (feats[i].words > 8 || feats[i].endStop))) lastBad = -1;
    }
  }

  // 4. The bottom of a page: from the first boilerplate line of the trailing non-prose run to the end.
  {
    const tail: number[] = [];
    for (let i = lastNonBlank(v); i >= 0 && v[i].cls !== 'good'; i = prev[i]) tail.push(i);
    tail.reverse();
    const firstBad = tail.findIndex(i => v[i].cls === 'bad');
    if (firstBad >= 0) {
      let from = firstBad;
      // separators and short lines (a byline, an e-mail) just before it go with it
      while (from > 0 && (v[tail[from - 1]].cls === 'sep' || feats[tail[from - 1]].email || feats[tail[from - 1]].url || (feats[tail[from - 1]].words <= 3 && !feats[tail[from - 1]].endStop))) from--;
      for (let k = from; k < tail.length; k++) mark(v[tail[k]], 'bad', v[tail[k]].kind ?? v[tail[firstBad]].kind ?? 'footer', 'at the end of the page after boilerplate');
    }
  }

  // 5. Other stories' leads pasted after the article: a run at the end of lines that do not continue the story
  //    (no و/ف, no "in turn"), most of which open like a news lead; the run starts at a lead.
  {
    let end = lastNonBlank(v);
    while (end >= 0 && v[end].cls === 'bad') end = prev[end];
    let run: number[] = [];
    // (how a line opens is made when first read: the cheap tests first)
    for (let i = end; i >= 0 && v[i].cls !== 'bad' && feats[i].words >= 6 && !feats[i].bullet && !feats[i].startsWithConjunction; i = prev[i]) run.push(i);
    run.reverse();
    const lead = run.findIndex(r => feats[r].leadShape);
    // the line just before the first lead, when it does not so much as begin with و/ف, opens the run too: the first
    // pasted story's lead need not open with a verb the lexicon knows ("تصدرت ..."), while the story's own last
    // paragraph almost always continues it (it is not counted in the decision, only taken with it)
    const opener = lead > 0 && !/^[وف]/u.test(feats[run[lead - 1]].key) ? run[lead - 1] : -1;
    run = lead < 0 ? [] : run.slice(lead);
    const leads = run.filter(r => feats[r].leadShape).length;
    let before = 0;
    for (let i = run.length ? prev[opener >= 0 ? opener : run[0]] : -1; i >= 0 && before < 2; i = prev[i]) if (v[i].cls === 'good') before++;
    // after a one-paragraph story (a video's caption), a run of three or more leads is evidence enough
    const enough = (leads >= 2 && leads >= 0.5 * run.length && before >= 2) || (leads >= 3 && leads >= 0.75 * run.length && before >= 1);
    if (run.length >= 2 && enough) {
      for (const r of opener >= 0 ? [opener, ...run] : run) mark(v[r], 'bad', 'teaser', 'lead of another story at the end');
    }
  }

  // 5b. A bulleted or numbered list of other stories' headlines, between paragraphs or after the last one, with no
  //     label: the story's own lists share its words (and usually follow a "the list includes:" line); headlines of
  //     other stories hardly share any. The vocabulary of the text is that of its prose lines.
  {
    const candidate = (i: number) => v[i].cls === 'neutral' && feats[i].bullet && isHeadline(feats[i], true) && feats[i].words >= 3;
    // The stems of the lists' lines found in the prose, made on the first candidate list (most texts have none). Only
    // the stems a list line can ask about are looked for: the prose's words are hashed where they lie, no string
    // made or set aside per word (a 10 MB text's prose was stemmed into a set of all its stems).
    let body: Set<string> | undefined;
    const vocabulary = () => {
      if (body) return body;
      // (before any list is marked: every line a run can take is a candidate now)
      const asked = new Map<number, string[]>();
      // (the low bits of the hashes asked: most prose words are not looked up in the map)
      const mayBeAsked = new Uint8Array(ASKED_BITS + 1);
      for (let i = 0; i < n; i++) {
        if (!candidate(i)) continue;
        for (const s of stems(feats[i].key)) {
          const h = fnv1a(s), same = asked.get(h);
          mayBeAsked[h & ASKED_BITS] = 1;
          if (!same) asked.set(h, [s]); else if (!same.includes(s)) same.push(s);
        }
      }
      const found = body = new Set<string>();
      for (let i = 0; i < n; i++) {
        if (v[i].cls !== 'good') continue;
        const key = feats[i].key;
        for (let a = 0, b = 0; a <= key.length; a = b + 1) {
          b = wordEnd(key, a);
          if (!stemOf(key, a, b)) continue;
          const s = stemStart, e = stemEnd, h = fnv1a(key, s, e);
          if (mayBeAsked[h & ASKED_BITS] === 0) continue;
          const same = asked.get(h);
          if (same) for (const q of same) if (q.length === e - s && key.startsWith(q, s)) found.add(q);
        }
      }
      return found;
    };
    const shared = (i: number) => {
      const words = vocabulary();
      const st = [...new Set(stems(feats[i].key))];
      return { n: st.length, shared: st.filter(s => words.has(s)).length };
    };
    for (let i = 0; i < n; i++) {
      if (!candidate(i)) continue;
      const p = prev[i];
      if (p < 0 || (v[p].cls !== 'good' && !isTeaserBlockLine(v[p])) || feats[p].endColon) continue;
      const run = [i];
      let j = next[i];
      while (j >= 0 && candidate(j)) { run.push(j); j = next[j]; }
      i = run[run.length - 1];
      if (run.length < 2 || (j >= 0 && v[j].cls === 'neutral')) continue;
      let words = 0, common = 0, worst = 0;
      for (const r of run) { const o = shared(r); words += o.n; common += o.shared; worst = Math.max(worst, o.n ? o.shared / o.n : 1); }
      if (words >= 2 * run.length && common <= FOREIGN_SHARE * words && worst <= 2 * FOREIGN_SHARE) {
        for (const r of run) mark(v[r], 'bad', 'related-list', 'bulleted headlines that share no words with the story');
      }
    }
  }

  // 6. Headlines standing between paragraphs: related stories, unless they announce the paragraph after them.
  for (let i = 0; i < n; i++) {
    if (v[i].cls !== 'neutral' || !isHeadline(feats[i]) || feats[i].words < 4) continue;
    const p = prev[i];
    // after a paragraph, or right after a teaser block (removing that block must not leave new headlines behind)
    const afterTeaser = p >= 0 && isTeaserBlockLine(v[p]);
    if (p < 0 || (v[p].cls !== 'good' && !afterTeaser) || feats[p].endColon) continue;
    const run: number[] = [i];
    let j = next[i];
    while (j >= 0 && v[j].cls === 'neutral' && isHeadline(feats[j]) && feats[j].words >= 3) { run.push(j); j = next[j]; }
    // a teaser block after the run is transparent: the run's verdict must not change when that block is removed
    while (j >= 0 && isTeaserBlockLine(v[j])) j = next[j];
    if (j < 0 || v[j].cls !== 'good') { i = run[run.length - 1]; continue; }
    const parallel = run.length >= 2 && isParallelList(feats, run);
    const lastIsSub = !hasHeadlineCue(article, feats[run[run.length - 1]]) && isSubheadingOf(feats[run[run.length - 1]], feats, j);
    if (run.length >= 2 && !parallel) {
      const take = lastIsSub ? run.slice(0, -1) : run;
      if (take.length >= 2 || (take.length === 1 && looksLikeTeaser(feats[take[0]], v, feats, article, take[0]))) {
        for (const r of take) mark(v[r], 'bad', 'related-list', 'run of headlines inside the story');
      }
    } else if (run.length === 1 && !lastIsSub && looksLikeTeaser(feats[i], v, feats, article, i)) {
      mark(v[i], 'bad', 'teaser', 'headline of another story between paragraphs');
    }
    i = run[run.length - 1];
  }

  // 7. Separators belong to the block they lead into, or to the text.
  for (let i = 0; i < n; i++) {
    if (v[i].cls !== 'sep') continue;
    const j = next[i];
    const k = prev[i];
    if ((j >= 0 && v[j].cls === 'bad') || (j < 0 && k >= 0 && v[k].cls === 'bad')) mark(v[i], 'bad', 'separator', 'separator before a boilerplate block');
    else v[i].cls = 'good';
  }
  return v;
}

function initial(article: Article, f: LineFeatures, opt: ClassifyOptions): LineVerdict {
  if (f.blank) return { cls: 'blank', signals: NO_SIGNALS };
  // (no lookup without exceptions: the lookup hashes the key, a pass over a whole paragraph's)
  if (opt.exceptions.size > 0 && opt.exceptions.has(f.key)) return { cls: 'good', signals: ['listed in boilerplate.exceptions'] };
  if (opt.patternHit(f.index)) return { cls: 'bad', kind: 'pattern', signals: ['matches a boilerplate.patterns entry'] };
  if (f.marker && !(f.marker.entry.tail && f.index < article.lines.length / 2)) {
    const m = f.marker.entry;
    const sig = m.origin === 'user' ? `user marker «${m.phrase}»` : `marker «${m.phrase}»`;
    return { cls: 'bad', kind: m.kind, signals: [sig] };
  }
  if (f.agencyOnly) return { cls: 'bad', kind: 'credit', signals: ['only agency names'] };
  if (f.separator) return { cls: 'sep', signals: ['separator line'] };
  // (the words first: letters are counted only of the lines that are asked about them, see features.ts)
  if (f.words <= 30 && !f.endStop && f.navSeparators >= 2) return { cls: 'bad', kind: 'nav', signals: ['links joined by | or »'] };
  if (f.words <= 40 && article.lineText(f.index).includes('©')) return { cls: 'bad', kind: 'copyright', signals: ['© sign'] };
  if (f.words <= 8 && !f.endStop && f.latinLetters > 0 && f.arabicLetters === 0) return { cls: 'bad', kind: 'nav', signals: ['short Latin-script line'] };
  // only short lines can be template text: prose lines are not looked up
  const rec = f.words <= LONG_WORDS ? opt.recurrence?.(f.index) ?? 0 : 0;
  if (rec >= RECUR_MIN && f.words <= LONG_WORDS) return { cls: 'bad', kind: 'template', signals: [`recurs in ${rec} other files of the workspace`] };
  // a question is how headlines and subheadings end as often as sentences: it does not make a line prose
  // nor does a cut "…" at its end (a teaser cut to fit a list), unless the line is long
  if ((f.endStop && !f.endQuestion && !f.ellipsisCut && f.words >= PROSE_WORDS) || f.words >= LONG_WORDS || f.innerStops >= 1 && f.words >= PROSE_WORDS) return { cls: 'good', signals: NO_SIGNALS };
  return { cls: 'neutral', signals: NO_SIGNALS };
}

function isTeaserBlockLine(v: LineVerdict): boolean {
  return v.cls === 'bad' && (v.kind === 'read-also' || v.kind === 'teaser' || v.kind === 'related-list');
}

/** The signals of a line nothing has marked yet (most lines): shared, and replaced, never pushed to, by mark. */
const NO_SIGNALS: string[] = [];

function mark(v: LineVerdict, cls: LineClass, kind: string, signal: string): void {
  if (v.signals.includes('listed in boilerplate.exceptions')) return;
  if (v.cls !== 'bad') v.kind = kind;
  v.cls = cls;
  if (v.signals === NO_SIGNALS) v.signals = [signal];
  else if (!v.signals.includes(signal)) v.signals.push(signal);
}

/** A headline: a few words, no sentence inside, not a lead-in ending with a colon. */
function isHeadline(f: LineFeatures, bulletAllowed = false): boolean {
  return !f.blank && f.words >= 2 && f.words <= HEADLINE_MAX && (!f.endStop || (f.endQuestion && f.words <= 12) || f.ellipsisCut) &&
    !f.endColon && f.innerStops === 0 && (bulletAllowed || !f.bullet) && !f.startsWithConjunction;
}

/** Runs of list items of the story itself share a frame: the same first word, numbers first, or the same word
 * pair at about the same place in every line ("X, aged 52, of party Y"). Related headlines share topic words, but
 * not in the same place. */
export function isParallelList(feats: LineFeatures[], run: number[]): boolean {
  const firsts = new Set<string>();
  let numbered = 0;
  let common: Map<string, number[]> | undefined;
  for (const i of run) {
    const w = feats[i].key.split(' ');
    firsts.add(w[0]);
    if (/^\d/.test(w[0])) numbered++;
    const here = new Map<string, number[]>();
    for (let k = 0; k + 1 < w.length; k++) {
      const b = w[k] + ' ' + w[k + 1];
      if (common && !common.has(b)) continue;
      here.set(b, [...(common?.get(b) ?? []), k]);
    }
    common = here;
  }
  if (numbered >= 2 || firsts.size <= Math.ceil(run.length / 2)) return true;
  for (const pos of common?.values() ?? []) if (pos.length === run.length && Math.max(...pos) - Math.min(...pos) <= 2) return true;
  return false;
}

/** Content stems of a key: proclitics and the article stripped, short words dropped. */
export function stems(key: string): string[] {
  const out: string[] = [];
  for (let a = 0, b = 0; a <= key.length; a = b + 1) {
    b = wordEnd(key, a);
    if (stemOf(key, a, b)) out.push(key.slice(stemStart, stemEnd));
  }
  return out;
}

/** Where the word of a key that starts at `a` ends (words are joined by single spaces). */
function wordEnd(key: string, a: number): number {
  const b = key.indexOf(' ', a);
  return b < 0 ? key.length : b;
}

/** Whether the word key[a, b) has a content stem, which is then key[stemStart, stemEnd): bounds, not a string, so
 * that a 10 MB text's prose is read without a string made per word when it has a list to weigh. */
function stemOf(key: string, a: number, b: number): boolean {
  // (by code, not two regular expressions a word)
  // a prefix: و or ف, then ب, ل or ك, then ال or لل, each when there
  let s = a, e = b, c = key.charCodeAt(s);
  if (s < e && (c === WAW || c === FA)) c = key.charCodeAt(++s);
  if (s < e && (c === BA || c === LAM || c === KAF)) c = key.charCodeAt(++s);
  if (s + 1 < e && (c === ALEF || c === LAM) && key.charCodeAt(s + 1) === LAM) s += 2;
  // a suffix: ات ون ين ية يه, else ه or ي
  if (e - s >= 2 && isPairSuffix(key.charCodeAt(e - 2), key.charCodeAt(e - 1))) e -= 2;
  else if (e > s && (key.charCodeAt(e - 1) === HA || key.charCodeAt(e - 1) === YA)) e--;
  stemStart = s; stemEnd = e;
  return e - s >= 3 && !allDigits(key, s, e);
}
let stemStart = 0, stemEnd = 0;
const WAW = 0x648, FA = 0x641, BA = 0x628, LAM = 0x644, KAF = 0x643, ALEF = 0x627, HA = 0x647, YA = 0x64a;
const TA = 0x62a, NOON = 0x646, TA_MARBUTA = 0x629;
/** ات ون ين ية يه (by code: no two-letter string sliced per word). */
function isPairSuffix(c1: number, c2: number): boolean {
  return (c1 === ALEF && c2 === TA) || (c1 === WAW && c2 === NOON) || (c1 === YA && (c2 === NOON || c2 === TA_MARBUTA || c2 === HA));
}
function allDigits(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const c = s.charCodeAt(k); if (c < 0x30 || c > 0x39) return false; }
  return true;
}

/** Stems of a paragraph, kept while its features live: several headlines may be tested against the same one. */
const paragraphStems = new WeakMap<LineFeatures, Set<string>>();

/** A subheading names what the paragraph after it is about: one of its content words comes back there. */
function isSubheadingOf(h: LineFeatures, feats: LineFeatures[], para: number): boolean {
  const hs = stems(h.key);
  if (!hs.length) return false;
  const ps = paragraphStems.get(feats[para]) ?? new Set(stems(feats[para].key));
  paragraphStems.set(feats[para], ps);
  return hs.some(s => ps.has(s));
}


/** A lone headline between paragraphs is another story's when it reads like a headline (a colon after a name,
 * a quotation, a question, several words) and the paragraph after it carries on the story rather than opening a
 * section. */
/** Headline marks: "Name: ...", a quotation, a question. */
function hasHeadlineCue(article: Article, f: LineFeatures): boolean {
  const text = article.lineText(f.index);
  return /^[^:]{2,40}:\s*\S/u.test(text) || hasQuotation(text) || f.endQuestion;
}

/** /["«“].+["»”]/u without its backtracking (quadratic on a line of many opening quotes): an opening mark, then a
 * closing one at least one character later, with no line separator (U+2028/9) between them. */
function hasQuotation(text: string): boolean {
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\u2028' || c === '\u2029') { open = -1; continue; }
    if (open >= 0 && k >= open + 2 && (c === '"' || c === '»' || c === '”')) return true;
    if (open < 0 && (c === '"' || c === '«' || c === '“')) open = k;
  }
  return false;
}

function looksLikeTeaser(f: LineFeatures, v: LineVerdict[], feats: LineFeatures[], article: Article, i: number): boolean {
  if (f.words < 6 || f.endQuestion) return false;
  const text = article.lineText(i);
  // "Name: «quote»" is how a quoted subheading opens a section
  if (/^\s*\S+(?:\s+\S+)?\s*:/u.test(text) && /["«“]/u.test(text)) return false;
  let j = i + 1;
  while (j < feats.length && feats[j].blank) j++;
  let p = i - 1;
  while (p >= 0 && feats[p].blank) p--;
  // the story runs on across it: the paragraph before ends a sentence, the one after continues with و/ف;
  // and it is not one more item of a list the paragraph before belongs to
  return j < feats.length && feats[j].startsWithConjunction && p >= 0 && feats[p].endStop && !isParallelList(feats, [p, i]);
}

function isDatelineSite(article: Article, f: LineFeatures): boolean {
  if (f.words > 6 || f.endStop || f.endColon) return false;
  const text = article.lineText(f.index);
  return DATELINE_SITE.test(text) && !/\d/.test(text);
}

/** next[i] / prev[i]: the nearest non-blank line after / before i (-1 when none). */
function nonBlankIndex(v: LineVerdict[], dir: 1 | -1): number[] {
  const n = v.length;
  const out = new Array<number>(n).fill(-1);
  let last = -1;
  if (dir === 1) for (let i = n - 1; i >= 0; i--) { out[i] = last; if (v[i].cls !== 'blank') last = i; }
  else for (let i = 0; i < n; i++) { out[i] = last; if (v[i].cls !== 'blank') last = i; }
  return out;
}

function firstNonBlank(v: LineVerdict[]): number { for (let i = 0; i < v.length; i++) if (v[i].cls !== 'blank') return i; return -1; }
function lastNonBlank(v: LineVerdict[]): number { for (let i = v.length - 1; i >= 0; i--) if (v[i].cls !== 'blank') return i; return -1; }

/** Maximal runs of bad lines (blank lines inside allowed) → blocks. The kind is the first specific kind. */
export function formBlocks(v: LineVerdict[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  for (let i = 0; i < v.length; i++) {
    if (v[i].cls === 'blank') continue;
    if (v[i].cls === 'bad') {
      if (!cur) { cur = { first: i, last: i, kind: v[i].kind ?? 'boilerplate', lines: [], signals: [] }; blocks.push(cur); }
      cur.last = i;
      cur.lines.push(i);
      if ((cur.kind === 'separator' || cur.kind === 'boilerplate') && v[i].kind && v[i].kind !== 'separator') cur.kind = v[i].kind!;
      for (const s of v[i].signals) if (!cur.signals.includes(s)) cur.signals.push(s);
    } else cur = undefined;
  }
  return blocks;
}
