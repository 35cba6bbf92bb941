// The top frames of a V8 .cpuprofile (from node --cpu-prof), by self time and by total time, so a profile can be
// read without a browser:  node out/bench/cpuprofileTop.js PROFILE.cpuprofile [N]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { REPO_ROOT } from './corpus';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export function topFrames(profile: Profile, n: number): string {
  const byId = new Map(profile.nodes.map(x => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (x: Node) => {
    const f = x.callFrame;
    const url = f.url.startsWith('file://') ? relative(REPO_ROOT, f.url.slice(7)) : f.url;
    return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}`;
  };
  const selfBy = new Map<string, number>(), totalBy = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    selfBy.set(name(byId.get(id)!), (selfBy.get(name(byId.get(id)!)) ?? 0) + us);
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue; // recursion counts once
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + us);
    }
  }
  const all = [...self.values()].reduce((s, x) => s + x, 0);
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${(100 * us / all).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  return `self time (of ${(all / 1000).toFixed(0)} ms):\n${fmt(selfBy)}\n\ntotal time:\n${fmt(totalBy)}`;
}

if (require.main === module) {
  const [file, n] = process.argv.slice(2);
  if (!file) { process.stderr.write('usage: node out/bench/cpuprofileTop.js PROFILE.cpuprofile [N]\n'); process.exit(2); }
  process.stdout.write(topFrames(JSON.parse(readFileSync(file, 'utf8')), Number(n) || 25) + '\n');
}
