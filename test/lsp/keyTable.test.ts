// The name index's table of values by key hash (workspace/keyTable.ts): exact whatever the hashes collide with, and
// every value still found after others on its probe sequence are taken off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyTable } from '../../server/src/workspace/keyTable';

test('a KeyTable finds each key by its hash, tells colliding keys apart and survives deletes and growth', () => {
  // (hashes chosen to collide and to crowd a few home slots, so that deletes have probe runs to close)
  const hashOf = (i: number) => (i % 7) * 64 + (i % 3);
  const t = new KeyTable<{ key: string; n: number }>(v => v.key, key => hashOf(Number(key.slice(1))));
  const live = new Map<string, number>();
  for (let i = 0; i < 500; i++) { t.add({ key: `k${i}`, n: i }); live.set(`k${i}`, i); }
  for (let i = 0; i < 500; i += 3) { t.delete(`k${i}`); live.delete(`k${i}`); }
  t.delete('k1001'); // (absent: its hash is live keys', k14's)
  for (let i = 500; i < 700; i++) { t.add({ key: `k${i}`, n: i }); live.set(`k${i}`, i); }
  t.replace({ key: 'k1', n: -1 }); live.set('k1', -1);
  for (let i = 0; i < 700; i++) assert.equal(t.get(`k${i}`)?.n, live.get(`k${i}`), `k${i}`);
  // indexOf says where a value is kept, for at() to read it by: the value get finds, the replaced one in place
  for (let i = 0; i < 700; i++) assert.equal(t.indexOf(`k${i}`) < 0 ? undefined : t.at(t.indexOf(`k${i}`)), t.get(`k${i}`), `k${i}`);
  assert.equal(t.indexOf('k1001'), -1);
  // (absent keys whose hashes are live keys', k14's and k519's: the key, not the hash, tells)
  assert.equal(t.get('k1001'), undefined);
  assert.equal(t.get('k1002'), undefined);
});

test('a KeyTable\'s filter follows its keys through churn at a steady size (deleted keys\' bits do not pile up)', () => {
  const t = new KeyTable<{ k: string }>(v => v.k);
  for (let i = 0; i < 100; i++) t.add({ k: `k${i}` });
  // a server re-indexing edited files: a key goes, another comes, the table never grows
  for (let i = 100; i < 6000; i++) { t.delete(`k${i - 100}`); t.add({ k: `k${i}` }); }
  const bits = ((t as unknown as { filter: Int32Array }).filter).reduce((n, w) => { for (let x = w >>> 0; x; x &= x - 1) n++; return n; }, 0);
  assert.ok(bits <= 100 + 1025, `${bits} filter bits for 100 keys`);
  for (let i = 5900; i < 6000; i++) assert.equal(t.get(`k${i}`)?.k, `k${i}`);
  for (let i = 0; i < 5900; i += 7) assert.equal(t.get(`k${i}`), undefined);
});
