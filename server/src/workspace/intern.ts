// One copy of each recurring string in the index. A 10,000-file workspace writes ~300,000 name spellings but only
// ~10,000 distinct ones: without interning each file's summary keeps its own copies of the same few strings.
// Bounded: when full the table starts over, which only stops later strings from sharing the copies made so far.

const MAX_INTERNED = 200_000;
const table = new Map<string, string>();

/** The shared copy of `s`. */
export function intern(s: string): string {
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size >= MAX_INTERNED) table.clear();
  const copy = detached(s);
  table.set(copy, copy);
  return copy;
}

/** `s` without ties to a larger string: V8 makes a slice of 13 characters or more a view into its parent, so a name
 * sliced from an article would keep the whole article alive. Concatenating forces a flat copy of `s` alone. */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
