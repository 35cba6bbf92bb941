import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { applyEdits, lint } from '../../../server/src/engine';

test('unattributed-claim: the placeholder fix says to select «[المصدر]» in the new text', () => {
  const text = 'ويُعتقد أن الهجوم نفذته جماعة مسلحة.';
  const f = lint(text).find(x => x.ruleId === 'unattributed-claim')!;
  const fix = f.fixes.find(x => x.preferred)!;
  const after = applyEdits(text, fix.edits).text;
  assert.equal(after.slice(fix.select!.start, fix.select!.end), '[المصدر]');
});
