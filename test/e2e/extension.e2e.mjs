// The extension as a person uses it, in a real VS Code (code-server, see README.md): the packaged .vsix is
// installed into a fresh profile, a workspace of the sample articles and of the short articles in fixtures/ is
// opened, and every check is seen in the editor, the Problems panel, hovers, the light-bulb menu, the command
// palette, the status bar and on disk. One code-server session is shared by all tests (they run in order), so
// tests that change a file work on a file of their own.
//
//   npm run test:e2e                      builds the .vsix and runs this
//   E2E_VSIX=path.vsix node --test test/e2e/extension.e2e.mjs    with a .vsix built already
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageExtension, waitUntil, sleep, processesInGroup } from './codeServer.mjs';
import { startSession, statusBarId } from './workbench.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXT_ID = `${PKG.publisher}.${PKG.name}`;
const STATUS_ID = statusBarId(EXT_ID, 'arabicNewsLint.findings');
const FIX_ALL_COMMAND = 'Arabic News Lint: Fix All Safe Problems in This File';
const FIX_ALL_ACTION = 'Fix all safe Arabic News Lint problems';
const CITATION_PLACEHOLDER = '[المصدر]';

/** The workspace: the samples, the fixtures, and a copy of fixall.txt per way of fixing all. */
function workspaceFiles() {
  const files = {};
  for (const dir of [path.join(ROOT, 'samples'), path.join(HERE, 'fixtures')]) {
    for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) files[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  files['fixall-source.txt'] = files['fixall.txt'];
  files['fixall-save.txt'] = files['fixall.txt'];
  return files;
}

/**
 * The .vsix under test: E2E_VSIX if given (npm run test:e2e packages first), else the one `npm run package`
 * makes, else built here (tsc, esbuild bundle, vsce with an ignore list that ships only what runs).
 */
function buildVsix() {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (PKG.scripts?.package) {
    // `npm run test:e2e` has just run `npm run package`
    if (process.env.npm_lifecycle_event !== 'test:e2e') run('npm', ['run', '-s', 'package']);
    const made = fs.readdirSync(ROOT).filter(f => f.endsWith('.vsix')).map(f => path.join(ROOT, f))
      .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
    if (!made.length) throw new Error('npm run package made no .vsix in the repository root');
    return made[0];
  }
  run('npx', ['tsc', '-b']);
  run('npm', ['run', '-s', 'bundle']);
  const ignore = path.join(fs.mkdtempSync('/tmp/ane2e-ignore-'), '.vscodeignore');
  fs.writeFileSync(ignore, ['**', '!package.json', '!package.nls*.json', '!dist/*.js', '!syntaxes/**', '!schemas/**',
    '!README.md', '!CHANGELOG.md', '!LICENSE*', '!images/icon.png', ''].join('\n'));
  return packageExtension(ROOT, { out: '/tmp/arabic-news-lint-e2e.vsix', args: ['--no-dependencies', '--ignoreFile', ignore] });
}

const strip = (s) => String(s).replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();

/** What the command-line linter finds in the same workspace: the oracle for messages and counts per file. */
function cliFindings(dir) {
  let out;
  try {
    out = execFileSync(process.execPath, [path.join(ROOT, 'bin/arabic-news-lint.js'), '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    out = e.stdout; // exit status 1 when there are errors
  }
  const byFile = {};
  for (const f of JSON.parse(out)) {
    // hints (findings inside a boilerplate block) are not in VS Code's Problems panel: the panel is compared without them
    byFile[path.basename(f.filePath)] = f.messages.filter(m => m.level !== 'hint').map(m => ({ rule: m.ruleId, line: m.line, message: strip(m.message) }));
  }
  return byFile;
}

const sortKey = (m) => `${String(m.line).padStart(4, '0')} ${m.rule} ${m.message}`;
const ours = (m) => m.source === 'arabic-news-lint';
const ofFile = (file) => (m) => ours(m) && m.file === file;

/** Our markers of one file in the Problems panel, as { rule, line, message }, sorted. */
async function panelFindings(wb, file) {
  const { markers } = await wb.problems();
  return markers.filter(ofFile(file)).map(m => ({ rule: String(m.code ?? '').replace(/\s.*$/, ''), line: m.line, message: strip(m.message) }))
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

/** Our status-bar item: its counts by codicon ({ warning: 4, info: 2 }), or { check: true }, or undefined if hidden. */
async function statusCounts(wb) {
  return wb.page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el || el.offsetParent === null) return undefined;
    const out = {};
    const label = el.querySelector('a, .statusbar-item-label') || el;
    let pending;
    for (const n of label.querySelectorAll('*')) {
      const icon = [...n.classList].find(c => /^codicon-(error|warning|info|lightbulb|check)$/.test(c));
      if (icon) pending = icon.slice('codicon-'.length);
    }
    // text is "<icon> 4 <icon> 2": walk the child nodes in order
    pending = undefined;
    const walk = (node) => {
      for (const c of node.childNodes) {
        if (c.nodeType === 1) {
          const icon = [...c.classList].find(x => /^codicon-(error|warning|info|lightbulb|check)$/.test(x));
          if (icon) { pending = icon.slice('codicon-'.length); if (pending === 'check') out.check = true; continue; }
          walk(c);
        } else if (c.nodeType === 3) {
          const n = (c.textContent || '').match(/\d+/);
          if (n && pending) { out[pending] = Number(n[0]); pending = undefined; }
        }
      }
    };
    walk(label);
    out.text = (el.innerText || '').trim();
    return out;
  }, STATUS_ID);
}


/** Shows the hover at a position (Go to Line, then "Show Hover", Ctrl+K Ctrl+I) and returns its text. */
async function hoverAt(wb, line, column, expect) {
  await wb.dismissHover();
  await wb.gotoLine(line, column);
  await wb.escape(1);
  await wb.page.keyboard.press('Control+K');
  await wb.page.keyboard.press('Control+I');
  // every visible hover: a tooltip (a tab's "Close") can be one too
  const hovers = () => wb.page.evaluate(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')]
    .filter(h => h.offsetParent !== null).map(h => h.innerText.replace(/\u00a0/g, ' ').replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')));
  return waitUntil(async () => (await hovers()).find(t => expect.test(t)) || false,
    { timeout: 10000, what: `a hover at ${line}:${column} matching ${expect}` });
}

/** A cropped shot of the editor area (no Problems panel, no sidebar) for the README: screenshots/<session>/docs/. */
async function docShot(wb, name) {
  const dir = path.join(wb.screenshotsDir, 'docs');
  fs.mkdirSync(dir, { recursive: true });
  await sleep(400); // the hover fades in
  await wb.page.screenshot({ path: path.join(dir, `${name}.png`), clip: { x: 350, y: 40, width: 1250, height: 400 } });
}

/** Opens the Ctrl+. menu at the cursor and leaves it open; returns the action titles. */
async function menuAtCursor(wb) {
  for (let i = 0; i < 4; i++) {
    await wb.escape(1);
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+.');
    const ok = await waitUntil(async () => (await wb.quickFixRows()).some(r => r.action), { timeout: 4000, interval: 50, what: 'the action menu' }).catch(() => false);
    if (!ok) continue;
    await sleep(300);
    const rows = (await wb.quickFixRows()).filter(r => r.action);
    if (rows.length) return rows.map(r => r.title);
  }
  throw new Error('the Ctrl+. menu did not open at the cursor');
}

/** The editor's selection as the status bar shows it: { line, column, selected }. */
async function selectionStatus(wb) {
  const t = (await wb.statusBarItem({ id: 'status.editor.selection' }))?.text || '';
  const m = t.match(/Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/);
  return m && { line: Number(m[1]), column: Number(m[2]), selected: Number(m[3] || 0), text: t };
}

/** Runs "Source Action..." (the editor's source-action menu) and picks the row whose title matches. */
async function sourceAction(wb, title) {
  for (let i = 0; i < 4; i++) {
    await wb.focusEditor();
    await wb.runCommand('Source Action...');
    const rows = await waitUntil(async () => {
      const r = (await wb.quickFixRows()).filter(x => x.action);
      return r.length ? r : false;
    }, { timeout: 5000, what: 'the source action menu' }).catch(() => null);
    if (!rows) continue;
    await sleep(300);
    const target = (await wb.quickFixRows()).find(r => r.action && r.title.includes(title));
    if (!target) throw new Error(`no source action "${title}"; offered: ${JSON.stringify(rows.map(r => r.title))}`);
    try { await wb.page.locator('.action-widget .monaco-list-row').nth(target.index).click({ timeout: 3000 }); } catch { continue; }
    return target.title;
  }
  throw new Error('the source action menu did not open');
}

let wb;
let oracle;
const problemsOf = (file) => oracle[file] || [];

before(async () => {
  const vsix = buildVsix();
  wb = await startSession({ name: 'extension', vsix: [vsix], files: workspaceFiles() });
  oracle = cliFindings(wb.workspace);
  wb.log(`oracle: ${Object.entries(oracle).map(([f, m]) => `${f}: ${m.length}`).join(', ')}`);
});

after(async () => {
  if (wb) {
    const total = wb.timings.reduce((s, t) => s + t.ms, 0);
    wb.log(`${wb.timings.length} steps in ${(total / 1000).toFixed(1)} s (workbench start ${wb.startMs} ms)`);
    await wb.close();
  }
});

test('all findings of the sample articles show in the editor and the Problems panel, as the CLI finds them', async () => {
  for (const file of ['01-summit.txt', '02-markets.txt']) {
    const want = problemsOf(file).map(({ rule, line, message }) => ({ rule, line, message })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    assert.ok(want.length > 0, `the CLI finds nothing in ${file}`);
    await wb.step(`open ${file}: squiggles`, async () => {
      await wb.openFile(file);
      await wb.waitForSquiggles({ min: 1 });
    });
    const got = await wb.step(`${file}: Problems panel lists ${want.length} findings`, async () => {
      await wb.openProblems();
      return waitUntil(async () => {
        const g = await panelFindings(wb, file);
        return g.length === want.length ? g : false;
      }, { timeout: 30000, what: `${want.length} findings of ${file} in the Problems panel` });
    });
    assert.deepEqual(got, want, `${file}: Problems panel vs CLI`);
  }
  // the documented findings of the samples (samples/README.md), by message
  for (const [file, re] of [
    ['01-summit.txt', /Boilerplate: "read also" teasers/], ['01-summit.txt', /«ترمب» ×1 and «ترامب» ×3/],
    ['01-summit.txt', /«ويُعتقد»: claim with no source/], ['01-summit.txt', /«مصادر مطلعة» \(vague source\)/],
    ['02-markets.txt', /"most read"/], ['02-markets.txt', /«الى» ×2 and «إلى» ×4/], ['02-markets.txt', /«التقارير»/],
  ]) {
    assert.ok(problemsOf(file).some(m => re.test(m.message)), `${file}: no finding matching ${re}`);
  }
  await wb.step('03-interview.txt (a clean article): no squiggles, no problems', async () => {
    await wb.openFile('03-interview.txt');
    await sleep(1500);
    await wb.waitForNoSquiggles();
    assert.deepEqual(await panelFindings(wb, '03-interview.txt'), []);
  });
});

test('boilerplate: squiggle, hover with the explanation, light-bulb fix removes the block on disk', async () => {
  await wb.step('boiler.txt: squiggle on the "read also" block', async () => {
    await wb.openFile('boiler.txt');
    await wb.waitForSquiggles({ severity: 'warning', min: 1 });
  });
  // a block spans lines, so the Problems row selects it all; hover at its first line instead
  const hover = await wb.step('boilerplate: hover explains the finding', async () => {
    const t = await hoverAt(wb, 4, 1, /boilerplate/);
    await docShot(wb, 'boilerplate-hover');
    return t;
  });
  assert.match(hover, /boilerplate/);
  assert.match(hover, /read also/);
  const offered = await wb.step('boilerplate: light-bulb menu (Ctrl+. on the block) offers the fixes', async () => {
    await wb.dismissHover();
    await wb.gotoLine(4, 1);
    const titles = await menuAtCursor(wb);
    await docShot(wb, 'boilerplate-quick-fix');
    return titles;
  });
  assert.ok(offered.some(t => /^Remove this .*block/.test(t)), `offered: ${offered}`);
  assert.ok(offered.some(t => /This is not boilerplate/.test(t)), `offered: ${offered}`);
  await wb.step('boilerplate: choose "Remove this block"', () => wb.codeActionAtCursor(/^Remove this .*block/));
  await wb.step('boilerplate: save, block gone on disk, problem gone', async () => {
    await wb.save();
    await wb.waitForNoProblem(ofFile('boiler.txt'));
    await wb.waitForNoSquiggles();
  });
  const text = await wb.readFile('boiler.txt');
  assert.doesNotMatch(text, /اقرأ أيضا|أسعار الذهب|مهرجان السينما/);
  assert.match(text, /يستمر عشرة أيام\./, 'the article text stays');
});

test('unattributed-claim: hover, then the placeholder quick fix selects [المصدر] so the source can be typed in', async () => {
  const isClaim = m => ofFile('claim.txt')(m) && /ويُعتقد/.test(m.message);
  await wb.step('claim.txt: squiggle under «ويُعتقد»', async () => {
    await wb.openFile('claim.txt');
    await wb.waitForSquiggles({ severity: 'warning', count: 1 });
    await wb.waitForProblem(isClaim);
  });
  const hover = await wb.step('unattributed-claim: hover explains the finding', async () => {
    const t = await wb.hoverProblem(isClaim, { expect: /unattributed-claim/ });
    await docShot(wb, 'unattributed-claim-hover');
    return t;
  });
  assert.match(hover, /claim with no source/);
  const offered = await wb.step('unattributed-claim: light-bulb menu offers the fixes', async () => {
    await wb.dismissHover();
    const titles = await wb.openQuickFixes(isClaim);
    await docShot(wb, 'unattributed-claim-quick-fix');
    return titles;
  });
  assert.ok(offered.some(t => /Mark the sentence/.test(t)), `offered: ${offered}`);
  await wb.step('unattributed-claim: choose "Insert an attribution placeholder"', async () => {
    await wb.escape(1);
    await wb.quickFix(isClaim, { title: /Insert an attribution placeholder/ });
  });
  await wb.step('unattributed-claim: the placeholder is inserted and selected (Fix.select)', async () => {
    await waitUntil(async () => (await wb.editorText()).includes(CITATION_PLACEHOLDER), { what: 'the placeholder in the editor' });
    await waitUntil(async () => (await selectionStatus(wb))?.selected === CITATION_PLACEHOLDER.length,
      { timeout: 5000, what: `the ${CITATION_PLACEHOLDER.length} characters of ${CITATION_PLACEHOLDER} to be selected after the fix (status bar: ${(await selectionStatus(wb))?.text})` });
  });
  await wb.step('unattributed-claim: type the source over the selected placeholder and save', async () => {
    await wb.page.keyboard.type('وزارة العمل');
    await wb.save();
  });
  const text = await wb.readFile('claim.txt');
  assert.match(text, /ويُعتقد، وفقا لـوزارة العمل، أن المشروع/, `on disk:\n${text}`);
  assert.ok(!text.includes(CITATION_PLACEHOLDER), 'the placeholder was typed over');
});

test('transliteration across files: the finding names the other files, and its fix writes the majority spelling', async () => {
  const isName = m => ofFile('names-a.txt')(m) && /«زيلنسكي»/.test(m.message);
  await wb.step('names-a.txt: زيلنسكي flagged against the two other files', async () => {
    await wb.openFile('names-a.txt');
    await wb.waitForSquiggles({ severity: 'warning', count: 2 });
    await wb.waitForProblem(m => isName(m) && /«زيلينسكي» ×4 in 2 other files/.test(m.message));
  });
  const related = await wb.step('transliteration: Problems panel shows names-b.txt and names-c.txt as related information', async () => {
    await wb.filterProblems('names-a.txt');
    return waitUntil(async () => {
      const rows = await wb.page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
        .map(r => (r.getAttribute('aria-label') || r.innerText || '').replace(/\u00a0/g, ' ')));
      const rel = rows.filter(r => /names-[bc]\.txt/.test(r) && !/^names-[bc]\.txt$/.test(r.trim()));
      return rel.some(r => r.includes('names-b.txt')) && rel.some(r => r.includes('names-c.txt')) ? rel : false;
    }, { timeout: 15000, what: 'related-information rows naming names-b.txt and names-c.txt' });
  });
  await wb.filterProblems('');
  wb.log('related rows:', related.join(' | '));
  const hover = await wb.step('transliteration: hover', async () => {
    await wb.openFile('names-a.txt');
    const t = await hoverAt(wb, 1, 36, /transliteration/);
    await docShot(wb, 'transliteration-cross-file-hover');
    return t;
  });
  assert.match(hover, /زيلينسكي/);
  // the cursor is on the first زيلنسكي (line 1, column 36) from the hover
  const offered = await wb.step('transliteration: light-bulb menu (Ctrl+. on the name) offers the fixes', async () => {
    await wb.dismissHover();
    await wb.gotoLine(1, 36);
    const titles = await menuAtCursor(wb);
    await docShot(wb, 'transliteration-quick-fix');
    return titles;
  });
  assert.ok(offered.some(t => /everywhere in this document/.test(t)), `offered: ${offered}`);
  assert.ok(offered.includes('Write «زيلينسكي»'), `offered: ${offered}`);
  await wb.step('transliteration: choose "Write «زيلينسكي»"', () => wb.codeActionAtCursor(t => t === 'Write «زيلينسكي»'));
  await wb.step('transliteration: save; one occurrence fixed on disk, one left', async () => {
    await wb.save();
    await wb.waitForSquiggles({ severity: 'warning', count: 1 });
  });
  const text = await wb.readFile('names-a.txt');
  assert.equal((text.match(/زيلينسكي/g) || []).length, 1, text);
  assert.equal((text.match(/زيلنسكي/g) || []).length, 1, text);
});

test('status bar: the counts follow the active file', async () => {
  for (const file of ['01-summit.txt', '03-interview.txt', '02-markets.txt']) {
    const got = await wb.step(`status bar follows ${file}`, async () => {
      await wb.openFile(file);
      const want = {};
      for (const m of (await wb.problems()).markers.filter(ofFile(file))) want[m.severity] = (want[m.severity] || 0) + 1;
      assert.equal(Object.values(want).reduce((a, b) => a + b, 0), problemsOf(file).length, `${file}: Problems panel vs CLI`);
      return waitUntil(async () => {
        const c = await statusCounts(wb);
        if (!c) return false;
        const ok = Object.keys(want).length
          ? Object.entries(want).every(([k, n]) => c[k] === n) && !c.error
          : c.check && !c.warning && !c.info;
        return ok ? c : false;
      }, { timeout: 15000, what: `status bar counts ${JSON.stringify(want)} for ${file} (now ${JSON.stringify(await statusCounts(wb))})` });
    });
    wb.log(`status bar on ${file}: ${JSON.stringify(got)}`);
  }
});

test('switching a rule off or changing its severity in settings takes effect without a reload', async () => {
  const file = '01-summit.txt';
  const claims = problemsOf(file).filter(m => m.rule === 'unattributed-claim').length;
  const others = problemsOf(file).length - claims;
  assert.ok(claims > 0);
  await wb.step('settings: open 01-summit.txt with all rules on', async () => {
    await wb.openFile(file);
    await waitUntil(async () => (await panelFindings(wb, file)).length === claims + others, { what: 'all findings' });
  });
  await wb.step('settings: "arabicNewsLint.rules.unattributed-claim": "off" removes its findings', () =>
    wb.setWorkspaceSettings({ 'arabicNewsLint.rules.unattributed-claim': 'off' }, {
      until: async () => {
        const g = await panelFindings(wb, file);
        return g.length === others && !g.some(m => m.rule === 'unattributed-claim');
      },
    }));
  await wb.step('settings: "arabicNewsLint.rules.boilerplate": "error" turns its squiggles red', () =>
    wb.setWorkspaceSettings({ 'arabicNewsLint.rules.boilerplate': 'error' }, {
      until: async () => (await wb.squiggleCount('error')) >= 1
        && (await wb.problems()).markers.filter(m => ofFile(file)(m) && m.severity === 'error').length === problemsOf(file).filter(m => m.rule === 'boilerplate').length,
    }));
  await wb.step('settings: back to the defaults, all findings return', () =>
    wb.setWorkspaceSettings({ 'arabicNewsLint.rules.unattributed-claim': undefined, 'arabicNewsLint.rules.boilerplate': undefined }, {
      until: async () => (await panelFindings(wb, file)).length === claims + others && (await wb.squiggleCount('error')) === 0,
    }));
});

const FIXED = (text) => {
  assert.doesNotMatch(text, /اقرأ أيضا|أسعار القمح/, 'the "read also" block is removed');
  assert.doesNotMatch(text, /(^|\s)الى\s/, 'الى is written إلى');
  assert.doesNotMatch(text, /إيمانوئيل/, 'the name is written one way');
  assert.match(text, /وأضاف إيمانويل ماكرون أن الحكومة/);
  assert.match(text, /وعاد إلى العاصمة مساء\./);
};

test('fix all: the command palette command fixes every safe finding of the file', async () => {
  await wb.step('fixall.txt: four findings', async () => {
    await wb.openFile('fixall.txt');
    await waitUntil(async () => (await panelFindings(wb, 'fixall.txt')).length === problemsOf('fixall.txt').length, { what: 'the findings of fixall.txt' });
  });
  await wb.step(`fix all: command palette "${FIX_ALL_COMMAND}"`, async () => {
    await wb.focusEditor();
    await wb.runCommand(FIX_ALL_COMMAND);
    await waitUntil(() => wb.isDirty(), { what: 'the fixes to be applied (editor dirty)' });
  });
  await wb.step('fix all: save; no findings left', async () => {
    await wb.save();
    await wb.waitForNoProblem(ofFile('fixall.txt'));
  });
  FIXED(await wb.readFile('fixall.txt'));
});

test('fix all: the source action (Source Action... menu) does the same', async () => {
  await wb.step('fixall-source.txt: findings', async () => {
    await wb.openFile('fixall-source.txt');
    await waitUntil(async () => (await panelFindings(wb, 'fixall-source.txt')).length === problemsOf('fixall-source.txt').length, { what: 'the findings' });
  });
  await wb.step(`fix all: Source Action... "${FIX_ALL_ACTION}"`, async () => {
    await sourceAction(wb, FIX_ALL_ACTION);
    await waitUntil(() => wb.isDirty(), { what: 'the fixes to be applied (editor dirty)' });
  });
  await wb.step('fix all (source action): save; no findings left', async () => {
    await wb.save();
    await wb.waitForNoProblem(ofFile('fixall-source.txt'));
  });
  FIXED(await wb.readFile('fixall-source.txt'));
});

test('fix on save: with editor.codeActionsOnSave {"source.fixAll.arabicNewsLint": "explicit"}, Ctrl+S fixes the file', async () => {
  await wb.step('fix on save: enable it in .vscode/settings.json', async () => {
    await wb.setWorkspaceSettings({ 'editor.codeActionsOnSave': { 'source.fixAll.arabicNewsLint': 'explicit' } });
    await sleep(1000);
  });
  await wb.step('fix on save: open fixall-save.txt, type a word', async () => {
    await wb.openFile('fixall-save.txt');
    await waitUntil(async () => (await panelFindings(wb, 'fixall-save.txt')).length === problemsOf('fixall-save.txt').length, { what: 'the findings' });
    await wb.gotoLine(4, 1);
    await wb.page.keyboard.press('End');
    await wb.insertText(' وغادر');
  });
  await wb.step('fix on save: Ctrl+S; the file on disk is fixed, no findings left', async () => {
    await wb.save();
    await wb.waitForFileContent('fixall-save.txt', t => !/اقرأ أيضا/.test(t), { timeout: 15000 });
    await wb.waitForNoProblem(ofFile('fixall-save.txt'));
  });
  const text = await wb.readFile('fixall-save.txt');
  FIXED(text.replace(' وغادر', ''));
  assert.match(text, /مساء\. وغادر/, 'what was typed is saved too');
  await wb.setWorkspaceSettings({ 'editor.codeActionsOnSave': undefined });
});

/** The language server processes of our extension under this code-server (the client starts dist/server.js). */
function languageServerPids() {
  const pids = [];
  for (const pid of processesInGroup(wb.server.pid)) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (/arabic-news-lint[^ ]*[\\/]dist[\\/]server\.js/.test(cmd)) pids.push(pid);
    } catch { /* exited */ }
  }
  return pids;
}

test('when the language server process dies, the client restarts it and diagnostics come back', async () => {
  const before = await wb.step('crash: find the running language server process', () =>
    waitUntil(() => { const p = languageServerPids(); return p.length ? p : false; }, { timeout: 15000, what: 'a dist/server.js process under code-server' }));
  await wb.step('crash: kill -9 the language server', async () => {
    for (const pid of before) process.kill(pid, 'SIGKILL');
    await waitUntil(() => before.every(pid => !languageServerPids().includes(pid)), { timeout: 5000, what: 'the killed server to be gone' });
  });
  const fresh = await wb.step('crash: the client starts a new server process', () =>
    waitUntil(() => { const p = languageServerPids().filter(x => !before.includes(x)); return p.length ? p : false; }, { timeout: 30000, what: 'a new dist/server.js process' }));
  wb.log(`language server ${before.join(',')} killed, restarted as ${fresh.join(',')}`);
  await wb.step('crash: a file opened after the restart gets its diagnostics from the new server', async () => {
    await wb.writeFile('after-crash.txt', 'افتتحت البلدية حديقة جديدة.\nويُعتقد أن المشروع كلف ملايين.\n');
    await wb.openFile('after-crash.txt');
    await wb.waitForProblem(m => m.file === 'after-crash.txt' && /«ويُعتقد»/.test(m.message));
  });
});
