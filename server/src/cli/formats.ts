// Output formats: stylish (people), json (ESLint's formatter shape), sarif (code-scanning tools).
import { Article, Finding, localize } from '../engine';

export interface FileReport { filePath: string; text: string; findings: Finding[]; article: Article }

const SEV_NUM: Record<string, 1 | 2> = { error: 2, warning: 1, info: 1, hint: 1 };

export function toEslintJson(reports: FileReport[], locale: string): unknown[] {
  return reports.map(r => {
    const messages = r.findings.map(f => {
      const s = r.article.positionAt(f.start), e = r.article.positionAt(f.end);
      const safe = f.fixes.find(x => x.safe && !x.configEdit && x.edits.every(ed => !ed.uri) && fitsOneRange(x.edits));
      // ESLint suggestions belong to one message: document-wide fixes (every occurrence) are left to --fix and the
      // editor, else each message would carry a copy of most of the file (a 5 MB line ran the CLI out of memory).
      const suggestions = f.fixes.filter(x => x !== safe && !x.configEdit && x.edits.length && x.edits.every(ed => !ed.uri) &&
        x.scope !== 'document' && x.scope !== 'workspace' && fitsOneRange(x.edits))
        .map(x => ({ desc: localize(x.title, locale), fix: mergedFix(r.text, x.edits) }));
      return {
        ruleId: f.ruleId,
        severity: SEV_NUM[f.severity],
        message: localize(f.message, locale),
        line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1,
        ...(safe ? { fix: mergedFix(r.text, safe.edits) } : {}),
        ...(suggestions.length ? { suggestions } : {}),
        ...(f.kind ? { kind: f.kind } : {}),
        // (ESLint's severity has no information or hint: our own level beside it, as SARIF names it)
        level: f.severity,
      };
    });
    return {
      filePath: r.filePath,
      messages,
      suppressedMessages: [],
      errorCount: messages.filter(m => m.severity === 2).length,
      fatalErrorCount: 0,
      warningCount: messages.filter(m => m.severity === 1).length,
      fixableErrorCount: messages.filter(m => m.severity === 2 && m.fix).length,
      fixableWarningCount: messages.filter(m => m.severity === 1 && m.fix).length,
      usedDeprecatedRules: [],
    };
  });
}

/** Longest span one ESLint fix may replace: a merged fix repeats the text between its edits. */
export const MAX_ESLINT_FIX_SPAN = 10_000;

function fitsOneRange(edits: readonly { start: number; end: number }[]): boolean {
  if (!edits.length) return false;
  let lo = Infinity, hi = -Infinity;
  for (const e of edits) { lo = Math.min(lo, e.start); hi = Math.max(hi, e.end); }
  return hi - lo <= MAX_ESLINT_FIX_SPAN;
}

/** ESLint's fix is one range: several edits become one replacement of the span they cover, keeping the text between. */
function mergedFix(text: string, edits: { start: number; end: number; newText: string }[]): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '', pos = sorted[0].start;
  for (const e of sorted) { out += text.slice(pos, e.start) + e.newText; pos = e.end; }
  return { range: [sorted[0].start, pos], text: out };
}

export function toSarif(reports: FileReport[], locale: string, rules: { id: string; description: { en: string; ar: string }; docs: string }[], version: string): unknown {
  const level = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'arabic-news-lint', version, informationUri: 'https://example.invalid/arabic-news-lint',
        rules: rules.map(r => ({ id: r.id, shortDescription: { text: localize(r.description, locale) }, helpUri: r.docs })) } },
      results: reports.flatMap(r => r.findings.map(f => {
        const s = r.article.positionAt(f.start), e = r.article.positionAt(f.end);
        return {
          ruleId: f.ruleId, level: level(f.severity), message: { text: localize(f.message, locale) },
          partialFingerprints: { arabicNewsLint: f.fingerprint },
          locations: [{ physicalLocation: { artifactLocation: { uri: r.filePath },
            region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start } } }],
        };
      })),
      columnKind: 'utf16CodeUnits',
    }],
  };
}

export function toStylish(reports: FileReport[], locale: string, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let errors = 0, warnings = 0, infos = 0, hints = 0;
  for (const r of reports) {
    if (!r.findings.length) continue;
    lines.push('', c('4', r.filePath));
    for (const f of r.findings) {
      const p = r.article.positionAt(f.start);
      const sev = f.severity === 'error' ? c('31', 'error') : f.severity === 'warning' ? c('33', 'warning') : f.severity === 'hint' ? c('2', 'hint') : c('36', 'info');
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else if (f.severity === 'hint') hints++; else infos++;
      // Bidi isolates keep an Arabic message from reordering the columns around it in a terminal.
      lines.push(`  ${String(p.line + 1).padStart(4)}:${String(p.character + 1).padEnd(4)} ${sev.padEnd(color ? 16 : 7)} \u2068${localize(f.message, locale)}\u2069  ${c('2', f.ruleId)}`);
    }
  }
  const total = errors + warnings + infos + hints;
  if (total) lines.push('', c(errors ? '31' : '33', `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info${hints ? `, ${hints} hint${hints === 1 ? '' : 's'}` : ''})`));
  return lines.join('\n') + (lines.length ? '\n' : '');
}
