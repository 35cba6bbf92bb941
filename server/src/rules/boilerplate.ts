// boilerplate: what came with the article but is not the article — navigation, "read also" teasers and the
// headlines they drag in, other stories' leads pasted after the end, tag lines, credits, promos, disclaimers,
// copyright and footers. Lines are measured (boilerplate/features.ts), classified in context and joined into
// blocks (boilerplate/blocks.ts); each block is one finding with a fix that removes it whole.
import type { Article } from '../engine/article';
import type { Config } from '../engine/config';
import type { Fix, LintContext, Localized, Rule, RuleFinding, TextEdit } from '../engine/types';
import { Block, classifyLines, formBlocks } from './boilerplate/blocks';
import { allLineFeatures } from './boilerplate/features';
import { EntryFilter, bpKey, compileLexicon, userMarkers } from './boilerplate/lexicon';
// the workspace's recurring-line index: registered wherever this rule is loaded (see workspace/registry.ts)
import '../workspace/lineRecurrence';
import { LINE_KEY_MAX, articleLineKeys } from '../workspace/lineKey';

const KIND_LABEL: Record<string, Localized> = {
  'read-also': { en: '"read also" teasers', ar: '«اقرأ أيضاً»' },
  teaser: { en: 'teaser of another story', ar: 'تشويقة لخبر آخر' },
  'related-list': { en: 'related headlines', ar: 'عناوين ذات صلة' },
  'most-read': { en: '"most read" / latest-news list', ar: 'قائمة «الأكثر قراءة» أو آخر الأخبار' },
  nav: { en: 'navigation', ar: 'روابط تصفح' },
  tags: { en: 'tag line', ar: 'سطر وسوم' },
  promo: { en: 'promotion', ar: 'ترويج' },
  disclaimer: { en: 'disclaimer', ar: 'إخلاء مسؤولية' },
  copyright: { en: 'copyright notice', ar: 'حقوق النشر' },
  footer: { en: 'page footer', ar: 'تذييل الصفحة' },
  separator: { en: 'separator', ar: 'فاصل' },
  credit: { en: 'credit line', ar: 'سطر نسبة أو وكالة' },
  'dateline-site': { en: 'dateline (place and outlet or source)', ar: 'سطر المكان والمصدر (الوكالة أو الموقع)' },
  template: { en: 'template text', ar: 'نص قالب' },
  pattern: { en: 'custom pattern', ar: 'نمط مخصص' },
  boilerplate: { en: 'boilerplate', ar: 'حشو' },
};

export interface BoilerplateOptions {
  /** Leave lexicon entries out (evaluation: leave-one-outlet-out). `filterId` names the filter for caching. */
  lexiconFilter?: EntryFilter;
  filterId?: string;
}

/** The boilerplate blocks of an article (exported for evaluation and for other rules that need the mask). */
export function findBoilerplateBlocks(article: Article, config: Config, context: LintContext = {}, options: BoilerplateOptions = {}): Block[] {
  const bp = config.boilerplate;
  const lex = compileLexicon(options.lexiconFilter, options.filterId ?? (options.lexiconFilter ? 'anon' : ''));
  const extra = userMarkers(bp.markers);
  const patterns = bp.patterns.length ? bp.patterns.map(p => { try { return new RegExp(p, 'u'); } catch { return undefined; } }).filter((r): r is RegExp => !!r) : NONE;
  const feats = allLineFeatures(article, lex, extra);
  const keys = articleLineKeys(article);
  const ws = context.workspace;
  const recurrence = ws?.lineRecurrenceOfHash && ws.size() > RECUR_WORKSPACE_MIN
    // (a key over LINE_KEY_MAX is not tracked: prose lines are not looked up; bpKey and lineKey have one length)
    // (asked by the line's hash, which the indexer made of the same Article in the CLI: no key made or hashed again)
    ? (i: number) => (feats[i].key.length >= 4 && feats[i].key.length <= LINE_KEY_MAX ? ws.lineRecurrenceOfHash!(keys.trackedLineHash(i), context.uri) : 0)
    : undefined;
  const verdicts = classifyLines(article, feats, {
    dateline: bp.dateline,
    exceptions: bp.exceptions.length ? new Set(bp.exceptions.map(bpKey)) : NO_EXCEPTIONS,
    // user regexes run per line, with a length budget so a long paragraph cannot stall them
    patternHit: i => patterns.length > 0 && !article.lines[i].blank && patterns.some(r => r.test(article.lineText(i).slice(0, 2000))),
    recurrence,
  });
  return formBlocks(verdicts);
}

// (most configurations have neither: nothing is made per text for them)
const NONE: RegExp[] = [];
const NO_EXCEPTIONS: ReadonlySet<string> = new Set();

/** The workspace must hold more files than this before recurrence means "template". */
const RECUR_WORKSPACE_MIN = 3;

/** [start, end) that removes the block with the blank lines around it, touching no other line. */
function removalRange(article: Article, b: Block): { start: number; end: number } {
  const L = article.lines;
  let first = b.first, last = b.last;
  while (first > 0 && L[first - 1].blank) first--;
  const atTop = first === 0;
  if (atTop) while (last + 1 < L.length && L[last + 1].blank) last++;
  // at the very end the blank lines after the block go too
  let tailEnd = last;
  while (tailEnd + 1 < L.length && L[tailEnd + 1].blank) tailEnd++;
  if (tailEnd === L.length - 1) last = tailEnd;
  // the previous kept line keeps its own line break: only whole lines from `first` to `last` go
  return { start: L[first].start, end: L[last].next };
}

function lineWord(n: number, lang: 'en' | 'ar'): string {
  if (lang === 'en') return n === 1 ? '1 line' : `${n} lines`;
  return n === 1 ? 'سطر واحد' : n === 2 ? 'سطران' : n <= 10 ? `${n} أسطر` : `${n} سطراً`;
}

export const boilerplate: Rule & { blocks: typeof findBoilerplateBlocks } = {
  id: 'boilerplate',
  description: {
    en: 'Blocks that are not the article: navigation, "read also" teasers, other stories, tags, credits, promos, footers.',
    ar: 'كتل ليست من الخبر: روابط التصفح، «اقرأ أيضاً»، أخبار أخرى، الوسوم، النسب، الترويج، التذييل.',
  },
  docs: 'docs/rules/boilerplate.md',
  defaultSeverity: 'warning',
  blocks: findBoilerplateBlocks,
  run(article: Article, config: Config, context: LintContext): RuleFinding[] {
    const blocks = findBoilerplateBlocks(article, config, context);
    if (!blocks.length) return [];
    const ranges = blocks.map(b => removalRange(article, b));
    const allEdits: TextEdit[] = ranges.map(r => ({ start: r.start, end: r.end, newText: '' }));
    return blocks.map((b, k) => {
      const label = KIND_LABEL[b.kind] ?? KIND_LABEL.boilerplate;
      const count = b.lines.length;
      const start = article.lines[b.first].start;
      const end = article.lines[b.last].end;
      const anchor = article.lineText(b.lines[0]).replace(/\s+/g, ' ').trim();
      const fixes: Fix[] = [
        {
          title: { en: `Remove this ${label.en} block (${lineWord(count, 'en')})`, ar: `احذف هذه الكتلة (${label.ar}، ${lineWord(count, 'ar')})` },
          edits: [allEdits[k]], safe: true, preferred: true, scope: 'finding',
        },
      ];
      fixes.push({
        title: { en: `Remove all boilerplate in this file (${blocks.length} blocks)`, ar: `احذف كل الحشو في هذا الملف (${blocks.length} كتل)` },
        edits: allEdits, scope: 'document',
      });
      fixes.push({
        title: { en: 'This is not boilerplate', ar: 'هذا ليس حشواً' },
        edits: [],
        configEdit: { path: ['boilerplate', 'exceptions'], op: 'append', value: anchor },
      });
      return {
        kind: b.kind,
        start, end,
        message: {
          en: `Boilerplate: ${label.en} (${lineWord(count, 'en')}).`,
          ar: `حشو: ${label.ar} (${lineWord(count, 'ar')}).`,
        },
        explanation: {
          en: `These lines look like page furniture, not the article. Signals: ${b.signals.join('; ')}.`,
          ar: `هذه الأسطر تبدو من قالب الصفحة لا من الخبر. المؤشرات: ${b.signals.join('؛ ')}.`,
        },
        evidence: { lines: b.lines.map(i => i + 1), signals: b.signals },
        fixes,
      };
    });
  },
};
