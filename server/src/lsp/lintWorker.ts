// The lint worker thread: runs LintJobs against its own replica of the workspace index, which the main thread
// keeps in step (set/remove/reset messages) and which it updates itself from the summaries of what it lints.
import { parentPort } from 'node:worker_threads';
import { WorkspaceIndex } from '../workspace';
import { runLintJob } from './lintJob';
import type { ToWorker, FromWorker } from './lintRunner';

const index = new WorkspaceIndex();

parentPort?.on('message', (msg: ToWorker) => {
  switch (msg.type) {
    case 'index-set': index.setSummaries(msg.uri, msg.summaries); break;
    case 'index-remove': index.remove(msg.uri); break;
    case 'index-reset': index.clear(); for (const [uri, s] of msg.entries) index.setSummaries(uri, s); break;
    case 'job': {
      let reply: FromWorker;
      try {
        const result = runLintJob(msg.job, index);
        if ((result.kind === 'lint' || result.kind === 'summarize') && result.summaries) index.setSummaries(msg.job.uri, result.summaries);
        reply = { type: 'result', id: msg.id, result };
      } catch (e) {
        reply = { type: 'error', id: msg.id, message: e instanceof Error ? e.stack ?? e.message : String(e) };
      }
      parentPort!.postMessage(reply);
      break;
    }
  }
});
