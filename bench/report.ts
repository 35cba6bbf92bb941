// The bench's output: rows of (metric, value, target, pass/fail), printed as a table, written as JSON to
// bench/results/latest.json (git-ignored) and as the figures section of BENCHMARKS.md (committed).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

export interface Row {
  /** Issue 7 item this row measures (1–6), or 'info' for context that has no target. */
  item: string;
  metric: string;
  value: string;
  target: string;
  /** undefined: informational, no target. */
  pass?: boolean;
  /** Raw numbers behind the value, for latest.json. */
  data?: Record<string, unknown>;
}

export interface Machine { nproc: number; cpu: string; node: string; platform: string; memGiB: number }

export function machine(): Machine {
  let nproc = cpus().length;
  try { nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc; } catch { /* keep os.cpus() */ }
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch { /* not Linux */ }
  const memGiB = Math.round(require('node:os').totalmem() / 2 ** 30);
  return { nproc, cpu, node: process.version, platform: `${process.platform}-${process.arch}`, memGiB };
}

export function statusOf(r: Row): string {
  return r.pass === undefined ? 'info' : r.pass ? 'PASS' : 'FAIL';
}

export function formatTable(rows: Row[]): string {
  const head = ['#', 'metric', 'value', 'target', 'result'];
  const body = rows.map(r => [r.item, r.metric, r.value, r.target, statusOf(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map(b => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), widths.map(w => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function markdownTable(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return ['| # | metric | value | target | result |', '|---|---|---|---|---|',
    ...rows.map(r => `| ${r.item} | ${esc(r.metric)} | ${esc(r.value)} | ${esc(r.target)} | ${statusOf(r)} |`)].join('\n');
}

export interface RunInfo { startedAt: string; seconds: number; command: string; argv: string[]; rules: string[]; notes: string[] }

export function writeResults(rows: Row[], m: Machine, info: RunInfo): string {
  const dir = join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'latest.json');
  writeFileSync(path, JSON.stringify({ ...info, machine: m, rows }, null, 2) + '\n');
  return path;
}

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Replace the generated section of BENCHMARKS.md, keeping whatever people wrote around it. */
export function updateBenchmarksMd(rows: Row[], m: Machine, info: RunInfo): string {
  const path = join(REPO_ROOT, 'BENCHMARKS.md');
  const section = [
    BEGIN,
    `Latest run: ${info.startedAt.slice(0, 16).replace('T', ' ')} UTC, \`${info.command}\`${info.argv.length ? ` (arguments: \`${info.argv.join(' ')}\`)` : ''}, ${info.seconds.toFixed(0)} s in all.`,
    '',
    `Machine: \`nproc\` = ${m.nproc}, ${m.cpu}, ${m.memGiB} GiB, Node ${m.node} (${m.platform}).`,
    '',
    `Rules run: ${info.rules.map(r => `\`${r}\``).join(', ') || '(none registered)'}.`,
    '',
    markdownTable(rows),
    ...(info.notes.length ? ['', ...info.notes.map(n => `- ${n}`)] : []),
    END,
  ].join('\n');
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const a = old.indexOf(BEGIN), b = old.indexOf(END);
  const next = a >= 0 && b > a ? old.slice(0, a) + section + old.slice(b + END.length) : `${old.trimEnd()}${old ? '\n\n' : ''}${section}\n`;
  writeFileSync(path, next);
  return path;
}
