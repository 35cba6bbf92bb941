// Item 6: against what a user would pick instead. textlint (kernel API, in-process, so neither side pays startup)
// with textlint-rule-prh fed the variant dictionary our transliteration rule discovers on the corpus, and
// textlint-rule-ng-word fed the vague-source and hedge words of our attribution lexicons.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Article, allRules, defaultConfig, lint, type Finding, type LintContext } from '../server/src/engine';
import { CORPUS_DIR, CorpusArticle, REPO_ROOT } from './corpus';
import { Row } from './report';
import { MB, Span, mark, medianSpan, since } from './stats';

/** form → preferred spelling, from the transliteration findings on the corpus: the evidence if the rule gives
 * {form, target}, else the text a finding flags and the text its first fix writes there. */
export function variantDictionary(articles: CorpusArticle[], context: LintContext): Map<string, string> {
  const dict = new Map<string, string>();
  const config = defaultConfig();
  for (const a of articles) {
    const article = new Article(a.text);
    for (const f of lint(article, config, { ...context, uri: a.id })) {
      if (f.ruleId !== 'transliteration') continue;
      const pair = formAndTarget(f, article);
      if (pair && pair[0] !== pair[1] && pair[0].trim() && pair[1].trim()) dict.set(pair[0], pair[1]);
    }
  }
  return dict;
}

function formAndTarget(f: Finding, article: Article): [string, string] | undefined {
  const ev = f.evidence ?? {};
  const str = (k: string) => (typeof ev[k] === 'string' ? ev[k] as string : undefined);
  const form = str('form') ?? str('variant') ?? str('spelling');
  const target = str('target') ?? str('preferred') ?? str('majority');
  if (form && target) return [form, target];
  const fix = f.fixes.find(x => x.edits.length === 1 && !x.edits[0].uri && x.edits[0].start === f.start && x.edits[0].end === f.end);
  return fix ? [article.slice(f.start, f.end), fix.edits[0].newText] : undefined;
}

/** The vague-source and hedge words a textlint user would list: from server/src/lexicons/attribution-hedges.json and
 * attribution-vague-sources.json, every `phrase` and every entry of `forms` (the lexicons' notes and provenance are
 * left out); before those exist, the surface forms of the non-verb rows of the shared attribution-patterns.tsv. */
export function weaselWords(): { words: string[]; source: string } {
  const lexDir = join(REPO_ROOT, 'server/src/lexicons');
  const files = ['attribution-hedges.json', 'attribution-vague-sources.json'].filter(f => existsSync(join(lexDir, f)));
  const words = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(collect); return; }
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'phrase' && typeof x === 'string') words.add(x);
      else if (k === 'forms' && Array.isArray(x)) x.forEach(f => typeof f === 'string' && words.add(f));
      else collect(x);
    }
  };
  for (const f of files) collect(JSON.parse(readFileSync(join(lexDir, f), 'utf8')));
  if (words.size) return { words: [...words], source: files.join(' + ') };
  const tsv = join(CORPUS_DIR, '../lexicons/attribution-patterns.tsv');
  if (!existsSync(tsv)) return { words: [], source: 'none' };
  const out = new Set<string>();
  for (const line of readFileSync(tsv, 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length < 6 || cols[0].startsWith('reporting_verb')) continue;
    for (const s of cols[5].split(/;\s*/)) { const w = s.replace(/:\d+$/, '').trim(); if (w) out.add(w); }
  }
  return { words: [...out], source: 'shared attribution-patterns.tsv (non-verb rows)' };
}

function prhYaml(dict: Map<string, string>): string {
  const q = (s: string) => JSON.stringify(s); // JSON strings are valid YAML scalars
  const byTarget = new Map<string, string[]>();
  for (const [form, target] of dict) byTarget.set(target, [...(byTarget.get(target) ?? []), form]);
  const lines = ['version: 1', 'rules:'];
  for (const [target, forms] of byTarget) {
    lines.push(`  - expected: ${q(target)}`, '    patterns:');
    // (prh escapes a hyphen as \- and then adds the u flag, under which that escape is a syntax error: a form with a
    // hyphen (كيم جونغ-أون) goes as a /regexp/ pattern, escaped as the u flag allows)
    for (const f of forms) lines.push(`      - ${q(f.includes('-') ? `/${f.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}/` : f)}`);
  }
  return lines.join('\n') + '\n';
}

export async function benchTextlint(articles: CorpusArticle[], tmp: string, context: LintContext, opts: { quick: boolean; log: (s: string) => void }): Promise<Row[]> {
  const dict = variantDictionary(articles, context);
  const weasel = weaselWords();
  const yamlPath = join(tmp, 'prh-variants.yml');
  writeFileSync(yamlPath, prhYaml(dict));
  writeFileSync(join(tmp, 'ng-words.json'), JSON.stringify(weasel.words, null, 1));
  opts.log(`  textlint: ${dict.size} variant pairs, ${weasel.words.length} weasel words (${weasel.source})`);

  const { TextlintKernel } = require('@textlint/kernel');
  const textPlugin = require('@textlint/textlint-plugin-text').default;
  const prh = require('textlint-rule-prh').default ?? require('textlint-rule-prh');
  const ngWord = require('textlint-rule-ng-word');
  const kernel = new TextlintKernel();
  const kernelOptions = {
    ext: '.txt',
    plugins: [{ pluginId: 'text', plugin: textPlugin }],
    rules: [
      ...(dict.size ? [{ ruleId: 'prh', rule: prh, options: { rulePaths: [yamlPath] } }] : []),
      ...(weasel.words.length ? [{ ruleId: 'ng-word', rule: ngWord, options: { words: weasel.words } }] : []),
    ],
  };
  const bytes = articles.reduce((s, a) => s + a.bytes, 0);
  let theirMessages = 0, ourFindings = 0;
  const theirs = async () => {
    theirMessages = 0;
    for (const a of articles) theirMessages += (await kernel.lintText(a.text, { ...kernelOptions, filePath: `/bench/${a.id}.txt` })).messages.length;
  };
  const config = defaultConfig();
  const ours = () => {
    ourFindings = 0;
    for (const a of articles) ourFindings += lint(a.text, config, { ...context, uri: a.id }).length;
  };
  // (and, to show where the time goes, ours without the transliteration rule and that rule alone: info rows)
  const withRules = (on: (id: string) => boolean) => {
    const c = defaultConfig();
    for (const r of allRules) if (!on(r.id)) c.rules[r.id] = 'off';
    return () => { for (const a of articles) lint(a.text, c, { ...context, uri: a.id }); };
  };
  const parts = [withRules(id => id !== 'transliteration'), withRules(id => id === 'transliteration')];
  await theirs(); ours(); parts.forEach(part => part()); // warm-up
  const rounds = opts.quick ? 2 : 3;
  const t: Span[] = [], o: Span[] = [], partSpans: Span[][] = parts.map(() => []);
  for (let r = 0; r < rounds; r++) {
    let m = mark(); await theirs(); t.push(since(m));
    m = mark(); ours(); o.push(since(m));
    parts.forEach((part, i) => { m = mark(); part(); partSpans[i].push(since(m)); });
  }
  // CPU time, as for the engine: both sides are single-threaded and in this process.
  const tMs = medianSpan(t).cpu, oMs = medianSpan(o).cpu;
  const speed = (ms: number) => (bytes / MB) / (ms / 1000);
  const ratio = tMs / oMs;
  opts.log(`  textlint ${speed(tMs).toFixed(2)} MB/s, ours ${speed(oMs).toFixed(1)} MB/s: ${ratio.toFixed(1)}×`);
  const rulesOn = kernelOptions.rules.map(r => r.ruleId).join(' + ') || 'no rules (nothing to feed them)';
  return [
    {
      item: '6', metric: `textlint 15.8 (${rulesOn}: ${dict.size} variant pairs, ${weasel.words.length} weasel words), whole corpus, in-process`,
      value: `${speed(tMs).toFixed(2)} MB/s (${tMs.toFixed(0)} ms CPU, ${theirMessages} messages)`, target: '', data: { ms: tMs, samples: t, messages: theirMessages, pairs: dict.size, weasel: weasel.words.length, weaselSource: weasel.source },
    },
    {
      item: '6', metric: 'ours, all rules, same texts, same run',
      value: `${speed(oMs).toFixed(1)} MB/s (${oMs.toFixed(0)} ms CPU, ${ourFindings} findings)`, target: '', data: { ms: oMs, samples: o, findings: ourFindings },
    },
    ...(['ours without the transliteration rule', 'the transliteration rule alone (its share of segmenting included)'].map((what, i) => {
      const ms = medianSpan(partSpans[i]).cpu;
      return { item: 'info', metric: `${what}, same texts, same run`, value: `${speed(ms).toFixed(1)} MB/s (${ms.toFixed(0)} ms CPU): ${(tMs / ms).toFixed(1)}× textlint`, target: '', data: { ms, samples: partSpans[i] } };
    })),
    {
      item: '6', metric: 'ours ÷ textlint throughput', value: `${ratio.toFixed(1)}×`, target: '≥ 10×', pass: ratio >= 10 && kernelOptions.rules.length > 0,
      data: { ratio },
    },
  ];
}
