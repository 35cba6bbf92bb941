// Output identity for speed work: lints the whole corpus (each article against the corpus as a workspace, as the
// editor lints) and the bench's 1 MB text, and prints one hash per rule over every finding's range, kind, message,
// evidence and fixes. A change meant only to make the engine faster must leave every hash as it was:
//   node out/bench/fingerprint.js > /tmp/before.txt   (then, after the change)   node out/bench/fingerprint.js | diff /tmp/before.txt -
// --detail RULE prints that rule's findings one per line instead, to diff when a hash moves.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { allRules, defaultConfig, lint, type Finding } from '../server/src/engine';
import { createCliWorkspace } from '../server/src/cli/workspace';
import { buildBigText, loadCorpus } from './corpus';
import { MB } from './stats';

function line(f: Finding): string {
  return JSON.stringify([f.start, f.end, f.kind, f.severity, f.message, f.evidence, f.related, f.fingerprint, f.fixes]);
}

function main(): void {
  const { values } = parseArgs({ options: { detail: { type: 'string' } } });
  const articles = loadCorpus();
  const config = defaultConfig();
  const ws = createCliWorkspace(articles.map(a => ({ uri: a.id, text: a.text })), config);
  const hashes = new Map(allRules.map(r => [r.id, createHash('sha256')]));
  const counts = new Map<string, number>();
  const docs = [...articles.map(a => ({ id: a.id, text: a.text, ctx: { workspace: ws, uri: a.id } })),
    { id: 'big-1MB', text: buildBigText(articles, 1 * MB), ctx: { workspace: ws, uri: 'big-1MB' } }];
  for (const d of docs) {
    for (const f of lint(d.text, config, d.ctx)) {
      const l = `${d.id}\t${line(f)}`;
      if (values.detail === f.ruleId) console.log(l);
      hashes.get(f.ruleId)?.update(l + '\n');
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    }
  }
  if (!values.detail) for (const [id, h] of hashes) console.log(`${id}\t${counts.get(id) ?? 0}\t${h.digest('hex').slice(0, 16)}`);
}

main();
