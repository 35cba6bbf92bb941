// Editor settings (section arabicNewsLint) → a config layer for the engine plus the server's own knobs.
// VS Code hands over every key with its default filled in; other editors send a partial object or nothing.
import { validateConfig, type Config, type ConfigProblem, type DeepPartial } from '../engine/config';

export interface ServerSettings {
  /** Quiet time after the last keystroke before a document is linted. */
  debounceMs: number;
  /** Upper bound on files the workspace index reads; 0 turns indexing off. */
  maxWorkspaceFiles: number;
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = { debounceMs: 200, maxWorkspaceFiles: 2000 };

export interface ReadSettings { layer: DeepPartial<Config>; server: ServerSettings; problems: ConfigProblem[] }

export function readSettings(raw: unknown): ReadSettings {
  const server = { ...DEFAULT_SERVER_SETTINGS };
  const problems: ConfigProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { layer: {}, server, problems };
  // `trace` belongs to the client library (arabicNewsLint.trace.server), not to us
  const { debounceMs, workspace, trace: _trace, ...engineKeys } = withoutNulls(raw as Record<string, unknown>) as Record<string, unknown>;
  if (debounceMs !== undefined) {
    if (typeof debounceMs === 'number' && debounceMs >= 0 && debounceMs <= 10_000) server.debounceMs = debounceMs;
    else problems.push({ source: 'settings', key: 'debounceMs', message: 'expected a number of milliseconds between 0 and 10000' });
  }
  if (workspace !== undefined) {
    const maxFiles = (workspace as Record<string, unknown>)?.maxFiles;
    if (maxFiles === undefined) { /* nothing set */ }
    else if (Number.isInteger(maxFiles) && (maxFiles as number) >= 0) server.maxWorkspaceFiles = maxFiles as number;
    else problems.push({ source: 'settings', key: 'workspace.maxFiles', message: 'expected a whole number ≥ 0' });
  }
  const v = validateConfig(engineKeys, 'settings');
  return { layer: v.config, server, problems: [...problems, ...v.problems] };
}

/** VS Code reports unset object settings as null; they mean "not set", not "invalid". */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [k, withoutNulls(x)]));
  }
  return v;
}
