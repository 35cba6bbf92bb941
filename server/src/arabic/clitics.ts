// Proclitics and enclitics of Arabic orthography. Splitting is ambiguous (بوتين, لافروف, فرانسوا, كيم all begin
// with clitic letters), so this module lists the possible splits and callers keep the one whose stem they know.

/** Conjunctions, then prepositions/particles, then the article. لل is ل + ال with the alef dropped. */
const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك', 'س'];

export interface CliticSplit { prefix: string; stem: string }

/** Every way to read a cleaned word as prefix + stem, longest prefix first, stem at least `minStem` letters. */
export function procliticSplits(word: string, minStem = 2): CliticSplit[] {
  const out: CliticSplit[] = [];
  const push = (prefix: string) => {
    const stem = word.slice(prefix.length);
    if (stem.length >= minStem && word.startsWith(prefix)) out.push({ prefix, stem });
  };
  for (const c of ['', ...CONJ]) {
    if (c && !word.startsWith(c)) continue;
    for (const p of ['', ...PREP]) {
      if (p && !word.startsWith(c + p)) continue;
      push(c + p + 'ال');
      if (p === 'ل') push(c + 'لل');
      if (p) push(c + p);
    }
    if (c) push(c);
  }
  // longest prefix first, de-duplicated
  const seen = new Set<string>();
  return out.sort((a, b) => b.prefix.length - a.prefix.length).filter(s => !seen.has(s.prefix) && seen.add(s.prefix))
    .concat([{ prefix: '', stem: word }]);
}

/** Attached pronouns, longest first. */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك', 'ي'];

export function encliticSplits(stem: string, minStem = 3): { stem: string; suffix: string }[] {
  const out = [{ stem, suffix: '' }];
  for (const s of ENCLITICS) {
    if (stem.endsWith(s) && stem.length - s.length >= minStem) out.push({ stem: stem.slice(0, -s.length), suffix: s });
  }
  return out;
}

/** The stem of a word when the caller knows which stems exist; otherwise the word with only the article (and the
 * conjunction/preposition before it) removed, which is safe: no name begins with a written ال that matters here. */
export function stripProclitics(word: string, isKnown?: (stem: string) => boolean): CliticSplit {
  const splits = procliticSplits(word);
  if (isKnown) {
    for (const s of splits) if (isKnown(s.stem)) return s;
    return { prefix: '', stem: word };
  }
  for (const s of splits) if (s.prefix.endsWith('ال') || s.prefix.endsWith('لل')) return s.stem.length >= 3 ? s : { prefix: '', stem: word };
  return { prefix: '', stem: word };
}
