// The line recurrence index's counts by 53-bit hash (workspace/wideHashCounts.ts): as exact as a Map keyed by the
// hashes, whatever their home slots collide on, through removals and growth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WideHashCounts } from '../../server/src/workspace/wideHashCounts';
import { rng } from '../support/rng';

const LOW = 2 ** 21;

test('WideHashCounts counts adds less removes, tells apart hashes that share either half, and ignores absent removes', () => {
  const t = new WideHashCounts();
  // (one high part with two low parts, one low part with two high parts, and the ends of the range)
  const hashes = [5 * LOW + 1, 5 * LOW + 2, 7 * LOW + 1, 0, 2 ** 53 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 52 + 1, 2 ** 31 * LOW];
  hashes.forEach((h, i) => { for (let k = 0; k <= i; k++) t.add(h); });
  hashes.forEach((h, i) => assert.equal(t.count(h), i + 1, String(h)));
  assert.equal(t.count(5 * LOW + 3), 0);
  assert.equal(t.count(2 ** 53 - 2), 0);
  t.remove(5 * LOW + 3); // (absent, beside present ones: nothing changes)
  t.remove(5 * LOW + 1);
  t.remove(5 * LOW + 2); t.remove(5 * LOW + 2);
  assert.equal(t.count(5 * LOW + 1), 0);
  assert.equal(t.count(5 * LOW + 2), 0);
  hashes.slice(2).forEach((h, i) => assert.equal(t.count(h), i + 3, String(h)));
  t.add(5 * LOW + 2);
  assert.equal(t.count(5 * LOW + 2), 1);
});

test('WideHashCounts answers as a Map of counts through growth and removals on crowded home slots', () => {
  const random = rng(7);
  // high parts that crowd a few home slots at every table size (multiples of 2^12), low parts few: long probe runs
  // for removals to close, and many hashes equal in one half
  const pick = () => (Math.floor(random() * 40) * 4096 + Math.floor(random() * 3)) * LOW + Math.floor(random() * 5);
  const t = new WideHashCounts(), model = new Map<number, number>();
  const seen: number[] = [];
  for (let step = 0; step < 20000; step++) {
    // (adds outnumber removes early, so the table grows; later they balance)
    if (random() < (step < 8000 ? 0.8 : 0.5) || seen.length === 0) {
      const h = pick();
      t.add(h); model.set(h, (model.get(h) ?? 0) + 1); seen.push(h);
    } else {
      const h = random() < 0.9 ? seen[Math.floor(random() * seen.length)] : pick();
      t.remove(h);
      const n = (model.get(h) ?? 0) - 1;
      if (n > 0) model.set(h, n); else model.delete(h);
    }
    if (step % 997 === 0) for (const h of seen) assert.equal(t.count(h), model.get(h) ?? 0, `${h} at ${step}`);
  }
  for (const h of seen) assert.equal(t.count(h), model.get(h) ?? 0, String(h));
  for (const h of seen) while (t.count(h) > 0) t.remove(h);
  for (const h of seen) assert.equal(t.count(h), 0);
});
