// The transliteration key of a name, and the test that two spellings differ only the way one foreign name is written
// in Arabic letters in different ways. Spellings with one key are candidates only; the rule still checks that they are
// names (lexicon.ts, sameName.ts).
//
// Only the alternations that really occur when a foreign sound is written in Arabic are allowed:
// - g written غ/ج/گ/چ, and ق where the other spelling has غ/ج/گ at that position (إنستغرام/إنستقرام, قوقل/غوغل).
//   ك is not a g-variant: in the development corpora every ك/ج or ك/غ candidate was two different words or names
//   (كوري/جاري, كونج/جونغ, جيبك/كيبيك), and ق against ك is two different letters (قازان/كازان is not folded);
// - v written ف/ڤ, p written ب/پ (foldLetters merges them in the key; the spelling keeps them: spellingKey);
// - a long vowel ا/و/ي written or not, or one written for another, inside the word — at most two such differences,
//   never at its first or last letter (ترامب/ترمب, بيسكوف/بوسكوف; جاري/جاريا is an inflection, not a spelling);
// - letter forms (أإآ/ا, ى/ي, ة/ه) and hamza carriers (ئ/ي, ؤ/و, a hamza written or not);
// - a hyphen or space inside the name (بيونغ يانغ/بيونغيانغ, كيم جونغ-أون/كيم جونغ أون: the spelling keeps the hyphen,
//   spellingKey, so a name written with a hyphen in one place and a space in another is reported).
// - one consonant written with a neighbouring Arabic letter, as sources read the foreign letter differently: s as
//   س/ش/ص/ز/ث/ذ (غوتيريس/غوتيريش, كورتس/كورتز, سويلو/صويلو), t as ت/ط, k as ك/ق (قازان/كازان). Those letters separate
//   ordinary Arabic words far more often than they vary in a name (ياسر/يزور, صوتا/زيتا, ثيرون/شيرين), so the key
//   merges them but the pair test counts such a letter apart (`consonants`) and sameName.ts allows one only in a long
//   spelling that is a name on both sides.
import { foldLetterForms, foldLetters } from '../../arabic/normalize';

const JOINERS = /[ \-\u2010\u2011\u00A0]/g;
/** غ/ج and the Persian letters for g: one class. گ is folded to ك by foldLetters (arclean), so it is mapped first. */
const G = new Set(['غ', 'ج', 'گ', 'چ']);
const QK = new Set(['ق']);
/** Consonants a foreign letter is written with in different sources: one class per foreign letter. */
const CONSONANT_CLASS = new Map<string, string>([
  ['س', 'S'], ['ش', 'S'], ['ص', 'S'], ['ز', 'S'], ['ث', 'S'], ['ذ', 'S'],
  ['ت', 'T'], ['ط', 'T'],
  ['ك', 'K'], ['ق', 'K'],
]);
const LONG = new Set(['ا', 'و', 'ي']);
const HAMZA = new Set(['ء', 'ئ', 'ؤ']);

/** Letters of a spelling that compareLetters makes a g: غ, ج, and گ, چ, ڇ, folded to them. A scan of the spelling
 * itself: asked of many words, of which few write a g twice, before their compared letters are made. */
export function gCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c === 0x63a || c === 0x62c || c === 0x6af || c === 0x686 || c === 0x687) n++; }
  return n;
}

/** Letters of a cleaned spelling as compared: joiners removed, گ/چ kept apart from ك, other letter forms folded. */
export function compareLetters(cleaned: string): string {
  return foldLetters(cleaned.replace(/[گچ]/g, 'غ').replace(JOINERS, ''));
}

/** The grouping key of a cleaned spelling (one word or several): letter forms folded, joiners dropped, g-letters and
 * ق as one symbol, hamza carriers as their vowel, a bare hamza dropped, and the long vowels inside the word dropped.
 * Coarser than the pair test (pairDifference) on purpose: the key only brings candidates together. */
export function variantKey(cleaned: string): string {
  const s = compareLetters(cleaned);
  return keyLetters(s, 1, s.length - 1);
}

/** The key of two words written apart (`first second`, each without spaces or hyphens) is the key of the first with
 * only its first letter as an edge, then the key of the second with only its last: the key's long vowels are dropped
 * by position, and in the pair the letters where the words meet are inside the name. Equal to variantKey of the pair
 * for such words, at the cost of a concatenation (each part is computed once per word). */
export function pairKeyHead(word: string): string {
  const s = compareLetters(word);
  return keyLetters(s, 1, s.length);
}
export function pairKeyTail(word: string): string {
  const s = compareLetters(word);
  return keyLetters(s, 0, s.length - 1);
}

/** variantKey's letters of compared letters `s`, a long vowel dropped at positions [innerFrom, innerTo). */
function keyLetters(s: string, innerFrom: number, innerTo: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    if (c === 'ء') continue;
    if (c === 'ئ') c = 'ي';
    else if (c === 'ؤ') c = 'و';
    if (i >= innerFrom && i < innerTo && LONG.has(c)) continue;
    // ق is a g-variant and a k-variant: both map to one symbol with ك, غ and ج (pairDifference tells them apart)
    out += G.has(c) || QK.has(c) || c === 'ك' ? 'G' : CONSONANT_CLASS.get(c) ?? c;
  }
  return out;
}

/** A spelling as the rule compares it: letter forms folded (the orthography rule's differences erased), a hyphen
 * between two letters written as `-`, and a dash with a space beside it (بيونغ - يانغ: punctuation, not a name's
 * hyphen) or any other run of spaces as one space. The letters of foreign sounds stay (ڤينسانت is another spelling
 * than فينسانت, to be unified; the key folds them), and so does the hyphen: كيم جونغ-أون and كيم جونغ أون are two
 * spellings of one name, to be written one way (the key drops both joiners, so they meet; sameName.ts
 * separatorVariants decides). */
export function spellingKey(cleaned: string): string {
  return bareSpelling(foldLetterForms(cleaned));
}

/** Spaces and hyphens of a spelling as spellingKey writes them (letters untouched). */
export function bareSpelling(s: string): string {
  // (spaces are made single first: a pattern with a run of spaces before the hyphen backtracks over each run)
  return s.replace(/[ \u00A0]+/g, ' ').replace(/ [-\u2010\u2011] ?|[-\u2010\u2011] /g, ' ').replace(/[\u2010\u2011]/g, '-')
    .replace(/ +/g, ' ').trim();
}

/** A spelling (spellingKey) with its hyphens written as spaces: its words, as the lexicons read them. */
export function spacedSpelling(folded: string): string {
  return folded.includes('-') ? folded.replace(/-/g, ' ') : folded;
}

/** Two spellings (spellingKey) that differ only in how their words are joined, a hyphen in one where the other has a
 * space (كيم جونغ-أون / كيم جونغ أون). */
export function separatorOnly(a: string, b: string): boolean {
  return a !== b && (a.includes('-') || b.includes('-')) && spacedSpelling(a) === spacedSpelling(b);
}

export interface PairDifference {
  /** Vowel edits: a long vowel or hamza written in one spelling and not in the other. */
  vowels: number;
  /** Of those, a long vowel written for another one (و for ي: بيسكوف/بوسكوف). */
  swaps: number;
  /** ق in one spelling where the other writes غ/ج/گ. */
  gq: number;
  /** A consonant written with another letter of its class (س/ش, ت/ط, ك/ق: see the header). */
  consonants: number;
}

const INF = 1e9;
/** The letter classes above by UTF-16 code: pairDifference compares letters by code (a letter of an Arabic string read
 * as a string is a new string, hashed by each Set lookup), and the sets stay the one definition. */
const codesOf = (letters: Iterable<string>) => new Set([...letters].map(c => c.charCodeAt(0)));
const G_CODES = codesOf(G), QK_CODES = codesOf(QK), LONG_CODES = codesOf(LONG), HAMZA_CODES = codesOf(HAMZA);
const CLASS_CODES = new Map([...CONSONANT_CLASS].map(([c, k]) => [c.charCodeAt(0), k]));
const YEH_HAMZA = 'ئ'.charCodeAt(0), YEH = 'ي'.charCodeAt(0), WAW_HAMZA = 'ؤ'.charCodeAt(0), WAW = 'و'.charCodeAt(0), ALEF = 'ا'.charCodeAt(0);
/** The alignment's table, one row after another, kept between calls (grown when a pair needs more): a table of arrays
 * per call was most of what the pair test allocated. */
let table = new Float64Array(256);
/** cost encodes (consonants, edits, swaps, gq) lexicographically: consonants*1e6 + edits*10000 + swaps*100 + gq */
const W = (e: number, s: number, g: number, k = 0) => k * 1e6 + e * 10000 + s * 100 + g;
/** How two spellings differ, if only by the alternations of transliteration (see the header); undefined otherwise.
 * A small alignment: consonants must match (or be g-variants), vowels may be inserted, dropped or exchanged inside
 * the word. */
export function pairDifference(a: string, b: string): PairDifference | undefined {
  const x = compareLetters(a), y = compareLetters(b);
  if (x === y) return { vowels: 0, swaps: 0, gq: 0, consonants: 0 };
  if (Math.abs(x.length - y.length) > 2) return undefined;
  const n = x.length, m = y.length, w = m + 1;
  // d[i][j] is d[i * w + j]
  if (table.length < (n + 1) * w) table = new Float64Array(2 * (n + 1) * w);
  const d = table.fill(INF, 0, (n + 1) * w);
  d[0] = 0;
  for (let i = 0; i <= n; i++) {
    // a vowel may be dropped or inserted only strictly inside the word: after its first letter, before its last
    const innerX = i > 0 && i < n - 1;
    for (let j = 0; j <= m; j++) {
      const innerY = j > 0 && j < m - 1;
      const cur = d[i * w + j];
      if (cur >= INF) continue;
      if (i < n && j < m) {
        const p = x.charCodeAt(i), q = y.charCodeAt(j);
        let c = INF;
        if (p === q || (G_CODES.has(p) && G_CODES.has(q)) || (p === YEH_HAMZA && q === YEH) || (p === YEH && q === YEH_HAMZA) ||
          (p === WAW_HAMZA && q === WAW) || (p === WAW && q === WAW_HAMZA)) c = 0;
        else if ((G_CODES.has(p) && QK_CODES.has(q)) || (QK_CODES.has(p) && G_CODES.has(q))) c = W(0, 0, 1);
        else if (LONG_CODES.has(p) && LONG_CODES.has(q) && innerX && innerY) c = W(1, 1, 0);
        else if (CLASS_CODES.has(p) && CLASS_CODES.get(p) === CLASS_CODES.get(q)) c = W(0, 0, 0, 1);
        if (c < INF && cur + c < d[(i + 1) * w + j + 1]) d[(i + 1) * w + j + 1] = cur + c;
      }
      // x[i] has no counterpart in y: y is missing it between y[j-1] and y[j], so y must have letters on both sides
      // (the hamza of a glide between ا and ي, ائي against اي, costs nothing: رافائيل/رافايل are one vowel sequence
      // written with its hamza or without, as ميخائيل/ميخايل; a vowel dropped besides is still one edit: رفايل)
      if (i < n && gap(x.charCodeAt(i)) && innerX && j > 0 && j < m) { const c = cur + (glideHamza(x, i) ? 0 : W(1, 0, 0)); if (c < d[(i + 1) * w + j]) d[(i + 1) * w + j] = c; }
      if (j < m && gap(y.charCodeAt(j)) && innerY && i > 0 && i < n) { const c = cur + (glideHamza(y, j) ? 0 : W(1, 0, 0)); if (c < d[i * w + j + 1]) d[i * w + j + 1] = c; }
    }
  }
  const r = d[n * w + m];
  if (r >= INF) return undefined;
  return { vowels: Math.floor((r % 1e6) / 10000), swaps: Math.floor((r % 10000) / 100), gq: r % 100, consonants: Math.floor(r / 1e6) };
}

/** A letter that may be written in one spelling and not the other: a long vowel or a hamza. */
function gap(c: number): boolean { return LONG_CODES.has(c) || HAMZA_CODES.has(c); }

/** The letter at `i` of compared letters `s` is the hamza of a glide, ئ between ا and ي. */
function glideHamza(s: string, i: number): boolean {
  return s.charCodeAt(i) === YEH_HAMZA && s.charCodeAt(i - 1) === ALEF && s.charCodeAt(i + 1) === YEH;
}

/** Levenshtein distance with a cap (returns cap+1 when larger). */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > cap) return cap + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
