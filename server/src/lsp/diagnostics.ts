// Findings → LSP diagnostics. The finding stays the source of truth: a diagnostic carries in `data` only what
// identifies its finding (rule, fingerprint, offsets, version), and code actions look the finding up again.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localize } from '../engine/locale';
import type { Finding, Localized, RelatedLocation, Severity } from '../engine/types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './protocol';
import { ruleDocsUrl } from './links';
import type { Locale } from './configStore';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(s: Severity): DiagnosticSeverity { return SEVERITY[s]; }

/** Positions in documents other than the linted one: open documents by their text, others by line only. */
export type DocumentLookup = (uri: string) => TextDocument | undefined;

export function findingToDiagnostic(f: Finding, doc: TextDocument, locale: Locale, lookup: DocumentLookup): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, fingerprint: f.fingerprint, version: doc.version, start: f.start, end: f.end };
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    message: localize(f.message, locale),
    data,
  };
  if (f.related?.length) d.relatedInformation = f.related.map(r => relatedInfo(r, doc, locale, lookup));
  return d;
}

function relatedInfo(r: RelatedLocation, doc: TextDocument, locale: Locale, lookup: DocumentLookup): DiagnosticRelatedInformation {
  const uri = r.uri || doc.uri;
  const target = uri === doc.uri ? doc : lookup(uri);
  let range: Range;
  if (target && r.start !== undefined) range = { start: target.positionAt(r.start), end: target.positionAt(r.end ?? r.start) };
  else {
    // Without offsets into an open document only the line is known. types.ts does not say its base; we read it as
    // 0-based like the engine's Position (Article.positionAt).
    const line = Math.max(0, r.line ?? 0);
    range = { start: { line, character: 0 }, end: { line, character: 0 } };
  }
  return { location: { uri, range }, message: localize(r.message, locale) };
}

/** The one message shown instead of findings when a document is not linted (too large, binary). */
export function noticeDiagnostic(message: Localized, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: localize(message, locale),
  };
}
