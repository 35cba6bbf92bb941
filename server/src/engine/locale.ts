// Choosing the language of messages, and telling Arabic documents from others cheaply.
import type { Localized } from './types';

export function localize(m: Localized, locale: string): string {
  return locale.toLowerCase().startsWith('ar') ? m.ar : m.en;
}

/** Share of letters that are Arabic among the first `sample` letters: decides whether a plain-text file is ours. */
export function detectArabicShare(text: string, sample = 4000): number {
  let ar = 0, all = 0;
  for (let i = 0; i < text.length && all < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) { ar++; all++; }
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0400 && c <= 0x04ff)) all++;
  }
  return all === 0 ? 0 : ar / all;
}
