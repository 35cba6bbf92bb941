// The server's own words (not the rules'), in both languages the product speaks.
import type { Localized } from '../engine/types';

export const MSG = {
  tooLarge: (size: number, max: number): Localized => ({
    en: `This file was not linted: it has ${size.toLocaleString('en')} characters, more than arabicNewsLint.maxFileSize (${max.toLocaleString('en')}).`,
    ar: `لم يُدقَّق هذا الملف: فيه ${size.toLocaleString('en')} حرفًا، وهو أكبر من الحد arabicNewsLint.maxFileSize (${max.toLocaleString('en')}).`,
  }),
  binary: {
    en: 'This file was not linted: it contains NUL characters, so it looks like binary data rather than text.',
    ar: 'لم يُدقَّق هذا الملف: فيه محارف NUL، فيبدو بيانات ثنائية لا نصًّا.',
  } as Localized,
  ignoreFinding: (rule: string): Localized => ({
    en: `Ignore this ${rule} finding (in .arabic-news-lint.json)`,
    ar: `تجاهل هذه الملاحظة من ${rule} (في ‎.arabic-news-lint.json)`,
  }),
  fixAll: { en: 'Fix all safe Arabic News Lint problems', ar: 'أصلح كل ملاحظات مدقق الأخبار العربية الآمنة' } as Localized,
  fixAllInFile: (n: number): Localized => ({
    en: `Fix all ${n} safe problems in this file`,
    ar: `أصلح الملاحظات الآمنة في هذا الملف (${n})`,
  }),
  filesLeftOut: (n: number): Localized => ({
    en: ` (${n} changed file${n === 1 ? '' : 's'} left out)`,
    ar: ` (باستثناء ${n} من الملفات تغيّرت منذ الفهرسة)`,
  }),
  restrictedConfigIgnored: {
    en: 'Arabic News Lint: this workspace is not trusted, so its .arabic-news-lint.json is ignored and the workspace is not indexed; open documents are checked with your user settings.',
    ar: 'مدقق الأخبار العربية: مساحة العمل هذه غير موثوقة، لذا يُتجاهل ملف ‎.arabic-news-lint.json فيها ولا تُفهرس؛ تُدقَّق المستندات المفتوحة بإعداداتك أنت.',
  } as Localized,
  evidence: { en: 'Evidence', ar: 'الشواهد' } as Localized,
  ruleDocs: { en: 'Rule documentation', ar: 'شرح القاعدة' } as Localized,
  configProblem: (key: string, message: string): Localized => ({
    en: `${key}: ${message}`,
    ar: `${key}: ${message}`,
  }),
  indexing: { en: 'Arabic News Lint: indexing workspace', ar: 'مدقق الأخبار العربية: فهرسة مساحة العمل' } as Localized,
  lintingWorkspace: { en: 'Arabic News Lint: linting workspace', ar: 'مدقق الأخبار العربية: تدقيق مساحة العمل' } as Localized,
  filesProgress: (done: number, total: number): Localized => ({ en: `${done}/${total} files`, ar: `${done}/${total} ملفًا` }),
};
