// The attribution lexicons (server/src/lexicons/attribution-*.json) compiled into lookup tables on folded word keys,
// merged with the user's additions from config.attribution. Compiled once per distinct attribution config.
import { cleanWord, foldAlef, matchKey } from '../../arabic/normalize';
import type { Config } from '../../engine/config';
import verbsData from '../../lexicons/attribution-reporting-verbs.json';
import prepsData from '../../lexicons/attribution-prepositions.json';
import vagueData from '../../lexicons/attribution-vague-sources.json';
import hedgesData from '../../lexicons/attribution-hedges.json';
import grammarData from '../../lexicons/attribution-grammar.json';

/** What a finding is: a hedge or unnamed media/reports (no-source), or a group or unnamed person (vague-source). */
export type ClaimKind = 'no-source' | 'vague-source';

export interface ReportingVerb {
  lemma: string;
  requires?: { words: Set<string>; within: number };
  /** The source may follow من/عن after this verb (نقلت الوكالة عن مصادر، علمت الصحيفة من مصادر). */
  origin?: boolean;
  /** A participle (…، موضحا أنه…): continues the clause's speaker, takes no subject of its own. */
  participle?: boolean;
}

export interface AttributionPreposition {
  /** Folded words of the phrase; when `attached`, the last word (ل) is written joined to the source. */
  keys: string[];
  attached: boolean;
  text: string;
}

export interface VagueHead {
  kind: ClaimKind;
  /** Meaning of the form with ال: a vague back-reference/generic group, or the previous sentences' source. */
  definite?: 'vague' | 'inherit';
  onlyDefinite?: boolean;
  /** Words one of which must follow the head (وسائل → إعلام). */
  next?: Set<string>;
  /** Named when a naming phrase follows (دراسة أجرتها جامعة…). */
  study?: boolean;
  /** Words after the head that make it a cue (أنباء عن) or words before it (ترددت أنباء), for news nouns. */
  followedBy?: Set<string>;
  precededBy?: Set<string>;
  /** With one of the mention qualifiers after it (مصادر مطلعة) the head is a source wherever it stands. */
  mention?: boolean;
  /** Words after which a news noun is no cue (لم ترد أنباء عن…). */
  notAfter?: Set<string>;
}

export interface HedgePhrase { keys: string[]; insertAfter: number; background: boolean; text: string }
export interface ImpersonalVerb { passive: boolean }

export interface HeadHit { head: VagueHead; definite: boolean; /** a preposition written on the head (لمصادر) */ prep: boolean }

export interface Lexicon {
  /** Verb forms as written: for matching user words. */
  verbs: Map<string, ReportingVerb>;
  /** Every verb form with و/ف before and an attached pronoun after (وقالت، نقلته), by verb key: one lookup a word. */
  verbIndex: Map<string, ReportingVerb>;
  /** Every vague head with و/ف and ال/لل/بال/ل/ب before it, by word key. */
  headIndex: Map<string, HeadHit>;
  preps: Map<string, AttributionPreposition[]>;
  heads: Map<string, VagueHead>;
  qualifiers: Set<string>;
  mentionQualifiers: Set<string>;
  /** Singular heads: with ال they may be followed by a name. */
  singulars: Set<VagueHead>;
  hedges: Map<string, HedgePhrase[]>;
  impersonal: Map<string, ImpersonalVerb>;
  g: {
    complementizers: Set<string>; noSubject: Set<string>; skipBeforeSubject: Set<string>; clauseOpeners: Set<string>;
    /** Each phrase's words by key (matchKey): the reader compares them with a word's WordFacts.key. */
    clauseConjunctions: string[][];
    comparatives: Set<string>;
    quantifiers: Set<string>; quantifierLinks: Set<string>; interrogatives: Set<string>; studyNaming: Set<string>;
    institutionHeads: Set<string>; recipient: Set<string>; pronounSources: Set<string>; namingWords: Set<string>;
    notSubjectBefore: Set<string>;
  };
  placeholders: string[];
}

const key = (w: string) => matchKey(w.replace(/ـ/g, ''));
/** Verbs keep final ى apart from ي: folded together, the nouns رأي and نفي would read as the verbs رأى and نفى. */
export const verbKey = (w: string) => foldAlef(cleanWord(w.replace(/ـ/g, '')));
const words = (phrase: string) => phrase.trim().split(/\s+/).filter(Boolean);
const keySet = (list: readonly string[]) => new Set(list.map(key));
/** Grammar words keep final ى (على is not the name علي) and ة: looked up with the words' verb keys. */
const gramSet = (list: readonly string[]) => new Set(list.map(verbKey));

function addPrep(map: Map<string, AttributionPreposition[]>, phrase: string): void {
  const ws = words(phrase);
  if (!ws.length) return;
  const last = ws[ws.length - 1].replace(/ـ/g, '');
  const attached = ws.length > 1 && last === 'ل';
  const keys = ws.map(key);
  const list = map.get(keys[0]) ?? [];
  list.push({ keys, attached, text: phrase });
  list.sort((a, b) => b.keys.length - a.keys.length);
  map.set(keys[0], list);
}

function addHedge(map: Map<string, HedgePhrase[]>, phrase: string, insertAfter?: number, background = false): void {
  const keys = words(phrase).map(key);
  if (!keys.length) return;
  const list = map.get(keys[0]) ?? [];
  // a trailing complementizer is not part of what the placeholder follows (يبدو| أن)
  const n = insertAfter ?? (keys.length > 1 && COMPLEMENTIZERS.has(verbKey(words(phrase)[keys.length - 1])) ? keys.length - 1 : keys.length);
  list.push({ keys, insertAfter: n, background, text: phrase });
  list.sort((a, b) => b.keys.length - a.keys.length);
  map.set(keys[0], list);
}

const COMPLEMENTIZERS = new Set(grammarData.complementizers.map(w => foldAlef(cleanWord(w))));
/** Attached pronouns a reporting verb may carry (نقلته، يعتبرونها). */
const ENCLITICS = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني'];
/** What may be written on a noun: the article, a preposition with it, or a preposition alone. */
const HEAD_PREFIXES: [string, boolean][] = [['', false], ['ال', true], ['لل', true], ['بال', true], ['كال', true], ['ل', false], ['ب', false]];

function build(extra: Config['attribution']): Lexicon {
  const verbs = new Map<string, ReportingVerb>();
  for (const v of verbsData.verbs as { lemma: string; forms: string[]; requires?: { words: string[]; within: number }; origin?: boolean; participle?: boolean }[]) {
    const requires = v.requires ? { words: keySet(v.requires.words), within: v.requires.within } : undefined;
    for (const f of v.forms) verbs.set(verbKey(f), { lemma: v.lemma, requires, origin: v.origin, participle: v.participle });
  }
  for (const f of extra.reportingVerbs) for (const w of words(f)) verbs.set(verbKey(w), { lemma: w });

  const preps = new Map<string, AttributionPreposition[]>();
  for (const p of prepsData.prepositions) addPrep(preps, p.phrase);
  for (const p of extra.attributionPrepositions) addPrep(preps, p);

  const heads = new Map<string, VagueHead>();
  for (const h of vagueData.heads as { forms: string[]; kind: string; definite?: 'vague' | 'inherit'; onlyDefinite?: boolean; next?: string[]; study?: boolean; followedBy?: string[]; precededBy?: string[]; mention?: boolean; notAfter?: string[] }[]) {
    const entry: VagueHead = {
      kind: h.kind as ClaimKind, definite: h.definite, onlyDefinite: h.onlyDefinite, study: h.study, mention: h.mention,
      next: h.next ? keySet(h.next) : undefined,
      followedBy: h.followedBy ? keySet(h.followedBy) : undefined,
      precededBy: h.precededBy ? keySet(h.precededBy) : undefined,
      notAfter: h.notAfter ? keySet(h.notAfter) : undefined,
    };
    for (const f of h.forms) heads.set(key(f), entry);
  }
  const qualifiers = keySet(vagueData.qualifiers.words);
  const mentionQualifiers = keySet(vagueData.mentionQualifiers.words);
  const singulars = new Set<VagueHead>();
  // A user's vague source is a phrase: its first word is the head, the words after it describe it (shown in messages).
  for (const s of extra.vagueSources) {
    const ks = words(s).map(key);
    if (!ks.length) continue;
    const head = ks[0].startsWith('ال') && ks[0].length > 4 ? ks[0].slice(2) : ks[0];
    if (!heads.has(head)) heads.set(head, { kind: 'vague-source', definite: 'vague' });
    for (const q of ks.slice(1)) qualifiers.add(q);
  }

  const hedges = new Map<string, HedgePhrase[]>();
  for (const h of hedgesData.phrases as { phrase: string; insertAfter?: number; background?: boolean }[]) addHedge(hedges, h.phrase, h.insertAfter, h.background);
  for (const h of extra.hedges) addHedge(hedges, h);
  const impersonal = new Map<string, ImpersonalVerb>();
  for (const v of hedgesData.impersonal as { forms: string[]; passive?: boolean }[]) for (const f of v.forms) impersonal.set(key(f), { passive: !!v.passive });

  // a singular form gets its own entry object, so a hit says whether the word itself is singular
  for (const w of vagueData.singulars.words) {
    const k = key(w);
    const h = heads.get(k);
    if (h) { const own = { ...h }; heads.set(k, own); singulars.add(own); }
  }
  const verbIndex = new Map<string, ReportingVerb>();
  for (const enc of ['', ...ENCLITICS]) for (const conj of ['', 'و', 'ف']) for (const [form, v] of verbs) {
    const k = conj + form + enc;
    if (!verbIndex.has(k)) verbIndex.set(k, v);
  }
  const headIndex = new Map<string, HeadHit>();
  for (const conj of ['', 'و', 'ف']) for (const [pre, definite] of HEAD_PREFIXES) for (const [form, head] of heads) {
    if (pre && form.length < 3) continue;
    if (head.onlyDefinite && !definite) continue;
    const k = conj + pre + form;
    if (!headIndex.has(k)) headIndex.set(k, { head, definite, prep: pre !== '' && pre !== 'ال' });
  }

  const g = grammarData;
  return {
    verbs, verbIndex, headIndex, preps, heads, qualifiers, mentionQualifiers, singulars, hedges, impersonal,
    g: {
      complementizers: COMPLEMENTIZERS, noSubject: gramSet(g.noSubjectWords), skipBeforeSubject: gramSet(g.skipBeforeSubject),
      clauseOpeners: gramSet(g.clauseOpeners), clauseConjunctions: g.clauseConjunctions.map(c => words(c).map(key)),
      comparatives: gramSet(g.comparatives), quantifiers: gramSet(g.quantifiers), quantifierLinks: gramSet(g.quantifierLinks),
      interrogatives: gramSet(g.interrogatives), studyNaming: gramSet(g.studyNaming), institutionHeads: gramSet(g.institutionHeads),
      recipient: gramSet(g.recipientSkip), pronounSources: gramSet(g.pronounSources), namingWords: gramSet(g.namingWords),
      notSubjectBefore: gramSet(g.notSubjectBefore),
    },
    placeholders: g.placeholders,
  };
}

let cached: { sig: string; lex: Lexicon } | undefined;

/** The lexicon for this config: built-in entries plus config.attribution, compiled once per distinct extension. */
export function lexiconFor(config: Config): Lexicon {
  const a = config.attribution;
  const sig = a.reportingVerbs.length + a.attributionPrepositions.length + a.vagueSources.length + a.hedges.length === 0 ? '' : JSON.stringify(a);
  if (!cached || cached.sig !== sig) cached = { sig, lex: build(a) };
  return cached.lex;
}
