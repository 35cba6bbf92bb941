// The hashes of arabic/hash.ts: the polynomial one composes (a pair of words is hashed from numbers its words keep),
// and HashIndex32 answers the first value filed under a hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HashIndex32, polyHash, polyJoin, polyPower } from '../../server/src/arabic/hash';
import { rng } from '../support/rng';

test('polyJoin of two strings\' hashes is the hash of the two joined, and stays a small integer', () => {
  const next = rng(7);
  const word = () => { let s = ''; for (let n = 1 + Math.floor(next() * 12); n > 0; n--) s += String.fromCharCode(0x621 + Math.floor(next() * 42)); return s; };
  for (let k = 0; k < 500; k++) {
    const a = k % 50 === 0 ? '' : word(), b = word();
    const h = polyJoin(polyHash(a), polyHash(b), polyPower(b.length));
    assert.equal(h, polyHash(a + b), `${a} + ${b}`);
    assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 30);
  }
  assert.equal(polyPower(0), 1);
  assert.equal(polyHash(''), 0);
});

test('HashIndex32 answers the first value added under a hash, -1 for a hash never added (0 included)', () => {
  const index = new HashIndex32(); index.reset(3);
  index.add(5, 1); index.add(5, 2); index.add(0, 3); index.add(-7, 4);
  assert.equal(index.get(5), 1);
  assert.equal(index.get(0), 3);
  assert.equal(index.get(-7), 4);
  assert.equal(index.get(6), -1);
  // hashes that land on one slot (same low bits) are told apart
  const crowded = new HashIndex32(); crowded.reset(8);
  for (let k = 1; k <= 8; k++) crowded.add(k << 12, k);
  for (let k = 1; k <= 8; k++) assert.equal(crowded.get(k << 12), k);
  assert.equal(crowded.get(9 << 12), -1);
});

test('HashIndex32 forgets what was added before a reset, at any size', () => {
  const index = new HashIndex32();
  index.reset(1000);
  for (let k = 1; k <= 1000; k++) index.add(k * 7919, k);
  index.reset(2);
  assert.equal(index.get(7919), -1);
  index.add(7919, 5);
  assert.equal(index.get(7919), 5);
});
