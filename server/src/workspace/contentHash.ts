// The fingerprint of the text a file's summaries were made from. Cross-file fixes carry offsets that come from the
// index (the file itself is not at hand when the rule runs); an adapter applies them to a file only while the file's
// text still has this fingerprint, so a file edited since it was indexed is never patched at stale offsets.
import { keyHash } from './lineKey';
import { registerIndexer, type Indexer } from './registry';

export const CONTENT_HASH_INDEXER = 'contentHash';

/** Length and a 53-bit hash of the whole text, as one short string. */
export function contentHash(text: string): string {
  return `${text.length.toString(36)}.${keyHash(text).toString(36)}`;
}

export const contentHashIndexer: Indexer<string, null> = {
  id: CONTENT_HASH_INDEXER,
  // Every edit changes the hash; that alone must not count as an index change (it would re-lint every open document
  // on each keystroke in any of them). What rules read is unchanged by it.
  silent: true,
  summarize: contentHash,
  createAggregate: () => null,
  add() { /* nothing to aggregate */ },
  remove() { /* nothing to aggregate */ },
};

registerIndexer(contentHashIndexer);
