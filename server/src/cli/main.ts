// arabic-news-lint: the command line. Parses arguments, reads files, runs the engine, prints a format, applies --fix.
import { parseArgs } from 'node:util';
import { chmodSync, existsSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  Article, CONFIG_FILE_NAME, Config, ConfigProblem, Finding, allRules, applyEdits, defaultConfig, lint, mergeConfig,
  parseConfigText, safeFixEdits,
} from '../engine';
import { expandOperands, readText } from './files';
import { FileReport, toEslintJson, toSarif, toStylish } from './formats';
import { createCliWorkspace } from './workspace';

const HELP = `Usage: arabic-news-lint [options] <files, folders or globs...>

Lints Arabic news articles: boilerplate blocks, names spelled two ways, letter-form
inconsistencies, unattributed claims.

Options:
  --format stylish|json|sarif   output format (default: stylish)
  --fix                         apply safe fixes in place and say what changed
  --config FILE                 config file (default: nearest ${CONFIG_FILE_NAME})
  --locale en|ar                language of messages (default: en, or ar when LANG starts with ar)
  --no-workspace                lint each file alone (no cross-file checks)
  --quiet                       report errors only
  -h, --help                    show this help
  -v, --version                 show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

export interface CliIO { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string; env: NodeJS.ProcessEnv; isTTY: boolean }

export function version(): string {
  try { return JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).version; } catch { return '0.0.0'; }
}

function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const p = join(dir, CONFIG_FILE_NAME);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** A config file is a few kilobytes of JSON; anything near this size is a mistake. */
const CONFIG_MAX_CHARS = 1_000_000;

export function loadConfig(path: string | undefined, stderr: (s: string) => void): { config: Config; problems: ConfigProblem[]; ok: boolean } {
  if (!path) return { config: defaultConfig(), problems: [], ok: true };
  // read like an article (bounded, UTF-8 checked, regular files only): `--config /dev/zero` must not hang the CLI
  const r = readText(path, CONFIG_MAX_CHARS);
  if (r.text === undefined) {
    stderr(`arabic-news-lint: cannot read config ${path}: ${r.error}\n`);
    return { config: defaultConfig(), problems: [], ok: false };
  }
  const text = r.text;
  const { config, problems } = parseConfigText(text, path);
  for (const p of problems) stderr(`arabic-news-lint: ${p.source}: ${p.key}: ${p.message}\n`);
  return { config: mergeConfig(defaultConfig(), config), problems, ok: true };
}

export function runCli(argv: string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', default: 'stylish' }, fix: { type: 'boolean', default: false },
        config: { type: 'string' }, locale: { type: 'string' }, 'no-workspace': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`arabic-news-lint: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(HELP + '\n'); return 0; }
  if (values.version) { io.stdout(version() + '\n'); return 0; }
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format)) { io.stderr(`arabic-news-lint: unknown --format ${format}; use stylish, json or sarif\n`); return 2; }
  if (!positionals.length) { io.stderr(`arabic-news-lint: no files given\n\n${HELP}\n`); return 2; }
  const locale = values.locale ?? (io.env.LANG?.startsWith('ar') ? 'ar' : 'en');
  if (locale !== 'en' && locale !== 'ar') { io.stderr(`arabic-news-lint: unknown --locale ${locale}; use en or ar\n`); return 2; }

  const configPath = values.config ? resolve(io.cwd, values.config) : findConfigFile(io.cwd);
  const { config, ok } = loadConfig(configPath, io.stderr);
  if (!ok) return 2;

  const { files, errors } = expandOperands(positionals, io.cwd);
  let unreadable = errors.length > 0;
  for (const e of errors) io.stderr(`arabic-news-lint: ${e}\n`);

  const docs: { path: string; text: string; hasBom: boolean; bytes: Uint8Array }[] = [];
  for (const f of files) {
    // A file above maxFileSize is skipped with one message (and exit status 2: it was not checked), never linted half.
    const r = readText(f, config.maxFileSize);
    if (r.error !== undefined || r.text === undefined) { io.stderr(`arabic-news-lint: ${relative(io.cwd, f) || f}: ${r.error}\n`); unreadable = true; continue; }
    docs.push({ path: f, text: r.text, hasBom: !!r.hasBom, bytes: r.bytes! });
  }

  // Each file is segmented once for the index and its first lint (the name mentions are found once), while the texts
  // together stay under a budget; past it, Articles are not kept between the two passes and are made again.
  const useWorkspace = !values['no-workspace'] && docs.length > 1;
  let budget = KEEP_ARTICLES_CHARS;
  const articles = new Map<string, Article>();
  if (useWorkspace) for (const d of docs) if ((budget -= d.text.length) >= 0) articles.set(d.path, new Article(d.text));
  const workspace = useWorkspace ? createCliWorkspace(docs.map(d => ({ uri: d.path, text: d.text, article: articles.get(d.path) })), config) : undefined;
  const lintDoc = (path: string, text: string): FileReport => {
    const kept = articles.get(path);
    articles.delete(path);
    const article = kept?.text === text ? kept : new Article(text);
    const findings = lint(article, config, {
      uri: path, workspace,
      onRuleError: (id, err) => io.stderr(`arabic-news-lint: rule ${id} failed on ${relative(io.cwd, path)}: ${(err as Error)?.stack ?? err}\n`),
    });
    return { filePath: path, text, article, findings };
  };
  // --quiet narrows what is reported, not what --fix applies
  const reported = (r: FileReport): FileReport => (values.quiet ? { ...r, findings: r.findings.filter(f => f.severity === 'error') } : r);

  // JSON is made file by file as each is linted: a file's findings then die young, where kept for one output at the
  // end they outlived every scavenge of the lint pass (about 4 MB of them over the corpus, copied twice each)
  const reports: FileReport[] = [], jsonFiles: string[] = [];
  let errorsFound = false;
  for (const d of docs) {
    let report = lintDoc(d.path, d.text);
    if (values.fix) {
      const fixed = fixUntilStable(report.text, t => lintDoc(d.path, t).findings);
      if (fixed.text !== d.text) {
        const refused = writeFixed(d.path, d.bytes, fixed.text);
        if (refused) {
          io.stderr(`arabic-news-lint: ${relative(io.cwd, d.path) || d.path}: ${refused}; not fixed\n`);
          unreadable = true;
        } else {
          io.stderr(`arabic-news-lint: ${relative(io.cwd, d.path)}: fixed ${fixed.count} problem${fixed.count === 1 ? '' : 's'} (${describeFixes(fixed.byRule)})\n`);
          report = lintDoc(d.path, fixed.text);
        }
      }
    }
    report = reported(report);
    if (report.findings.some(f => f.severity === 'error')) errorsFound = true;
    if (format === 'json') jsonFiles.push(JSON.stringify(toEslintJson([report], locale)[0]));
    else reports.push(report);
  }

  if (format === 'json') io.stdout(`[${jsonFiles.join(',')}]\n`);
  else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(reports, locale, allRules as any, version()), null, 2) + '\n');
  else io.stdout(toStylish(reports.map(r => ({ ...r, filePath: relative(io.cwd, r.filePath) || r.filePath })), locale, io.isTTY));

  if (unreadable) return 2;
  return errorsFound ? 1 : 0;
}

/** Text (UTF-16 code units) of the files whose Articles the CLI keeps from indexing to linting: segmented text takes
 * several times its size in memory, so a run over a large tree re-segments the rest instead. */
const KEEP_ARTICLES_CHARS = 32_000_000;

/** Apply safe fixes, re-lint, repeat until nothing changes (a fix can reveal another); bounded so it always ends. */
export function fixUntilStable(text: string, lintText: (t: string) => Finding[]): { text: string; count: number; byRule: Map<string, number> } {
  let count = 0;
  const byRule = new Map<string, number>();
  for (let pass = 0; pass < 10; pass++) {
    const findings = lintText(text);
    const edits = safeFixEdits(findings);
    if (!edits.length) break;
    const res = applyEdits(text, edits);
    if (res.text === text) break;
    for (const f of findings) if (f.fixes.some(x => x.safe && x.edits.some(e => res.applied.includes(e)))) { count++; byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1); }
    text = res.text;
  }
  return { text, count, byRule };
}

function describeFixes(byRule: Map<string, number>): string {
  return [...byRule].map(([r, n]) => `${r} ×${n}`).join(', ');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Write the fixed text over the file that was linted, unless the file changed or went away since it was read (an editor
 * saved it, a sync tool replaced it): then the user's newer words win and the reason is returned. Writes through a
 * temporary file and a rename, so an interrupted --fix never leaves half a file; keeps the file's permissions, and
 * writes to a symlink's target rather than replacing the link. */
export function writeFixed(path: string, original: Uint8Array, text: string): string | undefined {
  let target: string;
  let mode: number;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
    if (!sameBytes(new Uint8Array(readFileSync(target) as unknown as ArrayBufferLike), original)) return 'changed on disk while it was linted';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'was deleted while it was linted' : `cannot check it before writing (${code ?? (e as Error).message})`;
  }
  const tmp = `${target}.arabic-news-lint.tmp`;
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode });
    chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* nothing to clean */ }
    return `cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return undefined;
}

if (require.main === module) {
  const code = runCli(process.argv.slice(2), {
    stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s), cwd: process.cwd(), env: process.env,
    isTTY: !!process.stdout.isTTY,
  });
  process.exitCode = code;
}
