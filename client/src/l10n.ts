// The client's few own words, in the display language VS Code runs in (the manifest's are in package.nls*.json).
import * as vscode from 'vscode';

export function t(en: string, ar: string): string {
  return vscode.env.language.toLowerCase().startsWith('ar') ? ar : en;
}
