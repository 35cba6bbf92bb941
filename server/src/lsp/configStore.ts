// The configuration each document is linted with: defaults < editor settings < the .arabic-news-lint.json at the
// root of the document's workspace folder. Both layers are reloaded while the server runs; a broken layer
// contributes what validated and reports the rest as problems, never a crash.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, mergeConfig, parseConfigText, type Config, type ConfigProblem, type DeepPartial } from '../engine/config';
import { readSettings, type ReadSettings, type ServerSettings } from './settings';
import { isUnder, pathToUri, uriToPath } from './uris';
import { JsonSyntaxError, parseJsonTree } from './jsonDocument';

export interface ConfigFileState {
  folderPath: string;
  filePath: string;
  uri: string;
  exists: boolean;
  /** The file's text as last read (kept for locating problems and building edits; config files are small). */
  text: string;
  layer: DeepPartial<Config>;
  problems: ConfigProblem[];
  /** Offset of a JSON syntax error, when the file does not parse. */
  syntaxErrorAt?: number;
}

export type Locale = 'ar' | 'en';

export class ConfigStore {
  private settings: ReadSettings = readSettings(undefined);
  private readonly files = new Map<string, ConfigFileState>();
  private folderPaths: string[] = [];
  private readonly merged = new Map<string, Config>();
  private trustedWorkspace = true;
  /** Bumped on every change: lint results computed under an older epoch are stale. */
  epoch = 0;

  constructor(private clientLocale = 'en') {}

  setClientLocale(locale: string | undefined): void { this.clientLocale = locale ?? 'en'; this.changed(); }

  setFolders(folderUris: string[]): void {
    this.folderPaths = folderUris.map(uriToPath).filter((p): p is string => !!p)
      // the deepest folder wins for nested workspace folders
      .sort((a, b) => b.length - a.length);
    for (const k of [...this.files.keys()]) if (!this.folderPaths.includes(k)) this.files.delete(k);
    this.changed();
  }

  get folders(): readonly string[] { return this.folderPaths; }

  /** False in restricted mode (an untrusted workspace): the workspace's config files are neither read nor written,
   * and documents are linted with the defaults and the editor's settings only (docs/security.md). */
  get trusted(): boolean { return this.trustedWorkspace; }
  setTrusted(trusted: boolean): void {
    if (trusted === this.trustedWorkspace) return;
    this.trustedWorkspace = trusted;
    if (!trusted) this.files.clear();
    this.changed();
  }
  get server(): ServerSettings { return this.settings.server; }
  get settingsProblems(): ConfigProblem[] { return this.settings.problems; }

  /** Apply the editor's settings object (section arabicNewsLint); undefined means the editor sent none. */
  setSettings(raw: unknown): ConfigProblem[] {
    this.settings = readSettings(raw);
    this.changed();
    return this.settings.problems;
  }

  /** (Re)read every folder's config file. */
  async reloadAll(): Promise<void> {
    if (!this.trustedWorkspace) return;
    await Promise.all(this.folderPaths.map(f => this.reloadFolder(f)));
  }

  /** The workspace config files that exist (checked, not read): what restricted mode tells the user it ignores. */
  async existingConfigFiles(): Promise<string[]> {
    const found = await Promise.all(this.folderPaths.map(async f => {
      const p = path.join(f, CONFIG_FILE_NAME);
      try { await fs.access(p); return p; } catch { return undefined; }
    }));
    return found.filter((p): p is string => !!p);
  }

  /** (Re)read one folder's config file. Returns the new state. */
  async reloadFolder(folderPath: string): Promise<ConfigFileState> {
    if (!this.trustedWorkspace) return emptyState(folderPath);
    const filePath = path.join(folderPath, CONFIG_FILE_NAME);
    let text = '';
    let exists = true;
    try { text = await fs.readFile(filePath, 'utf8'); } catch { exists = false; }
    const state: ConfigFileState = { folderPath, filePath, uri: pathToUri(filePath), exists, text, layer: {}, problems: [] };
    if (exists) {
      const parsed = parseConfigText(text, filePath);
      state.layer = parsed.config;
      state.problems = parsed.problems;
      if (parsed.problems.some(p => p.key === '(file)')) {
        try { parseJsonTree(text); } catch (e) { if (e instanceof JsonSyntaxError) state.syntaxErrorAt = e.offset; }
      }
    }
    this.files.set(folderPath, state);
    this.changed();
    return state;
  }

  /** The folder a config file path belongs to, if it is one of ours. */
  folderOfConfigFile(filePath: string): string | undefined {
    const dir = path.dirname(path.normalize(filePath));
    return path.basename(filePath) === CONFIG_FILE_NAME ? this.folderPaths.find(f => f === dir) : undefined;
  }

  folderOf(docUri: string): string | undefined {
    const p = uriToPath(docUri);
    return p ? this.folderPaths.find(f => isUnder(p, f)) : undefined;
  }

  /** The config file that governs `docUri` (even if it does not exist yet); undefined outside workspace folders. */
  configFileFor(docUri: string): ConfigFileState | undefined {
    if (!this.trustedWorkspace) return undefined;
    const folder = this.folderOf(docUri) ?? (this.folderPaths.length === 1 && !docUri.startsWith('file:') ? this.folderPaths[0] : undefined);
    if (!folder) return undefined;
    return this.files.get(folder) ?? emptyState(folder);
  }

  fileStates(): ConfigFileState[] { return [...this.files.values()]; }

  configFor(docUri: string): Config {
    // untrusted: every document gets the one config of defaults and settings (no file is read)
    const folder = this.configFileFor(docUri)?.folderPath ?? '';
    let c = this.merged.get(folder);
    if (!c) {
      const fileLayer = this.files.get(folder)?.layer ?? {};
      c = mergeConfig(defaultConfig(), this.settings.layer, fileLayer);
      this.merged.set(folder, c);
    }
    return c;
  }

  /** The language of messages: the config's locale when fixed, else the editor's display language. */
  localeOf(config: Config): Locale {
    const l = config.locale === 'auto' ? this.clientLocale : config.locale;
    return l.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  }

  private changed(): void {
    this.merged.clear();
    this.epoch++;
  }
}

function emptyState(folderPath: string): ConfigFileState {
  const filePath = path.join(folderPath, CONFIG_FILE_NAME);
  return { folderPath, filePath, uri: pathToUri(filePath), exists: false, text: '', layer: {}, problems: [] };
}
