// Item 3: the batch CLI over the whole corpus (runCli on a temp copy, one thread, in a process of its own: cliProcess.ts),
// against a floor measured in the same process that only finds, reads and tokenises the same files.
import { join } from 'node:path';
import { runCli, type CliIO } from '../server/src/cli/main';
import { expandOperands, readText } from '../server/src/cli/files';
import { tokenize } from '../server/src/arabic/tokenize';
import { CorpusArticle, writeArticles } from './corpus';
import { Row } from './report';
import { MB, inFreshProcess, interleaved, measure, medianSpan } from './stats';

export function benchCli(articles: CorpusArticle[], tmp: string, opts: { quick: boolean; log: (s: string) => void }): Row[] {
  const dir = join(tmp, 'cli-corpus');
  const { files, bytes } = writeArticles(dir, articles);
  let out = 0, err = '';
  const io: CliIO = { stdout: s => { out += s.length; }, stderr: s => { err += s; }, cwd: tmp, env: {}, isTTY: false };
  let code = -1;
  const lintAll = () => { out = 0; err = ''; code = runCli(['--format', 'json', dir], io); };
  const floor = () => {
    for (const f of expandOperands([dir], tmp).files) { const r = readText(f, 50 * MB); if (r.text) tokenize(r.text); }
  };
  // The floor's CPU time depends on what the process holds (the collector works over a bigger heap for the same
  // work), and so does the CLI's: the bench runs all of this in a process of its own (benchCliInProcess), as a user's
  // CLI run is. The floor's 7 samples come first: taken in turns with the CLI's, each side read about 10% slower (the
  // other's garbage collected in its time).
  floor(); // warm-up: JIT, file cache
  const [base] = interleaved([floor], 7);
  const warm = measure(lintAll);
  if (code === 2) throw new Error(`CLI failed: ${err.slice(0, 500)}`);
  // 7 rounds, or 3 while a pass takes over a second (the bench's time budget)
  const [cli] = interleaved([lintAll], opts.quick || warm.cpu > 1000 ? 3 : 7);
  // CPU time: the CLI is single-threaded; its wall time on a shared machine depends on other processes' load.
  const c = medianSpan(cli), b = medianSpan(base);
  const ms = c.cpu, baseMs = b.cpu;
  const mbps = (bytes / MB) / (ms / 1000);
  const ratio = ms / baseMs;
  opts.log(`  CLI: ${mbps.toFixed(1)} MB/s, ${ratio.toFixed(1)}× the floor`);
  const what = `${files.length} files, ${(bytes / MB).toFixed(2)} MB`;
  return [
    {
      item: '3', metric: `CLI throughput, whole corpus (${what}, --format json, own process, 1 thread)`,
      value: `${mbps.toFixed(1)} MB/s (median ${ms.toFixed(0)} ms CPU, wall ${c.wall.toFixed(0)} ms, all threads ${(c.all ?? ms).toFixed(0)} ms)`, target: '≥ 10 MB/s', pass: mbps >= 10,
      data: { files: files.length, bytes, median: c, samples: cli, exitCode: code },
    },
    {
      item: '3', metric: 'CLI time ÷ read+tokenise floor (same files, same run)',
      value: `${ratio.toFixed(1)}× (floor ${baseMs.toFixed(0)} ms CPU = ${((bytes / MB) / (baseMs / 1000)).toFixed(0)} MB/s)`, target: '≤ 5×', pass: ratio <= 5,
      data: { floor: b, samples: base, ratio },
    },
  ];
}

/** benchCli in a fresh process (cliProcess.ts): the figures of a CLI run, not of a heap that holds the other sections'
 * data. */
export function benchCliInProcess(opts: { quick: boolean }): Row[] {
  return inFreshProcess<Row[]>('cliProcess.js', opts.quick ? ['--quick'] : []);
}
