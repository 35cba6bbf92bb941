// Words with UTF-16 offsets into the original text. One pass of one linear regex; each token carries its cleaned
// form (diacritics, tatweel and format marks gone) and its comparison key (letter forms folded).
import { cleanWord, foldLetters } from './normalize';

export type TokenKind = 'arabic' | 'latin' | 'number';

export interface Token {
  /** Offsets in the original text: [start, end). */
  start: number;
  end: number;
  kind: TokenKind;
  /** The original slice. */
  text: string;
  /** Cleaned: no diacritics, tatweel, format marks, presentation forms. Letters as written. */
  norm: string;
}

// Arabic letters (incl. Persian/Urdu and presentation forms) and tatweel may start and end a word; diacritics may end
// it; joiners and RLM may sit inside it (they are deleted from `norm`). Digits and punctuation are never inside.
const AR_START = '\\u0621-\\u063A\\u0640-\\u064A\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const AR_MARK = '\\u064B-\\u065F\\u0670\\u0610-\\u061A\\u06D6-\\u06ED';
const AR_INNER = '\\u200C\\u200D\\u200F\\u00AD';
const LATIN = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
export const TOKEN_RE = new RegExp(
  `([${AR_START}](?:[${AR_START}${AR_MARK}${AR_INNER}]*[${AR_START}${AR_MARK}])?)` +
  `|([${LATIN}][${LATIN}${DIGIT}]*)` +
  `|([${DIGIT}]+(?:[.,\\u066B\\u066C][${DIGIT}]+)*)`,
  'g');

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const raw = m[0];
    const end = Math.min(m.index + raw.length, to);
    const kind: TokenKind = m[1] !== undefined ? 'arabic' : m[2] !== undefined ? 'latin' : 'number';
    const slice = end === m.index + raw.length ? raw : text.slice(m.index, end);
    tokens.push({ start: m.index, end, kind, text: slice, norm: kind === 'arabic' ? cleanWord(slice) : slice });
  }
  return tokens;
}

/** The letter-folded comparison key of a token (see normalize.foldLetters). */
export function tokenKey(t: Token): string {
  return t.kind === 'arabic' ? foldLetters(t.norm) : t.norm.toLowerCase();
}
