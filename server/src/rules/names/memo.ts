// What depends only on a word's letters is computed once per distinct spelling, not once per token: a bounded cache
// (cleared when full, so memory stays flat over a long session) in front of a pure function of one string.
export function memo<V>(fn: (s: string) => V, max = 100_000): (s: string) => V {
  const m = new Map<string, V>();
  return (s: string) => {
    let v = m.get(s);
    if (v === undefined) {
      v = fn(s);
      if (m.size >= max) m.clear();
      m.set(s, v);
    }
    return v;
  };
}
