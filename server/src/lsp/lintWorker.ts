// The lint worker: runs LintJobs against the workspace index, which lives here only (one copy: with 10,000 files it
// is the server's largest structure). It indexes the summaries of what it lints or summarizes itself and tells the
// main thread only what that thread needs (changed?, the content fingerprint, and the summaries packed compactly
// to re-seed a restarted worker); the main thread sends removals and, after a restart, the packed summaries.
// This module (with the rules and lexicons it pulls in) is loaded only here: in a worker thread, or, when no worker
// can start, by the main thread on demand (LintRunner's inline mode). The server's main thread never imports it,
// so the bundled server.js stays small and starts fast.
import { parentPort } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import { WorkspaceIndex, CONTENT_HASH_INDEXER, type FileSummaries } from '../workspace';
import { runLintJob, type IndexedFile, type LintJobReply } from './lintJob';
import type { ToWorker, FromWorker } from './lintRunner';

const index = new WorkspaceIndex();

/** One message from the main thread; jobs get a reply. */
export function handleMessage(msg: ToWorker): FromWorker | undefined {
  switch (msg.type) {
    case 'index-remove': index.remove(msg.uri); return undefined;
    case 'index-reset': index.clear(); for (const [uri, p] of msg.entries) index.setSummaries(uri, deserialize(p) as FileSummaries); return undefined;
    case 'job': {
      try {
        const result = runLintJob(msg.job, index);
        let reply: LintJobReply;
        if (result.kind === 'lint') {
          const { summaries, ...rest } = result;
          reply = summaries ? { ...rest, indexed: indexFile(msg.job.uri, summaries) } : rest;
        } else if (result.kind === 'summarize') {
          reply = { kind: 'summarize', indexed: indexFile(msg.job.uri, result.summaries) };
        } else reply = result;
        return { type: 'result', id: msg.id, result: reply };
      } catch (e) {
        return { type: 'error', id: msg.id, message: e instanceof Error ? e.stack ?? e.message : String(e) };
      }
    }
  }
}

function indexFile(uri: string, summaries: FileSummaries): IndexedFile {
  const changed = index.setSummaries(uri, summaries);
  const h = summaries[CONTENT_HASH_INDEXER];
  // a copy of exact size: a typed array crosses threads with its whole backing buffer
  return { changed, contentHash: typeof h === 'string' ? h : '', packed: new Uint8Array(serialize(summaries)) };
}

parentPort?.on('message', (msg: ToWorker) => {
  const reply = handleMessage(msg);
  if (reply) parentPort!.postMessage(reply);
});
