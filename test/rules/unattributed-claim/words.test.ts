// unattributed-claim's per-spelling answers (attribution/words.ts): the traits the reader asks of the words around a
// cue, and the cue list found through the plain bitset, against the same questions asked the slow way (the grammar
// word sets, the key's letters, every token's WordFacts).
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDir } from '../fixtures';
import { Article, defaultConfig, mergeConfig } from '../../../server/src/engine';
import { lexiconFor, type Lexicon } from '../../../server/src/rules/attribution/lexicon';
import * as W from '../../../server/src/rules/attribution/words';
import grammar from '../../../server/src/lexicons/attribution-grammar.json';

/** The reader's questions of one word as frames.ts asked them before they were bits (key, vkey: WordFacts; norm: the
 * spelling), each named for the bit that now answers it. */
function expectedTraits(lex: Lexicon, f: W.WordFacts, norm: string): [number, number] {
  const { key, vkey, verb } = f, g = lex.g, q = lex.qualifiers;
  const bits: [number, boolean][] = [
    [W.T_COMPLEMENTIZER, g.complementizers.has(vkey)],
    [W.T_QUANTIFIER, W.withoutConj(vkey).some(c => g.quantifiers.has(c))],
    [W.T_VERB, !!verb], [W.T_HEAD, !!f.head],
    [W.T_HEDGES, f.hedges.length > 0], [W.T_PREPS, f.preps.length > 0], [W.T_IMPERSONAL, !!f.impersonal],
    [W.T_PARTICIPLE, !!verb?.participle], [W.T_REQUIRES, !!verb?.requires], [W.T_ORIGIN, !!verb?.origin],
    [W.T_DEFINITE, key.startsWith('ال')], [W.T_VDEFINITE, vkey.startsWith('ال')],
    [W.T_RECIPIENT, g.recipient.has(vkey)], [W.T_SKIP_BEFORE_SUBJECT, g.skipBeforeSubject.has(vkey)],
    [W.T_CLAUSE_OPENER, g.clauseOpeners.has(vkey)], [W.T_QAD, ['قد', 'لقد', 'وقد'].includes(key)],
    [W.T_FROM, key === 'من' || key === 'عن'],
    [W.T_LAM_OBJECT, vkey.startsWith('ل') && vkey.length >= 4 && !g.clauseOpeners.has(vkey) && !g.complementizers.has(vkey) &&
      !g.noSubject.has(vkey) && vkey !== 'لما'],
    [W.T_NO_SLOT, g.complementizers.has(vkey) || g.noSubject.has(vkey) || g.pronounSources.has(vkey)],
    [W.T_CONJ_NOT_VERB, W.hasConj(key) && !lex.verbs.has(vkey)], [W.T_VCONJ_NOT_VERB, W.hasConj(vkey) && !lex.verbs.has(vkey)],
    [W.T_CONJ, W.hasConj(key)], [W.T_CLAUSE_CONJUNCTION, g.clauseConjunctions.some(c => c[0] === key)],
    [W.T_QUANTIFIER_LINK, g.quantifierLinks.has(key)], [W.T_VQUANTIFIER_LINK, g.quantifierLinks.has(vkey)],
    [W.T_NOT_SUBJECT, g.notSubjectBefore.has(vkey) || norm.endsWith('ة') || norm.endsWith('ات')],
    [W.T_PLURAL, key.endsWith('وا') || key.endsWith('ون')],
    [W.T_COMPARATIVE, g.comparatives.has(vkey) || /^[وفب]/.test(vkey) &&
      (g.comparatives.has(vkey.slice(1)) || /^وب/.test(vkey) && g.comparatives.has(vkey.slice(2)))],
    [W.T_INSTITUTION, W.withoutConj(vkey).some(c => g.institutionHeads.has(c))],
  ];
  const bare = key.startsWith('ال') && key.length > 4 ? key.slice(2) : key;
  const gentilic = key.length >= 4 && /(?:يه|ي|يون|يين)$/.test(key) && !g.complementizers.has(key) && !g.noSubject.has(key);
  const more: [number, boolean][] = [
    [W.T_GHAYR, key === 'غير'], [W.T_QUALIFIER, q.has(key) || q.has(bare)], [W.T_GENTILIC, gentilic],
    [W.T_POSSESSOR, key.startsWith('ال') && key.length > 4 && !(q.has(key) || q.has(key.slice(2)) || gentilic)],
    [W.T_NOT_NAME, g.complementizers.has(vkey) || g.noSubject.has(vkey) || g.skipBeforeSubject.has(vkey) || g.recipient.has(vkey) ||
      g.clauseOpeners.has(vkey) || q.has(key) || vkey.startsWith('ل') && vkey.length > 3],
    [W.T_NAMING, g.namingWords.has(vkey)],
  ];
  const fold = (list: [number, boolean][]) => list.reduce((t, [bit, on]) => t | (on ? bit : 0), 0);
  return [fold(bits), fold(more)];
}

/** Every grammar word, with و/ف/ل/ب/ال before it, some lexicon phrases, and the rule's fixture article. */
function sampleText(): string {
  const lists = Object.entries(grammar).filter(([k]) => !k.startsWith('_')).flatMap(([, v]) => v as string[]);
  const words = lists.flatMap(w => w.split(/\s+/)).flatMap(w => [w, 'و' + w, 'ف' + w, 'ل' + w, 'ب' + w, 'ال' + w, 'وب' + w]);
  const extra = 'قالوا يقولون المصادر الدراسة تقرير الشال مسؤولة محللون غربيون يمنية مصادر غير رسمية من المرجح في حين أن ABC 2024';
  const fixture = readFileSync(join(fixtureDir(__dirname), 'article.txt'), 'utf8');
  return `${words.join(' ')} ${extra}\n${fixture}`;
}

test('unattributed-claim: each spelling\'s traits answer what the reader asked of the grammar word sets and the key', () => {
  const lex = lexiconFor(mergeConfig(defaultConfig(), {}));
  const article = new Article(sampleText());
  const words = W.articleWords(article, lex);
  let checked = 0;
  for (let i = 0; i < words.ids.length; i++) {
    const id = words.ids[i], f = W.factsAt(words, i);
    const [traits, more] = expectedTraits(lex, f, article.tokens[i].norm);
    assert.equal(words.traits[id], traits, `traits of ${article.tokens[i].norm}`);
    assert.equal(words.moreTraits[id], more, `more traits of ${article.tokens[i].norm}`);
    checked++;
  }
  assert.ok(checked > 1000);
});

test('unattributed-claim: the cue list is every cue token but the phrase starts no phrase goes on from', () => {
  const lex = lexiconFor(mergeConfig(defaultConfig(), {}));
  const article = new Article(sampleText());
  const words = W.articleWords(article, lex);
  const n = words.ids.length, key = (i: number) => i < n ? W.factsAt(words, i).key : undefined;
  const goesOn = (i: number, keys: readonly string[], fixed: number) => keys.slice(1, fixed).every((k, m) => key(i + 1 + m) === k);
  const expected: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = W.factsAt(words, i);
    if (!f.cue) continue;
    const onlyLongPhrases = !f.verb && !f.head && !f.impersonal &&
      f.hedges.every(h => h.phrase.keys.length > 1) && f.preps.every(p => W.fixedWords(p.phrase) > 1);
    if (!onlyLongPhrases || f.hedges.some(h => goesOn(i, h.phrase.keys, h.phrase.keys.length)) ||
      f.preps.some(p => goesOn(i, p.phrase.keys, W.fixedWords(p.phrase)))) expected.push(i);
  }
  assert.deepEqual([...words.cues], expected);
  assert.ok(expected.length > 20 && expected.length < n / 4);
});
