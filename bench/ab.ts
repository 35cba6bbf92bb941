// Two or more builds of the engine on the bench's 1 MB text, in ONE process, run alternately (forward, then
// backward order each round), reporting each build's median JS-thread CPU time and its ratio to the first's. The
// machine's speed drifts by 10–20% within a day (the same code read 144 ms, then 157–173 ms, on the 1 MB row): a
// figure from one run against a figure from another says little, an alternated pair in one process much more.
//   node out/bench/ab.js [--rounds 11] <checkout or build dir> <checkout or build dir> ...
//   node out/bench/ab.js --cli [--rounds 7] <A> <B> ...   (the batch CLI over the whole corpus instead, as item 3)
//   node out/bench/ab.js --articles [--rounds 7] <A> <B> ...   (every corpus article linted from its text against
//   the corpus index, as the editor lints and as item 6 measures "ours")
// The builds are measured in two processes, in the given order and reversed, and each ratio is the geometric mean of
// the two: in one process the build loaded first reads 10–20% apart from the same code loaded second on the CLI
// (heap layout and GC over the other build's data), so one order alone was a bias, not noise.
//   prints per build: median ms in the given order / in the reversed order, and the ratio to the first build.
// Each argument is a checkout whose `out/` is built (npx tsc -b), or that `out/` itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MB, median, threadCpuNow } from './stats';
import { buildBigText, loadCorpus, typicalArticles, writeArticles } from './corpus';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string' }, cli: { type: 'boolean', default: false }, articles: { type: 'boolean', default: false }, child: { type: 'boolean', default: false } } });
const rounds = Number(values.rounds ?? (values.cli || values.articles ? 7 : 11));
if (positionals.length < 2 || !(rounds > 0)) {
  console.error('usage: node out/bench/ab.js [--cli] [--rounds N] <build A> <build B> ...');
  process.exit(2);
}
if (!values.child) { bothOrders(); process.exit(0); }

/** Runs this script as a child in each order of the builds and prints each build's ratio to the first. */
function bothOrders(): void {
  const flags = [...(values.cli ? ['--cli'] : []), ...(values.articles ? ['--articles'] : []), '--rounds', String(rounds), '--child'];
  const medians = (order: string[]): Map<string, number> => {
    const r = spawnSync(process.execPath, [__filename, ...flags, ...order], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`ab child failed (${r.status})`);
    return new Map(JSON.parse(r.stdout) as [string, number][]);
  };
  const fwd = medians(positionals), back = medians([...positionals].reverse());
  const [first] = positionals;
  for (const p of positionals) {
    const ratio = Math.sqrt((fwd.get(p)! / fwd.get(first)!) * (back.get(p)! / back.get(first)!));
    console.log(`${fwd.get(p)!.toFixed(1)} / ${back.get(p)!.toFixed(1)} ms  ×${ratio.toFixed(3)}  ${p}`);
  }
}

const outOf = (p: string) => { const d = resolve(p); return existsSync(join(d, 'out/server/src/engine')) ? join(d, 'out') : d; };
const articles = loadCorpus();
const text = values.cli || values.articles ? '' : buildBigText(articles, 1 * MB);
const tmp = values.cli ? mkdtempSync(join(tmpdir(), 'ab-cli-')) : '';
if (values.cli) { writeArticles(join(tmp, 'corpus'), articles); process.on('exit', () => rmSync(tmp, { recursive: true, force: true })); }
const runs = positionals.map(p => {
  const out = outOf(p);
  if (values.cli) {
    const { runCli } = require(join(out, 'server/src/cli/main'));
    const io = { stdout: (_: string) => {}, stderr: (_: string) => {}, cwd: tmp, env: {}, isTTY: false };
    return () => runCli(['--format', 'json', join(tmp, 'corpus')], io);
  }
  /* eslint-disable @typescript-eslint/no-var-requires */
  const engine = require(join(out, 'server/src/engine'));
  const { corpusIndex } = require(join(out, 'bench/corpus'));
  const config = engine.defaultConfig(), context = { workspace: corpusIndex(articles) };
  // the bench's state: the corpus indexed, every typical article linted twice
  for (let w = 0; w < 2; w++) for (const a of typicalArticles(articles)) engine.lint(a.text, config, { ...context, uri: a.id });
  if (values.articles) return () => { let n = 0; for (const a of articles) n += engine.lint(a.text, config, { ...context, uri: a.id }).length; return n; };
  return () => engine.lint(new engine.Article(text), config, context).length;
});
for (let w = 0; w < 3; w++) runs.forEach(f => f());
const times: number[][] = runs.map(() => []);
for (let r = 0; r < rounds; r++) {
  const order = runs.map((_, i) => i);
  if (r % 2) order.reverse();
  for (const i of order) { const t = threadCpuNow(); runs[i](); times[i].push(threadCpuNow() - t); }
}
console.log(JSON.stringify(positionals.map((p, i) => [p, median(times[i])])));
