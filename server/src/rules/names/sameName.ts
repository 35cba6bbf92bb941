// Is a pair of spellings with one transliteration key one name written two ways? The key only groups candidates;
// this decides, from the letters and what is known about the words.
import { editDistance, variantKey } from './key';
import { areDifferentNames, foreignness, isNisbaOfName, isRareOrName } from './lexicon';

/** Endings that inflect an Arabic word (case of a plural, a noun beside its adjective), so two spellings that differ
 * only there are two forms of one word, not two spellings of a name: أمريكيون/أمريكيين, جامعة/جامعية. */
function inflectionOnly(a: string, b: string): boolean {
  const plural = /(ون|ين)$/;
  if (plural.test(a) && plural.test(b) && a.slice(0, -2) === b.slice(0, -2)) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.endsWith('ه') && l === s.slice(0, -1) + 'يه') return true;
  if (l === s + 'ء' || l === s + 'ي' || l === s + 'ه' || l === s + 'ا') return true;
  return false;
}

/** Two folded spellings (words separated by single spaces) of one name? `marked`: the text marks one of them as a
 * name (a title or a first name beside it), which lets a less foreign-looking pair through. */
export function sameName(a: string, b: string, marked = false): boolean {
  if (a === b) return false;
  const ca = a.replace(/ /g, ''), cb = b.replace(/ /g, '');
  if (ca.length < 3 || cb.length < 3) return false;
  const wa = a.split(' '), wb = b.split(' ');
  // written apart or together (فيس بوك / فيسبوك): the same letters, nothing else
  if (wa.length !== wb.length) return ca === cb || (ca.length >= 7 && variantKey(a) === variantKey(b) && editDistance(ca, cb, 2) <= 1);
  if (variantKey(a) !== variantKey(b)) return false;
  if (inflectionOnly(ca, cb)) return false;
  let foreign = 0, differing = 0, nisba = true, shortest = Infinity;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (areDifferentNames(wa[i], wb[i]) || !isRareOrName(wa[i]) || !isRareOrName(wb[i])) return false;
    foreign += foreignness(wa[i]) + foreignness(wb[i]);
    differing += 2;
    nisba &&= isNisbaOfName(wa[i]) && isNisbaOfName(wb[i]);
    shortest = Math.min(shortest, wa[i].length, wb[i].length);
  }
  const f = differing ? foreign / differing : 0;
  // a name is marked by the text, or looks transliterated, or is the adjective of a name (أمريكي from أمريكا)
  if (!(nisba || (marked && f >= -1.2) || (f >= 0.3 && shortest >= 4))) return false;
  const len = Math.max(ca.length, cb.length);
  return editDistance(ca, cb, 4) <= Math.max(2, Math.floor(len / 3));
}
