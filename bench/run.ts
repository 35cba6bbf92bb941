// npm run bench: every measure of issue 7 in one process, on the real corpus and texts built from it. Prints a
// table (metric, value, target, pass/fail), writes bench/results/latest.json and the figures in BENCHMARKS.md.
//
//   node out/bench/run.js [--only engine,cli,lsp,workspace,textlint] [--quick] [--no-write]
//
// --only runs some sections (for profiling: node --cpu-prof out/bench/run.js --only engine); --quick takes fewer
// samples; --no-write leaves latest.json and BENCHMARKS.md alone. Exit status 1 when a target is missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allRules } from '../server/src/engine';
import { corpusIndex, loadCorpus } from './corpus';
import { benchEngine } from './engine';
import { benchCliInProcess } from './cli';
import { benchTextlint } from './textlint';
import { benchLsp } from './lsp';
import { benchWorkspace } from './workspace';
import { Row, formatTable, machine, updateBenchmarksMd, writeResults } from './report';

const SECTIONS = ['engine', 'cli', 'lsp', 'workspace', 'textlint'] as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false } },
  });
  const only = new Set(values.only ? values.only.split(',') : SECTIONS);
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`unknown section ${s}; use ${SECTIONS.join(', ')}`);
  const quick = values.quick!;
  const started = new Date();
  const t0 = Date.now();
  const loadStart = loadavg()[0];
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const tmp = mkdtempSync(join(tmpdir(), 'anl-bench-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const articles = loadCorpus();
    log(`corpus: ${articles.length} articles, ${(articles.reduce((s, a) => s + a.bytes, 0) / 1e6).toFixed(2)} MB; rules: ${allRules.map(r => r.id).join(', ')}`);
    // The cross-file view every surface lints with: the whole corpus indexed.
    const index = corpusIndex(articles);
    const context = { workspace: index };
    const section = async (name: typeof SECTIONS[number], fn: () => Row[] | Promise<Row[]>) => {
      if (!only.has(name)) return;
      log(`[${name}]`);
      const s0 = Date.now();
      try { rows.push(...await fn()); } catch (e) {
        rows.push({ item: name, metric: `${name} section failed`, value: String((e as Error).message ?? e).slice(0, 200), target: 'runs', pass: false });
        log(`  failed: ${(e as Error).stack ?? e}`);
      }
      log(`  (${((Date.now() - s0) / 1000).toFixed(1)} s)`);
    };
    await section('engine', () => benchEngine(articles, { quick, workspace: index, log }));
    // (in a process of its own: a CLI run's heap holds none of the other sections' data)
    await section('cli', () => benchCliInProcess({ quick }));
    await section('lsp', () => benchLsp(articles, tmp, { quick, log, notes }));
    await section('workspace', () => benchWorkspace(articles, tmp, { quick, log, notes }));
    await section('textlint', () => benchTextlint(articles, tmp, context, { quick, log }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const m = machine();
  const seconds = (Date.now() - t0) / 1000;
  notes.unshift(`Load average (1 min) on this ${m.nproc}-core machine: ${loadStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end; above ${m.nproc}, other processes competed with the bench and the wall times (section 4, the server in 5) are inflated.`);
  process.stdout.write(`\n${formatTable(rows)}\n\n${m.nproc} cores, ${m.cpu}, Node ${m.node}; ${seconds.toFixed(0)} s\n${notes.map(n => `- ${n}\n`).join('')}`);
  if (!values['no-write'] && only.size === SECTIONS.length) {
    const info = { startedAt: started.toISOString(), seconds, command: 'npm run bench', argv: process.argv.slice(2), rules: allRules.map(r => r.id), notes };
    const json = writeResults(rows, m, info);
    const md = updateBenchmarksMd(rows, m, info);
    process.stdout.write(`wrote ${json} and ${md}\n`);
  }
  return rows.some(r => r.pass === false) ? 1 : 0;
}

main().then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 2; });
