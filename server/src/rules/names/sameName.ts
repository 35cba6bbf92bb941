// Is a pair of spellings with one transliteration key one name written two ways? The key only groups candidates;
// this decides, from the letters (key.ts pairDifference), the morphology of Arabic words, and the evidence that each
// spelling is a name (lexicon.ts, and marks in the text given by the caller).
import { compareLetters, gCount, pairDifference, separatorOnly, spacedSpelling } from './key';
import { RARE_COUNT, addedVowelDisagrees, areDifferentNames, articledNameForm, articledNameShape, corpusCount, englishDisagrees, englishJoins, foreignness, formStats, isNisbaOfName, isOrdinaryWord, lexicalNameEvidence, unknownSideMisses, wikidataToken } from './lexicon';
import { detached } from '../../workspace/detached';
import { memo } from './memo';
import { SYLLABLE } from './mentions';

/** Endings that inflect an Arabic word: a plural's or a dual's case (أمريكيون/أمريكيين, فيلمان/فيلمين, يزالان/يزالون),
 * a feminine plural (آلات/آليات), an adjective beside its noun (جامعة/جامعية). Two spellings that differ there are two
 * forms of one word, not two spellings of a name. */
export function inflectionOnly(a: string, b: string): boolean {
  const ending = /(ون|ين|ان)$/;
  const ea = a.match(ending)?.[1], eb = b.match(ending)?.[1];
  if (ea && eb && ea !== eb) return true;
  // one attached pronoun on two forms of a word (بلدنا/بلادنا, رؤوسهم/رأسهم): names do not take pronouns
  const pron = /(هما|هم|ها|نا|كم|هن)$/;
  const pa = a.match(pron)?.[1];
  if (pa && b.endsWith(pa) && [a, b].some(w => formStats(w.slice(0, -pa.length)).bare + formStats(w.slice(0, -pa.length)).withArticle >= 2)) return true;
  // a verb's plural beside its dual or singular (كانوا/كانا)
  if (a.endsWith('وا') !== b.endsWith('وا')) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.endsWith('ه') && l.endsWith('يه') && !s.endsWith('يه')) return true;
  if (s.endsWith('ات') && l.endsWith('يات') && !s.endsWith('يات')) return true;
  // a noun's plural beside its adjective's (الدينين/الدينيين: religions, religious people)
  if (/[^ي](ين|ون)$/.test(s) && l === s.slice(0, -2) + 'ي' + s.slice(-2)) return true;
  if (s.endsWith('ا') !== l.endsWith('ا') && (s.endsWith('ا') || l.endsWith('ا'))) return true;
  // a name and its adjective: أمريكا/أمريكيا, بولندا/بولنديا (the adjective's accusative)
  if (s.endsWith('ا') && l === s.slice(0, -1) + 'يا') return true;
  return false;
}

/** Letters from which a spelling that looks transliterated keeps its name when one vowel is written for another:
 * five consonants or so stay in place (جاورجيوس/جيورجيوس); the names a swapped vowel tells apart are short (ميركل/ماركل,
 * مانيكا/مونيكا, جون/جين). */
const LONG_SWAP = 7;

function frequentWord(w: string): boolean {
  const st = formStats(w);
  return st.bare + st.withArticle >= 30 && st.wikidata < 3 && !isNisbaOfName(w) && foreignness(w) < 0.5;
}

const VOWELS = new Set(['ا', 'و', 'ي', 'ء', 'ئ', 'ؤ']);
function consonants(s: string): number {
  let n = 0;
  for (const c of s) if (!VOWELS.has(c)) n++;
  return n;
}

/** Three consonants at most in five letters or fewer, one word (an alef that begins it carries a hamza, a consonant:
 * أمبير has four): a triliteral root's worth, the shape of most Arabic words, whose patterns write a long vowel or two
 * (بروز, بينت, كروش, شاكرا). */
export function rootShaped(folded: string): boolean {
  if (folded.length > 5 || folded.includes(' ')) return false;
  const c = compareLetters(folded);
  return consonants(c) + (c[0] === 'ا' ? 1 : 0) <= 3;
}

/** The g-letters of compared letters, in order (consonants align, so two spellings that write a g two ways differ
 * here). */
function gLetters(s: string): string {
  let g = '';
  for (const c of s) if (c === 'غ' || c === 'ج' || c === 'ق') g += c;
  return g;
}

/** The shapes تفعل and تفعيل of one root: ت and three consonants, and the same with ي before the last. */
function derivedPair(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.length === 4 && l.length === 5 && s[0] === 'ت' && !VOWELS.has(s[1]) && !VOWELS.has(s[2]) && !VOWELS.has(s[3]) &&
    l === s.slice(0, 3) + 'ي' + s[3];
}

/** The shapes مفعول, مفعال and مفعيل of one root: م, two consonants, a long vowel, a consonant; two of them differ by
 * that vowel alone (مفتوح/مفتاح: open, key; منشور/منشار: published, saw). */
function mPatternPair(a: string, b: string): boolean {
  const shape = (w: string) => w.length === 5 && w[0] === 'م' && !VOWELS.has(w[1]) && !VOWELS.has(w[2]) && VOWELS.has(w[3]) && !VOWELS.has(w[4]);
  return shape(a) && shape(b) && a[3] !== b[3] && a.slice(0, 3) === b.slice(0, 3) && a[4] === b[4];
}

/** `long` is `short` with a ي written after an ا inside the word (and nothing else differs). */
function diphthongOnly(long: string, short: string): boolean {
  for (let p = 2; p < long.length; p++) {
    if (long[p] !== 'ي' || long[p - 1] !== 'ا') continue;
    const d = pairDifference(long.slice(0, p) + long.slice(p + 1), short);
    if (d && !d.vowels && !d.consonants && !d.gq) return true;
  }
  return false;
}

/** One spelling is the other with an ا written after its first letter, and nothing else differs (نامدار/نمدار). */
function alefAfterFirst(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.length === s.length + 1 && l[1] === 'ا' && l[0] + l.slice(2) === s;
}

/** Two spellings of one length that differ in one letter, a long vowel written for another right after a long
 * vowel both write (اليونور/اليانور: يو against يا). */
function swapAfterVowel(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let k = -1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { if (k >= 0) return false; k = i; }
  return k > 0 && VOWELS.has(a[k]) && VOWELS.has(b[k]) && a[k - 1] === b[k - 1] && 'اوي'.includes(a[k - 1]);
}

/** Letters from which a long vowel moved among the same letters no longer reads as two words of one root: four-letter
 * pairs are Arabic (حوار/حاور, دوام/داوم: a noun and a verb); a name of five letters keeps the vowels' order as heard
 * (راولي/روالي). */
const MOVED_MIN = 5;

/** `a` and `b` are the same letters but for one long vowel (ا, و or ي) written at another place inside the word, at most
 * two letters away (راولي/روالي: Rowley, the vowels of ow in either order; نكسيفم/نيكسفم: NXIVM): a foreign name's
 * vowels written where each source hears them. Arabic patterns of one root do this with ا (كاتب/كتاب), which
 * sameName's evidence keeps apart (frequent words, or no name on either side). */
export function movedVowel(a: string, b: string): string | undefined {
  if (a.length !== b.length || a === b) return undefined;
  for (let p = 1; p < a.length - 1; p++) {
    const v = a[p];
    if (v !== 'ا' && v !== 'و' && v !== 'ي') continue;
    const rest = a.slice(0, p) + a.slice(p + 1);
    for (let q = Math.max(1, p - 2); q <= Math.min(b.length - 2, p + 2); q++) {
      if (q !== p && b[q] === v && b.slice(0, q) + b.slice(q + 1) === rest) return v;
    }
  }
  return undefined;
}

/** Two words one vowel apart and nothing else (pairDifference), a vowel moved counting as one (movedVowel). */
function oneVowelApart(a: string, b: string): boolean {
  const d = pairDifference(a, b);
  return !!d && !d.consonants && !d.gq && !d.swaps && (d.vowels <= 1 || (d.vowels === 2 && !!movedVowel(a, b)));
}

/** Could be an Arabic verb form: one word, not a known name token, not foreign-looking. */
function verbLike(w: string): boolean {
  return !w.includes(' ') && (wikidataToken(w)?.weight ?? 0) < 3 && foreignness(w) < 1 && !isNisbaOfName(w);
}

/** Evidence that a spelling is a name: the best of its words' lexical evidence (lexicon.ts), raised to 2 when the text
 * marks it (`marked`). */
const evidenceMemo = [memo((f: string) => evidenceOf(f, false)), memo((f: string) => evidenceOf(f, true))];
export function nameEvidence(folded: string, marked: boolean): number {
  return evidenceMemo[marked ? 1 : 0](spacedSpelling(folded));
}
function evidenceOf(folded: string, marked: boolean): number {
  let best = 0, ordinary = true;
  for (const w of folded.split(' ')) {
    best = Math.max(best, lexicalNameEvidence(w));
    if (w.length >= 3 && !isOrdinaryWord(w) && !arabicShaped(w) && !cliticOnWord(w)) ordinary = false;
  }
  // a title before a word is no evidence when the word is an ordinary one (الرئيس يطالب, مدينة ليالي), nor when it is
  // made of Arabic letter patterns and no name list knows it: the first names that mark a word include words of every
  // sentence (كان, الله, الآن folded onto آلان), and a surname read as a first name marks the verb after it (مون وكيم
  // اجتمعا): كان داعما, الآن قدراته, فلوريس بقطع
  return marked && !ordinary ? 2 : best;
}

/** A conjunction or preposition (و, ف, ب, ل, ك) on an ordinary word that the corpora also write on its own: باسمه is
 * ب + اسمه ('in his name'), بإشراف is ب + إشراف ('under the supervision of'). A title before such a word is no
 * evidence of a name (الملك باسمه: the king, in his name). */
function cliticOnWord(w: string): boolean {
  if (w.length < 4 || !'وفبلك'.includes(w[0])) return false;
  const stem = w.slice(1);
  return corpusCount(stem) >= 2 && isOrdinaryWord(stem);
}

/** Foreignness at or below which a spelling's letters are Arabic patterns through and through (its trigrams some
 * seven times as typical of the corpora's words as of names: اجتمعا -3.6, بقطع -3.3, قدراته -2.4, دعما -2.1); the
 * transliterated names of the labels all score above it (انستقرام -1.5, بشمركة -1.5, شختار -1.1, خشقجي -1.0). */
export const ARABIC_SHAPED = -2;
/** Made of Arabic letter patterns (foreignness <= ARABIC_SHAPED) and no Wikidata name token of any weight. */
function arabicShaped(w: string): boolean {
  return foreignness(w) <= ARABIC_SHAPED && !wikidataToken(w);
}

/** nameEvidence of a spelling as the text uses it. Written with the article somewhere (`articled`): a name takes none,
 * so looking transliterated (evidence 1) says nothing of one that does: a loanword or an Arabic word (والتشنج, بنظام
 * الكابل, المعدن النفيس); an adjective of a name takes it (المنتخب الباراغوي), and a mark or a name list still count.
 * Only ever after a number (`counted`): a unit or a counted noun (2 جيجابايت, 5 تريليونات), not a name, however
 * foreign it looks. Written right beside a name (`beside`) with no other evidence: 1 when besideEvidence says it
 * looks like a part of one. */
export function usageEvidence(folded: string, marked: boolean, articled: boolean, counted: boolean, evidence?: number, beside = false): number {
  if (counted) return 0;
  let e = evidence ?? nameEvidence(folded, marked);
  if (e === 0 && beside && besideEvidence(folded)) e = 1;
  return e === 1 && articled && !NISBA_END.test(folded) ? 0 : e;
}
const NISBA_END = /(ي|يه)$/;

/** A spelling the text writes right beside a name (mentions.ts besideName: a first name, a surname) looks like a part
 * of a name when it is one word of five letters or more, rare, no ordinary word, its letters no Arabic patterns
 * (foreignness >= 0, as for liftable spellings: مرتين, مبارياته, أختير stand beside names too), and the corpora never
 * write it with the accusative's ا, which a common noun takes and a foreign name does not (كيلومترا): فكتور beside
 * روزينو, تربيون beside إكسبريس. */
export const besideEvidence = memo((folded: string): boolean => {
  if (folded.includes(' ') || folded.includes('-') || folded.length < 5) return false;
  const st = formStats(folded);
  return st.bare + st.withArticle <= RARE_COUNT && !isOrdinaryWord(folded) && foreignness(folded) >= 0 &&
    corpusCount(folded + 'ا') < 2;
});

/** Two spellings the texts write with the article (`articled` on both sides), of the shape of a name that takes it
 * (lexicon.ts articledNameShape), that differ only by how a g is written (الكونغرس/الكونجرس, الغابوني/الجابوني): one
 * name, though the corpora's counts call each an ordinary noun. A long vowel written or not also tells apart the
 * loanwords that take the article (الباليستية/البالستية, الدكتوراه/الدكتوره, الهليكوبتر/الهليوكوبتر), which are no
 * names; but a common noun is also written without the article (طائرة هليكوبتر, تلفزيون الدولة, دكتاتور), a name that
 * takes it never is (الكرملين, البريميرليغ). So when no text writes either spelling without it (`onlyArticled`, or a function that tells: the
 * files that write them, and the corpora), two spellings of the shape of such a name (lexicon.ts articledNameForm:
 * no adjective, no plural) that differ by long vowels written or not (one, or two in a long spelling, as sameName
 * allows) are one name too (الكرملين/الكريملين, البريمييرليغ/البرميرليغ). */
export function articledVariants(a: string, b: string, onlyArticled: boolean | (() => boolean) = false): boolean {
  if (/[ -]/.test(a) || /[ -]/.test(b)) return false;
  if (articledNameShape(a) && articledNameShape(b)) {
    const d = pairDifference(a, b);
    if (d && !d.vowels && !d.consonants && gLetters(compareLetters(a)) !== gLetters(compareLetters(b))) return sameName(a, b, 2, 2);
  }
  // (onlyArticled asked last, and may be a question: whether a text writes a spelling bare takes a look at every word)
  if (!onlyArticled || !articledNameForm(a) || !articledNameForm(b) || !attestedArticled(a, b) || (typeof onlyArticled === 'function' && !onlyArticled())) return false;
  const d = pairDifference(a, b);
  return !!d && d.vowels > 0 && !d.swaps && !d.gq && !d.consonants && sameName(a, b, 2, 2);
}

/** "No text writes it bare" means something of a spelling the corpora write (with the article, as they write الكرملين and
 * الدنمارك) and nothing of one they never saw: a loanword new to them (الأسبرين/الأسبيرين, الأدرينالين/الأدرنالين,
 * الفيتامين/الفيتمين) is written only with the article in a few articles as a name that takes it is. So one of the two
 * spellings is a word of the corpora, or both have the shape of a name that takes the article with its g
 * (articledNameShape: البريميرليغ/البرميرليغ). */
function attestedArticled(a: string, b: string): boolean {
  return formStats(a).withArticle >= 2 || formStats(b).withArticle >= 2 || (articledNameShape(a) && articledNameShape(b));
}

/** Could a word written apart from another be a part of one name with it: not an ordinary word or a name's
 * adjective (الأمريكي إيه), and not a frequent word that no name list knows nor one made of Arabic letter patterns,
 * however many people bear it (عبد and ربه in عبد ربه, أبو: an Arabic compound name, written joined or apart, is not a
 * transliteration). */
function namePart(w: string): boolean {
  return !(isOrdinaryWord(w) || isNisbaOfName(w) ||
    (formStats(w).bare >= 20 && ((wikidataToken(w)?.weight ?? 0) < 3 || foreignness(w) < 0)));
}

/** Two spellings of several words that differ only by a hyphen in one where the other has a space (كيم جونغ-أون /
 * كيم جونغ أون): one name when every word is a part of a name (namePart, two letters or more: a hyphen
 * also joins ordinary words and adjectives, كوري-أمريكي, عربي-إسرائيلي, which are no name), with the evidence any
 * pair needs, some on both sides and a name on one. The letters are the same, so nothing else is asked. */
function separatorVariants(a: string, b: string, evA: number, evB: number, besideOneName: boolean): boolean {
  const words = spacedSpelling(a).split(' ');
  // (the last word may be a short word too, a syllable of the name, when one name stands before both spellings:
  // مون جاي إن beside مون جاي-ان, where إن is also the particle; the caller asks that of a spelling with the hyphen)
  const last = besideOneName && words.length > 1 && words[words.length - 1].length <= SYLLABLE ? words.length - 1 : words.length;
  if (words.some((w, k) => w.length < 2 || (k < last && !namePart(w)))) return false;
  return Math.min(evA, evB) >= 1 && Math.max(evA, evB) >= 2;
}

/** Two one-word spellings of the same letters but the g, written ج at every g of one and غ at every g of the other,
 * twice or more (غوغل/جوجل, غوتنبرغ/جوتنبرج): a source's way of writing a foreign g against another's, carried through
 * the word. Arabic words that differ by غ/ج differ at one root letter (جال/غال, جرب/غرب); a root seldom holds two g
 * letters, and two Arabic words that trade every one of them are not known. */
export function gConvention(a: string, b: string): boolean {
  // (two g letters in each first, by a scan: asked of every pair of spellings a document weighs, and few write a g
  // twice; the compared letters are made only for those)
  if (gCount(a) < 2 || gCount(b) < 2 || /[ -]/.test(a) || /[ -]/.test(b)) return false;
  const x = compareLetters(a), y = compareLetters(b);
  if (x.length !== y.length) return false;
  let n = 0, jx = 0;
  for (let i = 0; i < x.length; i++) {
    const p = x[i], q = y[i];
    if (p === q) { if (p === 'غ' || p === 'ج') return false; continue; }
    if (!((p === 'غ' && q === 'ج') || (p === 'ج' && q === 'غ'))) return false;
    n++;
    if (p === 'ج') jx++;
  }
  return n >= 2 && (jx === 0 || jx === n);
}

/** One word of ال and two letters (إليس, folded اليس): a name whose hamza letter folding put on an alef, or the
 * particle أليس, or a verb of the shape أفعل (ألغى). */
export function hamzaArticleShape(folded: string): boolean {
  return folded.length <= 4 && folded.startsWith('ال') && !/[ -]/.test(folded);
}

/** sameName's answers by first spelling, second spelling, then a list of (evA, evB, flags, answer) fours: the two
 * spellings are the callers' own strings, whose hashes V8 keeps, where one key string built per call had to be hashed
 * afresh (a pair is asked with few distinct evidences, so the list is short). */
const sameCache = new Map<string, Map<string, number[]>>();
let sameCached = 0;
/** Two folded spellings (words separated by single spaces or a hyphen) of one name? `evA`/`evB`: evidence that each is a name
 * (nameEvidence: 0 none, 1 looks transliterated, 2 a name). Both need some, one of them a name. `besideOneName`: the
 * texts write one name beside both (a first name, a surname: سولي مونتاري / سولاي مونتاري), which makes a ي written
 * after an ا (the diphthong ai) a way to spell one name rather than another name, and tells a name of two consonants
 * from an Arabic word. `together`: the two spellings meet in one document, which lets a vowel move (movedVowel). */
export function sameName(a: string, b: string, evA: number, evB: number, besideOneName = false, together = false, hamzaOnArticle = false): boolean {
  if (a === b) return false;
  // a pure function of its arguments (the lexicons are fixed), asked again for every file that writes the name
  const flags = (besideOneName ? 1 : 0) | (together ? 2 : 0) | (hamzaOnArticle ? 4 : 0);
  let byB = sameCache.get(a);
  let list = byB?.get(b);
  if (list) for (let i = 0; i < list.length; i += 4) if (list[i] === evA && list[i + 1] === evB && list[i + 2] === flags) return list[i + 3] === 1;
  const v = isSameName(a, b, evA, evB, besideOneName, together, hamzaOnArticle);
  if (sameCached > 100_000) { sameCache.clear(); sameCached = 0; byB = list = undefined; }
  // (keys copied: a spelling may be a slice that holds its whole document)
  if (!byB) sameCache.set(detached(a), byB = new Map());
  if (!list) byB.set(detached(b), list = []);
  list.push(evA, evB, flags, v ? 1 : 0);
  sameCached++;
  return v;
}
/** `hamzaOnArticle`: the caller vouches that the spelling of ال and two letters (hamzaArticleShape: إليس, Ellis, whose
 * hamza letter folding put on an alef) is a name where it is counted, not the particle أليس ('is it not') nor a verb
 * of that shape (أفعل); only then is such a spelling weighed against one without the article's letters (إيليس). */
function isSameName(a: string, b: string, evA: number, evB: number, besideOneName: boolean, together: boolean, hamzaOnArticle = false): boolean {
  if (separatorOnly(a, b)) return separatorVariants(a, b, evA, evB, besideOneName);
  // (a hyphen between two words is read as a space below: the letters decide)
  a = spacedSpelling(a); b = spacedSpelling(b);
  if (a === b) return false;
  const ca = compareLetters(a), cb = compareLetters(b);
  if (ca.length < 3 || cb.length < 3) return false;
  const wa = a.split(' '), wb = b.split(' ');
  // written apart or together (فيس بوك/فيسبوك, بيونغ يانغ/بيونغيانغ): the same letters, and each part of the spaced
  // spelling a part of a name, not an Arabic word (عبد الله, إلى أن/الآن) or a name's adjective (الأمريكي إيه)
  if (wa.length !== wb.length) {
    if (ca !== cb) return false;
    const parts = wa.length > wb.length ? wa : wb;
    // (namePart: a frequent part that no name list knows is an Arabic word too, and so is a frequent part made of
    // Arabic letter patterns)
    if (parts.some(w => w.length > 2 && !namePart(w))) return false;
  }
  // the article on one side only: an Arabic word with ال (السن), not a spelling of a name without it (أولسن); but the
  // hamza that begins a name is folded onto the article's alef, and إليس (Ellis) beside إيليس is a name whose first
  // vowel is written or not: its ال is no article when it is a known name token and both write its English
  if (ca.startsWith('ال') !== cb.startsWith('ال') &&
    !((wikidataToken(ca.startsWith('ال') ? ca : cb)?.weight ?? 0) >= 3 && englishJoins(ca, cb))) return false;
  // hamza carriers alone (وحلفاؤه/وحلفائه: a case ending) are letter forms, the orthography rule's
  if (ca !== cb && ca.replace(/[ؤئ]/g, 'ء') === cb.replace(/[ؤئ]/g, 'ء')) return false;
  let d = pairDifference(a, b);
  if (!d) return false;
  // a long vowel written at another place among the same letters (movedVowel: راولي/روالي, Rowley; نكسيفم/نيكسفم) is
  // one vowel written for another at each place, not two vowels that come and go: weighed as one exchanged vowel; only
  // where the two spellings meet in one document (`together`) or one name stands beside both: in files apart, two
  // words the lexicons take for names are as often two words (ألايف of AliveCor / ألياف 'fibres', تشيكليا a slip for
  // تشيكيا / تشكيليا 'as art')
  const moved = (together || besideOneName) && d.vowels === 2 && !d.swaps && !d.gq && !d.consonants && wa.length === 1 &&
    wb.length === 1 && !!movedVowel(ca, cb);
  if (moved) d = { vowels: 1, swaps: 1, gq: 0, consonants: 0 };
  // a consonant read two ways (غوتيريس/غوتيريش, أنطوني/أنتوني) is also how two Arabic words differ (سائق/شائق,
  // كابوس/قابوس, سيارته/زيارته): only one, in a long spelling, with nothing else differing, a name on both sides, and
  // at the first letter (where Arabic roots differ most) only between spellings the lexicons know as names, or where a
  // name list knows one of them, however few bear it, and both write its English (سويلو/صويلو: soylu; زيهوفر/سيهوفر)
  // (nor a vowel besides, but in a long name that one name stands beside in both texts: نعمان كورتولموش / نعمان
  // قورتلموش, a Turkish k and u each read two ways; an Arabic word of seven letters has its patterns' vowels, and
  // seldom a first name or surname beside it in two files)
  const vowelBeside = besideOneName && d.vowels === 1 && !d.swaps && Math.min(ca.length, cb.length) >= LONG_SWAP;
  if (d.consonants && (d.consonants > 1 || Math.min(ca.length, cb.length) < 5 || (d.vowels && !vowelBeside) || d.gq || Math.min(evA, evB) < 2 ||
    (ca[0] !== cb[0] && Math.min(nameEvidence(a, false), nameEvidence(b, false)) < 1 && !englishJoins(ca, cb, 1)))) return false;
  // a three-letter spelling is an Arabic root's shape: a vowel or a q-for-g more makes another word (غرق/جورج), and
  // so does a g written with the other letter: ج and غ are two Arabic letters, جال/غال two roots ('roamed', 'dear')
  if (Math.min(ca.length, cb.length) <= 3 && (d.vowels || d.gq || gLetters(ca) !== gLetters(cb))) return false;
  // two vowel edits leave a five-letter word three consonants, a root's worth: two patterns of it (دراية/دورية)
  if (d.vowels === 2 && Math.min(ca.length, cb.length) <= 5) return false;
  // and so do a vowel and a g written two ways (غ/ج): تشانغ/تشيانج (Zhang, Chiang), شينغن/شنجن (Schengen, Shenzhen),
  // غريمي/جيريمي (Graeme, Jeremy) are two names, where a long name bears both (جرينتش/غرينيتش)
  if (d.vowels && Math.min(ca.length, cb.length) <= 5 && gLetters(ca) !== gLetters(cb)) return false;
  // ي after an ا inside the name is the diphthong ai, another vowel than a: تشاينج/تشانج (Chiang, Chang), تايمز/تامز
  // (Times, Thames) are two names, where a plain vowel written or not is one (ترمب/ترامب); but not when one name stands
  // beside both (سولي مونتاري / سولاي مونتاري: Sulley Muntari; ديلي ميل / دايلي ميل: the Daily Mail)
  if (d.vowels === 1 && !besideOneName && Math.abs(ca.length - cb.length) === 1 && diphthongOnly(ca.length > cb.length ? ca : cb, ca.length > cb.length ? cb : ca)) return false;
  // ق for g only in a spelling that does not look Arabic (قرأت/غروت, قلدون/غولدن are Arabic words beside a name); a
  // word of seven letters or more is held to the floor of Arabic patterns through and through (ARABIC_SHAPED): ق is
  // so typical of Arabic words that a long name written with it scores below 0 (إنستقرام -1.5 beside إنستغرام), and
  // a long Arabic word is seldom one g away from a name; not one that begins with the article's letters, where the
  // corpora's nouns are one ق/غ apart (المقالات/المجالات, الاستقلال/الاستغلال)
  if (d.gq && [ca, cb].some(w => w.includes('ق') && w.split(' ').some(x => x.includes('ق') && foreignness(x) < (x.length >= 7 && !x.startsWith('ال') ? ARABIC_SHAPED : 0)))) return false;
  // ج for g only in a short spelling that does not look Arabic: there ج is the Arabic letter, another word than the
  // one with غ (نغمي tonal / نجمي my star)
  if (gLetters(ca) !== gLetters(cb) && Math.min(ca.length, cb.length) <= 5 &&
    [ca, cb].some(w => w.includes('ج') && foreignness(w) < 0)) return false;
  // ال then two letters is the shape of an Arabic verb (أفعل: ألغى/ألقى, ألمح) or of the particle أليس, not of a
  // name; unless the caller vouches for it (hamzaOnArticle) against a spelling that does not begin so (إليس/إيليس)
  if ((ca.startsWith('ال') || cb.startsWith('ال')) && Math.min(ca.length, cb.length) <= 4 &&
    !(hamzaOnArticle && ca.startsWith('ال') !== cb.startsWith('ال') && wa.length === 1 && wb.length === 1)) return false;
  // the future prefix on a verb that is a frequent word without it (سيكون/سكون)
  if ([ca, cb].some(w => /^س[يتنا]/.test(w) && formStats(w.slice(1)).bare >= 20)) return false;
  // a feminine plural beside its singular (بينات/بينت, بنات/بنت)
  {
    const [s2, l2] = ca.length < cb.length ? [ca, cb] : [cb, ca];
    if (l2.endsWith('ات') && s2.endsWith('ت') && !s2.endsWith('ات')) return false;
  }
  // a frequent word of ordinary text that no name list knows is that word, not a spelling of a rarer name beside it
  // (بينما/بنما, كيفية/كافية)
  if ([a, b].some(w => w.split(' ').length === 1 && frequentWord(w))) return false;
  const shortest = Math.min(ca.length, cb.length);
  if (d.vowels > 2 || (shortest <= 4 && d.vowels > 1) || d.swaps > 1) return false;
  if (inflectionOnly(ca, cb)) return false;
  // a name of two consonants (ديلي, كيف, ليلي) has too little to tell it from a word once a vowel may come or go:
  // ديلي/ديالى, كيف/كييف, ليلي/ليالي, كيس/كأس are pairs of different words
  // (an alef that begins both carries a hamza, a consonant: إريك/إيريك, أوربي/أوروبي count three when the lexicons
  // know both as names and no vowel is exchanged; أسامي/اسمي, إيران/ايرن are words or other names; a و or ي that
  // begins both is a consonant too, w or y, when a known name's English is written by both spellings: وليام/ويليام
  // (william), where it is the conjunction or a verb's prefix in ويرد/وارد, يروون/يرون, وآخرا/وأخيرا)
  // (a name beside both spellings tells it from a word: سولي مونتاري / سولاي مونتاري)
  if (d.vowels && !besideOneName && !(moved && Math.min(ca.length, cb.length) >= MOVED_MIN)) {
    const fewest = Math.min(consonants(ca), consonants(cb));
    if (fewest < 3 && !(fewest === 2 && ca[0] === 'ا' && cb[0] === 'ا' && !d.swaps && nameEvidence(a, false) === 2 && nameEvidence(b, false) === 2) &&
      !(fewest === 2 && ca[0] === cb[0] && (ca[0] === 'و' || ca[0] === 'ي') && !d.swaps && wa.length === 1 && wb.length === 1 && englishJoins(ca, cb))) return false;
  }
  // تفعّل beside تفعيل: a verb or verbal noun of form V beside the verbal noun of form II of one root (تقلص/تقليص,
  // تحسن/تحسين, تغير/تغيير), when neither looks foreign (ترنر/ترنير would)
  if (derivedPair(ca, cb) && foreignness(ca) < 0 && foreignness(cb) < 0) return false;
  // مفعول beside مفعال or مفعيل: two nouns of one root (مفتوح/مفتاح, منشور/منشار), when neither looks foreign
  if (mPatternPair(ca, cb) && foreignness(ca) < 0 && foreignness(cb) < 0) return false;
  // the same verb prefix on both sides, neither a name nor foreign-looking: two forms of an Arabic verb (يطلب/يطالب,
  // ألغى/ألقى, تسير/تسيير)
  // (not an ا written or not right after the prefix letter: a verb's prefix stands before its first radical, and the
  // forms of one verb differ after that radical or before the last (يطلب/يطالب, يقول/يقل, تسير/تسيير); نمدار/نامدار
  // is a name's first vowel)
  if (ca[0] === cb[0] && 'يتنا'.includes(ca[0]) && [a, b].every(w => verbLike(w)) && [a, b].some(w => formStats(w.slice(1)).bare >= 2) &&
    !alefAfterFirst(ca, cb)) return false;
  if (wa.length === wb.length) {
    // (a name list that knows each spelling as a name of two people or so says little of their being two names when
    // one name stands beside both in the texts (ديلي ميل / دايلي ميل: deli, dailey): then only names each borne by
    // a few (weight 3) tell two names apart; only for spellings that look transliterated (foreignness 0 or more): a
    // native Arabic name's spelling is the name itself, and a vowel in it makes another name of the root, however few
    // bearers the lists have for it (أبو عبده / أبو عبيدة, سمير نصري / سمير ناصري); and only for one vowel written or
    // not, or written for another, which sources hear differently (dailey/deli): two vowels apart, two listed names are
    // two names, whatever name stands beside them (إيرينا غراندي / أريانا غراندي: Irina, Arianna))
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i] && areDifferentNames(wa[i], wb[i],
      besideOneName && foreignness(wa[i]) >= 0 && foreignness(wb[i]) >= 0 && oneVowelApart(wa[i], wb[i]) ? 3 : 2)) return false;
    // a name of several words is made of names: a particle or an ordinary word beside one is no part of it
    // (روالي إن / راولي أن: Rowley, and إن/أن, 'that'), nor is the adjective of a name (الألمانية أنغيلا / الألمانية
    // أنجيلا: the name is أنغيلا alone)
    if (wa.length > 1 && [...wa, ...wb].some(w => isOrdinaryWord(w) || isNisbaOfName(w))) return false;
  }
  // evidence on both sides, a name on at least one; a vowel written for another (بيسكوف/بوسكوف) is also how two
  // different names differ (ميركل/ماركل, جون/جين), so it needs a name on both sides
  // two spellings that only look transliterated (ديديلاين/ديدلاين, بيرنينج/بيرننج) are enough when they are long
  // and differ by one written vowel; an Arabic word that happens to look foreign is rarely that long
  const minEv = Math.min(evA, evB), maxEv = Math.max(evA, evB);
  if (minEv < 1) return false;
  if (maxEv < 2 && !(shortest >= 6 && d.vowels <= 1 && !d.swaps && !d.gq)) return false;
  // a vowel written for another (بيسكوف/بوسكوف) is also how two different names differ (ميركل/ماركل, جون/جين), and
  // two vowels (فرانسوا/فرنسا) change a short name into another: a name on both sides
  // (or a name list knows both, however few bear one, and the one that only looks transliterated writes the English of
  // the other, a known name: ميشال (mychal, one bearer) writes michel; بأزيد, a word folded onto بازيد, is in no list)
  if ((d.swaps || d.vowels === 2) && minEv < 2 &&
    !(wa.length === 1 && wb.length === 1 && wikidataToken(ca) && wikidataToken(cb) && englishJoins(ca, cb)) &&
    !(d.swaps === 1 && d.vowels === 1 && shortest >= LONG_SWAP)) return false;
  // and a vowel exchanged with another added or dropped besides changes both the name's vowels and their number:
  // another name (كوتينيو/كوتونو: Coutinho, Cotonou; ميلينيو/ميلانو: Milenio, Milano), unless one name stands beside both
  if (d.swaps && d.vowels >= 2 && !besideOneName) return false;
  // and a name list that knows one side must find its English written by the other (كوتينيو/كوتونو: kotono,
  // مانيكا/مونيكا: monika, باراس/باريس: paris are other names)
  if (d.swaps && wa.length === 1 && wb.length === 1 && englishDisagrees(ca, cb)) return false;
  // and when the list knows one side only, the other must write one of its English spellings: looking foreign makes
  // a spelling a name, not this name (نوفيك/نوفاك: novak, سيساكو/سيسوكو: sissoko, ميلينيو/ميلانو: milano are other
  // names), unless one name stands beside both, or the vowel exchanged follows another (إليونور/إليانور: the second
  // vowel of io/ia, eo/ea is how one name is heard in two languages; a lone vowel between consonants is another name's)
  if (d.swaps && !besideOneName && wa.length === 1 && wb.length === 1 && !swapAfterVowel(ca, cb) && unknownSideMisses(ca, cb)) return false;
  if (!d.swaps && d.vowels === 1 && wa.length === 1 && wb.length === 1 && ca.length !== cb.length &&
    (ca.length < cb.length ? addedVowelDisagrees(ca, cb) : addedVowelDisagrees(cb, ca))) return false;
  return true;
}
