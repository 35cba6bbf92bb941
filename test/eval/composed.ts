// Composed pages for the boilerplate check: real article bodies with page furniture of the kinds real examples are
// scarce for (breadcrumbs, labelled tag lines, related/most-read headline lists, app and follow-us promos, Latin
// "View on site" footers, navigation and footer runs), put together from real parts at eval time. Scored apart from
// untouched text ("boilerplate (composed pages)" in npm run eval).
//
// Parts, all read from ../shared/data/corpus when the page is built (nothing of the corpus is copied here):
//   bodies     ANT articles (ant-dev.jsonl) that the independent labellers read (boilerplate.corpus.json), minus the
//              lines they labelled mustFlag or mayFlag: what is left is article text by their judgement;
//   headlines  `title` fields of other articles: SaudiNewsNet titles (outlets no rule was tuned on for headline
//              lists) and titles of ANT articles no label file uses, from an outlet other than the body's;
//   furniture  lines the labellers marked as nav / footer / promo / copyright in the scraped and raw pages.
// The only literal text in a recipe is what joins parts: a list label ("أخبار ذات صلة"), a breadcrumb separator, a
// bullet, "View on". Every line that comes from a part other than the body is boilerplate by construction.
//
//   node out/test/eval/composed.js --write [--seed N]   (re)writes test/eval/labels/boilerplate.composed.json
//   node out/test/eval/composed.js --show ID            prints one page with its labels
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadJsonl, loadLabels, loadSourceText } from './corpus';
import { rng } from '../support/rng';

/** One piece of a composed line. */
export type Segment =
  | { t: string } //                               literal joiner (a label, a separator, a bullet)
  | { title: string; cut?: number } //            the `title` of file#docno, cut to `cut` words and "…"
  | { line: string; n: number } //                line n (1-based) of a labelled source
  | { host: string } //                           the host name of file#docno's url (www. dropped)
  | { tagsOf: string; k: number; sep: string }; // k content words of file#docno's title joined by sep

export interface Part { kind: string; at: 'top' | 'end' | number; lines: Segment[][] }
export interface Recipe { body: string; parts: Part[] }
interface ComposedArticle { source: string; outlet: string; mustFlag: number[]; mayFlag: number[]; kinds: Record<string, string>; recipe: Recipe; note?: string }

const LABEL_FILE = resolve(__dirname, '../../../test/eval/labels/boilerplate.composed.json');

// ---------- rendering ----------
function lines(text: string): string[] { return text.split(/\r\n|\r|\n/); }

function jsonlRecord(ref: string): { text: string; title?: string; url?: string; outlet?: string } {
  const h = ref.indexOf('#');
  const rec = loadJsonl(ref.slice(0, h)).get(ref.slice(h + 1)) as { text: string; title?: string; url?: string } | undefined;
  if (!rec) throw new Error(`composed: no record ${ref}`);
  return rec;
}

function cutWords(s: string, n?: number): string {
  const w = s.trim().split(/\s+/);
  return n && w.length > n ? `${w.slice(0, n).join(' ')} …` : s.trim();
}

/** Content words of a title: Arabic words of 4+ letters, without the article's function words, longest first. */
function tagWords(title: string, k: number): string[] {
  const stop = new Set(['التي', 'الذي', 'الذين', 'بعد', 'قبل', 'على', 'إلى', 'حول', 'بين', 'عند', 'منذ', 'خلال', 'لماذا', 'كيف', 'هذه', 'هذا']);
  const words = title.replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter(w => w.length >= 4 && !stop.has(w) && /\p{Script=Arabic}/u.test(w));
  const out: string[] = [];
  for (const w of words) if (!out.includes(w)) out.push(w);
  return out.slice(0, k);
}

function renderSegment(s: Segment): string {
  if ('t' in s) return s.t;
  if ('title' in s) return cutWords(jsonlRecord(s.title).title ?? '', s.cut);
  if ('line' in s) return lines(loadSourceText(s.line))[s.n - 1].trim();
  if ('host' in s) return new URL(jsonlRecord(s.host).url ?? 'http://example.invalid').hostname.replace(/^www\./, '');
  return tagWords(jsonlRecord(s.tagsOf).title ?? '', s.k).join(s.sep);
}

/** Body lines: the labelled article without the lines its labellers flagged (must or may). */
function bodyLines(source: string): string[] {
  const labels = loadLabels<{ source: string; mustFlag: number[]; mayFlag: number[] }>('boilerplate.corpus.json');
  const a = labels?.articles.find(x => x.source === source);
  if (!a) throw new Error(`composed: body ${source} is not a labelled article`);
  const drop = new Set([...a.mustFlag, ...a.mayFlag]);
  return lines(loadSourceText(source)).filter((l, i) => !drop.has(i + 1) && l.trim() !== '');
}

/** The page and, for each of its lines, the kind of the part it came from (undefined: the body). */
export function renderRecipe(r: Recipe): { text: string; kinds: (string | undefined)[] } {
  const body = bodyLines(r.body);
  const out: { text: string; kind?: string }[] = [];
  const partLines = (p: Part) => p.lines.map(segs => ({ text: segs.map(renderSegment).join(''), kind: p.kind }));
  for (const p of r.parts) if (p.at === 'top') out.push(...partLines(p));
  body.forEach((l, i) => {
    out.push({ text: l });
    for (const p of r.parts) if (p.at === i + 1 && i + 1 < body.length) out.push(...partLines(p));
  });
  for (const p of r.parts) if (p.at === 'end' || (typeof p.at === 'number' && p.at >= body.length)) out.push(...partLines(p));
  return { text: out.map(o => o.text).join('\n') + '\n', kinds: out.map(o => o.kind) };
}

const recipes = new Map<string, Recipe>();
/** The text of "composed:<id>" (see evaluate.ts). */
export function composedText(source: string): string {
  if (!recipes.size) {
    const file = JSON.parse(readFileSync(LABEL_FILE, 'utf8')) as { articles: ComposedArticle[] };
    for (const a of file.articles) recipes.set(a.source, a.recipe);
  }
  const r = recipes.get(source);
  if (!r) throw new Error(`composed: no recipe ${source}`);
  return renderRecipe(r).text;
}

// ---------- generating recipes ----------

const OUTLETS = ['BBC', 'CNN', 'France24', 'Alarabia', 'SkyNews'];
/** Labels of lists as sites print them (general Arabic web usage, not one site's). */
const RELATED_LABELS = ['أخبار ذات صلة', 'مواضيع ذات صلة', 'اقرأ أيضاً:', 'مقالات ذات صلة', 'قد يهمك أيضاً', 'المزيد من الأخبار'];
const MOST_READ_LABELS = ['الأكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'الأكثر تصفحاً'];
const TAG_LABELS = ['الوسوم: ', 'كلمات مفتاحية: ', 'الكلمات المفتاحية: ', 'كلمات دالة: ', 'Tags: '];
const CRUMB_SEPS = [' » ', ' > ', ' / ', ' › '];
const BULLETS = ['', '', '- ', '• ', '* '];

interface Pools { headlines: string[]; nav: Segment[]; sections: Segment[]; footers: Segment[][]; promos: Segment[]; latinFooters: Segment[] }

function pools(): Pools {
  const used = new Set<string>();
  for (const f of ['boilerplate.scraped.json', 'boilerplate.corpus.json', 'unattributed-claim.ant.json', 'unattributed-claim.snn.json']) {
    for (const a of loadLabels<{ source: string }>(f)?.articles ?? []) used.add(a.source);
  }
  const headlines: string[] = [];
  for (const file of ['saudinewsnet-dev.jsonl', 'ant-dev.jsonl']) {
    for (const [docno, rec] of loadJsonl(file)) {
      const id = `${file}#${docno}`;
      const words = (rec.title ?? '').trim().split(/\s+/).length;
      if (!used.has(id) && words >= 4 && words <= 16) headlines.push(id);
    }
  }
  // furniture lines as the labellers marked them, by kind
  const byKind = new Map<string, Segment[]>();
  for (const f of ['boilerplate.scraped.json', 'boilerplate.corpus.json']) {
    for (const a of loadLabels<{ source: string; kinds?: Record<string, string> }>(f)?.articles ?? []) {
      for (const [n, kind] of Object.entries(a.kinds ?? {})) {
        const seg: Segment = { line: a.source, n: Number(n) };
        const text = renderSegment(seg);
        if (!text) continue;
        byKind.set(kind, [...(byKind.get(kind) ?? []), seg]);
      }
    }
  }
  const text = (s: Segment) => renderSegment(s);
  const arabic = (s: Segment) => /\p{Script=Arabic}/u.test(text(s));
  const nav = (byKind.get('nav') ?? []).filter(s => arabic(s) && text(s).split(/\s+/).length <= 3 && !/\d/.test(text(s)));
  // the raw pages' section menus: the breadcrumb items
  const sections = nav.filter(s => 'line' in s && s.line.startsWith('raw-pages/') && !/الرئيسية|بحث|المحتوى|الطبعة/u.test(text(s)));
  // footer runs: consecutive footer/copyright lines of one page
  const footers: Segment[][] = [];
  for (const f of ['boilerplate.scraped.json']) {
    for (const a of loadLabels<{ source: string; kinds?: Record<string, string> }>(f)?.articles ?? []) {
      let run: Segment[] = [];
      const ks = a.kinds ?? {};
      const flush = () => { if (run.length >= 2) footers.push(run.slice(0, 6)); run = []; };
      for (let n = 1; n < 400; n++) {
        const k = ks[String(n)];
        if (k === 'footer' || k === 'copyright') run.push({ line: a.source, n }); else if (run.length) flush();
      }
      flush();
    }
  }
  // whole promo lines (not one number of an SMS block): Arabic, 2-25 words, no bare phone numbers
  const promos = (byKind.get('promo') ?? []).filter(s => { const w = text(s).split(/\s+/).length; return arabic(s) && w >= 2 && w <= 25 && !/^\d|\d{5}/.test(text(s)); });
  const latinFooters = [...(byKind.get('nav') ?? []), ...(byKind.get('footer') ?? []), ...(byKind.get('copyright') ?? [])]
    .filter(s => !arabic(s) && /[A-Za-z]{3}/.test(text(s)) && text(s).length >= 8);
  const dedupe = (xs: Segment[]) => { const seen = new Set<string>(); return xs.filter(s => { const k = text(s); if (seen.has(k)) return false; seen.add(k); return true; }); };
  return { headlines, nav: dedupe(nav), sections: dedupe(sections), footers, promos: dedupe(promos), latinFooters: dedupe(latinFooters) };
}

const KINDS = ['breadcrumb', 'tags', 'related-list', 'most-read', 'promo', 'view-on', 'nav-top', 'footer', 'related-mid', 'bullets-mid'] as const;

export function generate(seed: number, perOutlet = 10): ComposedArticle[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const P = pools();
  const corpus = loadLabels<{ source: string; outlet: string }>('boilerplate.corpus.json')!;
  const outletOf = (id: string) => (id.startsWith('ant-dev') ? jsonlRecord(id).outlet : 'snn');
  const headlinesFor = (bodyOutlet: string, n: number, cut: boolean): Segment[] => {
    const out: Segment[] = [];
    const seen = new Set<string>();
    while (out.length < n) {
      const id = pick(P.headlines);
      if (seen.has(id) || outletOf(id) === bodyOutlet) continue;
      seen.add(id);
      out.push({ title: id, cut: cut && rand() < 0.5 ? 6 + Math.floor(rand() * 3) : undefined });
    }
    return out;
  };
  const pages: ComposedArticle[] = [];
  for (const outlet of OUTLETS) {
    const bodies = corpus.articles.filter(a => a.outlet === outlet && a.source.startsWith('ant-dev'));
    for (let k = 0; k < perOutlet; k++) {
      const body = bodies[k % bodies.length].source;
      const nBody = bodyLines(body).length;
      const mid = () => 1 + Math.floor(rand() * Math.max(1, nBody - 2));
      // two kinds per page, the first walking through all kinds so each appears about equally often
      const kinds = [KINDS[(pages.length) % KINDS.length], pick(KINDS)];
      const parts: Part[] = [];
      for (const kind of new Set(kinds)) {
        const bullet = pick(BULLETS);
        switch (kind) {
          case 'breadcrumb': {
            const sep = pick(CRUMB_SEPS);
            const items: Segment[] = [{ t: pick(['الرئيسية', 'الصفحة الرئيسية']) }];
            for (let j = 0, n = 1 + Math.floor(rand() * 2); j < n; j++) items.push({ t: sep }, pick(P.sections));
            parts.push({ kind: 'nav', at: 'top', lines: [items] });
            break;
          }
          case 'tags':
            parts.push({ kind: 'tags', at: 'end', lines: [[{ t: pick(TAG_LABELS) }, { tagsOf: body, k: 3 + Math.floor(rand() * 2), sep: pick(['، ', ' - ', ' | ', ', ']) }]] });
            break;
          case 'related-list':
            parts.push({ kind: 'related-list', at: 'end', lines: [[{ t: pick(RELATED_LABELS) }], ...headlinesFor(outlet, 3 + Math.floor(rand() * 3), true).map(h => [{ t: bullet }, h])] });
            break;
          case 'related-mid':
            parts.push({ kind: 'related-list', at: mid(), lines: [[{ t: pick(RELATED_LABELS) }], ...headlinesFor(outlet, 2 + Math.floor(rand() * 3), false).map(h => [{ t: bullet }, h])] });
            break;
          case 'bullets-mid': // an unlabelled list of other stories between two paragraphs
            parts.push({ kind: 'related-list', at: mid(), lines: headlinesFor(outlet, 2 + Math.floor(rand() * 2), false).map(h => [{ t: bullet || '- ' }, h]) });
            break;
          case 'most-read': {
            const hs = headlinesFor(outlet, 5, true);
            const numbered = rand() < 0.4;
            parts.push({ kind: 'most-read', at: 'end', lines: [[{ t: pick(MOST_READ_LABELS) }], ...hs.map((h, j) => [{ t: numbered ? `${j + 1}. ` : bullet }, h])] });
            break;
          }
          case 'promo':
            parts.push({ kind: 'promo', at: rand() < 0.7 ? 'end' : mid(), lines: [[pick(P.promos)]] });
            break;
          case 'view-on':
            parts.push({ kind: 'footer', at: 'end', lines: [[{ t: 'View on ' }, { host: body }], ...(rand() < 0.5 ? [[pick(P.latinFooters)]] : [])] });
            break;
          case 'nav-top': {
            const n = 4 + Math.floor(rand() * 4);
            const start = Math.floor(rand() * Math.max(1, P.nav.length - n));
            parts.push({ kind: 'nav', at: 'top', lines: P.nav.slice(start, start + n).map(s => [s]) });
            break;
          }
          case 'footer':
            parts.push({ kind: 'footer', at: 'end', lines: pick(P.footers).map(s => [s]) });
            break;
        }
      }
      const recipe: Recipe = { body, parts };
      const { kinds: lineKinds } = renderRecipe(recipe);
      const mustFlag: number[] = [];
      const kindsOut: Record<string, string> = {};
      lineKinds.forEach((kd, i) => { if (kd) { mustFlag.push(i + 1); kindsOut[String(i + 1)] = kd; } });
      pages.push({ source: `composed:${outlet}-${k + 1}`, outlet, mustFlag, mayFlag: [], kinds: kindsOut, recipe, note: [...new Set(kinds)].join(' + ') });
    }
  }
  return pages;
}

function main(): void {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20261127;
  if (args.includes('--write')) {
    const articles = generate(seed);
    const file = {
      check: 'boilerplate',
      composed: true,
      labeler: `composed by test/eval/composed.ts (seed ${seed}): every line that comes from a part other than the body is boilerplate by construction; bodies are labelled ANT articles minus the lines their labellers flagged`,
      articles,
    };
    writeFileSync(LABEL_FILE, JSON.stringify(file, null, 1) + '\n');
    console.log(`wrote ${articles.length} composed pages to ${LABEL_FILE}`);
  }
  const showAt = args.indexOf('--show');
  if (showAt >= 0) {
    const id = `composed:${args[showAt + 1]}`;
    const file = JSON.parse(readFileSync(LABEL_FILE, 'utf8')) as { articles: ComposedArticle[] };
    const a = file.articles.find(x => x.source === id);
    if (!a) throw new Error(`no page ${id}`);
    lines(composedText(id)).forEach((l, i) => console.log(`${String(i + 1).padStart(3)} ${a.kinds[String(i + 1)] ?? ''}\t${l}`));
  }
}

if (require.main === module) main();
