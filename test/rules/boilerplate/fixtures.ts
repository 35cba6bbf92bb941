// Fixture texts for the boilerplate rule, written for this project (no corpus text). Each says which lines
// (1-based) must be flagged and what the text must be after every block's safe fix is applied.
export interface Fixture { name: string; text: string; flagged: number[]; after: string; config?: Record<string, unknown> }

const P1 = 'أعلنت وزارة الصحة اليوم الأحد عن افتتاح مستشفى جديد في المدينة بطاقة استيعابية تبلغ مئتي سرير.';
const P2 = 'وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم سكان المنطقة الشمالية الذين كانوا يقطعون مسافات طويلة للعلاج.';
const P3 = 'وأضاف أن العمل جار لتجهيز ثلاثة مراكز صحية أخرى قبل نهاية العام الحالي في المحافظات المجاورة.';
const P4 = 'ومن المتوقع أن يبدأ المستشفى استقبال المرضى مطلع الشهر المقبل بعد استكمال تدريب الطواقم الطبية.';
const j = (...l: string[]) => l.join('\n');

export const fixtures: Fixture[] = [
  {
    name: 'read-also marker with its teaser headlines',
    text: j(P1, P2, 'اقرأ أيضاً:', 'افتتاح أكبر مركز لعلاج السرطان في المنطقة', 'وزير الصحة يتفقد مستشفيات الجنوب', P3, P4),
    flagged: [3, 4, 5],
    after: j(P1, P2, P3, P4),
  },
  {
    name: 'read-also with the title on the same line',
    text: j(P1, 'اقرأ أيضا: الحكومة تقر موازنة الصحة للعام المقبل', P2, P3),
    flagged: [2],
    after: j(P1, P2, P3),
  },
  {
    name: 'most-read list at the end',
    text: j(P1, P2, P3, '', 'الأكثر قراءة', 'ارتفاع أسعار الذهب في الأسواق المحلية', 'فوز المنتخب في مباراة الأمس', 'حالة الطقس غدا'),
    flagged: [5, 6, 7, 8],
    after: j(P1, P2, P3, ''),
  },
  {
    name: 'breadcrumbs and navigation at the top',
    text: j('الرئيسية » أخبار » صحة', 'الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'افتتاح مستشفى جديد في المدينة', P1, P2),
    flagged: [1, 2, 3, 4, 5],
    after: j('افتتاح مستشفى جديد في المدينة', P1, P2),
  },
  {
    name: 'tag line at the end',
    text: j(P1, P2, 'الوسوم: صحة، مستشفيات، وزارة الصحة'),
    flagged: [3],
    after: j(P1, P2, ''),
  },
  {
    name: 'agency credit and opinion disclaimer',
    text: j(P1, P2, '', 'أ ف ب / رويترز', '** المقالات المنشورة لا تعبر عن رأي الموقع بالضرورة'),
    flagged: [4, 5],
    after: j(P1, P2, ''),
  },
  {
    name: 'app promo after a separator line',
    text: j(P1, P2, '----------------------', 'حمّل تطبيق الموقع على هاتفك لتصلك آخر الأخبار أولا بأول.'),
    flagged: [3, 4],
    after: j(P1, P2, ''),
  },
  {
    name: 'copyright and follow-us footer',
    text: j(P1, P2, 'تابعونا على', 'Facebook | Twitter | YouTube', 'جميع الحقوق محفوظة © 2024'),
    flagged: [3, 4, 5],
    after: j(P1, P2, ''),
  },
  {
    name: 'dateline with the site name, flagged by default',
    text: j('الموقع – الرياض', P1, P2),
    flagged: [1],
    after: j(P1, P2),
  },
  {
    name: 'dateline with the site name, kept when the house keeps datelines',
    text: j('الموقع – الرياض', P1, P2),
    flagged: [],
    after: j('الموقع – الرياض', P1, P2),
    config: { dateline: 'keep' },
  },
  {
    name: 'other stories leads pasted after the end',
    text: j(P1, P2, P3,
      'أعلنت وزارة التعليم، الثلاثاء، عن مواعيد امتحانات نهاية العام الدراسي لجميع المراحل في المدارس الحكومية',
      'قال وزير النقل، الأربعاء، إن أعمال توسعة الطريق السريع ستنتهي قبل الموعد المحدد بثلاثة أشهر'),
    flagged: [4, 5],
    after: j(P1, P2, P3, ''),
  },
  // look-alikes that must stay
  {
    name: 'subheadings between paragraphs of the same story stay',
    text: j(P1, 'خطة المستشفيات الجديدة', 'وتشمل خطة المستشفيات الجديدة بناء عشرة مراكز في السنوات الخمس المقبلة بتمويل حكومي كامل.', P3),
    flagged: [],
    after: j(P1, 'خطة المستشفيات الجديدة', 'وتشمل خطة المستشفيات الجديدة بناء عشرة مراكز في السنوات الخمس المقبلة بتمويل حكومي كامل.', P3),
  },
  {
    name: '«…» subheadings and short quoted lines stay',
    text: j(P1, '«خطوة تاريخية»', P2, 'الوزير: «لن نتوقف هنا»', P3),
    flagged: [],
    after: j(P1, '«خطوة تاريخية»', P2, 'الوزير: «لن نتوقف هنا»', P3),
  },
  {
    name: 'a numbered list inside the article stays',
    text: j(P1, 'وتشمل الخطة ما يلي:', '1- بناء مستشفى في الشمال', '2- توسعة مستشفى المدينة', '3- تدريب ألف ممرض', P2),
    flagged: [],
    after: j(P1, 'وتشمل الخطة ما يلي:', '1- بناء مستشفى في الشمال', '2- توسعة مستشفى المدينة', '3- تدريب ألف ممرض', P2),
  },
  {
    name: '"the source added:" and an ellipsis inside prose stay',
    text: j(P1, 'وتابع المصدر: إن المشروع سيكتمل في موعده… رغم الصعوبات التي واجهت المقاولين في الأشهر الماضية.', P2),
    flagged: [],
    after: j(P1, 'وتابع المصدر: إن المشروع سيكتمل في موعده… رغم الصعوبات التي واجهت المقاولين في الأشهر الماضية.', P2),
  },
  {
    name: 'separator lines between sections of a column stay',
    text: j(P1, '***', P2, '***', P3),
    flagged: [],
    after: j(P1, '***', P2, '***', P3),
  },
  {
    name: 'a text with no boilerplate',
    text: j(P1, P2, P3, P4),
    flagged: [],
    after: j(P1, P2, P3, P4),
  },
  {
    name: 'a text that is all boilerplate',
    text: j('الرئيسية', 'أخبار', 'رياضة', 'اتصل بنا', 'جميع الحقوق محفوظة'),
    flagged: [1, 2, 3, 4, 5],
    after: '',
  },
  {
    name: 'CRLF line breaks',
    text: [P1, P2, '', 'اقرأ أيضاً:', 'افتتاح أكبر مركز لعلاج السرطان في المنطقة', '', P3, ''].join('\r\n'),
    flagged: [4, 5],
    after: [P1, P2, '', P3, ''].join('\r\n'),
  },
  {
    name: 'user marker and exception',
    text: j(P1, 'من أرشيفنا: افتتاح مستشفى الأطفال عام 2010', P2, 'اقرأ أيضا: موازنة الصحة', P3),
    flagged: [2],
    after: j(P1, P2, 'اقرأ أيضا: موازنة الصحة', P3),
    config: { markers: ['من أرشيفنا'], exceptions: ['اقرأ أيضا: موازنة الصحة'] },
  },
  {
    name: "other stories' leads after the end, the first opening with a verb no lexicon lists",
    text: j(P1, P2, P3,
      'تصدرت أزمة المياه جدول أعمال القمة الإقليمية التي عقدت في العاصمة بمشاركة عشرة وزراء للزراعة والري',
      'أعلنت وزارة التعليم، الثلاثاء، عن مواعيد امتحانات نهاية العام الدراسي لجميع المراحل في المدارس الحكومية',
      'قال وزير النقل، الأربعاء، إن أعمال توسعة الطريق السريع ستنتهي قبل الموعد المحدد بثلاثة أشهر'),
    flagged: [4, 5, 6],
    after: j(P1, P2, P3, ''),
  },
  {
    name: "the story's last paragraph, continuing with و, stays before pasted leads",
    text: j(P1, P2,
      'وتابع الوزير أن المستشفى الجديد سيضم قسما للطوارئ يعمل على مدار الساعة بطاقم من أربعين طبيبا وممرضا',
      'أعلنت وزارة التعليم، الثلاثاء، عن مواعيد امتحانات نهاية العام الدراسي لجميع المراحل في المدارس الحكومية',
      'قال وزير النقل، الأربعاء، إن أعمال توسعة الطريق السريع ستنتهي قبل الموعد المحدد بثلاثة أشهر'),
    flagged: [4, 5],
    after: j(P1, P2, 'وتابع الوزير أن المستشفى الجديد سيضم قسما للطوارئ يعمل على مدار الساعة بطاقم من أربعين طبيبا وممرضا', ''),
  },
  {
    name: 'breadcrumb trail with spaced / or > separators at the top',
    text: j('الرئيسية / أخبار محلية / صحة', P1, P2),
    flagged: [1],
    after: j(P1, P2),
  },
  {
    name: 'numbered most-read list with ".." headlines and cut teasers',
    text: j(P1, P2, P3, 'الأكثر قراءة', '1. أسعار الذهب.. ارتفاع جديد في الأسواق المحلية مع نهاية تعاملات الأسبوع', '2. المنتخب يفوز في مباراة الأمس ويتأهل إلى الدور الثاني من البطولة …', '3. حالة الطقس غدا'),
    flagged: [4, 5, 6, 7],
    after: j(P1, P2, P3, ''),
  },
  {
    name: 'bulleted related headlines after a label',
    text: j(P1, 'أخبار ذات صلة', '- ارتفاع أسعار النفط في الأسواق الآسيوية', '- انطلاق مهرجان الفيلم العربي في القاهرة', P2, P3),
    flagged: [2, 3, 4],
    after: j(P1, P2, P3),
  },
  {
    name: 'unlabelled bulleted headlines of other stories between paragraphs',
    text: j(P1, P2, '• ارتفاع أسعار النفط في الأسواق الآسيوية', '• انطلاق مهرجان الفيلم العربي في القاهرة', P3, P4),
    flagged: [3, 4],
    after: j(P1, P2, P3, P4),
  },
  {
    name: "the story's own bulleted list, sharing its words, stays",
    text: j(P1, P2, '- مستشفى جديد في المنطقة الشمالية', '- مراكز صحية في المحافظات المجاورة', P3, P4),
    flagged: [],
    after: j(P1, P2, '- مستشفى جديد في المنطقة الشمالية', '- مراكز صحية في المحافظات المجاورة', P3, P4),
  },
];
