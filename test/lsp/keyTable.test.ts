// The name index's table of values by key hash (workspace/keyTable.ts): exact whatever the hashes collide with, and
// every value still found after others on its probe sequence are taken off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyTable } from '../../server/src/workspace/keyTable';

test('a KeyTable finds each key by its hash, tells colliding keys apart and survives deletes and growth', () => {
  const t = new KeyTable<{ key: string; n: number }>(v => v.key);
  // (hashes chosen to collide and to crowd a few home slots, so that deletes have probe runs to close)
  const hashOf = (i: number) => (i % 7) * 64 + (i % 3);
  const live = new Map<string, number>();
  for (let i = 0; i < 500; i++) { t.add(hashOf(i), { key: `k${i}`, n: i }); live.set(`k${i}`, i); }
  for (let i = 0; i < 500; i += 3) { t.delete(`k${i}`, hashOf(i)); live.delete(`k${i}`); }
  t.delete('absent', hashOf(1));
  for (let i = 500; i < 700; i++) { t.add(hashOf(i), { key: `k${i}`, n: i }); live.set(`k${i}`, i); }
  t.replace('k1', hashOf(1), { key: 'k1', n: -1 }); live.set('k1', -1);
  for (let i = 0; i < 700; i++) assert.equal(t.get(`k${i}`, hashOf(i))?.n, live.get(`k${i}`), `k${i}`);
  assert.equal(t.get('k1', hashOf(2)), undefined);
  assert.equal(t.get('other', hashOf(1)), undefined);
});
