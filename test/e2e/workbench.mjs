// Drives the VS Code workbench (code-server 4.139.1 = VS Code 1.139.1) the way
// a person does: Quick Open, the Problems panel, hovers, Ctrl+. quick fixes,
// the command palette, Ctrl+S, the status bar, user settings.
//
// Selectors are VS Code's DOM class names, which change between releases:
// they are pinned together with code-server in setup.sh.
//
//   import { startSession } from './workbench.mjs';
//   const wb = await startSession({ name: 'diagnostics', vsix: [vsix], files: { 'a.txt': '...' } });
//   try {
//     await wb.step('open the article', () => wb.openFile('a.txt'));
//     await wb.step('diagnostic shows', () => wb.waitForProblem(/همزة/));
//   } finally { await wb.close(); }

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  SCREENSHOTS_DIR, launchBrowser, openWorkbench, sleep, startCodeServer, waitUntil,
} from './codeServer.mjs';

export { sleep, waitUntil };

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/** String | RegExp | predicate → predicate over a string (or an object's .message). */
function matcher(m) {
  if (m == null) return () => true;
  if (typeof m === 'function') return m;
  if (m instanceof RegExp) return (x) => m.test(typeof x === 'string' ? x : x.message);
  return (x) => (typeof x === 'string' ? x : x.message).includes(m);
}
const describe = (m) => (m == null ? 'any' : typeof m === 'function' ? 'predicate' : String(m));
const norm = (s) => (s || '').replace(/\u00a0/g, ' ').replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'step';
const cssEscape = (s) => s.replace(/["\\]/g, '\\$&');

/**
 * One code-server + one browser page + helpers. Create it with startSession()
 * (or new Workbench(page, server, opts) if you started them yourself).
 */
export class Workbench {
  constructor(page, server, { workspace, screenshotsDir, log = true, context } = {}) {
    this.page = page;
    this.server = server;
    this.context = context;
    this.workspace = workspace;
    this.screenshotsDir = screenshotsDir || path.join(SCREENSHOTS_DIR, 'session');
    this.shot = 0;
    this.logEnabled = log;
    this.timings = [];
    fs.mkdirSync(this.screenshotsDir, { recursive: true });
  }

  log(...a) { if (this.logEnabled) console.error('[e2e]', ...a); }

  // ------------------------------------------------------------- steps --

  /** Screenshot of the whole window into screenshotsDir as NN-<name>.png. */
  async screenshot(name) {
    const file = path.join(this.screenshotsDir, `${String(++this.shot).padStart(2, '0')}-${slug(name)}.png`);
    await this.page.screenshot({ path: file, timeout: 10000 });
    return file;
  }

  /**
   * Runs fn as a named step: on success takes a screenshot; on failure saves a
   * screenshot plus a text dump (visible editor text, Problems panel, status bar,
   * notifications, extension logs) and throws an Error naming the step.
   */
  async step(name, fn) {
    const t0 = Date.now();
    try {
      const result = await fn();
      const ms = Date.now() - t0;
      this.timings.push({ name, ms });
      await this.screenshot(name).catch(() => {});
      this.log(`ok   ${name} (${ms} ms)`);
      return result;
    } catch (err) {
      const ms = Date.now() - t0;
      this.log(`FAIL ${name} (${ms} ms): ${err.message.split('\n')[0]}`);
      let png = '(no screenshot)', txt = '(no dump)', state = {};
      try { png = await this.screenshot(`FAILED ${name}`); } catch (e) { png = `(screenshot failed: ${e.message})`; }
      try {
        state = await this.visibleState();
        txt = png.replace(/\.png$/, '.txt');
        await fsp.writeFile(txt, [
          `step: ${name}`, `error: ${err.stack || err}`, '',
          '--- editor (visible lines) ---', state.editor, '',
          '--- problems panel ---', state.problems, '',
          '--- status bar ---', state.statusBar, '',
          '--- notifications ---', state.notifications, '',
          '--- page errors ---', (this.page.__e2eConsoleErrors || []).join('\n'), '',
          '--- extension host logs ---', this.server?.extensionLogs?.() || '', '',
          '--- code-server log ---', (this.server?.log?.() || '').slice(-4000),
        ].join('\n'));
      } catch (e) { txt = `(dump failed: ${e.message})`; }
      const cut = (s, n = 1500) => (s && s.length > n ? `${s.slice(0, n)}…` : s || '(empty)');
      const e = new Error(
        `step "${name}" failed after ${ms} ms: ${err.message}\n` +
        `  screenshot: ${png}\n  dump: ${txt}\n` +
        `  editor: ${cut(state.editor)}\n  problems: ${cut(state.problems)}\n  status bar: ${cut(state.statusBar, 400)}` +
        (state.notifications ? `\n  notifications: ${cut(state.notifications, 600)}` : ''),
        { cause: err },
      );
      throw e;
    }
  }

  /** Visible text of the active editor, the Problems panel, status bar and toasts. */
  async visibleState() {
    return this.page.evaluate(() => {
      const clean = (s) => (s || '').replace(/\u00a0/g, ' ');
      const ed = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')
        || document.querySelector('.monaco-editor .view-lines');
      let editor = '';
      if (ed) {
        const lines = [...ed.querySelectorAll('.view-line')]
          .map((l) => ({ top: parseFloat(l.style.top) || 0, text: clean(l.innerText) }))
          .sort((a, b) => a.top - b.top);
        editor = lines.map((l) => l.text).join('\n');
      }
      const mp = document.querySelector('.markers-panel');
      const problems = mp && mp.offsetParent !== null
        ? [...mp.querySelectorAll('.monaco-list-row')].map((r) => r.getAttribute('aria-label') || clean(r.innerText)).join('\n')
        : '(Problems panel not visible)';
      const statusBar = [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')]
        .map((e) => `${e.id}: ${clean(e.innerText).trim() || e.getAttribute('aria-label') || ''}`).join(' | ');
      const notifications = [...document.querySelectorAll('.notifications-toasts .notification-toast, .notification-list-item')]
        .map((e) => clean(e.innerText).trim()).filter(Boolean).join('\n');
      return { editor, problems, statusBar, notifications };
    });
  }

  // ---------------------------------------------------------- keyboard --

  /** Closes any open widget (quick input, hover, action list, …). */
  async escape(times = 2) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Escape');
  }

  /** Closes a hover and moves the mouse off the editor so no hover comes back. */
  async dismissHover() {
    await this.page.mouse.move(1, 1);
    await this.escape(1);
  }

  /** Focuses the editor of the first group (VS Code's Ctrl+1). */
  async focusEditor() {
    await this.page.keyboard.press('Control+1');
    await waitUntil(() => this.page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')),
      { timeout: 5000, what: 'editor focus' });
  }

  // ------------------------------------------------------------- files --

  /** Absolute path of a workspace file. */
  filePath(rel) { return path.join(this.workspace, rel); }
  /** The file's content on disk. */
  readFile(rel) { return fsp.readFile(this.filePath(rel), 'utf8'); }
  /** Writes a workspace file on disk (outside the editor, as git or another tool would). */
  async writeFile(rel, content) {
    await fsp.mkdir(path.dirname(this.filePath(rel)), { recursive: true });
    await fsp.writeFile(this.filePath(rel), content);
  }
  /** Waits until the file on disk satisfies match (string: includes; RegExp; predicate). */
  async waitForFileContent(rel, match, { timeout = 10000 } = {}) {
    const ok = matcher(match);
    return waitUntil(async () => { const t = await this.readFile(rel); return ok(t) ? t : false; },
      { timeout, what: `${rel} on disk to match ${describe(match)}` });
  }

  /**
   * Opens a workspace file through Quick Open (Ctrl+P), as a person would, and
   * waits until its editor is active and focused.
   */
  async openFile(rel, { timeout = 20000 } = {}) {
    const { page } = this;
    const base = path.basename(rel);
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const exact = new RegExp(`^\\s*${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const row = page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
    const deadline = Date.now() + timeout;
    // File search answers after its first index (~1-2 s); a file created since
    // the last Quick Open is missing from the first answer ("No matching
    // results") and shows up on the next one: close and ask again.
    for (let attempt = 1; ; attempt++) {
      await this.escape(1);
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(rel);
      try {
        await row.waitFor({ state: 'visible', timeout: Math.min(4000, Math.max(500, deadline - Date.now())) });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`Quick Open found no "${rel}" after ${attempt} tries`, { cause: e });
        await sleep(300);
      }
    }
    await row.click();
    await this.waitForActiveTab(base, { timeout });
    await this.focusEditor();
  }

  /** Waits for the active editor tab to be `name` (file name as on the tab). */
  async waitForActiveTab(name, { timeout = 15000 } = {}) {
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${cssEscape(name)}"]`)
      .waitFor({ state: 'visible', timeout });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first()
      .waitFor({ state: 'visible', timeout });
  }

  /** Is the active tab dirty (unsaved edits)? */
  async isDirty() {
    return this.page.locator('.editor-group-container.active .tabs-container .tab.active.dirty').count().then((n) => n > 0);
  }

  /** Moves the cursor with Go to Line (Ctrl+G): 1-based line and column. */
  async gotoLine(line, column) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    // the box opens with the ':' prefix of "go to line"; fill() replaces it
    await input.fill(column ? `:${line}:${column}` : `:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await waitUntil(async () => {
      const p = await this.cursorPosition();
      return p && p.line === line && (!column || p.column === column);
    }, { timeout: 5000, what: `cursor at ${line}:${column || 1}` });
  }

  /** Types text at the cursor (Arabic too: inserted as composed text). */
  async insertText(text) {
    await this.focusEditor();
    await this.page.keyboard.insertText(text);
  }

  /** Saves the active editor (Ctrl+S) and waits until it is no longer dirty.
   *  Fix-on-save code actions run before the write; read the file afterwards. */
  async save({ timeout = 15000 } = {}) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await waitUntil(async () => !(await this.isDirty()), { timeout, what: 'the editor to be saved (tab not dirty)' });
  }

  /** Visible text of the active editor, one string per rendered line (top to bottom). */
  async editorText() {
    return (await this.visibleState()).editor;
  }

  // -------------------------------------------------------- squiggles --

  /** Number of squiggle decorations of a severity ('error'|'warning'|'info'|'hint'|'any')
   *  in the active editor. A diagnostic can be drawn as more than one element. */
  async squiggleCount(severity = 'any') {
    const sel = severity === 'any' ? `:is(${SEVERITIES.map((s) => `.squiggly-${s}`).join(',')})` : `.squiggly-${severity}`;
    return this.page.locator('.editor-group-container.active .monaco-editor .view-overlays, .editor-group-container.active .monaco-editor .view-lines')
      .locator(sel).count();
  }

  /** Waits until the active editor shows at least `min` squiggles (or exactly `count`). */
  async waitForSquiggles({ severity = 'any', min = 1, count, timeout = 30000 } = {}) {
    return waitUntil(async () => {
      const n = await this.squiggleCount(severity);
      return (count != null ? n === count : n >= min) ? n || true : false;
    }, { timeout, what: `${count != null ? count : `>= ${min}`} ${severity} squiggles` });
  }

  /** Waits until the active editor shows no squiggles of that severity. */
  async waitForNoSquiggles({ severity = 'any', timeout = 15000 } = {}) {
    return this.waitForSquiggles({ severity, count: 0, timeout });
  }

  // ----------------------------------------------------------- problems --

  problemsVisible() {
    return this.page.locator('.markers-panel').isVisible();
  }

  /** Opens (or keeps open) the Problems panel with Ctrl+Shift+M. */
  async openProblems() {
    if (await this.problemsVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10000 });
  }

  /**
   * Rows of the Problems panel, in order: every marker as
   * { severity, message, source, code, line, column, file, aria } and every file
   * header as { file, count } (in `files`). Scrolls through a long list to
   * collect rows that the virtual list has not rendered.
   */
  async problems() {
    await this.openProblems();
    const read = () => this.page.evaluate(() => {
      const clean = (s) => (s || '').replace(/\u00a0/g, ' ').trim();
      const panel = document.querySelector('.markers-panel');
      const rows = [...panel.querySelectorAll('.monaco-list-row')].filter((r) => !r.closest('.monaco-tree-sticky-container')).map((r) => {
        const idx = Number(r.getAttribute('data-index'));
        const aria = r.getAttribute('aria-label') || '';
        const icon = r.querySelector('.marker-icon');
        if (icon) {
          const sev = ['error', 'warning', 'info', 'hint'].find((s) => icon.classList.contains(s)) || 'unknown';
          const lc = clean(r.querySelector('.marker-line')?.innerText).match(/Ln\s*(\d+),\s*Col\s*(\d+)/);
          return {
            idx, kind: 'marker', severity: sev, aria,
            message: clean(r.querySelector('.marker-message')?.innerText),
            source: clean(r.querySelector('.marker-source')?.innerText),
            code: clean(r.querySelector('.marker-code')?.innerText),
            line: lc ? Number(lc[1]) : undefined, column: lc ? Number(lc[2]) : undefined,
            hasFix: !!r.querySelector('.markers-panel-action-quickfix'),
          };
        }
        if (r.querySelector('.resource-label-container')) {
          return {
            idx, kind: 'file', aria,
            file: clean(r.querySelector('.label-name')?.innerText),
            path: r.querySelector('.monaco-icon-label')?.getAttribute('aria-label') || '',
            count: Number(clean(r.querySelector('.monaco-count-badge')?.innerText)) || 0,
          };
        }
        return { idx, kind: 'related', aria, text: clean(r.innerText) };
      });
      const list = panel.querySelector('.monaco-list');
      const scroll = panel.querySelector('.monaco-list .monaco-scrollable-element');
      const rowsEl = panel.querySelector('.monaco-list-rows');
      return {
        rows,
        top: rowsEl ? -(parseFloat(rowsEl.style.top) || 0) : 0,
        total: rowsEl ? parseFloat(rowsEl.style.height) || 0 : 0,
        viewport: scroll ? scroll.clientHeight : list?.clientHeight || 0,
      };
    });
    const byIdx = new Map();
    let snap = await read();
    snap.rows.forEach((r) => byIdx.set(r.idx, r));
    if (snap.total > snap.viewport + 1) {
      // The list is virtual: wheel through it (Chromium/monaco move about 50 px
      // per wheel event whatever the delta), collecting rows by data-index.
      const box = await this.page.locator('.markers-panel .monaco-list').first().boundingBox();
      // over the indent gutter, where rows show no tooltip to take the wheel
      await this.page.mouse.move(box.x + 6, box.y + Math.min(box.height / 2, 60));
      const sweep = async (dy) => {
        let still = 0, last = snap.top;
        for (let i = 0; i < 2000 && still < 4; i++) {
          await this.page.mouse.wheel(0, dy);
          await sleep(25);
          snap = await read();
          snap.rows.forEach((r) => byIdx.set(r.idx, r));
          if (snap.top === last) still++; else { still = 0; last = snap.top; }
          if (dy < 0 && snap.top === 0) break;
          if (dy > 0 && snap.top + snap.viewport >= snap.total - 1) break;
        }
      };
      await sweep(-200);
      await sweep(200);
      await sweep(-200);
      await this.page.mouse.move(1, 1);
    }
    const rows = [...byIdx.values()].sort((a, b) => a.idx - b.idx);
    const markers = [], files = [];
    let file;
    for (const r of rows) {
      if (r.kind === 'file') { file = r.file; files.push({ file: r.file, path: r.path, count: r.count }); }
      else if (r.kind === 'marker') markers.push({ ...r, file });
    }
    return { markers, files, rows };
  }

  /** Markers of the Problems panel matching match (string in message, RegExp, or predicate). */
  async findProblems(match) {
    const ok = matcher(match);
    return (await this.problems()).markers.filter((m) => ok(m));
  }

  /** Waits for a marker matching match; returns it. */
  async waitForProblem(match, { timeout = 30000 } = {}) {
    const ok = matcher(match);
    return waitUntil(async () => (await this.problems()).markers.find((m) => ok(m)),
      { timeout, what: `a problem matching ${describe(match)}` });
  }

  /** Waits until no marker matches match (all markers if match is omitted). */
  async waitForNoProblem(match, { timeout = 30000 } = {}) {
    const ok = matcher(match);
    return waitUntil(async () => !(await this.problems()).markers.some((m) => ok(m)),
      { timeout, what: `no problem matching ${describe(match)}` });
  }

  /** Totals from the status bar's problems item: { errors, warnings, infos }. */
  async problemCounts() {
    const { aria, text } = await this.page.evaluate(() => {
      const e = document.getElementById('status.problems');
      return { aria: e?.getAttribute('aria-label') || '', text: (e?.innerText || '').replace(/\u00a0/g, ' ') };
    });
    const num = (re) => { const m = aria.match(re); return m ? Number(m[1]) : 0; };
    if (/Errors|Warnings|Infos/.test(aria)) {
      return { errors: num(/Errors:\s*(\d+)/), warnings: num(/Warnings:\s*(\d+)/), infos: num(/Infos:\s*(\d+)/), aria };
    }
    const ns = text.match(/\d+/g)?.map(Number) || [];
    return { errors: ns[0] || 0, warnings: ns[1] || 0, infos: ns[2] || 0, aria };
  }

  /**
   * Puts the editor cursor on a diagnostic, as a person does: opens the
   * Problems panel, double-clicks the marker's row (the editor opens at the
   * diagnostic's start), then focuses the editor (Ctrl+1). Returns the marker.
   */
  async revealProblem(match, { timeout = 30000 } = {}) {
    const marker = await this.waitForProblem(match, { timeout });
    const row = await this.scrollProblemRowIntoView(marker.idx);
    await row.dblclick();
    if (marker.file) await this.waitForActiveTab(marker.file, { timeout: 10000 });
    await this.focusEditor();
    if (marker.line) {
      await waitUntil(async () => (await this.cursorPosition())?.line === marker.line,
        { timeout: 5000, what: `cursor on line ${marker.line}` });
    }
    return marker;
  }

  /** Wheels the Problems list until the row with this data-index is fully in
   *  view; returns its locator. */
  async scrollProblemRowIntoView(idx, { timeout = 10000 } = {}) {
    const row = this.page.locator(`.markers-panel .monaco-list-rows > .monaco-list-row[data-index="${idx}"]`);
    const deadline = Date.now() + timeout;
    for (let i = 0; ; i++) {
      // measured in the page: a locator's boundingBox() would wait for a row
      // that the virtual list has not rendered
      const m = await this.page.evaluate((ix) => {
        const list = document.querySelector('.markers-panel .monaco-list');
        const rows = [...document.querySelectorAll('.markers-panel .monaco-list-rows > .monaco-list-row')];
        const r = rows.find((e) => Number(e.getAttribute('data-index')) === ix);
        const lb = list.getBoundingClientRect();
        const rb = r ? r.getBoundingClientRect() : null;
        return {
          lb: { x: lb.x, y: lb.y, height: lb.height },
          rb: rb && { y: rb.y, height: rb.height },
          first: Math.min(...rows.map((e) => Number(e.getAttribute('data-index')))),
        };
      }, idx);
      const { lb, rb } = m;
      // fully inside the list, and below a sticky header row (22 px)
      if (rb && rb.y >= lb.y + (idx > 0 ? 22 : 0) - 1 && rb.y + rb.height <= lb.y + lb.height + 1) break;
      if (Date.now() > deadline) throw new Error(`could not scroll Problems row #${idx} into view`);
      // over the indent gutter (rows show a tooltip elsewhere, and a tooltip
      // under the mouse takes the wheel events), moved each time
      await this.page.mouse.move(lb.x + 6 + (i % 2), lb.y + Math.min(lb.height / 2, 60));
      await this.page.mouse.wheel(0, (rb ? rb.y < lb.y + 22 : idx < m.first) ? -100 : 100);
      await sleep(25);
    }
    return row;
  }

  /** Types into the Problems panel's filter box ('' clears it). */
  async filterProblems(text) {
    await this.openProblems();
    const input = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await input.fill(text);
    await sleep(400);
  }

  /** Cursor position from the status bar ('Ln 3, Col 7') → { line, column }. */
  async cursorPosition() {
    const t = await this.page.locator('[id="status.editor.selection"]').innerText().catch(() => '');
    const m = t.match(/Ln\s*(\d+),\s*Col\s*(\d+)/);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  // ------------------------------------------------------------- hover --

  /** Text of the visible editor hover, or '' if none. */
  async hoverText() {
    const h = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).last();
    if (!(await h.count()) || !(await h.isVisible())) return '';
    return norm(await h.innerText());
  }

  /**
   * Shows the hover of a diagnostic and returns its text. Default is the
   * keyboard way (reveal the problem, then Ctrl+K Ctrl+I "Show Hover"), which
   * does not depend on where Arabic glyphs are drawn. via: 'mouse' moves the
   * mouse over the n-th squiggle instead (`squiggle` index, `severity`).
   */
  async hoverProblem(match, { via = 'keyboard', squiggle = 0, severity = 'any', expect, timeout = 10000 } = {}) {
    if (via === 'mouse') {
      const sel = severity === 'any' ? `:is(${SEVERITIES.map((s) => `.squiggly-${s}`).join(',')})` : `.squiggly-${severity}`;
      const sq = this.page.locator(`.editor-group-container.active .monaco-editor ${sel}`).nth(squiggle);
      // overlays are re-rendered (replaced) on cursor moves: retry until a box is read
      const box = await waitUntil(() => sq.boundingBox({ timeout: 1000 }).catch(() => null),
        { timeout: 5000, what: `squiggle #${squiggle} (${severity}) to hover` });
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    } else {
      await this.revealProblem(match);
      await this.escape(1);
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
    }
    const want = matcher(expect ?? (typeof match === 'function' ? null : match));
    return waitUntil(async () => { const t = await this.hoverText(); return t && want(t) ? t : false; },
      { timeout, what: `a hover${expect || match ? ` containing ${describe(expect ?? match)}` : ''}` });
  }

  // --------------------------------------------------------- quick fix --

  /**
   * Opens the quick-fix menu (Ctrl+.) on a diagnostic and returns the offered
   * titles; leaves the menu open. Retries Escape + Ctrl+1 + Ctrl+. as Ctrl+.
   * is sometimes ignored right after the editor takes focus.
   */
  async openQuickFixes(match, { tries = 4, timeout = 4000 } = {}) {
    await this.revealProblem(match);
    const actions = async () => (await this.quickFixRows()).filter((r) => r.action);
    for (let i = 0; i < tries; i++) {
      if (i > 0) { await this.escape(1); await this.focusEditor(); }
      await this.page.keyboard.press('Control+.');
      try {
        await waitUntil(async () => (await actions()).length > 0, { timeout, interval: 50, what: 'the action menu' });
      } catch { continue; }
      // The menu closes again if the editor loses focus just after it opened
      // (the Problems panel's double-click still settling): check it stays.
      await sleep(300);
      const rows = await actions();
      if (rows.length) return rows.map((r) => r.title);
    }
    throw new Error(`the quick-fix menu (Ctrl+.) did not open and stay open after ${tries} tries`);
  }

  /** Rows of the open action menu: { index, title, aria, action (false for group headers), disabled }. */
  async quickFixRows() {
    return this.page.evaluate(() => [...document.querySelectorAll('.action-widget .monaco-list-row')].map((r, index) => {
      const t = r.querySelector('.title') || r;
      return {
        index,
        title: (t.innerText || '').replace(/\u00a0/g, ' ').trim(),
        aria: r.getAttribute('aria-label') || '',
        action: r.classList.contains('action'),
        disabled: r.classList.contains('option-disabled') || r.getAttribute('aria-disabled') === 'true',
        cls: r.className,
      };
    }));
  }

  /**
   * Applies a quick fix on a diagnostic through Ctrl+. and the action menu.
   * title: string (contained in the title) | RegExp; omitted = first action.
   * Returns { title, offered }. Check the effect (file, problems) afterwards.
   */
  async quickFix(match, { title, tries = 3, ...opts } = {}) {
    const ok = title == null ? () => true : matcher(title);
    let offered = [];
    for (let i = 0; i < tries; i++) {
      offered = await this.openQuickFixes(match, opts);
      const chosen = offered.find((t) => ok(t));
      if (!chosen) {
        await this.escape(1);
        throw new Error(`no quick fix matching ${describe(title)}; offered: ${JSON.stringify(offered)}`);
      }
      const target = (await this.quickFixRows()).find((r) => r.action && r.title === chosen);
      if (!target) continue; // the menu closed under us: open it again
      const row = this.page.locator('.action-widget .monaco-list-row').nth(target.index);
      try {
        await row.click({ timeout: 3000 });
      } catch { continue; }
      await this.page.locator('.action-widget .monaco-list-row.action').first()
        .waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
      return { title: chosen, offered };
    }
    throw new Error(`could not apply a quick fix matching ${describe(title)} after ${tries} tries; offered: ${JSON.stringify(offered)}`);
  }

  /** Applies a code action from the Ctrl+. menu at the cursor (no diagnostic needed),
   *  e.g. a refactoring or 'Fix all …' offered on the current line. */
  async codeActionAtCursor(title, { tries = 4, timeout = 4000 } = {}) {
    const ok = matcher(title);
    for (let i = 0; i < tries; i++) {
      await this.escape(1);
      await this.focusEditor();
      await this.page.keyboard.press('Control+.');
      const rows = await waitUntil(async () => {
        const r = (await this.quickFixRows()).filter((x) => x.action);
        return r.length ? r : false;
      }, { timeout, interval: 50, what: 'the action menu' }).catch(() => null);
      if (!rows) continue;
      await sleep(300);
      const target = (await this.quickFixRows()).find((r) => r.action && ok(r.title));
      if (!target) {
        const all = (await this.quickFixRows()).filter((r) => r.action).map((r) => r.title);
        if (!all.length) continue;
        await this.escape(1);
        throw new Error(`no code action matching ${describe(title)}; offered: ${JSON.stringify(all)}`);
      }
      try { await this.page.locator('.action-widget .monaco-list-row').nth(target.index).click({ timeout: 3000 }); } catch { continue; }
      return target.title;
    }
    throw new Error(`the code action menu (Ctrl+.) did not open after ${tries} tries`);
  }

  // ---------------------------------------------------- command palette --

  /** Runs a command by its title from the command palette (F1), e.g. 'Arabic News Lint: Fix All'. */
  async runCommand(title, { timeout = 10000, exact = true } = {}) {
    const { page } = this;
    await this.escape(1);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`>${title}`);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const label = await waitUntil(async () => {
      const labels = await rows.evaluateAll((rs) => rs.map((r) => {
        const l = r.querySelector('.label-name') || r.querySelector('.monaco-highlighted-label');
        return (l?.innerText || r.getAttribute('aria-label') || '').replace(/\u00a0/g, ' ').trim();
      }));
      return labels.find((l) => (exact ? l === title : l.includes(title)));
    }, { timeout, what: `command "${title}" in the palette` });
    await rows.filter({ hasText: label }).first().click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  }

  // -------------------------------------------------------- status bar --

  /**
   * A status bar item: { id, text, aria, tooltip } or undefined.
   * by: { id } exact element id (an extension's item is
   * '<publisher>.<name>.<item id>', see statusBarId) or { text } (string|RegExp).
   */
  async statusBarItem({ id, text } = {}) {
    const items = await this.page.evaluate(() => [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')]
      .map((e) => ({
        id: e.id,
        text: (e.innerText || '').replace(/\u00a0/g, ' ').trim(),
        aria: e.getAttribute('aria-label') || '',
        visible: e.offsetParent !== null,
      })));
    const ok = text == null ? () => true : matcher(text);
    return items.find((i) => (id == null || i.id === id) && (text == null || ok(i.text) || ok(i.aria)));
  }

  /** Waits for a status bar item whose text matches `text` (string|RegExp); returns it. */
  async waitForStatusBar({ id, text, timeout = 15000 } = {}) {
    return waitUntil(() => this.statusBarItem({ id, text }),
      { timeout, what: `status bar item ${id ? `#${id} ` : ''}${text != null ? `with text ${describe(text)}` : ''}` });
  }

  /** Clicks a status bar item. */
  async clickStatusBar({ id, text }) {
    const item = await this.waitForStatusBar({ id, text });
    await this.page.locator(`#workbench\\.parts\\.statusbar [id="${cssEscape(item.id)}"]`).click();
  }

  // ------------------------------------------------------ notifications --

  /** Texts of visible notification toasts. */
  async notifications() {
    return this.page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-toast')]
      .map((e) => (e.innerText || '').replace(/\u00a0/g, ' ').trim()).filter(Boolean));
  }

  /** Waits for a notification toast matching match; returns its text. */
  async waitForNotification(match, { timeout = 10000 } = {}) {
    const ok = matcher(match);
    return waitUntil(async () => (await this.notifications()).find((t) => ok(t)),
      { timeout, what: `a notification matching ${describe(match)}` });
  }

  // ---------------------------------------------------------- settings --

  /**
   * Changes USER settings in the running workbench the way a person does: opens
   * "Preferences: Open User Settings (JSON)", replaces the text (select all +
   * paste), saves, closes it. A value of undefined removes the key.
   * (Writing user-data/User/settings.json from outside is NOT picked up by
   * code-server 4.139's web workbench; server.writeSettings() is for before
   * the start, or followed by reloadWindow().)
   * until: optional async predicate polled until true (the effect to wait for).
   */
  async setUserSettings(patch, { until, timeout = 20000, what = 'the user settings change to take effect' } = {}) {
    const next = await this.server.readSettings();
    for (const [k, v] of Object.entries(patch)) { if (v === undefined) delete next[k]; else next[k] = v; }
    const text = `${JSON.stringify(next, null, 2)}\n`;
    await this.runCommand('Preferences: Open User Settings (JSON)');
    // 1.139 opens it in a modal editor (.modal-editor-part), older ones in a tab
    await waitUntil(() => this.page.evaluate(() => {
      const ed = document.activeElement?.closest('.monaco-editor');
      if (!ed) return false;
      if (ed.closest('.modal-editor-part')) return true;
      const tab = document.querySelector('.editor-group-container.active .tabs-container .tab.active');
      return (tab?.getAttribute('aria-label') || '').startsWith('settings.json');
    }), { timeout: 10000, what: 'the settings.json editor to have focus' });
    await this.page.keyboard.press('Control+A');
    // paste, not typing: typing would auto-indent and auto-close brackets
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('Control+V');
    await this.page.keyboard.press('Control+S');
    await waitUntil(async () => JSON.stringify(await this.server.readSettings()) === JSON.stringify(next),
      { timeout: 10000, what: 'settings.json saved by the workbench' });
    await this.closeActiveEditor();
    if (until) return waitUntil(until, { timeout, what });
    return next;
  }

  /**
   * Changes WORKSPACE settings by writing <workspace>/.vscode/settings.json on
   * disk (as git or another tool would); the workbench's file watcher picks it
   * up within about half a second. undefined removes a key.
   */
  async setWorkspaceSettings(patch, { until, timeout = 20000, what = 'the workspace settings change to take effect' } = {}) {
    const file = this.filePath('.vscode/settings.json');
    let cur = {};
    try { cur = JSON.parse(await fsp.readFile(file, 'utf8')); } catch { /* none yet */ }
    for (const [k, v] of Object.entries(patch)) { if (v === undefined) delete cur[k]; else cur[k] = v; }
    await this.writeFile('.vscode/settings.json', `${JSON.stringify(cur, null, 2)}\n`);
    if (until) return waitUntil(until, { timeout, what });
    return cur;
  }

  /** Closes the active editor: a modal one (1.139 opens settings.json so) with
   *  Escape (more than one may be needed: the paste widget takes the first) or
   *  its close button; a tab with "View: Close Editor". */
  async closeActiveEditor() {
    const modal = this.page.locator('.modal-editor-part').first();
    if (await modal.isVisible().catch(() => false)) {
      for (let i = 0; i < 4; i++) {
        await this.page.keyboard.press('Escape');
        try { await modal.waitFor({ state: 'hidden', timeout: 700 }); return; } catch { /* again */ }
      }
      const close = this.page.locator('.modal-editor-part [aria-label^="Close"], .modal-editor-part .codicon-close').first();
      await close.click({ timeout: 3000 });
      await modal.waitFor({ state: 'hidden', timeout: 5000 });
      return;
    }
    await this.runCommand('View: Close Editor');
  }

  /** Reloads the window ("Developer: Reload Window") and waits for the workbench. */
  async reloadWindow({ timeout = 60000 } = {}) {
    await this.runCommand('Developer: Reload Window');
    await this.page.waitForLoadState('domcontentloaded', { timeout });
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    await this.page.locator('#workbench\\.parts\\.statusbar').waitFor({ state: 'visible', timeout });
    await sleep(500);
  }

  // ------------------------------------------------------------ teardown --

  /** Closes the browser and stops code-server (kills its process group). */
  async close() {
    try { await this.context?.close(); } catch { /* already closed */ }
    try { await this.server?.stop(); } catch { /* already stopped */ }
  }
}

/** Status bar element id of an extension's item created with createStatusBarItem(itemId, …). */
export const statusBarId = (extensionId, itemId) => `${extensionId}.${itemId}`;

/**
 * Starts everything for one test file: code-server with the .vsix files and
 * settings, a workspace (given folder, or a fresh one filled from `files`),
 * Chromium, and the workbench on that folder. Returns a Workbench; call
 * close() in a finally / after().
 *   name:      screenshots go to test/e2e/screenshots/<name>/ (emptied first)
 *   vsix:      .vsix paths;  settings: user settings;  files: { 'rel/path': content }
 *   workspace: an existing folder to open instead of a fresh one
 */
export async function startSession({ name = 'session', vsix = [], settings = {}, files, workspace, server: serverOpts = {}, browser: browserOpts = {} } = {}) {
  const t0 = Date.now();
  const screenshotsDir = path.join(SCREENSHOTS_DIR, slug(name));
  await fsp.rm(screenshotsDir, { recursive: true, force: true });
  const server = await startCodeServer({ vsix, settings, ...serverOpts });
  let context;
  try {
    const ws = workspace || path.join(server.dirs.root, 'ws');
    await fsp.mkdir(ws, { recursive: true });
    for (const [rel, content] of Object.entries(files || {})) {
      await fsp.mkdir(path.dirname(path.join(ws, rel)), { recursive: true });
      await fsp.writeFile(path.join(ws, rel), content);
    }
    // the browser profile inside the server's scratch folder: removed with it
    context = await launchBrowser({ profileDir: path.join(server.dirs.root, 'chromium'), ...browserOpts });
    const page = await openWorkbench(context, server, ws);
    const wb = new Workbench(page, server, { workspace: ws, screenshotsDir, context });
    wb.startMs = Date.now() - t0;
    wb.log(`workbench up in ${wb.startMs} ms (code-server ${server.url}, profile ${server.dirs.root})`);
    return wb;
  } catch (e) {
    try { await context?.close(); } catch { /* ignore */ }
    await server.stop();
    throw e;
  }
}
