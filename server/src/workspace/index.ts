// Cross-file knowledge: the index, its indexer registry and the line keys rules use to ask about recurring lines.
export { WorkspaceIndex, sameData, type FileSummaries } from './workspaceIndex';
export { registerIndexer, registeredIndexers, type Indexer, type WorkspaceQueries } from './registry';
export { lineKey, keyHash, isTrackedLineKey, LINE_KEY_MIN, LINE_KEY_MAX } from './lineKey';
export { lineRecurrenceIndexer } from './lineRecurrence';
export { contentHash, contentHashIndexer, CONTENT_HASH_INDEXER } from './contentHash';
