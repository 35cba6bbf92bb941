// The first indexer: which line keys each file has, so that a rule can ask "in how many other files does this
// line recur?" (site boilerplate recurs; article prose does not).
import { registerIndexer, type Indexer } from './registry';
import type { Article } from '../engine/article';
import { articleLineKeys, isTrackedLineKey, keyHash, lineKey, mayBeTrackedLine } from './lineKey';
import { WideHashCounts } from './wideHashCounts';

/** A file's tracked line hashes (keyHash), each once, ascending: numbers in an array (a Set held each hash as a heap
 * number), in one order, so that the same lines in another order are the same summary (workspaceIndex.ts sameData). */
export type LineKeySummary = number[];
/** The counts, and the summary of the file a question last excluded (queries' excludeUri), kept until a file is added
 * or taken off: the boilerplate rule asks of every short line of a text with the text's uri, and each question looked
 * the uri's summaries up again. */
export interface LineKeyCounts { counts: WideHashCounts; askUri: string | undefined; askHashes: LineKeySummary | undefined }

export const lineRecurrenceIndexer: Indexer<LineKeySummary, LineKeyCounts> = {
  id: 'lineRecurrence',
  summarize(text, article) {
    if (article) return summarizeArticle(article);
    const lines = text.split(/\r\n|\r|\n/);
    const found = scratch(lines.length);
    let n = 0;
    for (const line of lines) {
      // cheap pre-filter on the raw length: a key is never longer than its line
      if (line.length < 2 || !mayBeTrackedLine(line)) continue;
      const key = lineKey(line);
      if (isTrackedLineKey(key)) found[n++] = keyHash(key);
    }
    return summary(found, n);
  },
  createAggregate: () => ({ counts: new WideHashCounts(), askUri: undefined, askHashes: undefined }),
  add(agg, _uri, hashes) {
    agg.askUri = agg.askHashes = undefined;
    for (let i = 0; i < hashes.length; i++) agg.counts.add(hashes[i]);
  },
  remove(agg, _uri, hashes) {
    agg.askUri = agg.askHashes = undefined;
    for (let i = 0; i < hashes.length; i++) agg.counts.remove(hashes[i]);
  },
  queries: (agg, summaryOf) => {
    const ofHash = (h: number, excludeUri?: string): number => {
      const n = agg.counts.count(h);
      if (n === 0 || !excludeUri) return n;
      if (agg.askUri !== excludeUri) { agg.askUri = excludeUri; agg.askHashes = summaryOf(excludeUri); }
      return holds(agg.askHashes, h) ? n - 1 : n;
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
  const keys = articleLineKeys(article);
  const found = scratch(article.lines.length);
  let n = 0;
  for (const line of article.lines) {
    if (line.end - line.start < 2) continue;
    const h = keys.trackedLineHash(line.index);
    if (h >= 0) found[n++] = h;
  }
  return summary(found, n);
}

/** Room for `n` hashes, reused from file to file. */
function scratch(n: number): Float64Array {
  if (buf.length < n) buf = new Float64Array(2 * n);
  return buf;
}
let buf = new Float64Array(256);

/** found[0, n) ascending, each once: an array of doubles (a typed array's allocation cost more than the rest of the
 * summary; a hash above 2^31 is not boxed in an array that holds only numbers). */
function summary(found: Float64Array, n: number): LineKeySummary {
  // (a text has a few short lines: sorted in place, where the builtin sort cost a view and a call per text)
  if (n > 32) found.subarray(0, n).sort();
  else for (let i = 1; i < n; i++) {
    const h = found[i];
    let j = i;
    for (; j > 0 && found[j - 1] > h; j--) found[j] = found[j - 1];
    found[j] = h;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || found[i] !== found[i - 1]) out.push(found[i]);
  return out;
}

/** Does the summary hold `h`? */
function holds(hashes: LineKeySummary | undefined, h: number): boolean {
  if (!hashes) return false;
  let lo = 0, hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid] < h) lo = mid + 1; else hi = mid;
  }
  return lo < hashes.length && hashes[lo] === h;
}

registerIndexer(lineRecurrenceIndexer);
