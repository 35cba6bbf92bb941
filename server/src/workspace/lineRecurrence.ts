// The first indexer: which line keys each file has, so that a rule can ask "in how many other files does this
// line recur?" (site boilerplate recurs; article prose does not).
import { registerIndexer, type Indexer } from './registry';
import type { Article } from '../engine/article';
import { articleLineKeys, isTrackedLineKey, keyHash, lineKey, mayBeTrackedLine } from './lineKey';

export type LineKeySummary = Set<number>;
export type LineKeyCounts = Map<number, number>;

export const lineRecurrenceIndexer: Indexer<LineKeySummary, LineKeyCounts> = {
  id: 'lineRecurrence',
  summarize(text, article) {
    if (article) return summarizeArticle(article);
    const hashes = new Set<number>();
    for (const line of text.split(/\r\n|\r|\n/)) {
      // cheap pre-filter on the raw length: a key is never longer than its line
      if (line.length < 2 || !mayBeTrackedLine(line)) continue;
      const key = lineKey(line);
      if (isTrackedLineKey(key)) hashes.add(keyHash(key));
    }
    return hashes;
  },
  createAggregate: () => new Map(),
  add(counts, _uri, hashes) {
    for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  },
  remove(counts, _uri, hashes) {
    for (const h of hashes) {
      const n = (counts.get(h) ?? 0) - 1;
      if (n > 0) counts.set(h, n); else counts.delete(h);
    }
  },
  queries: (counts, summaryOf) => {
    const ofHash = (h: number, excludeUri?: string): number => {
      const n = counts.get(h) ?? 0;
      return n > 0 && excludeUri && summaryOf(excludeUri)?.has(h) ? n - 1 : n;
    };
    return {
      lineRecurrence(key: string, excludeUri?: string): number {
        const k = lineKey(key);
        return isTrackedLineKey(k) ? ofHash(keyHash(k), excludeUri) : 0;
      },
      lineRecurrenceOfHash: ofHash,
    };
  },
};

/** summarize over the Article's lines (splitLines cuts where the split above does), keyed through the Article's
 * line keys, which the boilerplate rule reads too. No mayBeTrackedLine pre-filter here: a long line is keyed only
 * until its key is longer than KEY_HEAD_MAX (a head the rule reads too), while the pre-filter is a scan of its own. */
function summarizeArticle(article: Article): LineKeySummary {
  const hashes = new Set<number>();
  const keys = articleLineKeys(article);
  for (const line of article.lines) {
    if (line.end - line.start < 2) continue;
    const h = keys.trackedLineHash(line.index);
    if (h >= 0) hashes.add(h);
  }
  return hashes;
}

registerIndexer(lineRecurrenceIndexer);
