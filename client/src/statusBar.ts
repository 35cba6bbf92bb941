// The status-bar item: the active file's Arabic News Lint findings per severity, with a per-rule tooltip. Hidden
// for files the server does not lint, so it costs no space in a code or English-only editor.
import * as vscode from 'vscode';
import { detectArabicShare } from '../../server/src/engine/locale';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { t } from './l10n';

const ICONS: [vscode.DiagnosticSeverity, string][] = [
  [vscode.DiagnosticSeverity.Error, '$(error)'],
  [vscode.DiagnosticSeverity.Warning, '$(warning)'],
  [vscode.DiagnosticSeverity.Information, '$(info)'],
  [vscode.DiagnosticSeverity.Hint, '$(lightbulb)'],
];
const SEVERITY_NAME: Record<vscode.DiagnosticSeverity, [string, string]> = {
  [vscode.DiagnosticSeverity.Error]: ['error', 'خطأ'],
  [vscode.DiagnosticSeverity.Warning]: ['warning', 'تحذير'],
  [vscode.DiagnosticSeverity.Information]: ['info', 'معلومة'],
  [vscode.DiagnosticSeverity.Hint]: ['hint', 'تلميح'],
};

/** Same test as the server's: arabic-news always, plain text when most letters are Arabic. */
export function isArabicDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  return doc.languageId === 'plaintext' && detectArabicShare(doc.getText()) > 0.5;
}

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('arabicNewsLint.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Arabic News Lint';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(e => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some(u => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument(e => {
        // a plain-text file can become (or stop being) Arabic as it is typed
        if (e.document === vscode.window.activeTextEditor?.document && e.document.languageId === 'plaintext') this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const ours = doc ? vscode.languages.getDiagnostics(doc.uri).filter(d => d.source === DIAGNOSTIC_SOURCE) : [];
    if (!doc || (!ours.length && !isArabicDocument(doc))) { this.item.hide(); return; }
    const bySeverity = new Map<vscode.DiagnosticSeverity, number>();
    const byRule = new Map<string, Map<vscode.DiagnosticSeverity, number>>();
    for (const d of ours) {
      bySeverity.set(d.severity, (bySeverity.get(d.severity) ?? 0) + 1);
      const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '—');
      const m = byRule.get(rule) ?? new Map();
      m.set(d.severity, (m.get(d.severity) ?? 0) + 1);
      byRule.set(rule, m);
    }
    const parts = ICONS.filter(([s]) => bySeverity.get(s)).map(([s, icon]) => `${icon} ${bySeverity.get(s)}`);
    this.item.text = parts.length ? parts.join(' ') : '$(check)';
    const tooltip = new vscode.MarkdownString(`**Arabic News Lint**\n\n`);
    if (!ours.length) tooltip.appendMarkdown(t('No findings in this file', 'لا ملاحظات في هذا الملف'));
    for (const [rule, counts] of [...byRule].sort()) {
      const detail = ICONS.filter(([s]) => counts.get(s)).map(([s]) => `${counts.get(s)} ${t(...SEVERITY_NAME[s])}`).join(', ');
      tooltip.appendMarkdown(`- \`${rule}\`: ${detail}\n`);
    }
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
