// What the name check knows about words in general: how often a form occurs in ordinary news text (a frequency list
// derived from the development corpora), whether it is a Wikidata person-name token (and its English spellings), and
// which words introduce a name. Loaded once, lazily; lookups are by letter-folded form (a spelling that keeps the
// letters of foreign sounds, ڤينسانت, is looked up as فينسانت).
import frequency from '../../lexicons/names-word-frequency.json';
import wikidata from '../../lexicons/names-wikidata-tokens.json';
import markers from '../../lexicons/names-markers.json';
import { foldLetters } from '../../arabic/normalize';
import { gCount, variantKey } from './key';
import { memo } from './memo';

const FREQ = frequency.forms as Record<string, number>;
const WD = wikidata.tokens as unknown as Record<string, [number, string]>;
const PERSON_MARKERS = new Set<string>(markers.person);
const THING_MARKERS = new Set<string>(markers.thing);

const has = Object.prototype.hasOwnProperty;
// Lookups go through Maps built once: a lookup in an object of 20,000 keys (dictionary mode) costs several times a
// Map's, and the name check asks the corpora dozens of times per distinct word.
const FREQ_MAP = new Map<string, number>(Object.entries(FREQ));
export function corpusCount(form: string): number { return FREQ_MAP.get(foldLetters(form)) ?? 0; }
/** corpusCount of a form already letter-folded. */
function countFolded(form: string): number { return FREQ_MAP.get(form) ?? 0; }

export interface NameToken { readonly weight: number; readonly english: readonly string[] }
/** Built on first request and shared: callers only read them. (Misses are not kept: most words are no name token.) */
const tokenCache = new Map<string, NameToken>();
export function wikidataToken(spelling: string): NameToken | undefined {
  const form = foldLetters(spelling);
  let t = tokenCache.get(form);
  if (t === undefined) {
    // (the hamza of a glide between ا and ي, ائي, is written on its seat or as a plain ي: رافائيل and رافاييل, Rafael,
    // are one token however the list happens to spell it; no Arabic word and name differ so)
    const listed = has.call(WD, form) ? form : glideVariant(form);
    if (listed === undefined) return undefined;
    const [weight, en] = WD[listed];
    t = { weight, english: en.split(' ') };
    tokenCache.set(form, t); // at most two per token of the list
  }
  return t;
}

/** `form` with the hamza of a glide between ا and ي written the other way (ائي for ايي, or the reverse), when the
 * name list holds that spelling. */
function glideVariant(form: string): string | undefined {
  if (form.length < 4) return undefined;
  const other = form.includes('ائي') ? form.replace(/ائي/g, 'ايي') : form.includes('ايي') ? form.replace(/ايي/g, 'ائي') : undefined;
  return other !== undefined && has.call(WD, other) ? other : undefined;
}

/** Weight from which a Wikidata token's transliteration key counts as a known name's (longNameKey). */
const KNOWN_KEY_WEIGHT = 3;
/** Letters of a transliteration key from which two words that share it are not met by chance. */
export const LONG_KEY = 6;
let longKeys: Set<string> | undefined;
/** Is this a long transliteration key (key.ts variantKey, LONG_KEY letters or more) of a Wikidata name token of weight
 * KNOWN_KEY_WEIGHT or more, however that token is spelled? Built once, on first request (a word's key is never longer
 * than the word, so only long tokens are keyed). */
export function longNameKey(key: string): boolean {
  if (key.length < LONG_KEY) return false;
  if (!longKeys) {
    longKeys = new Set();
    for (const w of Object.keys(WD)) {
      if (w.length < LONG_KEY || WD[w][0] < KNOWN_KEY_WEIGHT) continue;
      const k = variantKey(w);
      if (k.length >= LONG_KEY) longKeys.add(k);
    }
  }
  return longKeys.has(key);
}

/** A word that introduces a name: a title or role (الرئيس, وزير, المتحدث), or a kind word (شركة, صحيفة, مدينة). */
export function isNameMarker(folded: string): boolean {
  return PERSON_MARKERS.has(folded) || THING_MARKERS.has(folded);
}

/** What a marker introduces: PERSON_MARK for a title or role (الرئيس, المدرب), THING_MARK for a kind word (شركة, مدينة),
 * 0 for a word that is neither. */
export const PERSON_MARK = 1, THING_MARK = 2;
export function nameMarkerKind(folded: string): number {
  return PERSON_MARKERS.has(folded) ? PERSON_MARK : THING_MARKERS.has(folded) ? THING_MARK : 0;
}

const BARE_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const ARTICLE_PREFIXES = ['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'لل', 'ولل', 'فلل'];

// not ه or ي: a word ending in ه may be a feminine in ة (أميركيه), and ي is the nisba ending (أمريكي)
const PRONOUNS = ['ها', 'هم', 'هما', 'هن', 'كم', 'نا'];

/** A word seen more often than this in the corpora (with or without the article) is no rare word: co-occurrence,
 * shared neighbours and the workspace question for two-word spellings are only for rarer ones. */
export const RARE_COUNT = 60;

export interface FormStats {
  /** Occurrences in the corpora without the article (with or without و/ف/ب/ل/ك). */
  bare: number;
  /** Occurrences with the article ال (and what may stand before it). */
  withArticle: number;
  /** Wikidata name-token weight (0 when not a token). */
  wikidata: number;
  /** Occurrences with an attached pronoun (بينهم, محاولته): Arabic words take them, names almost never do. */
  withPronoun: number;
}

export const formStats: (stem: string) => FormStats = memo(statsOf, 50_000);
function statsOf(spelling: string): FormStats {
  const stem = foldLetters(spelling);
  let bare = 0, withArticle = 0;
  for (const p of BARE_PREFIXES) bare += countFolded(p + stem);
  for (const p of ARTICLE_PREFIXES) withArticle += countFolded(p + stem);
  let withPronoun = 0;
  const base = stem.endsWith('ه') ? stem.slice(0, -1) + 'ت' : stem;
  if (stem.length >= 2) for (const p of PRONOUNS) withPronoun += countFolded(base + p) + countFolded('و' + base + p);
  return { bare, withArticle, wikidata: wikidataToken(stem)?.weight ?? 0, withPronoun };
}

const NISBA = ['يين', 'يون', 'يات', 'يه', 'ي'];

/** Does this ordinary-looking adjective come from a name (أمريكي from أمريكا, أوروبي from أوروبا)? The base must
 * occur in the corpora as a name does: without the article. */
export const isNisbaOfName: (stem: string) => boolean = memo(nisbaOf);
function nisbaOf(stem: string): boolean {
  for (const suf of NISBA) {
    if (!stem.endsWith(suf) || stem.length - suf.length < 3) continue;
    const base = stem.slice(0, -suf.length);
    // (a word in يا with ت after it is that word's plural, not an adjective of it: ميليشيات, the militias)
    for (const b of suf === 'يات' ? [base + 'ا'] : [base + 'ا', base + 'يا']) {
      const st = formStats(b);
      // the base is a name: written without the article, and known as a name or foreign-looking (أمريكا, not رئيسا)
      if (st.bare >= 2 && st.withArticle * 4 <= st.bare && (st.wikidata >= 2 || foreignness(b) >= 0.3)) return true;
    }
  }
  return false;
}

/** An ordinary Arabic word: it takes the article like a common noun or adjective (and is not the adjective of a
 * name), or it is frequent in ordinary text without being a name token. */
export const isOrdinaryWord: (stem: string) => boolean = memo(ordinary);
function ordinary(stem: string): boolean {
  const st = formStats(stem);
  const total = st.bare + st.withArticle;
  if (stem.length <= 2) return true;
  if (st.withArticle >= 2 && st.withArticle * 4 >= total && !isNisbaOfName(stem)) return true;
  if (st.withPronoun >= 2 && st.withPronoun * 8 >= total) return true;
  // (a frequent short word that never takes the article is a particle, a verb or an adverb, made of an Arabic root;
  // but a root seldom repeats a g letter, غ or ج, and a short word that writes two of them, never with the article and
  // not made of Arabic letter patterns, is a brand or a name spelled with g twice: غوغل)
  if (st.bare >= 20 && st.wikidata < 3 && stem.length <= 4 && !(twoGs(stem) && st.withArticle === 0 && foreignness(stem) >= 0)) return true;
  return false;
}

/** Two g letters or more in a word (key.ts gCount): غوغل, جوجل. */
function twoGs(stem: string): boolean { return gCount(stem) >= 2; }

/** A noun whose plural in ات (ميليشيا: ميليشيات, مليشيا: مليشيات) the corpora use as an ordinary word, with the
 * article: a common noun, however foreign its letters look (a loanword). Names take no such plural. */
export const hasOrdinaryPlural: (stem: string) => boolean = memo((stem: string): boolean => {
  const s = foldLetters(stem);
  const plural = s.endsWith('ا') ? s + 'ت' : s.endsWith('ه') ? s.slice(0, -1) + 'ات' : undefined;
  return !!plural && s.length >= 4 && formStats(plural).withArticle >= 2 && isOrdinaryWord(plural) && !isNisbaOfName(plural);
});

/** A word that takes pronouns (takesPronouns) with one attached (ي, ه, ها, هم): غيري is غير + ي ('other than me'),
 * not a name, however its letters look. (Not نا or ك, which end many foreign names: فيينا, مارادونا, بانك.) */
function pronounOnWord(stem: string): boolean {
  for (const suf of ['ي', 'ه', 'ها', 'هم']) {
    if (stem.endsWith(suf) && stem.length - suf.length >= 3 && takesPronouns(stem.slice(0, -suf.length))) return true;
  }
  return false;
}

/** Seen with an attached pronoun in one of its twenty occurrences or more (عليه, عليها): a word, whatever else it
 * is. Names take no pronouns; the preposition على is letter-folded onto the name علي, and takes them. */
export function takesPronouns(stem: string): boolean {
  const st = formStats(stem);
  return st.withPronoun >= 2 && st.withPronoun * 20 >= st.bare + st.withArticle;
}

/** The shape of a name that takes the article (الكونغرس, البنتاغون, الأوروغوياني), as the text writes it with the
 * article: six letters or more, a g in it (غ/ج/ق: the letter such names are written two ways with), not made of Arabic
 * letter patterns (foreignness >= 0), never seen with an attached pronoun, and not a plural: no ات, and no ون/ين/ان
 * whose other case form the corpora know (المهندسين beside مهندسون; الكرملين has no الكرملون). The corpora's counts
 * call such a name an ordinary noun (it takes the article), so this shape is what lets it be a candidate at all; the
 * pair test asks more (sameName.ts articledVariants). */
export const articledNameShape: (stem: string) => boolean = memo(stem => /[غجق]/.test(foldLetters(stem)) && articledShape(stem));

/** The shape of a name that takes the article whatever its letters (الكرملين, البريكست, البريميرليغ): articledNameShape
 * without the g, no adjective (no ي or يه at its end: the adjectives of loanwords, الباليستية, الإليكتروني, take the
 * article as names' do), no feminine of a word the corpora know, no title or kind word, no Latin -ium, and never
 * written without the article in the corpora (بكتيريا المعدة: a common noun). What a long vowel written or not may tell apart in two such spellings only when neither is
 * ever written without the article (sameName.ts articledVariants). */
export const articledNameForm: (stem: string) => boolean = memo(stem => {
  const s = foldLetters(stem);
  // (nor the feminine of a word the corpora know: الدكتوره is الدكتور's, beside the loanword الدكتوراه; nor a title or
  // kind word, which stands before names and is a common noun: البروفيسور; nor a word in يوم, the Latin -ium of common
  // nouns, the elements above all, which take the article as a name does: الألمنيوم/الألومنيوم, اليورانيوم; nor the
  // nisba's plural, يين/يون, an adjective as the nisba is: الكرويين 'footballing' is no name beside الكوريين)
  return !/(ي|يه|يوم|يين|يون)$/.test(s) && !(s.endsWith('ه') && corpusCount(s.slice(0, -1)) + formStats(s.slice(0, -1)).withArticle > 0) &&
    !isNameMarker(s) && !isNameMarker('ال' + s) && formStats(s).bare === 0 && articledShape(s);
});

function articledShape(stem: string): boolean {
  const s = foldLetters(stem);
  if (s.length < 6 || s.endsWith('ات')) return false;
  if (formStats(s).withPronoun > 0 || foreignness(s) < 0) return false;
  const ending = s.slice(-2);
  const partners = ending === 'ون' ? ['ين'] : ending === 'ين' ? ['ون', 'ان'] : ending === 'ان' ? ['ين'] : [];
  for (const p of partners) { const st = formStats(s.slice(0, -2) + p); if (st.bare + st.withArticle > 0) return false; }
  return true;
}

/** An English spelling reduced to what transliteration keeps apart: no accents, ph/th/gh/ck as one letter, w after a
 * vowel and before a consonant as u (lawrence/laurence), any other w as v (dawid/david: a-w-i is not a diphthong),
 * y as i, doubled letters once, no final e. */
export function latinKey(en: string): string {
  return en.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/ph/g, 'f').replace(/th/g, 't').replace(/gh/g, 'g').replace(/ck/g, 'k').replace(/([aeo])w(?![aeiouy])/g, '$1u')
    .replace(/w/g, 'v').replace(/y/g, 'i').replace(/(.)\1+/g, '$1').replace(/e$/, '');
}

/** Two Wikidata tokens that are different names: both attested (weight >= minWeight), with no English spelling in
 * common once spelling noise is removed (كريستيان christian / كريستين christine, ميركل merkel / ماركل markle,
 * جون john / جين jane; but سيرغي serghei / سيرجي sergei, لورنس laurence / لورانس lawrence are one name), unless
 * they differ only by how the first vowel is written (initialVowelOnly) and the longer spelling writes an English
 * spelling of the shorter one's token that begins with a vowel (writesEnglish): إيدين against إدين (edin, adın) is edin with its e written إي.
 * The alef that begins a name already stands for its first vowel, so a ي or و after it adds no vowel to tell two
 * names apart; a long vowel inside the name does (كريستيان/كريستين: christian, christine; قادري/قدري). */
export function areDifferentNames(a: string, b: string, minWeight = 2): boolean {
  const x = wikidataToken(a), y = wikidataToken(b);
  if (!x || !y || x.weight < minWeight || y.weight < minWeight) return false;
  if (shareEnglish(x, y)) return false;
  const fa = foldLetters(a), fb = foldLetters(b);
  const [shortToken, short, long] = fa.length < fb.length ? [x, fa, fb] : [y, fb, fa];
  const longToken = shortToken === x ? y : x;
  if (clusterVowelOnly(short, long) && shortToken.english.some(e => /^[^aeiou][^aeiouh]/.test(latinKey(e)) && writesEnglish(short, e) &&
    longToken.english.some(f => consonantsOf(f).slice(0, 3) === consonantsOf(e).slice(0, 3)))) return false;
  return !(initialVowelOnly(short, long) && shortToken.english.some(e => /^[aeiou]/.test(latinKey(e)) && writesEnglish(long, e)));
}

/** `long` is `short` with a ي or و written after its first letter (ديميتري, دميتري). When the shorter one's token is
 * spelled in English with two consonants at its start (dmitry), which no Arabic word begins with, and the longer
 * one's English begins with the same consonants (dimitrije), that vowel is the one a writer may put in the cluster,
 * not a vowel that tells two names apart; بيريك (perec) and بريك (brik) begin with other consonants. */
function clusterVowelOnly(short: string, long: string): boolean {
  return short.length >= 3 && long.length === short.length + 1 && (long[1] === 'ي' || long[1] === 'و') &&
    long[0] + long.slice(2) === short;
}
/** The consonants of an English spelling (latinKey), in order. */
function consonantsOf(en: string): string {
  return latinKey(en).replace(/[^a-z]/g, '').replace(/[aeiou]/g, '');
}

/** Two Wikidata name tokens of any weight (a token borne by one person counts) that no English spelling joins: none
 * in common (latinKey), and neither spelling a way to write one of the other's (writesEnglish, an ا also for e or u):
 * نابل nabl / نوبل nobel, باراس paras / باريس paris, سوروس soros / سيروس sirous are other names, where ميشال mychal /
 * ميشيل michel is one (ميشال writes michel). */
export function englishDisagrees(a: string, b: string): boolean {
  const x = wikidataToken(a), y = wikidataToken(b);
  if (!x || !y || shareEnglish(x, y)) return false;
  if (x.english.some(e => writesEnglish(foldLetters(b), e, true))) return false;
  return !y.english.some(e => writesEnglish(foldLetters(a), e, true));
}

/** A Wikidata name token on one side, borne by a few people (weight >= minWeight, 3 unless told), has an English spelling that both spellings
 * write (writesEnglish, an ا also for e or u): وليام and ويليام both write william, the token of ويليام, where ويرد and
 * وارد (ward) do not. */
export function englishJoins(a: string, b: string, minWeight = 3): boolean {
  const fa = foldLetters(a), fb = foldLetters(b);
  for (const t of [wikidataToken(fa), wikidataToken(fb)]) {
    if (t && t.weight >= minWeight && t.english.some(e => writesEnglish(fa, e, true) && writesEnglish(fb, e, true))) return true;
  }
  return false;
}

/** One of two spellings is a known name (a Wikidata token of weight KNOWN_KEY_WEIGHT or more, as lexicalNameEvidence
 * counts one) and the other is no token at all, and writes none of the known one's English spellings (writesEnglish,
 * loosely): نوفيك does not write novak, مانيكا not monika, كابول not cabell. A token of less weight (بيسكوف, borne by
 * two people) is too little known for its English spellings to be all there are. */
export function unknownSideMisses(a: string, b: string): boolean {
  const x = wikidataToken(a), y = wikidataToken(b);
  if (!x === !y) return false;
  const [token, other] = x ? [x, b] : [y!, a];
  return token.weight >= KNOWN_KEY_WEIGHT && !token.english.some(e => writesEnglish(foldLetters(other), e, true));
}

/** One of two spellings is a Wikidata name token of weight KNOWN_KEY_WEIGHT or more and the other writes one of its
 * English spellings (writesEnglish, loosely): ساذرلاند (sutherland) / سذرلاند. */
export function writesKnownName(a: string, b: string): boolean {
  return writesNameOf(a, b) || writesNameOf(b, a);
}

/** `token` is a Wikidata name token of weight KNOWN_KEY_WEIGHT or more and `other` writes one of its English spellings
 * (writesEnglish, loosely): ساذرلاند (sutherland) is written by سذرلاند. */
export function writesNameOf(token: string, other: string): boolean {
  const t = wikidataToken(token);
  return !!t && t.weight >= KNOWN_KEY_WEIGHT && t.english.some(e => writesEnglish(foldLetters(other), e, true));
}

/** `long` is `short` with one long vowel more, `short` a Wikidata name token whose spelling writes one of its own English
 * spellings and `long` no token: the vowel `long` adds writes none of them (صوفية is no safia, مونييه no monet), so
 * `long` is another name, not a way to write this one. */
export function addedVowelDisagrees(short: string, long: string): boolean {
  const x = wikidataToken(short);
  if (!x || x.weight < 5 || wikidataToken(long)) return false;
  const fs = foldLetters(short), fl = foldLetters(long);
  // the vowel added: و or ي (an ا may write what English spells with another vowel: كارولاين caroline, فلاوريس flores)
  let k = 0;
  while (k < fs.length && fs[k] === fl[k]) k++;
  if (fl[k] !== 'و' && fl[k] !== 'ي') return false;
  if (!x.english.some(e => writesEnglish(fs, e, true))) return false;
  return !x.english.some(e => writesEnglish(fl, e, true));
}

/** Two tokens with an English spelling in common, once spelling noise is removed (latinKey). */
function shareEnglish(x: NameToken, y: NameToken): boolean {
  const kx = new Set(x.english.map(latinKey));
  return y.english.some(e => kx.has(latinKey(e)));
}

/** `long` is `short`, which begins with an alef, with a long vowel ي or و written after that alef (إيدين, إدين). */
function initialVowelOnly(short: string, long: string): boolean {
  return short.length >= 3 && long.length === short.length + 1 && short[0] === 'ا' && long[0] === 'ا' &&
    (long[1] === 'ي' || long[1] === 'و') && long.slice(2) === short.slice(1);
}

// ---- Does an Arabic spelling write an English one? ----
// A loose reading of how a foreign name is put in Arabic letters: each consonant stands for one of the English letters
// it is used for, a long vowel for an English vowel of its kind (ا a; و o, u; ي i, e), and an English vowel or h may go
// unwritten. An alef at the start is a hamza's seat, standing for the first vowel or for nothing (إيليس: e; إليس: e).
const CONSONANT_LATIN: Record<string, string[]> = {
  'ب': ['b', 'p'], 'ت': ['t'], 'ث': ['t', 's'], 'ج': ['j', 'g', 'dj', 'dzh'], 'ح': ['h'], 'خ': ['kh', 'h', 'ch', 'j'],
  'د': ['d'], 'ذ': ['d', 'z', 't'], 'ر': ['r'], 'ز': ['z', 's'], 'س': ['s', 'c', 'z'], 'ش': ['sh', 'ch', 'sch', 's'],
  'ص': ['s'], 'ض': ['d'], 'ط': ['t'], 'ظ': ['z'], 'غ': ['g', 'r'], 'ف': ['f', 'v'], 'ق': ['q', 'k', 'c', 'g'],
  'ك': ['k', 'c', 'q', 'ch', 'x'], 'ل': ['l'], 'م': ['m'], 'ن': ['n'], 'ه': ['h'], 'و': ['v', 'u'], 'ي': ['i', 'j'],
};
const VOWEL_LATIN: Record<string, string> = { 'ا': 'a', 'و': 'ou', 'ي': 'ie' };
const LATIN_VOWELS = 'aeiou';

/** Could the Arabic spelling `arabic` (letter-folded) be a way to write the English spelling `english`? `looseA`: an
 * ا may also write an e or a u (ميشال michel, ساليفان sullivan), as French and English names are often put. */
export function writesEnglish(arabic: string, english: string, looseA = false): boolean {
  const ar = arabic.replace(/[ءئؤ]/g, c => (c === 'ئ' ? 'ي' : c === 'ؤ' ? 'و' : ''));
  const en = latinKey(english).replace(/ı/g, 'i').replace(/[^a-z]/g, '');
  if (!ar || !en) return false;
  const n = ar.length, m = en.length;
  // reach[i * (m + 1) + j]: ar[0, i) writes en[0, j)
  const reach = new Uint8Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  reach[0] = 1;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (!reach[at(i, j)]) continue;
      // an English vowel or h left unwritten
      if (j < m && (LATIN_VOWELS.includes(en[j]) || en[j] === 'h')) reach[at(i, j + 1)] = 1;
      if (i === n) continue;
      const c = ar[i];
      // the alef that begins the word: a hamza's seat, for nothing or for the first vowel
      if (i === 0 && c === 'ا') {
        reach[at(1, j)] = 1;
        if (j < m && LATIN_VOWELS.includes(en[j])) reach[at(1, j + 1)] = 1;
      }
      // a long vowel: one English vowel, or two together, one of its kind (ie, ou, ia)
      const kind = looseA && c === 'ا' ? 'aeu' : VOWEL_LATIN[c];
      if (kind && j < m && LATIN_VOWELS.includes(en[j])) {
        if (kind.includes(en[j])) reach[at(i + 1, j + 1)] = 1;
        if (j + 1 < m && LATIN_VOWELS.includes(en[j + 1]) && (kind.includes(en[j]) || kind.includes(en[j + 1]))) reach[at(i + 1, j + 2)] = 1;
      }
      // a word's last ه for its last vowel (مونيه, غريتا / غريته)
      if (c === 'ه' && i === n - 1 && j < m && LATIN_VOWELS.includes(en[j]) && j + 1 === m) reach[at(i + 1, j + 1)] = 1;
      for (const l of CONSONANT_LATIN[c] ?? []) if (en.startsWith(l, j)) reach[at(i + 1, j + l.length)] = 1;
      // x written كس
      if (c === 'ك' && ar[i + 1] === 'س' && en[j] === 'x') reach[at(i + 2, j + 1)] = 1;
    }
  }
  return reach[at(n, m)] === 1;
}

/** What the lexicons alone say about a word being a name: 2 a name (a Wikidata name token, or the adjective of a
 * name), 1 it looks transliterated and is no ordinary word, 0 an ordinary Arabic word or nothing known. The text
 * around a mention can add evidence (mentions.ts). */
export const lexicalNameEvidence: (stem: string) => 0 | 1 | 2 = memo(lexicalEvidence);
function lexicalEvidence(stem: string): 0 | 1 | 2 {
  if (stem.length < 3) return 0;
  if (isOrdinaryWord(stem)) return isNisbaOfName(stem) ? 2 : 0;
  if (hasOrdinaryPlural(stem)) return 0;
  const st = formStats(stem);
  if (st.wikidata >= 3) return 2;
  if (isNisbaOfName(stem)) return 2;
  if (pronounOnWord(stem)) return 0;
  const f = foreignness(stem);
  // letters no Arabic word is made of (كيبيك, بيونغيانغ): as good as a name list
  if (f >= 1.5 && stem.length >= 5) return 2;
  if (f >= 0.5 && stem.length >= 4) return 1;
  return 0;
}

// ---- How foreign a spelling looks ----
// Letter-trigram statistics of two word lists already shipped: Wikidata person-name tokens (mostly names from other
// languages written in Arabic letters) against the word forms of the news corpora (mostly Arabic words). A word whose
// trigrams are typical of the first and rare in the second looks transliterated (ميرليخت, كلاشنكوف); a word made of
// Arabic patterns does not (جانبية, انتحاريان), however it happens to share a skeleton with a name.
let trigramModel: { name: Map<string, number>; word: Map<string, number>; nName: number; nWord: number } | undefined;
function trigrams(w: string): string[] {
  const s = `^${w}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}
function model() {
  if (trigramModel) return trigramModel;
  const name = new Map<string, number>(), word = new Map<string, number>();
  let nName = 0, nWord = 0;
  for (const w of Object.keys(WD)) for (const t of trigrams(w)) { name.set(t, (name.get(t) ?? 0) + 1); nName++; }
  for (const w of Object.keys(FREQ)) {
    if (/^(?:[وفبلك]{0,2}ال|لل)/.test(w)) continue; // compare stems with stems
    if (has.call(WD, w) && WD[w][0] >= 3) continue; // a name the corpus happens to contain
    for (const t of trigrams(w)) { word.set(t, (word.get(t) ?? 0) + 1); nWord++; }
  }
  return trigramModel = { name, word, nName, nWord };
}
/** Mean log-ratio per trigram: above 0 the spelling looks like a transliterated name, below like an Arabic word. */
export const foreignness: (stem: string) => number = memo(foreignnessOf, 50_000);
function foreignnessOf(stem: string): number {
  const m = model();
  const ts = trigrams(foldLetters(stem));
  let sum = 0;
  for (const t of ts) sum += Math.log(((m.name.get(t) ?? 0) + 0.5) / m.nName) - Math.log(((m.word.get(t) ?? 0) + 0.5) / m.nWord);
  return ts.length ? sum / ts.length : 0;
}
