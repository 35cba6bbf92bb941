// Strings the workspace index keeps for as long as a file stays indexed (keys, spellings, written forms) must not
// hold the text they were read from. The index keeps one copy of each per spelling entry (nameSpellings.ts), made
// when the entry or the form is new, so no table of shared copies is needed besides.

/** `s` without ties to a larger string: V8 makes a slice of 13 characters or more a view into its parent, so a name
 * sliced from an article would keep the whole article alive. Concatenating forces a flat copy of `s` alone. */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
