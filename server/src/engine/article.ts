// The text segmented once per document version. Every rule reads the same Article; nothing re-tokenises.
import { Line, Paragraph, Sentence, splitLines, splitParagraphs, splitSentences } from '../arabic/segment';
import { KIND_NAMES, Token, TokenTable, spellingIdsAgain, tokenTable } from '../arabic/tokenize';
import { SpellingIds, beginSpellingList, spellingGeneration, spellingOf } from '../arabic/spellingIds';

export interface Position { line: number; character: number }

export class Article {
  readonly text: string;
  readonly lines: Line[];
  private _paragraphs?: Paragraph[];
  private _sentences?: Sentence[];
  private _table?: TokenTable;
  private _tokens?: Token[];
  private _spellings?: SpellingIds;

  constructor(text: string) {
    this.text = text;
    this.lines = splitLines(text);
  }

  get paragraphs(): Paragraph[] { return this._paragraphs ??= splitParagraphs(this.lines); }
  get sentences(): Sentence[] { return this._sentences ??= splitSentences(this.text, this.lines); }
  /** The tokens as parallel arrays (see TokenTable): what the rules read. */
  get tokenTable(): TokenTable {
    if (!this._table) {
      // the spelling ids come with the tokens (one hash per word, and no string for a word the table holds)
      beginSpellingList();
      const { table, ids } = tokenTable(this.text);
      this._table = table;
      this._spellings = { ids, generation: spellingGeneration() };
    }
    return this._table;
  }
  /** Each token's spelling id (index-aligned with the tokens): computed with them, and again if the spelling table has
   * started over since (see arabic/spellingIds). */
  get spellings(): SpellingIds {
    const table = this.tokenTable, s = this._spellings;
    if (s && s.generation === spellingGeneration()) return s;
    beginSpellingList();
    return this._spellings = { ids: spellingIdsAgain(this.text, table), generation: spellingGeneration() };
  }
  /** The tokens as objects, made on first request: for tools and tests (the rules read tokenTable). */
  get tokens(): Token[] {
    if (!this._tokens) {
      const n = this.tokenTable.count, out: Token[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = this.token(i);
      this._tokens = out;
    }
    return this._tokens;
  }
  /** Token i as an object (made anew: for the few a rule reports). */
  token(i: number): Token {
    const t = this.tokenTable, start = t.starts[i], end = t.ends[i];
    return { start, end, kind: KIND_NAMES[t.kinds[i]], text: this.text.slice(start, end), norm: this.tokenNorm(i) };
  }
  /** Token i's cleaned form (Token.norm): its spelling. */
  tokenNorm(i: number): string { return spellingOf(this.spellings.ids[i]); }

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

  /** Tokens lying within [start, end), by binary search on the token table. */
  tokensIn(start: number, end: number): Token[] {
    const t = this.tokenTable, out: Token[] = [];
    for (let i = this.tokenIndexAt(start); i < t.count && t.starts[i] < end; i++) if (t.starts[i] >= start) out.push(this.token(i));
    return out;
  }

  /** Index of the first token ending after `offset` (the token at `offset`, else the first after it). */
  tokenIndexAt(offset: number): number {
    const ends = this.tokenTable.ends;
    let lo = 0, hi = ends.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] <= offset) lo = mid + 1; else hi = mid; }
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
