// Starts a real VS Code (code-server 4.139.1, installed by test/e2e/setup.sh)
// in an isolated scratch profile, installs .vsix files into it, writes user
// settings, and opens it in Debian's headless Chromium through playwright-core.
//
// Everything code-server, its extension hosts and language servers write goes
// under one scratch folder (HOME, XDG_*, TMPDIR, --user-data-dir,
// --extensions-dir, --config); it runs in its own process group and stop()
// kills that group, so no extension host outlives the test.
//
//   import { startCodeServer, launchBrowser, openWorkbench } from './codeServer.mjs';
//   const server = await startCodeServer({ vsix: [vsixPath], settings: { ... } });
//   const browser = await launchBrowser();
//   const page = await openWorkbench(browser, server, workspaceDir);
//   ...
//   await browser.close(); await server.stop();

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const TOOLS_DIR = process.env.E2E_TOOLS_DIR || path.join(E2E_DIR, '.tools');
export const NODE24 = path.join(TOOLS_DIR, 'node24/node_modules/node/bin/node');
export const CODE_SERVER_ENTRY = path.join(TOOLS_DIR, 'cs/node_modules/code-server/out/node/entry.js');
export const VSCE_ENTRY = path.join(TOOLS_DIR, 'cs/node_modules/@vscode/vsce/vsce');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const SCREENSHOTS_DIR = path.join(E2E_DIR, 'screenshots');

/** Settings written into every fresh profile (caller's settings win). They keep
 *  the workbench quiet and deterministic: no welcome page, no trust prompt, no
 *  gallery/update look-ups (there is no network), no minimap, no chat panel. */
export const DEFAULT_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'files.simpleDialog.enable': true,
  'window.confirmBeforeClose': 'never',
});

const exists = (p) => fs.existsSync(p);

function assertToolsInstalled() {
  for (const [what, p] of [['Node 24', NODE24], ['code-server', CODE_SERVER_ENTRY], ['chromium', CHROMIUM]]) {
    if (!exists(p)) throw new Error(`${what} not found at ${p}: run bash test/e2e/setup.sh`);
  }
}

/** A free TCP port on 127.0.0.1 (asks the kernel, then releases it). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value (which is returned) or time runs out. */
export async function waitUntil(fn, { timeout = 15000, interval = 200, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last, lastErr;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
      lastErr = undefined;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      const why = lastErr ? `: last error ${lastErr.message}` : last !== undefined ? `: last value ${JSON.stringify(last)}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await sleep(interval);
  }
}

// ---------------------------------------------------------------- cleanup --
// code-server process groups still alive when this process exits (a failed
// test, Ctrl+C, node --test's timeout SIGTERM) are killed synchronously.
const liveGroups = new Set();
const scratchDirs = new Set(); // removed at exit too (unless kept)
let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const killAll = () => {
    for (const pgid of liveGroups) {
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
    }
    liveGroups.clear();
    for (const d of scratchDirs) {
      try { fs.rmSync(d, { recursive: true, force: true }); } catch { /* best effort */ }
    }
    scratchDirs.clear();
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => { killAll(); process.exit(128 + (os.constants.signals[sig] || 0)); });
  }
}

/** Pids of live processes whose process group is pgid (zombies excluded). */
export function processesInGroup(pgid) {
  const out = [];
  for (const ent of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(ent)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${ent}/stat`, 'utf8');
      // fields after the ")" closing comm: state ppid pgrp ...
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(rest[2]) === pgid && rest[0] !== 'Z') out.push(Number(ent));
    } catch { /* raced with exit */ }
  }
  return out;
}

// ------------------------------------------------------------ the server --

/** Isolated environment: nothing is written into the real HOME or /tmp. */
function isolatedEnv(dirs, extraEnv = {}) {
  const env = {
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_STATE_HOME: path.join(dirs.home, '.local/state'),
    XDG_RUNTIME_DIR: dirs.tmp,
    TMPDIR: dirs.tmp,
    LANG: process.env.LANG || 'C.UTF-8',
    SHELL: '/bin/bash',
    // never inherit a proxy, a token or node options of the test runner
    ...extraEnv,
  };
  return env;
}

function runCodeServerCli(server, args, { timeout = 120000 } = {}) {
  const r = spawnSync(NODE24, [CODE_SERVER_ENTRY, ...server.baseArgs, ...args], {
    env: server.env, cwd: server.dirs.home, encoding: 'utf8', timeout,
  });
  if (r.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || ''}${r.stdout || ''}${r.error || ''}`);
  }
  return r.stdout;
}

/**
 * Creates the scratch profile, installs the given .vsix files, writes user
 * settings and starts code-server on 127.0.0.1:<free port>, waiting for /healthz.
 *
 * options:
 *   vsix:      paths of .vsix files to install before the start
 *   settings:  user settings (merged over DEFAULT_SETTINGS unless defaults: false)
 *   scratchDir: where the profile goes (default: a new mkdtemp under os.tmpdir(),
 *              kept short because IPC socket paths must stay under 108 bytes)
 *   keep:      keep the scratch folder after stop() (also E2E_KEEP=1)
 *   env:       extra environment for code-server and its extension hosts
 *   args:      extra code-server arguments
 *   timeout:   ms to wait for /healthz (default 60000)
 *
 * Returns a server object:
 *   { url, port, pid, dirs, env, logFile, settingsPath,
 *     folderUrl(dir), installExtension(vsix), listExtensions(),
 *     writeSettings(obj), updateSettings(patch), readSettings(),
 *     log(), stop() }
 */
export async function startCodeServer(options = {}) {
  assertToolsInstalled();
  installExitHooks();
  const root = options.scratchDir
    ? (await fsp.mkdir(options.scratchDir, { recursive: true }), options.scratchDir)
    : await fsp.mkdtemp(path.join(os.tmpdir(), 'ane2e-'));
  const dirs = {
    root,
    home: path.join(root, 'home'),
    tmp: path.join(root, 'tmp'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
  };
  for (const d of [dirs.home, dirs.tmp, path.join(dirs.userData, 'User'), dirs.extensions]) {
    await fsp.mkdir(d, { recursive: true, mode: 0o700 });
  }
  const port = options.port || (await freePort());
  await fsp.writeFile(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = isolatedEnv(dirs, options.env);
  const baseArgs = ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  const settingsPath = path.join(dirs.userData, 'User', 'settings.json');
  const logFile = path.join(root, 'code-server.log');
  const keep = options.keep ?? process.env.E2E_KEEP === '1';
  if (!keep && !options.scratchDir) scratchDirs.add(root);

  const server = {
    port, dirs, env, baseArgs, logFile, settingsPath,
    url: `http://127.0.0.1:${port}/`,
    pid: undefined,
    /** URL that opens the workbench on a folder. */
    folderUrl(dir) { return `${this.url}?folder=${encodeURIComponent(path.resolve(dir))}`; },
    /** Installs a .vsix with the CLI (about 1 s). Before start() it needs no
     *  reload; into a running server it needs a window reload to activate. */
    installExtension(vsix) {
      return runCodeServerCli(this, ['--force', '--install-extension', path.resolve(vsix)]);
    },
    listExtensions() {
      return runCodeServerCli(this, ['--list-extensions', '--show-versions']).split('\n').filter(Boolean);
    },
    /** Replaces the user settings.json (the running workbench picks the change up by itself). */
    async writeSettings(obj, { defaults = true } = {}) {
      const all = defaults ? { ...DEFAULT_SETTINGS, ...obj } : obj;
      // In place (same inode), as an editor saves it: VS Code's watcher on the
      // file does not follow a rename-over.
      await fsp.writeFile(settingsPath, JSON.stringify(all, null, 2) + '\n');
      return all;
    },
    async readSettings() {
      try { return JSON.parse(await fsp.readFile(settingsPath, 'utf8')); } catch { return {}; }
    },
    /** Merges patch into settings.json; a value of undefined removes the key. */
    async updateSettings(patch) {
      const cur = await this.readSettings();
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) delete cur[k]; else cur[k] = v;
      }
      return this.writeSettings(cur, { defaults: false });
    },
    /** code-server's own stdout/stderr so far. */
    log() { try { return fs.readFileSync(logFile, 'utf8'); } catch { return ''; } },
    /** Extension-host and language-server output channels (newest session). */
    extensionLogs() { return collectLogs(path.join(dirs.userData, 'logs')); },
    async stop() { await stopServer(this, keep); },
  };

  await server.writeSettings(options.settings || {}, { defaults: options.defaults !== false });
  for (const v of options.vsix || []) server.installExtension(v);

  const out = fs.openSync(logFile, 'a');
  const csArgs = [
    CODE_SERVER_ENTRY, ...baseArgs,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--reconnection-grace-time', '5',
    ...(options.args || []),
  ];
  // A small sh leads the new process group (setsid) and watches both ends: if
  // this test process dies without stop() (SIGKILL, OOM) or code-server exits,
  // it kills the whole group, so no extension host or language server is left.
  const watchdog = [
    '"$0" "$@" & cs=$!',
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 $cs 2>/dev/null; do sleep 1; done`,
    "trap '' TERM",
    'kill -TERM -$$ 2>/dev/null; sleep 2', // dash's kill takes no '--'
    // the test process is gone: nobody else will remove the scratch profile
    keep ? ':' : `kill -0 ${process.pid} 2>/dev/null || rm -rf '${root.replace(/'/g, "'\\''")}'`,
    'kill -KILL -$$ 2>/dev/null',
  ].join('\n');
  const child = spawn('/bin/sh', ['-c', watchdog, NODE24, ...csArgs], {
    env, cwd: dirs.home, detached: true /* setsid: own process group */, stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  server.pid = child.pid;
  liveGroups.add(child.pid);
  let exited = null;
  child.on('exit', (code, sig) => { exited = { code, sig }; });
  child.unref();

  const t0 = Date.now();
  try {
    await waitUntil(async () => {
      if (exited) throw new Error(`code-server exited (${exited.code ?? exited.sig}):\n${server.log().slice(-3000)}`);
      const res = await fetch(`${server.url}healthz`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    }, { timeout: options.timeout ?? 60000, interval: 150, what: `code-server /healthz on port ${port}` });
  } catch (e) {
    await stopServer(server, true);
    if (exited) throw new Error(`code-server exited during start: ${exited.code ?? exited.sig}\n${server.log().slice(-3000)}`);
    throw new Error(`${e.message}\n--- code-server log (${logFile}):\n${server.log().slice(-3000)}`);
  }
  server.startMs = Date.now() - t0;
  return server;
}

async function stopServer(server, keep) {
  const pgid = server.pid;
  if (pgid) {
    try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
    try {
      await waitUntil(() => processesInGroup(pgid).length === 0, { timeout: 5000, interval: 100, what: 'code-server group to exit' });
    } catch {
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
      await waitUntil(() => processesInGroup(pgid).length === 0, { timeout: 5000, interval: 100, what: 'code-server group to die' }).catch(() => {});
    }
    liveGroups.delete(pgid);
    server.pid = undefined;
  }
  if (!keep) {
    await fsp.rm(server.dirs.root, { recursive: true, force: true }).catch(() => {});
    scratchDirs.delete(server.dirs.root);
  }
}

function collectLogs(dir) {
  const out = [];
  const walk = (d) => {
    let ents = [];
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) out.push(p);
    }
  };
  walk(dir);
  return out.map((p) => `===== ${path.relative(dir, p)}\n${fs.readFileSync(p, 'utf8').slice(-4000)}`).join('\n');
}

// --------------------------------------------------------- packaging ------

/**
 * Packages an extension folder into a .vsix with the pinned @vscode/vsce (run
 * on Node 24; works offline, 1-2 s). Returns the .vsix path.
 *   extDir:  folder with package.json (its node_modules must hold the runtime deps)
 *   out:     .vsix path (default <extDir>/<name>-<version>.vsix)
 *   args:    extra vsce arguments, e.g. ['--no-dependencies']
 */
export function packageExtension(extDir, { out, args = [] } = {}) {
  assertToolsInstalled();
  const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
  const vsix = path.resolve(out || path.join(extDir, `${pkg.name}-${pkg.version}.vsix`));
  const r = spawnSync(NODE24, [VSCE_ENTRY, 'package', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '-o', vsix, ...args], {
    cwd: extDir, encoding: 'utf8', timeout: 300000,
    env: { ...process.env, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` },
  });
  if (r.status !== 0) throw new Error(`vsce package failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return vsix;
}

// ----------------------------------------------------------- the browser --

let playwright;
/** playwright-core: the project's own copy if it has one, else the pinned one in .tools. */
export async function loadPlaywright() {
  if (playwright) return playwright;
  const pinned = path.join(TOOLS_DIR, 'cs/node_modules/playwright-core/index.mjs');
  try {
    playwright = await import(pathToFileURL(pinned).href);
  } catch {
    playwright = await import('playwright-core');
  }
  return playwright;
}

export const CHROMIUM_ARGS = Object.freeze([
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--lang=en-US',
]);

/**
 * Launches Debian's Chromium with a fresh profile (launchPersistentContext).
 * Returns the BrowserContext; close() it when done (its profile is removed).
 *   viewport: default 1600x1000 (room for the Problems panel)
 *   profileDir: default a mkdtemp under os.tmpdir()
 */
export async function launchBrowser({ viewport = { width: 1600, height: 1000 }, profileDir, args = [], slowMo } = {}) {
  assertToolsInstalled();
  installExitHooks();
  const { chromium } = await loadPlaywright();
  const dir = profileDir || (await fsp.mkdtemp(path.join(os.tmpdir(), 'ane2e-chromium-')));
  if (!profileDir) scratchDirs.add(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ignoreDefaultArgs: ['--enable-automation'],
    viewport,
    locale: 'en-US',
    slowMo,
    // clipboard for copy/paste checks
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // Chromium is a child of this process on a pipe: Playwright kills it when
  // this process exits, and it exits when the pipe closes.
  const close = context.close.bind(context);
  context.close = async () => {
    try { await close(); } finally {
      if (!profileDir) {
        await fsp.rm(dir, { recursive: true, force: true }).catch(() => {});
        scratchDirs.delete(dir);
      }
    }
  };
  return context;
}

/**
 * Opens the workbench on a folder and waits until it is usable: the
 * workbench is rendered, the explorer shows the folder, and the extension host
 * is connected (status bar present). Returns the Page.
 */
export async function openWorkbench(context, server, folder, { timeout = 60000 } = {}) {
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(15000);
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.__e2eConsoleErrors = consoleErrors;
  await page.goto(server.folderUrl(folder), { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('#workbench\\.parts\\.statusbar').waitFor({ state: 'visible', timeout });
  // the explorer (or the title) names the folder once the remote file system is up
  const base = path.basename(path.resolve(folder));
  await page.waitForFunction((name) => document.title.includes(name), base, { timeout });
  return page;
}
