// One process's figure for the 1 MB text (item 2), run by engine.ts in fresh processes. The same code on the same
// text measured 129-168 ms from one bench process to the next (JIT and GC state), with a much smaller spread inside
// one process: so the pass mark is the median over several processes, each the median of its own runs. Each process
// is brought to the state the bench's own is in: the corpus indexed as the workspace, every typical article linted
// twice, the text linted three times before the five timed runs. Prints one JSON line.
import { defaultConfig, lint } from '../server/src/engine';
import { buildBigText, corpusIndex, loadCorpus, typicalArticles } from './corpus';
import { timeBigText } from './engine';
import { MB, medianSpan } from './stats';

const articles = loadCorpus();
const config = defaultConfig();
const context = { workspace: corpusIndex(articles) };
for (let w = 0; w < 2; w++) for (const a of typicalArticles(articles)) lint(a.text, config, { ...context, uri: a.id });
const text = buildBigText(articles, 1 * MB);
for (let w = 0; w < 3; w++) timeBigText(text, config, context);
const samples = Array.from({ length: 5 }, () => timeBigText(text, config, context).total);
process.stdout.write(JSON.stringify({ median: medianSpan(samples), samples }) + '\n');
