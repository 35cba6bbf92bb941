// The Article's words as the attribution reader sees them: each token's folded keys and what the lexicon says about
// its spelling, plus whether punctuation stands before it. A sentence asks the same questions of a word many times
// (is it a reporting verb? a vague head? the start of a hedge?), and an article repeats the same spellings many times,
// so the answers are looked up once per distinct spelling (cached across articles) and read per token from arrays.
import { foldAlef, foldLetters } from '../../arabic/normalize';
import type { Token } from '../../arabic/tokenize';
import type { Article } from '../../engine/article';
import { memo } from '../names/memo';
import type { AttributionPreposition, HeadHit, HedgePhrase, ImpersonalVerb, Lexicon, ReportingVerb } from './lexicon';

/** What the lexicon says about one spelling. Every lookup a word without و/ف is also tried for is folded in here. */
export interface WordFacts {
  /** Folded key (letter forms folded) and verb key (alef folded, final ى kept: رأي is not رأى). */
  key: string;
  vkey: string;
  /** The key without و/ف and the article (what «new to the article» compares); '' when under 3 letters. */
  stem: string;
  verb?: ReportingVerb;
  head?: HeadHit;
  /** Hedges and prepositions starting with this word, then with it without و/ف: the order the reader tries them. */
  hedges: readonly HedgePhrase[];
  preps: readonly AttributionPreposition[];
  /** An impersonal verb, with the form it was found under (with or without و/ف). */
  impersonal?: { verb: ImpersonalVerb; form: string };
  complementizer: boolean;
  quantifier: boolean;
}

/** The words of one Article, index-aligned with article.tokens. */
export interface ArticleWords {
  keys: string[];
  vkeys: string[];
  facts: WordFacts[];
  /** 1 where clause punctuation stands between the previous token and this one. */
  boundary: Uint8Array;
}

/** Punctuation that separates clauses or opens speech: no source slot reaches across it. */
export const BOUNDARY = /[،,؛;:«»"“”()[\]{}—–!؟?.…]/;
const NONE: readonly never[] = [];
const STEM_PREFIX = /^(?:[وف]?(?:ال|لل|بال)|[وف])(?=.{3})/;

/** The word with و/ف taken off when it is long enough to carry one: both are tried in every lookup. */
export function withoutConj(k: string): string[] { return k.length > 2 && (k[0] === 'و' || k[0] === 'ف') ? [k, k.slice(1)] : [k]; }

function factsOf(lex: Lexicon, key: string, vkey: string): WordFacts {
  const forms = withoutConj(key);
  const hedges = forms.flatMap(c => lex.hedges.get(c) ?? []);
  const preps = forms.flatMap(c => lex.preps.get(c) ?? []);
  const impForm = forms.find(c => lex.impersonal.has(c));
  const stem = key.replace(STEM_PREFIX, '');
  return {
    key, vkey, stem: stem.length < 3 ? '' : stem,
    verb: lex.verbIndex.get(vkey),
    head: lex.headIndex.get(key),
    hedges: hedges.length ? hedges : NONE,
    preps: preps.length ? preps : NONE,
    impersonal: impForm === undefined ? undefined : { verb: lex.impersonal.get(impForm)!, form: impForm },
    complementizer: lex.g.complementizers.has(vkey),
    quantifier: withoutConj(vkey).some(c => lex.g.quantifiers.has(c)),
  };
}

const spellings = new WeakMap<Lexicon, { arabic: (norm: string) => WordFacts; other: (norm: string) => WordFacts }>();
/** Per lexicon, the facts of each spelling: Arabic words by their cleaned form, Latin words and numbers by theirs
 * (keys as tokenize.tokenKey makes them). */
function spellingsOf(lex: Lexicon) {
  let s = spellings.get(lex);
  if (!s) {
    s = {
      arabic: memo(norm => factsOf(lex, foldLetters(norm), foldAlef(norm))),
      other: memo(norm => factsOf(lex, norm.toLowerCase(), '')),
    };
    spellings.set(lex, s);
  }
  return s;
}

/** Is there clause punctuation between token i-1 and token i? Most gaps are one space: no need to look. */
function boundaries(text: string, toks: readonly Token[]): Uint8Array {
  const b = new Uint8Array(toks.length);
  for (let i = 1; i < toks.length; i++) {
    const from = toks[i - 1].end, to = toks[i].start;
    if (to - from === 1 && text.charCodeAt(from) === 0x20) continue;
    if (BOUNDARY.test(text.slice(from, to))) b[i] = 1;
  }
  return b;
}

const wordsOf = new WeakMap<Article, { lex: Lexicon; words: ArticleWords }>();
/** The Article's words for this lexicon, computed once per Article. */
export function articleWords(article: Article, lex: Lexicon): ArticleWords {
  const cached = wordsOf.get(article);
  if (cached?.lex === lex) return cached.words;
  const { arabic, other } = spellingsOf(lex);
  const toks = article.tokens;
  const facts = toks.map(t => t.kind === 'arabic' ? arabic(t.norm) : other(t.norm));
  const words: ArticleWords = {
    keys: facts.map(f => f.key), vkeys: facts.map(f => f.vkey), facts, boundary: boundaries(article.text, toks),
  };
  wordsOf.set(article, { lex, words });
  return words;
}
