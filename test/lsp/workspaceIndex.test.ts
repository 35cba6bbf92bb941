// The workspace index: line recurrence across files, incremental updates, pluggable indexers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_HASH_INDEXER, WorkspaceIndex, lineKey, lineRecurrenceIndexer, registerIndexer, type Indexer } from '../../server/src/workspace';
import { sameData } from '../../server/src/workspace/workspaceIndex';
import { articleLineKeys, keyHash } from '../../server/src/workspace/lineKey';
import { Article } from '../../server/src/engine/article';

const FOOTER = 'اقرأ أيضاً: آخر الأخبار على موقعنا';

test('lineRecurrence counts the other files that have the line, however it is punctuated or vowelled', () => {
  const ix = new WorkspaceIndex();
  ix.setText('file:///a.txt', `خبر أول عن الاقتصاد\n${FOOTER}\n`);
  ix.setText('file:///b.txt', `خبر ثان عن السياسة\nاقرأ أيضا - آخر الأخبار على موقعنا!\n`);
  ix.setText('file:///c.txt', `خبر ثالث\n${FOOTER.replace('أ', 'ا')}\n`);
  assert.equal(ix.size(), 3);
  assert.equal(ix.lineRecurrence(FOOTER), 3);
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///a.txt'), 2);
  // a caller may pass its own key: lineKey is idempotent
  assert.equal(ix.lineRecurrence(lineKey(FOOTER), 'file:///a.txt'), 2);
  assert.equal(ix.lineRecurrence('خبر أول عن الاقتصاد', 'file:///a.txt'), 0);
  // by the key's hash (what the boilerplate rule asks with, from the Article's line hashes): the same answers
  const b = new Article(`خبر ثان عن السياسة\nاقرأ أيضا - آخر الأخبار على موقعنا!\n`);
  const footer = articleLineKeys(b).trackedLineHash(1);
  assert.equal(footer, keyHash(lineKey(FOOTER)));
  assert.equal(ix.lineRecurrenceOfHash(footer), 3);
  assert.equal(ix.lineRecurrenceOfHash(footer, 'file:///b.txt'), 2);
  assert.equal(ix.lineRecurrenceOfHash(articleLineKeys(b).trackedLineHash(0), 'file:///b.txt'), 0);
  assert.equal(articleLineKeys(new Article('ب')).trackedLineHash(0), -1);
});

test('lines outside 2..200 key characters are not tracked', () => {
  const ix = new WorkspaceIndex();
  const long = 'كلمة '.repeat(50);
  ix.setText('file:///a.txt', `ب\n${long}\n`);
  ix.setText('file:///b.txt', `ب\n${long}\n`);
  assert.equal(ix.lineRecurrence('ب'), 0);
  assert.equal(ix.lineRecurrence(long), 0);
});

test('re-indexing a file replaces its lines; removing it forgets them; unchanged text reports no change', () => {
  const ix = new WorkspaceIndex();
  assert.equal(ix.setText('file:///a.txt', FOOTER), true);
  assert.equal(ix.setText('file:///a.txt', FOOTER), false);
  ix.setText('file:///b.txt', FOOTER);
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///a.txt'), 1);
  ix.setText('file:///b.txt', 'نص آخر تماما');
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///a.txt'), 0);
  // (the file a question excludes is looked up again once it changes)
  ix.setText('file:///b.txt', FOOTER);
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///a.txt'), 1);
  ix.setText('file:///a.txt', 'نص آخر تماما');
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///a.txt'), 1);
  ix.setText('file:///a.txt', FOOTER);
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///a.txt'), 1);
  ix.setText('file:///b.txt', 'نص آخر تماما');
  assert.equal(ix.remove('file:///a.txt'), true);
  assert.equal(ix.lineRecurrence(FOOTER), 0);
  assert.equal(ix.size(), 1);
});

test('a file counts a line once however often it has it; its summary does not depend on the lines\' order', () => {
  const ix = new WorkspaceIndex();
  ix.setText('file:///a.txt', `${FOOTER}\nخبر أول\n${FOOTER}\n`);
  ix.setText('file:///b.txt', FOOTER);
  assert.equal(ix.lineRecurrence(FOOTER), 2);
  assert.equal(ix.lineRecurrence(FOOTER, 'file:///b.txt'), 1);
  const one = `خبر أول\n${FOOTER}\nخبر ثان`, other = `خبر ثان\n${FOOTER}\nخبر أول\n${FOOTER}`;
  assert.ok(sameData(lineRecurrenceIndexer.summarize(one), lineRecurrenceIndexer.summarize(other)));
  assert.ok(sameData(lineRecurrenceIndexer.summarize(one), lineRecurrenceIndexer.summarize(other, new Article(other))));
  // (a text of many short lines too: each line once, ascending)
  const many = Array.from({ length: 90 }, (_, i) => `سطر رقم ${i % 41}`);
  const forth = lineRecurrenceIndexer.summarize(many.join('\n')), back = lineRecurrenceIndexer.summarize(many.reverse().join('\n'));
  assert.equal(forth.length, 41);
  assert.ok(forth.every((h, i) => i === 0 || h > forth[i - 1]));
  assert.ok(sameData(forth, back));
});

test('a replica built from summaries (the lint worker) answers like the original', () => {
  const ix = new WorkspaceIndex();
  ix.setText('file:///a.txt', FOOTER);
  ix.setText('file:///b.txt', FOOTER);
  const replica = new WorkspaceIndex();
  for (const [uri, s] of structuredClone(ix.snapshot())) replica.setSummaries(uri, s);
  assert.equal(replica.lineRecurrence(FOOTER, 'file:///a.txt'), 1);
});

test('an indexer registered by a rule answers nameSpellings without the index knowing the rule', () => {
  type Counts = Map<string, Map<string, { count: number; uris: string[] }>>;
  const spellings: Indexer<Record<string, number>, Counts> = {
    id: 'test-names',
    summarize: text => {
      const out: Record<string, number> = {};
      for (const w of text.split(/\s+/)) if (w === 'ترامب' || w === 'ترمب') out[w] = (out[w] ?? 0) + 1;
      return out;
    },
    createAggregate: () => new Map(),
    add(agg, uri, s) {
      for (const [w, n] of Object.entries(s)) {
        const byForm = agg.get('trump') ?? new Map();
        agg.set('trump', byForm);
        const e = byForm.get(w) ?? { count: 0, uris: [] };
        e.count += n; e.uris.push(uri);
        byForm.set(w, e);
      }
    },
    remove(agg, uri, s) {
      for (const [w, n] of Object.entries(s)) {
        const e = agg.get('trump')?.get(w);
        if (e) { e.count -= n; e.uris = e.uris.filter(u => u !== uri); if (!e.count) agg.get('trump')!.delete(w); }
      }
    },
    queries: agg => ({ nameSpellings: key => agg.get(key) ?? new Map() }),
  };
  const ix = new WorkspaceIndex();
  ix.setText('file:///a.txt', 'قال ترامب إن');
  const unregister = registerIndexer(spellings);
  try {
    ix.setText('file:///b.txt', 'قال ترمب إن ترمب');
    assert.equal(ix.isMissingIndexers(), true); // a.txt was indexed before the indexer existed
    ix.setText('file:///a.txt', 'قال ترامب إن ');
    assert.deepEqual(Object.fromEntries([...ix.nameSpellings('trump')].map(([k, v]) => [k, v.count])), { 'ترمب': 2, 'ترامب': 1 });
    assert.equal(ix.lineRecurrence('قال ترامب إن'), 1); // the built-in indexer still works
  } finally {
    unregister();
  }
  assert.equal(ix.nameSpellings('trump').size, 0);
});

test('an index that omits an indexer summarizes without it and answers the rest alike (the CLI omits the fingerprint)', () => {
  const full = new WorkspaceIndex(), lean = new WorkspaceIndex({ omit: [CONTENT_HASH_INDEXER] });
  for (const ix of [full, lean]) {
    ix.setText('file:///a.txt', `خبر أول\n${FOOTER}\n`);
    ix.setText('file:///b.txt', `خبر ثان\n${FOOTER}\n`);
  }
  assert.ok(full.contentHashOf('file:///a.txt'));
  assert.equal(lean.contentHashOf('file:///a.txt'), undefined);
  assert.equal(lean.isMissingIndexers(), false);
  assert.equal(lean.lineRecurrence(FOOTER, 'file:///a.txt'), full.lineRecurrence(FOOTER, 'file:///a.txt'));
  assert.equal(lean.lineRecurrence(FOOTER), 2);
});
