// The lint worker: runs LintJobs against its own replica of the workspace index, which the main thread keeps in
// step (set/remove/reset messages) and which it updates itself from the summaries of what it lints.
// This module (with the rules and lexicons it pulls in) is loaded only here: in a worker thread, or, when no worker
// can start, by the main thread on demand (LintRunner's inline mode). The server's main thread never imports it,
// so the bundled server.js stays small and starts fast.
import { parentPort } from 'node:worker_threads';
import { WorkspaceIndex } from '../workspace';
import { runLintJob } from './lintJob';
import type { ToWorker, FromWorker } from './lintRunner';

const index = new WorkspaceIndex();

/** One message from the main thread; jobs get a reply. */
export function handleMessage(msg: ToWorker): FromWorker | undefined {
  switch (msg.type) {
    case 'index-set': index.setSummaries(msg.uri, msg.summaries); return undefined;
    case 'index-remove': index.remove(msg.uri); return undefined;
    case 'index-reset': index.clear(); for (const [uri, s] of msg.entries) index.setSummaries(uri, s); return undefined;
    case 'job': {
      try {
        const result = runLintJob(msg.job, index);
        if ((result.kind === 'lint' || result.kind === 'summarize') && result.summaries) index.setSummaries(msg.job.uri, result.summaries);
        return { type: 'result', id: msg.id, result };
      } catch (e) {
        return { type: 'error', id: msg.id, message: e instanceof Error ? e.stack ?? e.message : String(e) };
      }
    }
  }
}

parentPort?.on('message', (msg: ToWorker) => {
  const reply = handleMessage(msg);
  if (reply) parentPort!.postMessage(reply);
});
