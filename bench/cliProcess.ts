// Item 3 in a process of its own (run by cli.ts benchCliInProcess): the batch CLI and its floor measured as a user's CLI
// run has them, with nothing else in the heap. Run inside the bench's own process, after the engine section had
// indexed the corpus, the floor read 50–60 ms and not 29–30 (the collector working over that index), which moved the
// ratio from ~8.5× to ~5× with no change of code. Prints the rows as one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCli } from './cli';
import { loadCorpus } from './corpus';

const tmp = mkdtempSync(join(tmpdir(), 'anl-bench-cli-'));
try {
  const rows = benchCli(loadCorpus(), tmp, { quick: process.argv.includes('--quick'), log: s => process.stderr.write(`${s}\n`) });
  process.stdout.write(JSON.stringify(rows) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
