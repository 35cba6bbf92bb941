// The text segmented once per document version. Every rule reads the same Article; nothing re-tokenises.
import { Line, Paragraph, Sentence, splitLines, splitParagraphs, splitSentences } from '../arabic/segment';
import { Token, tokenize } from '../arabic/tokenize';
import { SpellingIds, beginSpellingList, spellingGeneration, spellingIdsOf } from '../arabic/spellingIds';

export interface Position { line: number; character: number }

export class Article {
  readonly text: string;
  readonly lines: Line[];
  private _paragraphs?: Paragraph[];
  private _sentences?: Sentence[];
  private _tokens?: Token[];
  private _spellings?: SpellingIds;

  constructor(text: string) {
    this.text = text;
    this.lines = splitLines(text);
  }

  get paragraphs(): Paragraph[] { return this._paragraphs ??= splitParagraphs(this.lines); }
  get sentences(): Sentence[] { return this._sentences ??= splitSentences(this.text, this.lines); }
  get tokens(): Token[] {
    if (!this._tokens) {
      // the spelling ids come with the tokens (one hash per word, and no string for a word the table holds)
      beginSpellingList();
      // (sized for a word every 6 code units, about what Arabic news has; grown if a text has more)
      const ids = { ids: new Int32Array((this.text.length >> 2) / 1.5 + 16 | 0), n: 0 };
      this._tokens = tokenize(this.text, 0, this.text.length, ids);
      this._spellings = { ids: ids.ids.subarray(0, ids.n), generation: spellingGeneration() };
    }
    return this._tokens;
  }
  /** Each token's spelling id (index-aligned with `tokens`): computed on first request, and again if the spelling
   * table has started over since (see arabic/spellingIds). */
  get spellings(): SpellingIds {
    void this.tokens; // (which gives the ids of the current generation)
    const s = this._spellings;
    return s && s.generation === spellingGeneration() ? s : (this._spellings = spellingIdsOf(this.tokens));
  }

  lineText(i: number): string { const l = this.lines[i]; return this.text.slice(l.start, l.end); }
  slice(start: number, end: number): string { return this.text.slice(start, end); }

  /** Index of the line containing `offset` (a line break belongs to the line it ends). */
  lineIndexAt(offset: number): number {
    let lo = 0, hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(o);
    return { line, character: Math.min(o, this.lines[line].next) - this.lines[line].start };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const l = this.lines[pos.line];
    return Math.min(l.start + Math.max(0, pos.character), l.end);
  }

  /** Tokens lying within [start, end), by binary search on the token list. */
  tokensIn(start: number, end: number): Token[] {
    const toks = this.tokens;
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end <= start) lo = mid + 1; else hi = mid; }
    const out: Token[] = [];
    for (let i = lo; i < toks.length && toks[i].start < end; i++) if (toks[i].start >= start) out.push(toks[i]);
    return out;
  }

  /** Index of the first token at or after `offset`. */
  tokenIndexAt(offset: number): number {
    const toks = this.tokens;
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end <= offset) lo = mid + 1; else hi = mid; }
    return lo;
  }

  sentenceTokens(s: Sentence): Token[] { return this.tokensIn(s.start, s.end); }
  lineTokens(i: number): Token[] { const l = this.lines[i]; return this.tokensIn(l.start, l.end); }

  /** The sentence containing `offset`, or undefined between sentences. */
  sentenceAt(offset: number): Sentence | undefined {
    const ss = this.sentences;
    let lo = 0, hi = ss.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid].end <= offset) lo = mid + 1; else hi = mid; }
    return lo < ss.length && ss[lo].start <= offset ? ss[lo] : undefined;
  }
}
