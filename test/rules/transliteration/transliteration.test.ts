// transliteration: names spelled two ways. Fixture sentences are written for these tests (no corpus text).
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { Article, Finding, WorkspaceView, applyEdits, defaultConfig, lint, mergeConfig, safeFixEdits } from '../../../server/src/engine';
import { createCliWorkspace } from '../../../server/src/cli/workspace';
import { WorkspaceIndex } from '../../../server/src/workspace';
import { pairDifference, pairKeyHead, pairKeyTail, variantKey } from '../../../server/src/rules/names/key';
import { PERSON_MARK, THING_MARK, areDifferentNames, articledNameForm, isOrdinaryWord, latinKey, wikidataToken, writesEnglish } from '../../../server/src/rules/names/lexicon';
import { gConvention, inflectionOnly, nameEvidence, rootShaped, sameName, usageEvidence } from '../../../server/src/rules/names/sameName';
import { afterNumber, articleMentions, type DocumentNames } from '../../../server/src/rules/names/mentions';
import { checkFixture, fixtureDir, listFixtures } from '../fixtures';

/** The name mentions of a text, and the index of its word written `word`. */
const namesOf = (text: string): DocumentNames => articleMentions(new Article(text));
const wordIndex = (names: DocumentNames, word: string): number =>
  Array.from(names.words.starts).findIndex((start, i) => names.text.slice(start, names.words.ends[i]) === word);

const dir = fixtureDir(__dirname);
for (const name of listFixtures(dir)) {
  test(`transliteration fixture: ${name}`, () => checkFixture(dir, name, 'transliteration'));
}

const run = (text: string, opts: { names?: Record<string, string[]>; workspace?: WorkspaceView; uri?: string } = {}): Finding[] =>
  lint(new Article(text), mergeConfig(defaultConfig(), { names: opts.names ?? {} }), { workspace: opts.workspace, uri: opts.uri })
    .filter(f => f.ruleId === 'transliteration');

const pairs = (fs: Finding[]) => fs.map(f => `${(f.evidence as any).form}>${(f.evidence as any).target}`);
const fixAll = (text: string, fs: Finding[]) => applyEdits(text, safeFixEdits(fs)).text;
/** The findings of `doc` linted against a workspace of itself and `others`. */
const inWorkspace = (doc: { uri: string; text: string }, others: { uri: string; text: string }[]): Finding[] =>
  run(doc.text, { workspace: createCliWorkspace([doc, ...others], defaultConfig()), uri: doc.uri });

test('clitics: وترمب and لترمب are the name ترمب, and the fix keeps the clitics', () => {
  const text = 'قال الرئيس الأمريكي دونالد ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.\nوردّ المعارضون على ترامب بسرعة، لكن مؤيدي ترمب صمتوا ولترمب أنصار كثر.';
  const fs = run(text);
  assert.deepEqual([...new Set(pairs(fs))], ['ترمب>ترامب']);
  assert.equal(fs.length, 2);
  assert.equal(fixAll(text, fs), text.replace('مؤيدي ترمب', 'مؤيدي ترامب').replace('ولترمب', 'ولترامب'));
});

test('diacritics: a vowelled spelling is the same name, and only the missing letter is inserted', () => {
  const text = 'قال الرئيس ترامب إنه سيزور المنطقة.\nوأكد ترامب ذلك مرة أخرى.\nثم عاد تْرَمْب فنفى الخبر.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['ترمب>ترامب']);
  assert.equal(fixAll(text, fs), text.replace('تْرَمْب', 'تْرَامْب'));
});

test('house style wins over the majority: config.names prefers ترمب', () => {
  const text = 'قال الرئيس ترامب إنه سيزور المنطقة.\nوأكد ترامب ذلك.';
  const fs = run(text, { names: { 'ترمب': ['ترامب'] } });
  assert.deepEqual(pairs(fs), ['ترامب>ترمب', 'ترامب>ترمب']);
  assert.equal(fs[0].kind, 'house-style');
  assert.equal(fixAll(text, fs), 'قال الرئيس ترمب إنه سيزور المنطقة.\nوأكد ترمب ذلك.');
  assert.ok(!fs[0].fixes.some(f => f.configEdit), 'no "always write" offer when the house style already says so');
});

test('written apart or together: بيونغ يانغ beside بيونغيانغ is one name, reported as a whole', () => {
  const text = 'وصل الوفد إلى العاصمة بيونغيانغ صباحا.\nوقالت وسائل إعلام في بيونغيانغ إن اللقاء انتهى.\nوغادر الوفد بيونغ يانغ مساء.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['بيونغ يانغ>بيونغيانغ']);
  assert.equal(fixAll(text, fs), text.replace('بيونغ يانغ', 'بيونغيانغ'));
});

test('hyphen inside a name: the fix changes one letter and leaves the hyphen', () => {
  const text = 'قال الزعيم الكوري الشمالي كيم جونغ أون إنه مستعد.\nوأكد كيم جونغ أون ذلك.\nورحب الرئيس بكلام كيم جونج-أون أمس.';
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fixAll(text, fs), text.replace('جونج-أون', 'جونغ-أون'));
});

test('a hyphen in one place and a space in another: كيم جونغ-أون beside كيم جونغ أون, the fix changes the separator only', () => {
  const text = 'قال الزعيم الكوري الشمالي كيم جونغ أون إنه مستعد للقاء.\nوأكد كيم جونغ أون ذلك أمس.\nورحب الرئيس بكلام كيم جونغ-أون في القمة.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['جونغ-أون>جونغ أون']);
  assert.equal(text.slice(fs[0].start, fs[0].end), 'جونغ-أون');
  assert.equal(fs[0].message.en, '«جونغ-أون» ×1 and «جونغ أون» ×2 in this document. Write the name one way.');
  assert.equal(fixAll(text, fs), text.replace('جونغ-أون', 'جونغ أون'));
  // the majority decides: written twice with the hyphen, the spaced one is told
  const hyph = 'قال الزعيم الكوري الشمالي كيم جونغ-أون إنه مستعد للقاء.\nوأكد كيم جونغ-أون ذلك أمس.\nورحب الرئيس بكلام كيم جونغ أون في القمة.';
  const hs = run(hyph);
  assert.deepEqual(pairs(hs), ['جونغ أون>جونغ-أون']);
  assert.equal(fixAll(hyph, hs), hyph.replace('كيم جونغ أون في', 'كيم جونغ-أون في'));
});

test('a hyphen against a space across the workspace and in the house style', () => {
  const doc = { uri: 'a.txt', text: 'التقى الرئيس بالزعيم كيم جونغ-أون في سنغافورة.' };
  const others = [
    { uri: 'b.txt', text: 'قال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده مستعدة للحوار.' },
    { uri: 'c.txt', text: 'وصل كيم جونغ أون إلى بكين في زيارة مفاجئة.' },
  ];
  const fs = inWorkspace(doc, others);
  assert.deepEqual(pairs(fs), ['جونغ-أون>جونغ أون']);
  assert.equal(fs[0].kind, 'workspace');
  assert.equal(fs[0].message.en, '«جونغ-أون» ×1 here; «جونغ أون» ×2 in 2 other files. Write the name one way.');
  assert.equal(fixAll(doc.text, fs), doc.text.replace('جونغ-أون', 'جونغ أون'));
  // the house style names the hyphenated spelling: a document that only ever writes the space is told
  const text = 'التقى الرئيس بالزعيم كيم جونغ أون في سنغافورة.\nوقال كيم جونغ أون إنه سعيد.';
  const hs = run(text, { names: { 'جونغ-أون': ['جونغ أون'] } });
  assert.deepEqual(pairs(hs), ['جونغ أون>جونغ-أون', 'جونغ أون>جونغ-أون']);
  assert.equal(hs[0].kind, 'house-style');
  assert.equal(fixAll(text, hs), text.replace(/جونغ أون/g, 'جونغ-أون'));
});

test('a hyphen between two names that stand alone is a relation, not one name: قمة ترامب-كيم / قمة ترامب كيم is never reported; inside a longer name it is (جان-إيف لودريان)', () => {
  assert.deepEqual(pairs(run('انتهت قمة ترامب-كيم في سنغافورة. وكانت قمة ترامب كيم الأولى قد عقدت العام الماضي، ثم جاءت قمة ترامب كيم الثانية.')), []);
  assert.deepEqual(pairs(run('وبحث لقاء ماكرون-ميركل ملف الهجرة. وكان لقاء ماكرون ميركل السابق قد تناول الموازنة. وسيعقد لقاء ماكرون ميركل المقبل في برلين.')), []);
  const doc = { uri: 'a.txt', text: 'انتهت قمة ترامب-كيم في سنغافورة أمس.' };
  assert.deepEqual(pairs(inWorkspace(doc, [{ uri: 'b.txt', text: 'وكانت قمة ترامب كيم الأولى في سنغافورة.\nوقالت المصادر إن قمة ترامب كيم ناجحة.' }])), []);
  // beside a name's other part (a surname after it, a first name before it): one name written two ways
  const text = 'وقال وزير الخارجية جان-إيف لودريان إن فرنسا قلقة. وأضاف جان إيف لودريان أن الحل سياسي. وختم جان إيف لودريان بالقول إن الحوار ضروري.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['جان-إيف>جان إيف']);
  assert.equal(fixAll(text, fs), text.replace('جان-إيف', 'جان إيف'));
});

test('across the workspace: a rare long spelling with no evidence of its own is the name other files write beside a first name (ناتنياهو / نتنياهو)', () => {
  const doc = { uri: 'a.txt', text: 'وسمحت السلطات لطائرة ناتنياهو بعبور أجوائها في رحلته الأخيرة.' };
  const others = [
    { uri: 'b.txt', text: 'واستقبل بنيامين نتنياهو الوفد في القدس، وقال نتنياهو إن المحادثات مثمرة.' },
    { uri: 'c.txt', text: 'وأعلن مكتب بنيامين نتنياهو أن الزيارة ستتم الأسبوع المقبل.' },
  ];
  const fs = inWorkspace(doc, others);
  assert.deepEqual(pairs(fs), ['ناتنياهو>نتنياهو']);
  assert.equal(fs[0].kind, 'workspace');
  assert.equal(fixAll(doc.text, fs), doc.text.replace('ناتنياهو', 'نتنياهو'));
  // not a noun counted after a number, however foreign it looks (60 ديبلوماسيا against دبلوماسيا beside a name)
  const counted = { uri: 'a.txt', text: 'وطردت الحكومة 60 ديبلوماسيا من العاصمة.' };
  const diplomats = [
    { uri: 'b.txt', text: 'وقال الوزير جون دبلوماسيا إن الأزمة انتهت.' },
    { uri: 'c.txt', text: 'وتحدث الرئيس مع دبلوماسيا أمس.' },
  ];
  assert.deepEqual(inWorkspace(counted, diplomats), []);
});

test('ق for g in a long name whose letters score as Arabic (إنستقرام beside إنستغرام): one name when the text marks both', () => {
  const text = 'ونشرت الفنانة صورة على تطبيق إنستغرام أمس.\nوحذفت الصورة من تطبيق إنستغرام بعد ساعات.\nوقالت إن حسابها على تطبيق إنستقرام سيبقى مفتوحا.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['إنستقرام>إنستغرام']);
  assert.equal(fixAll(text, fs), text.replace('إنستقرام', 'إنستغرام'));
  // a short word with ق stays an Arabic word (قلدون/غولدن), and so do long nouns with the article's letters
  assert.equal(sameName('قلدون', 'غولدن', 2, 2), false);
  assert.equal(sameName('المقالات', 'المجالات', 2, 2), false);
  assert.equal(sameName('الاستقلال', 'الاستغلال', 2, 2), false);
});

test('a hyphen between ordinary words or adjectives, or a dash between phrases, is no spelling of a name', () => {
  // adjectives joined by a hyphen (كوري-أمريكي) are no name, whatever the majority
  const adj = 'وقال مسؤول كوري أمريكي إن الاتفاق قريب.\nوأكد مسؤول كوري أمريكي آخر ذلك.\nوتحدث الخبير عن تعاون كوري-أمريكي قديم وعن حوار عربي-إسرائيلي وعن حوار عربي إسرائيلي.';
  assert.deepEqual(run(adj), []);
  // a dash with spaces beside it is punctuation, read as a space: nothing to unify
  const dash = 'قال الزعيم الكوري الشمالي كيم جونغ أون إنه مستعد.\nوأكد كيم جونغ أون ذلك.\nكيم جونغ - أون: القمة ناجحة.';
  assert.deepEqual(run(dash), []);
});

test('ordinary words that share a skeleton are never reported (بين/بيان, كانت/كنت, نظيره/نظرية)', () => {
  const text = 'وجاء في البيان أن الخلاف بين الطرفين كان قديما.\nكنت أظن أن النظرية كانت صحيحة، والتقى الوزير نظيره، وبيان الحكومة صدر.';
  assert.deepEqual(run(text), []);
});

test('across files: a spelling that differs from the workspace majority names the other files and counts', () => {
  const docs = [
    { uri: 'a.txt', text: 'قال الرئيس ترمب إن الاتفاق انتهى.\nوأضاف ترمب أن بلاده ستنسحب.' },
    { uri: 'b.txt', text: 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.\nوكرر ترامب الكلام.' },
    { uri: 'c.txt', text: 'أعلن الرئيس الأمريكي ترامب قراره.\nوقال ترامب إنه سيفعل.' },
    { uri: 'd.txt', text: 'وقال الرئيس ترمب كلاما.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.ok(ws);
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['ترمب>ترامب', 'ترمب>ترامب']);
  assert.equal((fs[0].evidence as any).scope, 'workspace');
  assert.match(fs[0].message.en, /ترمب» ×2 here; «ترامب» ×5 in 2 other files/);
  assert.deepEqual(fs[0].related?.map(r => r.uri).sort(), ['b.txt', 'c.txt']);
  const wsFix = fs[0].fixes.find(f => f.scope === 'workspace');
  assert.ok(wsFix);
  // the other file that writes ترمب is edited by the offsets the index holds; files writing ترامب are not touched
  const inD = wsFix.edits.filter(e => e.uri === 'd.txt');
  assert.equal(inD.length, 1);
  assert.ok(!wsFix.edits.some(e => e.uri === 'b.txt' || e.uri === 'c.txt'));
  assert.equal(applyEdits(docs[3].text, inD.map(e => ({ ...e, uri: undefined }))).text, 'وقال الرئيس ترامب كلاما.');
  assert.equal(applyEdits(docs[0].text, wsFix.edits.filter(e => !e.uri)).text, 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.');
  // the majority files are clean
  assert.deepEqual(run(docs[1].text, { workspace: ws, uri: 'b.txt' }), []);
  // "always write" adds the preference to the config
  const always = fs[0].fixes.find(f => f.configEdit);
  assert.deepEqual(always?.configEdit, { path: ['names', 'ترامب'], op: 'append', value: 'ترمب' });
});

test('across files: replace everywhere edits the minority spelling in the other files by offset', () => {
  const docs = [
    { uri: 'a.txt', text: 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.\nوكرر ترامب الكلام.' },
    { uri: 'b.txt', text: 'قال الرئيس ترمب كلاما.' },
    { uri: 'c.txt', text: 'أعلن الرئيس ترامب قراره.\nوقال ترامب إنه سيفعل.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig())!;
  const fs = run(docs[1].text, { workspace: ws, uri: 'b.txt' });
  assert.equal(fs.length, 1);
  const wsFix = fs[0].fixes.find(f => f.scope === 'workspace');
  // b.txt is the asking document: its edit has no uri; no other file writes ترمب
  assert.ok(!wsFix || wsFix.edits.every(e => !e.uri));
  assert.equal(fixAll(docs[1].text, fs), 'قال الرئيس ترامب كلاما.');
});

test('re-linting the fixed text is clean', () => {
  const text = 'قال الرئيس الأمريكي دونالد ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب، وقال ترمب أيضا.';
  const fixed = fixAll(text, run(text));
  assert.deepEqual(run(fixed), []);
});

// Look-alikes from the rejected candidates of test/eval/labels/transliteration.pairs.tsv, in sentences written here.
const LOOK_ALIKES: [string, string][] = [
  ['قالت المستشارة الألمانية أنغيلا ميركل إنها ستزور باريس.', 'وحضرت الممثلة ميغان ماركل حفل الزفاف في لندن.'],
  ['وقال المدرب كريستيان غروس إن فريقه جاهز.', 'وقالت الكاتبة كريستين لاغارد إن الاقتصاد يتعافى.'],
  ['أعلنت شركة هواوي عن هاتف جديد.', 'وقضى السياح عطلتهم في جزر هاواي.'],
  ['كتب الرئيس على موقع تويتر رسالة قصيرة.', 'وزاد التوتر بين البلدين بعد الحادث.'],
  ['فاز منتخب البرتغال على منافسه.', 'وارتفع سعر البرتقال في الأسواق.'],
  ['وقال المتحدث جون كيربي إن الوفد وصل.', 'وقالت الممثلة جين فوندا إنها سعيدة.'],
  ['لا أعرف كيف حدث ذلك.', 'ووصل الوفد إلى العاصمة الأوكرانية كييف أمس.'],
  ['وتحدث مع والده عن مصيره.', 'وزارت الفنانة المصرية القاهرة.'],
  ['والتقى الوزير نظيره الفرنسي.', 'وقدم الباحث نظرية جديدة.'],
  ['وقال الوزير إن الأمريكيين غاضبون.', 'وقال إن الأمريكيون غاضبون أيضا.'],
  ['وصرح المرشد علي خامنئي بذلك.', 'وكان الخميني قد عاد إلى طهران.'],
  // على (folded onto the first name علي) before a word does not make it a name: تقلص/تقليص are two verbal nouns
  ['وأبدى الرئيس أسفه على تقلص عدد المشاركين.', 'وتعمل الحكومة على تقليص النفقات العامة.'],
  // a vowel and a g written two ways in a short name: another name (Schengen / Shenzhen, Kruger / Krieger)
  ['وتطالب الدول الأعضاء في منطقة شينغن بتشديد الرقابة على الحدود.', 'وافتتحت الشركة مصنعا جديدا في مدينة شنجن الصينية.'],
  ['وقال المدرب كروغر إن فريقه جاهز للمباراة.', 'وقالت الباحثة ليزا كريجر إن النتائج أولية.'],
  // ai is another vowel than a (Chiang / Chang)
  ['ووصل فريق الإنقاذ إلى إقليم تشاينج راي شمال تايلاند.', 'وقال المدير التنفيذي تشانج إن الشركة ستتوسع.'],
];

for (const [a, b] of LOOK_ALIKES) {
  test(`look-alikes never pair, in a document or across files: ${a.split(' ').slice(1, 4).join(' ')} / ${b.split(' ').slice(1, 4).join(' ')}`, () => {
    const text = `${a}\n${b}\n${a}`;
    assert.deepEqual(pairs(run(text)), [], 'in one document');
    const ws = createCliWorkspace([{ uri: 'a.txt', text: `${a}\n${a}\n${a}` }, { uri: 'b.txt', text: b }], defaultConfig());
    assert.deepEqual(pairs(run(b, { workspace: ws, uri: 'b.txt' })), [], 'across files');
    assert.deepEqual(pairs(run(a, { workspace: ws, uri: 'a.txt' })), [], 'across files, the other way');
  });
}

test('a consonant read two ways (s/z, t/ط, q/k) never joins short Arabic words (ياسر/يزور, صوتا/زيتا, كابوس/قابوس)', () => {
  const text = 'وقال ياسر إنه سيزور المدينة، وقال إنه يزور أهله.\nصوتا عاليا وزيتا كثيرا.\nوقال السائق إن الطريق شائق.\n' +
    'وعاش كابوسا طويلا، ثم رأى الكابوس نفسه. وزار السلطان قابوس المدينة.\n' +
    'واجتمع الرئيس بوتسيلوف وحلفاؤه، ثم دعا بوتسيلوف وحلفائه إلى العشاء.';
  assert.deepEqual(pairs(run(text)), []);
});

test('a consonant read two ways joins two spellings of a long name (غوتيريس/غوتيريش, أنطوني/أنتوني)', () => {
  const text = 'وقال وزير الخارجية أنتوني بلينكن إن الاتفاق قريب. وأضاف أنتوني أن بلاده مستعدة. ورد أنطوني على الأسئلة.\n' +
    'وقال الأمين العام أنطونيو غوتيريس إن الوضع خطير. وأضاف غوتيريس أن الحل سياسي. ودعا غوتيريش إلى الهدوء.';
  assert.deepEqual([...new Set(pairs(run(text)))].sort(), ['أنطوني>أنتوني', 'غوتيريش>غوتيريس']);
});

test('an alef that begins two spellings of a known name counts as a consonant (إريك/إيريك), not for Arabic words (أسامي/اسمي)', () => {
  const named = 'وقال المدرب إيريك تين هاغ إن الفريق جاهز. وأضاف إيريك أن المباراة صعبة. وختم إريك حديثه بالشكر.';
  assert.deepEqual([...new Set(pairs(run(named)))], ['إريك>إيريك']);
  const words = 'وتضم القائمة أسامي المرشحين. وقال إن اسمي ليس فيها، وإن أسامي الآخرين معروفة.';
  assert.deepEqual(pairs(run(words)), []);
});

test('the key of two words written apart is composed from the keys of the words (pairKeyHead + pairKeyTail)', () => {
  const words = ['بيونغ', 'يانغ', 'آي', 'فون', 'كيم', 'جونغ', 'أون', 'هونج', 'كونج', 'فيس', 'بوك', 'ابو', 'ظبي', 'ئيل', 'سائي', 'لوس', 'أنجلوس'];
  for (const a of words) for (const b of words) assert.equal(pairKeyHead(a) + pairKeyTail(b), variantKey(`${a} ${b}`), `${a} ${b}`);
});

test('across files: a name written apart here and as one word in the other files (فيس بوك / فيسبوك) is one name', () => {
  const docs = [
    { uri: 'a.txt', text: 'ونشر الحساب الرسمي على فيس بوك صورا من اللقاء.' },
    { uri: 'b.txt', text: 'أعلنت شركة فيسبوك عن تحديث جديد، وقالت فيسبوك إن التحديث يشمل الخصوصية.' },
    { uri: 'c.txt', text: 'وحذفت فيسبوك آلاف الحسابات المزيفة.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual([...new Set(pairs(fs))], ['فيس بوك>فيسبوك']);
  assert.equal(fixAll(docs[0].text, fs), docs[0].text.replace('فيس بوك', 'فيسبوك'));
  // one run-together pair of words in one file is a typo, not a one-word spelling (ألمانيةأنغيلا)
  const typo = createCliWorkspace([
    { uri: 'b.txt', text: 'وقالت المستشارة الألمانيةأنجيلا ميركل إن المحادثات صعبة.' },
    { uri: 'c.txt', text: 'التقت المستشارة الألمانية أنجيلا ميركل بالرئيس.' },
    { uri: 'd.txt', text: 'وصلت المستشارة الألمانية أنجيلا ميركل إلى باريس.' },
  ], defaultConfig());
  assert.ok(!pairs(run('وقالت المستشارة الألمانية أنغيلا ميركل إن الاتفاق قريب.', { workspace: typo, uri: 'a.txt' })).some(p => p.startsWith('ألمانية')));
  // two ordinary words are never asked about (في بيان is not فيبيان)
  assert.deepEqual(pairs(run('وجاء ذلك في بيان رسمي.', { workspace: createCliWorkspace([{ uri: 'd.txt', text: 'وقال فيبيان إنه سيعود.' }], defaultConfig()), uri: 'e.txt' })), []);
});

test('v written ف/ڤ, p written ب/پ: one name in the key, two spellings to unify; the fix rewrites the one letter', () => {
  const docs = [
    { uri: 'a.txt', text: 'وقال أمين المعرض إن لوحات ڤينسانت الأخيرة رسمت في جنوب فرنسا.' },
    { uri: 'b.txt', text: 'افتتح المتحف معرضا لرسائل الرسام الهولندي فينسانت.\nوتضم القاعة رسائل كتبها فينسانت إلى شقيقه.' },
    { uri: 'c.txt', text: 'وبيعت رسالة كتبها فينسانت بسعر قياسي.' },
  ];
  assert.equal(variantKey('ڤينسانت'), variantKey('فينسانت'));
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['ڤينسانت>فينسانت']);
  assert.equal((fs[0].evidence as any).scope, 'workspace');
  const at = docs[0].text.indexOf('ڤ');
  assert.deepEqual(fs[0].fixes[0].edits, [{ start: at, end: at + 1, newText: 'ف' }]);
  assert.deepEqual(run(docs[1].text, { workspace: ws, uri: 'b.txt' }), [], 'the majority spelling is not reported');
  // the orthography rule leaves the letters of foreign sounds to this rule: one finding per token, not two
  const both = 'رسائل فينسانت كثيرة، ورسائل فينسانت الأولى بالهولندية، ولوحات ڤينسانت في فرنسا.';
  const all = lint(new Article(both), defaultConfig(), {});
  assert.deepEqual(all.filter(f => f.ruleId === 'transliteration' || f.ruleId === 'orthography').map(f => f.ruleId), ['transliteration']);
});

test('a loanword the corpora never saw, written only with the article in a few files, is no name that takes it (الأسبرين/الأسبيرين, الأدرينالين/الأدرنالين, الكاريكاتير/الكاريكتير)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وينصح الأطباء بتناول الأسبرين يوميا، ويقلل الأسبرين خطر الجلطات.' },
    { uri: 'b.txt', text: 'وحذرت الدراسة من الإفراط في تناول الأسبيرين.' },
    { uri: 'c.txt', text: 'ويرتفع الأدرينالين في الجسم عند الخوف، ويؤثر الأدرينالين في القلب.' },
    { uri: 'd.txt', text: 'وقال الطبيب إن الأدرنالين يرتفع عند الخوف.' },
    { uri: 'e.txt', text: 'ونشرت الصحيفة الكاريكاتير أمس، وأثار الكاريكاتير غضبا واسعا.' },
    { uri: 'f.txt', text: 'ورسم الفنان الكاريكتير في دقائق.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  for (const d of docs) assert.deepEqual(pairs(run(d.text, { workspace: ws, uri: d.uri })), [], d.uri);
});

test('across files: a word written with the article is no name on looks alone (بالهليكوبتر / هليوكوبتر, والتشنج / تشانج)', () => {
  const docs = [
    { uri: 'a.txt', text: 'ونقل المصاب بالهليكوبتر إلى المستشفى، وعاد الطبيب بالهليكوبتر أيضا.' },
    { uri: 'b.txt', text: 'وحلقت طائرات هليوكوبتر فوق المدينة.\nوشوهدت طائرات هليوكوبتر أخرى فوق الميناء.' },
    { uri: 'c.txt', text: 'وحلقت طائرة هليوكوبتر فوق الميناء، ثم هبطت طائرة هليوكوبتر ثانية.' },
    { uri: 'd.txt', text: 'وأصيب المريض بالرعاش والتشنج بعد تناول الدواء.' },
    { uri: 'e.txt', text: 'وقال المدير التنفيذي تشانج إن الشركة ستتوسع، وأضاف تشانج أن المبيعات زادت.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  for (const d of docs) assert.deepEqual(pairs(run(d.text, { workspace: ws, uri: d.uri })), [], d.uri);
});

test('English spellings of a name token: w after a vowel is u before a consonant (lawrence/laurence), v before a vowel (dawid/dávid)', () => {
  assert.equal(latinKey('lawrence'), latinKey('laurence'));
  assert.equal(latinKey('dawid'), latinKey('Dávid'));
  assert.ok(!areDifferentNames('ديفيد', 'دافيد'), 'David, two ways');
  assert.ok(areDifferentNames('ميركل', 'ماركل'), 'Merkel, Markle');
  const text = 'وقال المدرب ديفيد مويس إن فريقه جاهز.\nوأضاف ديفيد أن المباراة صعبة.\nوختم دافيد مويس حديثه بالشكر.';
  assert.deepEqual(pairs(run(text)), ['دافيد>ديفيد']);
});

test('a word only ever written after a number is a unit or a counted noun, not a name (2 جيجابايت / 3 جيجا بايت)', () => {
  const docs = [
    { uri: 'a.txt', text: 'ويضم الهاتف ذاكرة قدرها 2 جيجابايت، ومساحة تخزين تبلغ 16 جيجابايت.' },
    { uri: 'b.txt', text: 'وتبلغ سعة الباقة 3 جيجا بايت، وتصل في الباقة الأكبر إلى 10 جيجا بايت.' },
    { uri: 'c.txt', text: 'وتقدم الشركة باقة بسعة 5 جيجا بايت لمدة أسبوع، وباقة بسعة 20 جيجا بايت لمدة شهر.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  for (const d of docs) assert.deepEqual(pairs(run(d.text, { workspace: ws, uri: d.uri })), [], d.uri);
});

test('across files: two names with one key in a document (أمريكيين, أميركيون) are each checked against the workspace', () => {
  const docs = [
    { uri: 'a.txt', text: 'والتقى الوزير مسؤولين أمريكيين في الرياض، ثم التقى مسؤولين أمريكيين آخرين.\nوقال مسؤولون أميركيون إن الاجتماع كان مثمرا.' },
    { uri: 'b.txt', text: 'وقال مسؤولون أمريكيون إن الاتفاق قريب.\nوأكد مسؤولون أمريكيون ذلك.' },
    { uri: 'c.txt', text: 'وأضاف مسؤولون أمريكيون أن الوفد سيعود.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['أميركيون>أمريكيون']);
  // the fixes of one name leave the other name's spellings alone
  assert.equal(fixAll(docs[0].text, fs), docs[0].text.replace('أميركيون', 'أمريكيون'));
  const at = docs[0].text.indexOf('أميركيون');
  for (const f of fs) for (const fix of f.fixes) {
    assert.ok(fix.edits.every(e => e.uri || (e.start >= at && e.end <= at + 'أميركيون'.length)), fix.title.en);
  }
});

test('two derived forms of one Arabic root are never one name, whatever marks them (تقلص/تقليص, تحسن/تحسين, تغير/تغيير)', () => {
  for (const [a, b] of [['تقلص', 'تقليص'], ['تحسن', 'تحسين'], ['تغير', 'تغيير']]) assert.equal(sameName(a, b, 2, 2), false, `${a}/${b}`);
  // a foreign name of that shape is not an Arabic pattern
  assert.equal(sameName('ترنر', 'ترنير', 2, 2), true);
});

test('a name that takes the article, its g written two ways, is one name (الكونغرس/الكونجرس); a loanword\'s vowel is not (الباليستية/البالستية)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وصوت أعضاء الكونجرس على القرار، ثم أحاله رئيس المجلس إلى الكونجرس مرة أخرى.' },
    { uri: 'b.txt', text: 'وقال زعيم الأغلبية في الكونغرس إن التصويت سيجري الأسبوع المقبل.\nورفض الكونغرس الميزانية.' },
    { uri: 'c.txt', text: 'وأرسل البيت الأبيض مشروع القانون إلى الكونغرس، ووافق عليه الكونغرس سريعا.' },
    { uri: 'd.txt', text: 'وأطلقت القوات صواريخ البالستية قصيرة المدى.' },
    { uri: 'e.txt', text: 'وأجرت البحرية تجربة للصواريخ الباليستية، وقالت إن الصواريخ الباليستية أصابت أهدافها.' },
    { uri: 'f.txt', text: 'وتحدث عن برنامج الصواريخ الباليستية للبلاد.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['كونجرس>كونغرس', 'كونجرس>كونغرس']);
  assert.equal(fixAll(docs[0].text, fs), docs[0].text.replace(/الكونجرس/g, 'الكونغرس'));
  for (const d of docs.slice(1)) assert.deepEqual(pairs(run(d.text, { workspace: ws, uri: d.uri })), [], d.uri);
  // in one document too
  const one = 'وصوت أعضاء الكونغرس على القرار.\nوقال رئيس الكونغرس إن الجلسة انتهت، ثم أحال الملف إلى الكونجرس.';
  assert.deepEqual(pairs(run(one)), ['كونجرس>كونغرس']);
});

test('a name only ever written with the article is one name when a long vowel is written or not (الكرملين/الكريملين); a common noun written bare somewhere, a title or an -ium is not', () => {
  const docs = [
    { uri: 'a.txt', text: 'وقال المتحدث باسم الكريملين إن الرئيس سيزور المنطقة.' },
    { uri: 'b.txt', text: 'وأعلن الكرملين أن القمة ستعقد في موعدها، وقال مصدر في الكرملين إن التحضيرات اكتملت.' },
    { uri: 'c.txt', text: 'ونفى الكرملين أي تدخل في الانتخابات.' },
    // a loanword the text also writes without the article: a common noun
    { uri: 'd.txt', text: 'وانقطعت خدمة الإنترنيت عن المدينة.' },
    { uri: 'e.txt', text: 'وعادت خدمة الإنترنت إلى المدينة، وافتتح مقهى إنترنت جديد.' },
    { uri: 'f.txt', text: 'وتراجعت سرعة الإنترنت في الريف.' },
    // a title before a name, and an element in -ium: common nouns that take the article
    { uri: 'g.txt', text: 'وقال البروفسور جون سميث إن النتائج مهمة.' },
    { uri: 'h.txt', text: 'وأوضح البروفيسور مارك براون أن الدراسة طويلة، وأضاف البروفيسور براون أنها ستنشر.' },
    { uri: 'i.txt', text: 'وفرضت الإدارة رسوما على الصلب والألومنيوم المستورد.' },
    { uri: 'j.txt', text: 'وارتفعت أسعار الألمنيوم في الأسواق، وتراجع إنتاج الألمنيوم.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['كريملين>كرملين']);
  assert.equal(fixAll(docs[0].text, fs), docs[0].text.replace('الكريملين', 'الكرملين'));
  for (const d of docs.slice(1)) assert.deepEqual(pairs(run(d.text, { workspace: ws, uri: d.uri })), [], d.uri);
});

test('a clitic comes off a word no corpus knows when the rest has the long key of a known name (بلوكسمبورج: ب + لوكسمبورج)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وعقد وزراء المالية اجتماعهم بلوكسمبورج أمس.' },
    { uri: 'b.txt', text: 'وقالت حكومة لوكسمبورغ إن الاجتماع سيعقد في موعده.\nوأكدت لوكسمبورغ مشاركتها.' },
    { uri: 'c.txt', text: 'ووصل الوفد إلى لوكسمبورغ صباحا.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['لوكسمبورج>لوكسمبورغ']);
  assert.equal(fixAll(docs[0].text, fs), docs[0].text.replace('بلوكسمبورج', 'بلوكسمبورغ'));
  // a short key is met by chance: كندية is not ك + ندية (Nadia), باشريف not ب + اشريف (Ashraf)
  const names = namesOf('وولدت في بلدة كندية، وقال الوزير باشريف إنه سيعود.');
  const stems = names.all().map(m => m.spelling);
  assert.ok(stems.includes('كندية') || !stems.includes('ندية'), stems.join(' '));
  assert.ok(!stems.includes('اشريف'), stems.join(' '));
});

test('و or ف before a hamza written on an alef is the conjunction, whatever the corpora know of the rest (وأكسفورد: و + أكسفورد)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وقال باحث من جامعتي هارفارد وأكسفورد إن النتائج مشجعة.' },
    { uri: 'b.txt', text: 'ودرس الباحث في جامعة أوكسفورد سنوات طويلة.' },
    { uri: 'c.txt', text: 'وأعلنت جامعة أوكسفورد نتائج الدراسة، وقالت أوكسفورد إنها ستواصل البحث.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const fs = run(docs[0].text, { workspace: ws, uri: 'a.txt' });
  assert.deepEqual(pairs(fs), ['أكسفورد>أوكسفورد']);
  assert.equal(fixAll(docs[0].text, fs), docs[0].text.replace('وأكسفورد', 'وأوكسفورد'));
  const text = 'وانتقلت إلى الأندلس وأوربا، فإيران.';
  const stems = namesOf(text).all().map(m => `${m.prefix}+${m.spelling}`);
  assert.ok(stems.includes('و+أوربا') && stems.includes('ف+إيران'), stems.join(' '));
});

test('a name after a clitic written in presentation forms (ﻭﺗﺮﻣﺐ) is found inside the word, not as an empty span after it', () => {
  const text = 'قال الرئيس ترامب إنه سيزور المنطقة.\nوأكد ترامب ذلك مرة أخرى.\nورد عليه المعارضون ﻭﺗﺮﻣﺐ صامت.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['ترمب>ترامب']);
  const at = text.indexOf('ﻭﺗﺮﻣﺐ');
  assert.equal(fs[0].start, at + 1);
  assert.equal(fs[0].end, at + 5);
});

test('across files: two rare spellings beside the same name are one name however Arabic their letters look (سعدتار لوغانسك / ساعدتار لوغانسك)', () => {
  const others = [
    { uri: 'b.txt', text: 'وانتقل اللاعب إلى نادي ساعدتار لوغانسك في الصيف.\nوقال مدرب ساعدتار لوغانسك إن الفريق جاهز.' },
    { uri: 'c.txt', text: 'وتعادل ساعدتار لوغانسك مع منافسه.' },
  ];
  const named = { uri: 'a.txt', text: 'وفاز سعدتار لوغانسك على ضيفه.' };
  const fs = inWorkspace(named, others);
  assert.deepEqual(pairs(fs), ['سعدتار>ساعدتار']);
  assert.equal(fixAll(named.text, fs), named.text.replace('سعدتار', 'ساعدتار'));
  // without a name beside it, nothing ties the spellings together
  const bare = { uri: 'a.txt', text: 'وفاز سعدتار على ضيفه أمس.' };
  assert.deepEqual(pairs(inWorkspace(bare, others)), []);
});

test('a first vowel written إ or إي is no difference between two names when the longer spelling writes the shorter one\'s English (إيريكا/إريكا: erika)', () => {
  assert.ok(writesEnglish('ايريكا', 'erika'), 'the alef seats the hamza, ي the e');
  assert.ok(!writesEnglish('كريستيان', 'christine'), 'an ا with no a to stand for');
  assert.ok(!areDifferentNames('إيريكا', 'إريكا'), 'erika / erica: its e written إ or إي');
  assert.ok(!areDifferentNames('إيرفين', 'إرفين'), 'ervin / irvin');
  // a long vowel inside the name still tells two names apart, and a و that stands for w is no vowel
  assert.ok(areDifferentNames('كريستيان', 'كريستين'), 'Christian, Christine');
  assert.ok(areDifferentNames('قادري', 'قدري'), 'Qadiri, Qadri');
  assert.ok(areDifferentNames('ميركل', 'ماركل'), 'Merkel, Markle');
  const docs = [
    { uri: 'a.txt', text: 'وقالت الكاتبة إريكا يونغ إن روايتها الجديدة ستصدر قريبا.\nوأضافت إريكا يونغ أنها كتبتها في عامين.' },
    { uri: 'b.txt', text: 'ووقعت إيريكا يونغ كتابها الجديد في المعرض.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[1].text, { workspace: ws, uri: 'b.txt' })), ['إيريكا>إريكا']);
});

test('across files: a diphthong written two ways beside one name is one name (سولاي مونتاري / سولي مونتاري); Arabic words in a set phrase are not (وآخرا / وأخيرا)', () => {
  const others = [
    { uri: 'b.txt', text: 'وتعاقد النادي مع اللاعب الغاني سولي مونتاري حتى نهاية الموسم.\nوقال سولي مونتاري إنه سعيد بالانتقال.' },
    { uri: 'c.txt', text: 'وقالوا إن ولاءهم كان أولا وأخيرا لإيران وحدها.' },
  ];
  const a = { uri: 'a.txt', text: 'وسجل اللاعب سولاي مونتاري هدف الفوز.' };
  const fs = inWorkspace(a, others);
  assert.deepEqual(pairs(fs), ['سولاي>سولي']);
  assert.equal(fixAll(a.text, fs), a.text.replace('سولاي', 'سولي'));
  // without the name beside it, ai and a are two names' vowels (تايمز/تامز)
  const bare = { uri: 'a.txt', text: 'وسجل اللاعب سولاي هدف الفوز أمس.' };
  assert.deepEqual(pairs(inWorkspace(bare, others)), []);
  // two Arabic words beside the same name share it without being names
  const phrase = { uri: 'a.txt', text: 'وكان الولاء أولا وآخرا لإيران كما قالوا.' };
  assert.deepEqual(pairs(inWorkspace(phrase, others)), []);
});

test('a title or first name before a word made of Arabic letter patterns that no name list knows is no evidence of a name (كان داعما / الله دعما, الآن قدراته)', () => {
  // كان, الله and الآن (folded onto آلان) are Wikidata first names that stand before words in every text
  const docs = [
    { uri: 'a.txt', text: 'وقال المدرب إن اللاعب كان داعما لزملائه طوال الموسم.' },
    { uri: 'b.txt', text: 'ويقدم حزب الله دعما كبيرا لحلفائه في المنطقة.' },
    { uri: 'c.txt', text: 'ويقدم حزب الله دعما سياسيا للحكومة منذ سنوات.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
  assert.equal(nameEvidence('قدراته', true), 0);
  assert.equal(nameEvidence('اجتمعا', true), 0);
  // a foreign-looking spelling after a title is still a name, and so is an Arabic-looking one that a name list knows
  assert.equal(nameEvidence('باشريف', true), 2);
  assert.equal(nameEvidence('خشقجي', true), 2);
});

test('a first name that the corpora write far more often than people bear it is a word, and marks no name after it (كان فردا, الله سيزيل)', () => {
  const markedWord = (text: string, word: string): boolean => {
    const names = namesOf(text);
    const i = wordIndex(names, word);
    assert.ok(i >= 0, word);
    return names.marked(i);
  };
  assert.equal(markedWord('وقال المدرب إن الحارس كان فردا مهما في الفريق.', 'فردا'), false);
  assert.equal(markedWord('وقال الخطيب إن الله سيزيل الغمة عن البلاد.', 'سيزيل'), false);
  // a first name borne by many people still marks the word after it
  assert.equal(markedWord('وقال محمد فلوريس إن الفريق جاهز.', 'فلوريس'), true);
  assert.equal(markedWord('وقال كيم دوبسون إن الفريق جاهز.', 'دوبسون'), true);
});

test('مفعول beside مفعال of one root is two Arabic nouns, never one name, whatever marks them (مفتوح/مفتاح, منشور/منشار)', () => {
  for (const [a, b] of [['مفتوح', 'مفتاح'], ['منشور', 'منشار']]) assert.equal(sameName(a, b, 2, 2), false, `${a}/${b}`);
  const docs = [
    { uri: 'a.txt', text: 'وأطلقت الشركة تطبيق مفتوح المصدر للطلاب.' },
    { uri: 'b.txt', text: 'وقال المهندس مفتاح إن المشروع سينتهي قريبا.\nوأضاف مفتاح أن التكلفة ارتفعت.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
  // a spelling that looks foreign is no Arabic pattern (the shape alone decides nothing)
  assert.equal(sameName('مرسيل', 'مرسال', 2, 2), true); // Marcel
});

test('a vowel written for another between two name tokens that no English spelling joins makes two names (نابل/نوبل, باراس/باريس, سوروس/سيروس), not ميشال/ميشيل', () => {
  for (const [a, b] of [['نابل', 'نوبل'], ['باراس', 'باريس'], ['سوروس', 'سيروس']]) assert.equal(sameName(a, b, 2, 2), false, `${a}/${b}`);
  // ميشال writes michel (an ا for the e of French and English names); بيسكوف/بوسكوف has one token only
  assert.equal(sameName('ميشال', 'ميشيل', 2, 2), true);
  assert.equal(sameName('بوسكوف', 'بيسكوف', 2, 2), true);
  const text = 'قال المحامي اليوناني باراس إن القضية أغلقت.\nوأضاف باراس أن موكله بريء.\nوعاد الوفد إلى باريس مساء.';
  const ws = createCliWorkspace([
    { uri: 'a.txt', text },
    { uri: 'b.txt', text: 'وصل الوزير إلى باريس صباحا.\nوقالت باريس إنها ترحب.' },
    { uri: 'c.txt', text: 'عقد اللقاء في باريس أمس.\nوغادر الوفد باريس.' },
  ], defaultConfig());
  assert.deepEqual(pairs(run(text, { workspace: ws, uri: 'a.txt' })), []);
});

test('a g written غ beside ج in a short spelling whose ج side looks Arabic is two words (نغمي/نجمي), not a name written two ways', () => {
  assert.equal(sameName('نغمي', 'نجمي', 2, 2), false);
  const docs = [
    { uri: 'a.txt', text: 'وقدم العازف عرضا لافتا للأداء النغمي والصوتي، لنغمي ولحنه أثر.' },
    { uri: 'b.txt', text: 'وقال الشيخ أحمد نجمي إن الموسم انتهى.\nوأضاف نجمي أن الفريق جاهز.' },
    { uri: 'c.txt', text: 'ورحب الشيخ نجمي بالقرار.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
  // a long name bears both (جرينتش/غرينتش keeps its pair)
  assert.equal(sameName('جرينتش', 'غرينتش', 2, 2), true);
});

test('across files: the target is the written form of files that write the spelling as a name, not of files where it is a word (إيدين → إدين, not the verb أدين)', () => {
  // ادين folds إدين (Eden) and أدين ('was convicted'): the files writing the verb outnumber the one writing the name
  const docs = [
    { uri: 'b.txt', text: 'وقالت المحكمة إن المتهم أدين بالتزوير، وأدين شريكه بالتهمة نفسها.' },
    { uri: 'c.txt', text: 'وأثار الحكم استنكارا دوليا وأدين الجندي بالقتل.' },
    { uri: 'd.txt', text: 'ولم يشارك الموظف في الاجتماع بعدما أدين بالرشوة.' },
    { uri: 'e.txt', text: 'وسجل إدين هازارد هدف الفوز في الدقيقة الأخيرة.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  const text = 'وقال المدرب إن إيدين هازارد جاهز للمباراة.';
  assert.deepEqual(pairs(run(text, { workspace: ws, uri: 'a.txt' })), ['إيدين>إدين']);
});

test('sameName: a و or ي added to a well-attested name token that writes none of its English spellings makes another name (صوفية/صفية: safia, مونييه/مونيه: monet)', () => {
  assert.equal(sameName('صوفية', 'صفية', 2, 2), false);
  assert.equal(sameName('مونييه', 'مونيه', 2, 2), false);
  // the added vowel writes the token's English (kushner), or is an ا (caroline said with ai): one name
  assert.equal(sameName('كوشنير', 'كوشنر', 2, 2), true);
  assert.equal(sameName('كارولاين', 'كارولين', 2, 2), true);
});

test('a و that begins a name is its consonant w when both spellings write a known name\'s English (وليام/ويليام: william), not the conjunction or a verb\'s prefix (ويرد/وارد, يروون/يرون)', () => {
  const text = 'وصل الأمير ويليام إلى المستشفى صباحا.\nوقال الأمير ويليام إن زوجته بخير.\nوغادر الأمير وليام المستشفى مساء.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['وليام>ويليام']);
  assert.equal(fixAll(text, fs), text.replace('الأمير وليام', 'الأمير ويليام'));
  assert.equal(sameName('وليام', 'ويليام', 2, 2), true);
  // two letters and a و or ي before them, and no name's English written by both: words
  assert.equal(sameName('ويرد', 'وارد', 2, 2), false);
  assert.equal(sameName('يروون', 'يرون', 2, 2), false);
});

test('a name that begins with إل is no word with the article when it is a known name token and both spellings write its English (إليزابيث/إيليزابيث); four letters are still أفعل (أليس)', () => {
  const text = 'وقالت الملكة إليزابيث إنها سعيدة بالزيارة.\nوأضافت الملكة إليزابيث أن البلدين صديقان.\nوزارت الملكة إيليزابيث المعرض مساء.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['إيليزابيث>إليزابيث']);
  assert.equal(fixAll(text, fs), text.replace('الملكة إيليزابيث', 'الملكة إليزابيث'));
  assert.equal(sameName('إيليزابيث', 'إليزابيث', 2, 2), true);
  assert.equal(sameName('إليزابيث', 'إيليزابيث', 2, 2), true);
  // ال and two letters is the shape of أفعل whichever side it is on (أليس 'is it not' is also Alice)
  assert.equal(sameName('إيليس', 'إليس', 2, 2), false);
  assert.equal(sameName('إليس', 'إيليس', 2, 2), false);
});

test('across files: an ا written or not right after the first letter is a name\'s vowel, not a verb\'s form, beside one name (بيجان نمدار / بيجان نامدار)', () => {
  const others = [
    { uri: 'b.txt', text: 'وقال وزير النفط بيجان نامدار إن الإنتاج سيرتفع في الشتاء.\nوأضاف بيجان نامدار أن الأسعار ستتحسن.' },
  ];
  const a = { uri: 'a.txt', text: 'واستقبل الوزير بيجان نمدار نظيره صباح الأحد.' };
  const fs = inWorkspace(a, others);
  assert.deepEqual(pairs(fs), ['نمدار>نامدار']);
  assert.equal(fixAll(a.text, fs), a.text.replace('نمدار', 'نامدار'));
  // the forms of one verb differ after its first radical or before its last: still two words
  assert.equal(sameName('يطالب', 'يطلب', 2, 2), false);
  assert.equal(sameName('تواجه', 'تاجه', 2, 2), false);
});

test('across files: a first letter read two ways (س/ص) is one name when a name list knows one spelling and both write its English (صويلو/سويلو: soylu)', () => {
  const others = [
    { uri: 'b.txt', text: 'وقال وزير الداخلية سليمان سويلو إن الحدود آمنة.\nوأضاف الوزير سويلو أن الشرطة مستعدة.' },
  ];
  const a = { uri: 'a.txt', text: 'وزار الوزير صويلو المدينة صباح الأحد.' };
  const fs = inWorkspace(a, others);
  assert.deepEqual(pairs(fs), ['صويلو>سويلو']);
  assert.equal(fixAll(a.text, fs), a.text.replace('صويلو', 'سويلو'));
  // no name list and no English between them: two Arabic words (سيارته his car, زيارته his visit)
  assert.equal(sameName('سيارته', 'زيارته', 2, 2), false);
});

test('a vowel written for another, one side only looking transliterated: one name when a name list knows both and that side writes the other\'s English (ميشال/ميشيل: michel), not بازيد/بوزيد', () => {
  assert.equal(sameName('ميشال', 'ميشيل', 1, 2), true);
  assert.equal(sameName('ميشيل', 'ميشال', 2, 1), true);
  // بازيد (بأزيد, 'by more', folded) is in no name list
  assert.equal(sameName('بازيد', 'بوزيد', 1, 2), false);
  const others = [
    { uri: 'b.txt', text: 'وقال الرئيس ميشيل عون إن الحكومة ستتشكل قريبا.\nوأضاف ميشيل عون أن الحوار مستمر.' },
  ];
  const a = { uri: 'a.txt', text: 'وكان ميشال عون قد التقى الوفد صباحا.' };
  const fs = inWorkspace(a, others);
  assert.deepEqual(pairs(fs), ['ميشال>ميشيل']);
});

test('a vowel written for another in a long spelling that looks transliterated is one name (جاورجيوس/جيورجيوس); in a short one it can be another name (ماركل/ميركل)', () => {
  assert.equal(sameName('جاورجيوس', 'جيورجيوس', 1, 2), true);
  assert.equal(sameName('جيورجيوس', 'جاورجيوس', 2, 1), true);
  assert.equal(sameName('ماركل', 'ميركل', 1, 2), false);
  assert.equal(sameName('مانيكا', 'مونيكا', 1, 2), false);
  const others = [
    { uri: 'b.txt', text: 'وقال الرئيس القبرصي نيكوس أناستاسيادس إن المحادثات مع جيورجيوس كانت مفيدة.\nوأضاف أن جيورجيوس سيزور المدينة.' },
  ];
  const a = { uri: 'a.txt', text: 'ووصل جاورجيوس إلى المطار مساء الخميس.' };
  assert.deepEqual(pairs(inWorkspace(a, others)), ['جاورجيوس>جيورجيوس']);
});

test('across files: a rare spelling with no evidence of its own is a part of a name when the text writes it right beside one (فكتور روزينو / فيكتور), not a counted noun (كيلومتر) nor a word of Arabic patterns', () => {
  const others = [
    { uri: 'b.txt', text: 'وقال رئيس الوزراء فيكتور أوربان إن بلاده لن تستقبل المهاجرين.\nوأضاف فيكتور أوربان أن الحدود ستبقى مغلقة.' },
  ];
  const a = { uri: 'a.txt', text: 'وعرض المهرجان فيلما قديما من إخراج فكتور روزينو مساء الخميس.' };
  const fs = inWorkspace(a, others);
  assert.deepEqual(pairs(fs), ['فكتور>فيكتور']);
  assert.equal(fixAll(a.text, fs), a.text.replace('فكتور', 'فيكتور'));
  // with no name beside it, nothing says فكتور is one
  const bare = { uri: 'a.txt', text: 'وعرض المهرجان فيلما قديما من إخراج فكتور مساء الخميس.' };
  assert.deepEqual(pairs(inWorkspace(bare, others)), []);
  // a noun the corpora write with the accusative ا (كيلومترا) is a common noun wherever it stands
  assert.equal(usageEvidence('كيلومتر', false, false, false, undefined, true), 0);
  assert.equal(usageEvidence('فكتور', false, false, false, undefined, true), 1);
});

test('a vowel written or not in the consonant cluster a name begins with is one name (ديميتري/دميتري: dimitrije, dmitry); other first consonants are another name (بيريك perec / بريك brik)', () => {
  assert.equal(areDifferentNames('ديميتري', 'دميتري'), false);
  assert.equal(areDifferentNames('دميتري', 'ديميتري'), false);
  assert.equal(sameName('دميتري', 'ديميتري', 2, 2), true);
  assert.equal(areDifferentNames('بيريك', 'بريك'), true);
  // a vowel inside the name, not in its first cluster, still tells two names apart
  assert.equal(areDifferentNames('كريستيان', 'كريستين'), true);
  assert.equal(areDifferentNames('قادري', 'قدري'), true);
});

test('a vowel written for another between a known name token and a spelling that writes none of its English spellings makes another name (نوفيك/نوفاك, سيساكو/سيسوكو, مانيكا/مونيكا)', () => {
  for (const [a, b] of [['نوفيك', 'نوفاك'], ['سيساكو', 'سيسوكو'], ['مانيكا', 'مونيكا'], ['كابيل', 'كابول']]) assert.equal(sameName(a, b, 2, 2), false, `${a}/${b}`);
  // the spelling writes the token's English (musk, sullivan), the token is little known (بيسكوف, weight 2), or the
  // vowel exchanged follows another (io/ia): one name
  for (const [a, b] of [['موسك', 'ماسك'], ['سوليفان', 'ساليفان'], ['بوسكوف', 'بيسكوف'], ['إليونور', 'إليانور']]) assert.equal(sameName(a, b, 2, 2), true, `${a}/${b}`);
  const docs = [
    { uri: 'a.txt', text: 'ويقول الباحث نمرود نوفيك إن المفاوضات متعثرة.' },
    { uri: 'b.txt', text: 'وأبلغ وزير الطاقة ألكسندر نوفاك نظيره بالقرار.\nوقال نوفاك إن السوق مستقرة.' },
    { uri: 'c.txt', text: 'والتقى نوفاك المسؤولين في موسكو.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
});

test('a title before a preposition on an ordinary word is no evidence of a name (الملك باسمه, المركز بإشراف), so it never pairs with a name (بسمة)', () => {
  assert.equal(nameEvidence('باسمه', true), 0);
  assert.equal(nameEvidence('باشراف', true), 0);
  const docs = [
    { uri: 'a.txt', text: 'وقالت المعلمة إن البسمة عادت إلى وجوه الأطفال.' },
    { uri: 'b.txt', text: 'وأعرب الملك باسمه واسم الشعب عن التهنئة.' },
    { uri: 'c.txt', text: 'وقدم الأمير التهنئة باسمه ونيابة عن الحكومة.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
});

test('a person and an institution named after them, written with the same vowels and a g written two ways, are one name (مؤسسة غيتس / الملياردير جيتس)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وقال الملياردير جيتس إن الجائحة لم تنته بعد.' },
    { uri: 'b.txt', text: 'وتبرعت مؤسسة غيتس بمليار دولار لشراء اللقاحات.\nوقالت مؤسسة غيتس إن الشحنات ستصل قريبا.' },
    { uri: 'c.txt', text: 'وأعلنت مؤسسة غيتس عن منحة جديدة.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), ['جيتس>غيتس']);
});

test('one spelling marked only as a person (a title) and the other only as a place or a firm (مدينة, شركة) are two names (السلطان قابوس / مدينة قابس)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وبعث الملك برقية إلى السلطان قابوس بمناسبة العيد.' },
    { uri: 'b.txt', text: 'وافتتح المهرجان السينمائي في مدينة قابس التونسية.\nوتقع قابس على الساحل.' },
    { uri: 'c.txt', text: 'وزار الوفد مدينة قابس أمس.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
  // a kind word after a title is the title's genitive: the name after it is a person's
  const text = 'وقال لاعب المنتخب التشيلي أليكسيس سانشيز إن الفريق جاهز.';
  const names = namesOf(text);
  assert.equal(names.markKind(wordIndex(names, 'أليكسيس')), PERSON_MARK);
  // an indefinite kind word has the name as its genitive: the firm's
  const firm = 'وقال رئيس شركة تسلا إن الإنتاج ارتفع.';
  const firmNames = namesOf(firm);
  assert.equal(firmNames.markKind(wordIndex(firmNames, 'تسلا')), THING_MARK);
  // an indefinite title right before a name may have it as its genitive (the coach of Liverpool): either kind
  const coach = 'وقال مدرب ليفربول إن الفريق جاهز. وقال المدرب كلوب إن المباراة صعبة.';
  const coachNames = namesOf(coach);
  assert.equal(coachNames.markKind(wordIndex(coachNames, 'ليفربول')), PERSON_MARK | THING_MARK);
  assert.equal(coachNames.markKind(wordIndex(coachNames, 'كلوب')), PERSON_MARK);
  // a place named as a known name is written (the town of Sutherland, the actor Donald Sutherland: th written ذ)
  assert.equal(writesEnglish('سذرلاند', 'sutherland'), true);
});

test('a loanword whose plural in ات the corpora write with the article is a common noun, not a name (ميليشيا/مليشيا, ميليشيات/ميلشيات)', () => {
  const text = 'وقصفت ميليشيات الحوثي الأحياء السكنية. وقالت المصادر إن ميلشيات الحوثي تراجعت. وتسيطر ميليشيات أخرى على الميناء.';
  assert.deepEqual(pairs(run(text)), []);
  const docs = [
    { uri: 'a.txt', text: 'وتواصل مليشيا الحوثي قصف المدينة.' },
    { uri: 'b.txt', text: 'وبدأت ميليشيا الحوثي حملة جديدة.\nوتلقت ميليشيا الحوثي الدعم.' },
    { uri: 'c.txt', text: 'وتراجعت ميليشيا الحوثي عن مواقعها.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
});

test('a noun in ين/ون beside the same with ي before the ending is a plural beside its adjective\'s (الدينين/الدينيين), not a name', () => {
  assert.equal(inflectionOnly('دينين', 'دينيين'), true);
  assert.equal(inflectionOnly('كارولين', 'كارولاين'), false);
  const text = 'وتحدث الكاتب عن العلاقة بين الدينين وعن المتخصصين الدينيين. وقال إن غير الدينين يرفضون ذلك، وإن الدينيين منقسمون.';
  assert.deepEqual(pairs(run(text)), []);
});

test('a word that takes pronouns, with one attached, is that word (غيري: غير + ي), not a spelling of a name (جيري)', () => {
  assert.equal(nameEvidence('غيري', false), 0);
  assert.equal(nameEvidence('جيري', false), 2);
  const docs = [
    { uri: 'a.txt', text: 'وكتب المقال المحلل جيري ماهر من بيروت.' },
    { uri: 'b.txt', text: 'ولم أستطع أن أنسى المدينة مثل غيري من الأصدقاء.' },
    { uri: 'c.txt', text: 'وقال إنه لا يعرف أحد غيري الطريق إلى هناك.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
});

test('a particle beside a name is no part of it: روالي إن / راولي أن is never reported as a name of two words (its fix would rewrite إن to أن)', () => {
  assert.equal(sameName('روالي ان', 'راولي ان', 2, 2), false);
  const text = 'وقال المحقق روالي إن الفريق وصل إلى الموقع. وأضاف راولي أن الخبراء حددوا نوع الغاز. وقالت زوجة راولين، إن صح الاسم، إنها بخير.';
  assert.deepEqual(pairs(run(text)).filter(p => p.includes(' ')), []);
});

test('a three-letter spelling with its g written the other way (ج/غ) is another root, not the name (جال/غال, جين/غين)', () => {
  assert.equal(sameName('جال', 'غال', 2, 2), false);
  assert.equal(sameName('جين', 'غين', 2, 2), false);
  // a longer name keeps its g variants (غروس/جروس)
  assert.equal(sameName('جروس', 'غروس', 2, 2), true);
  const docs = [
    { uri: 'a.txt', text: 'وكان الفريق قد صال وجال طوال الموسم دون هزيمة.' },
    { uri: 'b.txt', text: 'وقال المدرب الهولندي لويس فان غال إن فريقه جاهز.\nوأضاف غال أن المباراة صعبة.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
});

test('the adjective of a name before a name is no part of it: الألمانية أنغيلا / الألمانية أنجيلا is one word that varies', () => {
  assert.equal(sameName('المانيه انغيلا', 'المانيه انجيلا', 2, 2), false);
  const docs = [
    { uri: 'a.txt', text: 'وتحاول المستشارة الألمانية أنغيلا ميركل تسوية الخلاف.' },
    { uri: 'b.txt', text: 'وقالت المستشارة الألمانية أنجيلا ميركل إن الاتفاق ممكن.\nوأضافت الألمانية أنجيلا ميركل أن الحوار مستمر.' },
    { uri: 'c.txt', text: 'واستقبلت الألمانية أنجيلا ميركل الوفد.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })).filter(p => p.includes(' ')), []);
});

test('a vowel exchanged and another added or dropped makes another name (كوتينيو/كوتونو, ميلينيو/ميلانو), unless one name stands beside both', () => {
  assert.equal(sameName('كوتينيو', 'كوتونو', 2, 2), false);
  assert.equal(sameName('ميلينيو', 'ميلانو', 2, 2), false);
  assert.equal(sameName('كوتينيو', 'كوتونو', 2, 2, true), true);
  const docs = [
    { uri: 'a.txt', text: 'وسجل اللاعب فيليب كوتينيو الهدف الأول للمباراة.' },
    { uri: 'b.txt', text: 'ووقعت الفصائل اتفاق سلام في كوتونو عاصمة بنين.\nوغادر الوفد كوتونو مساء.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(pairs(run(docs[0].text, { workspace: ws, uri: 'a.txt' })), []);
});

test('a spelling of three consonants that no text writes as a name is the Arabic word it spells, not a name one vowel away (بينت/بينيت, شاكرا/شاكيرا)', () => {
  assert.equal(rootShaped('بينت'), true);
  assert.equal(rootShaped('شاكرا'), true);
  // an alef that begins a word carries a hamza, a consonant; and a longer word is no root's worth
  assert.equal(rootShaped('امبير'), false);
  assert.equal(rootShaped('ترامب'), false);
  // the workspace's spelling is a verb in every file (بيّنت 'showed'): no name to rewrite بينيت to
  const verb = [
    { uri: 'a.txt', text: 'وقال متحدث باسم الشرطة إن بينيت غادر المكان قبل وصول الدورية.' },
    { uri: 'b.txt', text: 'وبينت الدراسة أن نصف المشاركين من الشباب.' },
    { uri: 'c.txt', text: 'بينت نتائج المسح أن الأسعار ارتفعت خلال العام.' },
    { uri: 'd.txt', text: 'وبينت الوزارة أن الخطة تسير كما ينبغي.' },
  ];
  const verbWs = createCliWorkspace(verb, defaultConfig());
  assert.deepEqual(verb.flatMap(d => pairs(run(d.text, { workspace: verbWs, uri: d.uri }))), []);
  // this document's spelling is a participle with the accusative's ا (شاكرا 'thanking'), not the singer's name
  const thanks = [
    { uri: 'a.txt', text: 'وأعلن المدرب رحيله عن الفريق، شاكرا الإدارة على ثقتها.' },
    { uri: 'b.txt', text: 'وغنت النجمة الكولومبية شاكيرا في حفل الافتتاح.' },
  ];
  assert.deepEqual(pairs(inWorkspace(thanks[0], thanks.slice(1))), []);
  // a name of three consonants written as one (a first name or a title beside it) is still a name spelled two ways
  const putin = [
    { uri: 'a.txt', text: 'وقال الرئيس الروسي فلاديمير بوتن إن بلاده لن تتراجع.' },
    { uri: 'b.txt', text: 'واستقبل الرئيس فلاديمير بوتين الوفد في الكرملين.' },
    { uri: 'c.txt', text: 'وأكد بوتين أن المحادثات كانت مثمرة، وقال بوتين إنه متفائل.' },
  ];
  assert.deepEqual(pairs(inWorkspace(putin[0], putin.slice(1))), ['بوتن>بوتين']);
  // and a document that writes it bare leans on another file that writes the same spelling as a name
  const bare = [
    { uri: 'a.txt', text: 'وقال بوتن إن بلاده لن تتراجع عن موقفها.' },
    { uri: 'f.txt', text: 'واستقبل الرئيس الروسي بوتن الوفد أمس.' },
    ...putin.slice(1),
    { uri: 'e.txt', text: 'ورحب بوتين بالاتفاق.' },
  ];
  assert.deepEqual(pairs(inWorkspace(bare[0], bare.slice(1))), ['بوتن>بوتين']);
  // a vowel exchanged between two spellings as long: both must be unwritten as names (دافيد beside ديفيد the name)
  const david = [
    { uri: 'a.txt', text: 'قبل أن يبيع النادي هدافه دافيد إلى برشلونة.' },
    { uri: 'b.txt', text: 'وقال اللاعب ديفيد سيلفا إن الفريق جاهز.' },
    { uri: 'c.txt', text: 'وأضاف ديفيد سيلفا أن المباراة صعبة.' },
  ];
  assert.deepEqual(pairs(inWorkspace(david[0], david.slice(1))), ['دافيد>ديفيد']);
});

test('a title or kind word with a preposition on it still marks the name after it (لمقاطعة كيبك, بشركة, كرئيس)', () => {
  const text = 'وأصدرت الهيئة تحذيرا من الحر لمقاطعة كيبك الجنوبية. وعمل سنوات بشركة سيمنز قبل أن يعين كمدرب لفريق الشباب.';
  const names = namesOf(text);
  assert.equal(names.markKind(wordIndex(names, 'كيبك')), THING_MARK);
  assert.equal(names.markKind(wordIndex(names, 'سيمنز')), THING_MARK);
});

test('a firm marked as a thing is named after a person only when its own spelling is a person\'s name a list knows (ساذرلاند), not when the person\'s is (الممثل مرجان / بنك مورجان)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وقال الممثل مرجان إن الفيلم حقق نجاحا كبيرا.' },
    { uri: 'b.txt', text: 'وتوقع بنك مورجان ستانلي ارتفاع الأسعار في الربع المقبل.' },
    { uri: 'c.txt', text: 'وقال بنك مورجان إن الطلب على النفط سيتراجع.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(docs.flatMap(d => pairs(run(d.text, { workspace: ws, uri: d.uri }))), []);
  // the town named after a person, the other way round, is still that person's name
  const town = [
    { uri: 'a.txt', text: 'وقال الممثل دونالد سذرلاند إن الفيلم صور في الصيف.' },
    { uri: 'b.txt', text: 'وسقط النيزك قرب موقع ساذرلاند في جنوب أفريقيا.\nوزار العلماء موقع ساذرلاند أمس.' },
  ];
  assert.deepEqual(pairs(inWorkspace(town[0], town.slice(1))), ['سذرلاند>ساذرلاند']);
});

test('a word after a number and a unit\'s prefix is a unit (6,000 ميلي أمبير), not a name; a first name or an ordinary word after the number is no prefix', () => {
  const docs = [
    { uri: 'a.txt', text: 'وتشير بيانات مثل "امباير سينماس" إلى ارتفاع مبيعات التذاكر.' },
    { uri: 'b.txt', text: 'ويضم الجهاز بطارية بسعة 6,000 ميلي أمبير تكفي يومين.' },
    { uri: 'c.txt', text: 'وتأتي النسخة الأصغر ببطارية بسعة 4,000 ميلي أمبير فقط.' },
  ];
  const ws = createCliWorkspace(docs, defaultConfig());
  assert.deepEqual(docs.flatMap(d => pairs(run(d.text, { workspace: ws, uri: d.uri }))), []);
  const text = 'بسعة 6,000 ميلي أمبير. وفي عام 2016 دونالد ترامب فاز. وفي 2014 ضم بوتين القرم.';
  assert.equal(afterNumber(text, text.indexOf('أمبير')), true);
  assert.equal(afterNumber(text, text.indexOf('ميلي')), true);
  assert.equal(afterNumber(text, text.indexOf('ترامب')), false);
  assert.equal(afterNumber(text, text.indexOf('بوتين')), false);
});

test('the workspace-wide fix leaves out a spelling the rule keeps apart from the target: a person\'s name beside a firm\'s (بنك مورجان / الممثل مرجان)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وتوقع بنك مورغان ستانلي ارتفاع الأسعار في الربع المقبل.' },
    { uri: 'b.txt', text: 'وقال بنك مورجان ستانلي إن الطلب على النفط سيتراجع.' },
    { uri: 'c.txt', text: 'وخفض بنك مورجان توقعاته للنمو.' },
    { uri: 'd.txt', text: 'وقال الممثل مرجان إن الفيلم حقق نجاحا كبيرا.' },
  ];
  const fs = inWorkspace(docs[0], docs.slice(1));
  assert.deepEqual(pairs(fs), ['مورغان>مورجان']);
  const touched = fs.flatMap(f => f.fixes.flatMap(x => x.edits.map(e => e.uri ?? 'a.txt')));
  assert.ok(!touched.includes('d.txt'), `the actor's name is not rewritten: ${touched.join(', ')}`);
});

test('across files: two names a list knows each of a couple of people by are one name when one name stands beside both (دايلي ميل / ديلي ميل)', () => {
  const docs = [
    { uri: 'a.txt', text: 'وذكرت صحيفة دايلي ميل أن الفريق سيتعاقد مع مدافع جديد.' },
    { uri: 'b.txt', text: 'ونقلت صحيفة "ديلي ميل" عن مصادر في النادي أن الصفقة اكتملت.' },
    { uri: 'c.txt', text: 'وقالت ديلي ميل إن المدرب غاضب من النتائج.' },
  ];
  assert.deepEqual(pairs(inWorkspace(docs[0], docs.slice(1))), ['دايلي>ديلي']);
  // with no name beside both, the name lists still keep them apart (deli, dailey)
  assert.equal(sameName('دايلي', 'ديلي', 2, 2), false);
  assert.equal(sameName('دايلي', 'ديلي', 2, 2, true), true);
});

test('across files: a consonant and a vowel read two ways in a long name one name stands beside (نعمان قورتلموش / نعمان كورتولموش)', () => {
  const others = [
    { uri: 'b.txt', text: 'وصرح نائب رئيس الوزراء نعمان كورتولموش بأن الحكومة ستدعم المصدرين.' },
    { uri: 'c.txt', text: 'واستقبل نعمان كورتولموش وفدا من رجال الأعمال.' },
  ];
  const doc = { uri: 'a.txt', text: 'وقال وزير الاقتصاد نعمان قورتلموش إن النمو سيتسارع هذا العام.' };
  const fs = inWorkspace(doc, others);
  assert.deepEqual(pairs(fs), ['قورتلموش>كورتولموش']);
  assert.equal(fixAll(doc.text, fs), doc.text.replace('قورتلموش', 'كورتولموش'));
  // without one name beside both, a consonant and a vowel apart are two words
  assert.deepEqual(pairs(inWorkspace({ uri: 'a.txt', text: 'وقال وزير الاقتصاد التركي قورتلموش إن النمو سيتسارع هذا العام.' }, others)), []);
  assert.equal(sameName('قورتلموش', 'كورتولموش', 2, 2), false);
});

test('a vowel written at another place among the same letters, in one document: روالي beside راولي', () => {
  const text = 'وقال مساعد قائد الشرطة مارك راولي إن التحقيق سيستغرق أسابيع.\nوأضاف راولي أن الفريق جمع مئات الأدلة.\nوقال روالي إن الأدلة أرسلت إلى المختبر.';
  const fs = run(text);
  assert.deepEqual(pairs(fs), ['روالي>راولي']);
  // only the name's letters are rewritten: the particle after it stays as written
  assert.equal(fixAll(text, fs), text.replace('وقال روالي إن', 'وقال راولي إن'));
  // the letters alone: a moved vowel is weighed as one exchanged vowel where the spellings meet
  assert.equal(sameName('راولي', 'روالي', 2, 2, false, true), true);
  // not in files apart with nothing else shared (two words the lexicons take for names: ألايف / ألياف)
  assert.equal(sameName('راولي', 'روالي', 2, 2), false);
  assert.equal(sameName('الايف', 'الياف', 2, 2), false);
  // four letters are an Arabic noun and verb of one root (حوار/حاور), whatever the evidence
  assert.equal(sameName('حوار', 'حاور', 2, 2, false, true), false);
});

test('a moved و or ي lifts two rare spellings that meet in one document; a moved ا does not', () => {
  const text = 'أسس رجل أعمال منظمة باسم "نكسيفم" قبل عشرين عاما.\nوتقول نيكسفم في بيان إنها لم ترتكب أي مخالفة.\nوكانت نكسيفم تقدم دورات في تطوير الذات.\nوقد أغلقت نيكسفم مكاتبها الشهر الماضي.';
  assert.deepEqual([...new Set(pairs(run(text)))], ['نيكسفم>نكسيفم']);
  // the same letters in files apart: no meeting, no evidence, nothing reported
  const a = { uri: 'a.txt', text: 'أسس رجل أعمال منظمة باسم "نكسيفم" قبل عشرين عاما.\nوكانت نكسيفم تقدم دورات في تطوير الذات.' };
  const b = { uri: 'b.txt', text: 'وتقول نيكسفم في بيان إنها لم ترتكب أي مخالفة.\nوقد أغلقت نيكسفم مكاتبها الشهر الماضي.\nوتنفي نيكسفم كل التهم.' };
  assert.deepEqual(pairs(inWorkspace(a, [b])), []);
  // an ا that moves is how Arabic patterns of one root differ (كاتب/كتاب): no lift for it below the foreignness floor
  const alef = 'وصدر عن دار مناشير كتاب جديد.\nوقالت دار منشاير إن الطبعة نفدت.';
  assert.deepEqual(pairs(run(alef)), []);
  // nor an inflected Arabic form, whose stem's pattern moves a و or ي: two verbs of one root
  const verbs = 'قال المدربان إن اللاعبين يؤديان واجبهما بإتقان.\nوأضافا أن الناديين يؤيدان قرار الاتحاد.';
  assert.deepEqual(pairs(run(verbs)), []);
});

test('a j written ي in one file and ج in others, between the same two names: هانز يورغن فيشر beside هانز جورغن فيشر', () => {
  const doc = { uri: 'y.txt', text: 'التقى المدرب الألماني هانز يورغن فيشر اللاعبين أمس.\nوقال يورغن إن الفريق جاهز.' };
  const others = [
    { uri: 'j1.txt', text: 'قال المدرب هانز جورغن فيشر إنه مستعد للموسم.' },
    { uri: 'j2.txt', text: 'وصل هانز جورغن فيشر إلى الملعب صباحا.' },
  ];
  const fs = inWorkspace(doc, others);
  assert.deepEqual(pairs(fs), ['يورغن>جورغن']);
  // and again against the same index, once the reading keeps what the index said of its key (no other spelling of
  // يورغن's own key): that is no reason to pass it over, jAsY asks of another key
  const ws = createCliWorkspace([doc, ...others], defaultConfig());
  for (let i = 0; i < 2; i++) assert.deepEqual(pairs(run(doc.text, { workspace: ws, uri: doc.uri })), ['يورغن>جورغن']);
  // only the mention between the two names is rewritten: the word alone elsewhere may be another name's
  assert.equal(fixAll(doc.text, fs), doc.text.replace('هانز يورغن فيشر', 'هانز جورغن فيشر'));
  // the files that write جورغن are told nothing: fewer files write يورغن between those names
  for (const o of others) assert.deepEqual(pairs(inWorkspace(o, [doc, ...others.filter(x => x !== o)])), []);
  // not without the same name on both sides in the other files: ج and ي begin Arabic words of one pattern too
  const apart = [
    { uri: 'k1.txt', text: 'قال المدرب هانز جورغن إنه مستعد للموسم.' },
    { uri: 'k2.txt', text: 'وصل الوفد إلى الملعب ولقي جورغن فيشر صباحا.' },
  ];
  assert.deepEqual(pairs(inWorkspace(doc, apart)), []);
});

test('no j written ي where the name lists know both spellings as names of their own: كيم يونغ نام (Kim Yong-nam) is not كيم جونغ نام (Kim Jong-nam)', () => {
  // Korean names have both syllables, 용 Yong and 정 Jong, and Kim and a last syllable stand beside either: the
  // premier كيم يونغ إيل and the leader كيم جونغ إيل, the head of state كيم يونغ نام and the leader's brother كيم جونغ نام
  const jong = [
    { uri: 'j1.txt', text: 'قتل كيم جونغ نام، الأخ غير الشقيق للزعيم، في مطار كوالالمبور.\nوكان كيم جونغ نام يعيش في ماكاو.' },
    { uri: 'j2.txt', text: 'وتتهم ماليزيا امرأتين بقتل كيم جونغ نام بغاز الأعصاب.' },
  ];
  const yong = { uri: 'y.txt', text: 'استقبل رئيس هيئة الرئاسة في كوريا الشمالية كيم يونغ نام الوفد الصيني في بيونغ يانغ.' };
  assert.deepEqual(pairs(inWorkspace(yong, jong)), []);
  const il = [
    { uri: 'i1.txt', text: 'وتوفي الزعيم كيم جونغ إيل عام 2011.\nوخلف كيم جونغ أون والده كيم جونغ إيل.' },
    { uri: 'i2.txt', text: 'وكان كيم جونغ إيل يخشى الطيران.' },
  ];
  assert.deepEqual(pairs(inWorkspace({ uri: 'p.txt', text: 'واستقبل رئيس الوزراء الكوري الشمالي كيم يونغ إيل الوفد الصيني.' }, il)), []);
  // the lists: يونغ is Young, borne by a hundred, جونغ Jong, by seventy
  assert.equal(areDifferentNames('يونغ', 'جونغ', 3), true);
});

test('a last syllable that is also a short word: مون جاي-ان told by مون جاي إن in another file, never the other way', () => {
  const hyph = { uri: 'h.txt', text: 'اجتمع الوفد مع رئيس كوريا الجنوبية مون جاي-ان أمس.' };
  const spaced = { uri: 's.txt', text: 'استقبل الرئيس الكوري الجنوبي مون جاي إن مع وزرائه الوفد الزائر.' };
  const fs = inWorkspace(hyph, [spaced]);
  assert.deepEqual(pairs(fs), ['جاي-ان>جاي إن']);
  assert.equal(fixAll(hyph.text, fs), hyph.text.replace('جاي-ان', 'جاي إن'));
  // the spaced side is not rewritten into a hyphen, even where more files write the hyphen: its إن may be the particle
  const hyph2 = { uri: 'h2.txt', text: 'وصل مون جاي-ان إلى القمة.' };
  assert.deepEqual(pairs(inWorkspace(spaced, [hyph, hyph2])), []);
  // not without the same name before both: the short word after another name is the particle
  const other = { uri: 'o.txt', text: 'وقال الرئيس سونغ جاي إن الوفد وصل.' };
  assert.deepEqual(pairs(inWorkspace(hyph, [other])), []);
  // nor a longer word after the hyphen: no syllable, a word (كوري-أمريكي is no name)
  assert.equal(sameName('مون جاي-امريكي', 'مون جاي امريكي', 2, 2, true), false);
  assert.equal(sameName('مون جاي-ان', 'مون جاي ان', 2, 2, true), true);
  assert.equal(sameName('مون جاي-ان', 'مون جاي ان', 2, 2), false);
});

test('the hamza of a glide, ائي against اي, is no vowel edit, and a name list spelling it either way knows the name (رافائيل / رفايل)', () => {
  // رافائيل (Rafael) is listed as رافاييل: the hamza on its seat or as a plain ي is one spelling of the glide
  const full = { uri: 'f.txt', text: 'قال المدرب رافائيل مونتيرو إن فريقه جاهز.\nوأضاف رافائيل أن المباراة صعبة.' };
  const short = { uri: 's.txt', text: 'وتقدم رفايل كوستا نحو المرمى في الدقيقة العاشرة.' };
  assert.deepEqual(pairs(inWorkspace(short, [full])), ['رفايل>رافائيل']);
  assert.equal(wikidataToken('رافائيل')?.english.includes('rafael'), true);
  assert.equal(pairDifference('رافائيل', 'رفايل')?.vowels, 1);
  // nothing else is free: a hamza not between ا and ي is an edit as before
  assert.equal(pairDifference('سائل', 'سال')?.vowels, 1);
  assert.equal(pairDifference('رؤوف', 'روف')?.vowels, 1);
  // and Arabic words that now differ by one vowel keep their own evidence, none: the penal courts and the poll tax
  assert.deepEqual(pairs(run('أحالت النيابة القضية إلى المحكمة الجزائية.\nوكانت الجزية تفرض في العصور الوسطى.\nوقالت المحكمة الجزائية إنها ستنظر فيها.')), []);
  assert.equal(wikidataToken('نهائي'), undefined);
});

test('across files: a name of ال and two letters (إليس, Ellis) is the target of إيليس where a file marks it, and the particle أليس is never counted nor rewritten', () => {
  const named = { uri: 'n.txt', text: 'رحلت الطيارة البريطانية ماري إليس عن عمر يناهز مئة عام.\nوقادت إليس ألف طائرة خلال الحرب.\nوتزوجت إليس زميلها.\nكانت حياة حافلة، أليس كذلك؟' };
  const other = { uri: 'o.txt', text: 'وتؤدي الممثلة دور المدربة فيكي إيليس في الفيلم الجديد.' };
  const fs = inWorkspace(other, [named]);
  assert.deepEqual(pairs(fs), ['إيليس>إليس']);
  // the workspace-wide fix rewrites إيليس only: the file that writes the name and the particle is left as it is
  const wsFix = fs[0].fixes.find(f => f.scope === 'workspace');
  assert.ok(!wsFix || wsFix.edits.every(e => !e.uri || e.uri === 'o.txt'));
  // the file that writes إليس is told nothing, and its particle never gets a finding
  assert.deepEqual(pairs(inWorkspace(named, [other])), []);
  // files that write only the particle count for nothing: two mentions of إيليس outweigh one marked إليس
  const two = { uri: 't.txt', text: 'وتؤدي الممثلة دور المدربة فيكي إيليس.\nوقالت إيليس إنها سعيدة.' };
  const once = { uri: 'm.txt', text: 'رحلت الطيارة ماري إليس عن عمر يناهز مئة عام.' };
  const particles = [1, 2, 3].map(k => ({ uri: `p${k}.txt`, text: 'أليس هذا غريبا؟ أليس كذلك؟ أليس من حقنا أن نسأل؟' }));
  assert.deepEqual(pairs(inWorkspace(two, [once, ...particles])), []);
  // nor does a name after the particle make it one (أليس ترامب من قال ذلك؟): no file marks it
  assert.deepEqual(pairs(inWorkspace(other, [{ uri: 'q.txt', text: 'أليس ترامب من قال ذلك؟ أليس كذلك؟' }, ...particles])), []);
  // nor a spelling written with the hamza above, as the particle is and as Alice is (الكاتبة أليس ووكر): the hamza
  // below says the ال is a name's first vowel
  const alice = { uri: 'a.txt', text: 'فازت الكاتبة أليس ووكر بالجائزة.\nوقالت أليس إنها سعيدة.\nوأضافت الكاتبة أليس أنها ستكتب رواية.' };
  assert.deepEqual(pairs(inWorkspace(other, [alice])), []);
  // and in one document the two never meet: the particle beside إيليس is left alone
  assert.deepEqual(pairs(run('وتؤدي الممثلة دور المدربة فيكي إيليس.\nأليس هذا غريبا؟ أليس كذلك؟ أليس من حقنا أن نسأل؟')), []);
  // nor is the shape of a verb (ألغى/ألقى: both begin with the article's letters) let through by the caller's word
  assert.equal(sameName('الغي', 'القي', 2, 2, false, false, true), false);
});

test('across files: the occurrences other files mark (markedCount, what إليس is counted by) follow files as they are re-indexed and removed', () => {
  const ix = new WorkspaceIndex();
  const marked = (n: number) => `رحلت الطيارة ماري إليس عن عمر يناهز مئة عام.\n${'وقادت إليس ألف طائرة.\n'.repeat(n)}`;
  const markedCount = (uri?: string) => {
    const v = [...ix.nameSpellings(variantKey('إليس'), uri).values()] as unknown as { folded: string; markedCount(): number }[];
    return v.find(x => x.folded === 'اليس')?.markedCount() ?? 0;
  };
  ix.setText('a.txt', marked(1));
  ix.setText('b.txt', marked(2));
  ix.setText('p.txt', 'أليس هذا غريبا؟ أليس كذلك؟');
  assert.equal(markedCount(), 5);
  // the asking file's own come off, and a file that does not mark it never counts
  assert.equal(markedCount('a.txt'), 3);
  assert.equal(markedCount('p.txt'), 5);
  ix.setText('b.txt', marked(0));
  assert.equal(markedCount('a.txt'), 1);
  ix.setText('b.txt', 'أليس كذلك؟');
  assert.equal(markedCount(), 2);
  ix.remove('a.txt');
  assert.equal(markedCount(), 0);
});

test('across files: what a name\'s reading keeps of the index (nameKey, for as long as nameVersion is the same) is asked again once the index changes, and of another index', () => {
  const a = { uri: 'a.txt', text: 'قال الرئيس ترمب إن الاتفاق انتهى.\nوأضاف ترمب أن بلاده ستنسحب.' };
  const b = { uri: 'b.txt', text: 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.\nوكرر ترامب الكلام.' };
  const key = variantKey('ترمب');
  const ix = new WorkspaceIndex();
  ix.setText(a.uri, a.text);
  const first = ix.nameVersion();
  // no handle where no file writes the key in another folded spelling: the file's own spelling is none, nor is a key
  // no file writes
  assert.equal(ix.nameKey(key, 'ترمب'), -1);
  assert.ok(ix.nameKey(key, 'ترامب') >= 0);
  assert.equal(ix.nameKey(variantKey('نتنياهو'), 'نتنياهو'), -1);
  assert.deepEqual(run(a.text, { workspace: ix, uri: a.uri }), []);
  ix.setText(b.uri, b.text);
  assert.notEqual(ix.nameVersion(), first);
  // nameRivals answers by the handle as by the key
  const spellings = ix.nameKey(key, 'ترمب');
  assert.ok(spellings >= 0);
  for (const [folded, count, uri] of [['ترمب', 2, 'a.txt'], ['ترامب', 3, 'b.txt'], ['ترمب', 9, 'c.txt']] as const) {
    assert.equal(ix.nameRivals(key, uri, { folded, count, spellings }), ix.nameRivals(key, uri, { folded, count }));
  }
  assert.equal(ix.nameRivals(key, 'a.txt', { folded: 'ترمب', count: 2, spellings }), true);
  assert.deepEqual(pairs(run(a.text, { workspace: ix, uri: a.uri })), ['ترمب>ترامب', 'ترمب>ترامب']);
  ix.remove(b.uri);
  assert.equal(ix.nameKey(key, 'ترمب'), -1);
  assert.deepEqual(run(a.text, { workspace: ix, uri: a.uri }), []);
  // another index never shares a version: what the readings kept of this one says nothing of it
  const other = new WorkspaceIndex();
  other.setText(a.uri, a.text);
  other.setText(b.uri, b.text);
  assert.notEqual(other.nameVersion(), ix.nameVersion());
  assert.deepEqual(pairs(run(a.text, { workspace: other, uri: a.uri })), ['ترمب>ترامب', 'ترمب>ترامب']);
  assert.deepEqual(run(a.text, { workspace: ix, uri: a.uri }), []);
});

test('every g of a name written ج in one source and غ in another, twice or more: غوغل / جوجل, though غوغل is a frequent short word', () => {
  const other = { uri: 'g.txt', text: 'أعلنت شركة غوغل عن هاتف جديد.\nوقالت غوغل إن الهاتف سيطرح قريبا.\nويعمل الهاتف بنظام غوغل.' };
  const doc = { uri: 'j.txt', text: 'وبحثت عن الخبر في محرك البحث "جوجل" أمس.' };
  assert.deepEqual(pairs(inWorkspace(doc, [other])), ['جوجل>غوغل']);
  // in one document too
  assert.deepEqual(pairs(run('أعلنت شركة غوغل عن هاتف جديد.\nوقالت غوغل إن الهاتف سيطرح قريبا.\nوكان محرك جوجل قد تعطل.')), ['جوجل>غوغل']);
  // a frequent short word that writes two g letters and never takes the article is no particle or verb; the others are
  assert.equal(isOrdinaryWord('غوغل'), false);
  assert.equal(isOrdinaryWord('هناك'), true);
  assert.equal(isOrdinaryWord('حجاج'), true);
  // every g and only the g, the same way round, twice or more
  assert.equal(gConvention('غوغل', 'جوجل'), true);
  assert.equal(gConvention('غال', 'جال'), false);
  assert.equal(gConvention('غونج', 'جونغ'), false);
  assert.equal(gConvention('غوغل', 'جوجيل'), false);
  assert.equal(gConvention('غيغا', 'غيجا'), false);
  // a g written one way and the other in one word (غ then ج) against the reverse is two conventions, not one: and
  // neither a spelling with the article nor one only after a number is lifted so
  assert.deepEqual(pairs(inWorkspace({ uri: 'u.txt', text: 'بلغت السعة 5 جيجا في الجهاز.' }, [{ uri: 'v.txt', text: 'بلغت السعة 3 غيغا في الجهاز.\nوالذاكرة 4 غيغا.' }])), []);
});

test('across files: a name beside both does not outweigh the name lists for two Arabic names of one root (أبو عبده / أبو عبيدة, سمير نصري / سمير ناصري)', () => {
  // a native Arabic spelling is the name itself: a vowel in it makes another name of the root (عبده/عبيدة, نصري/ناصري,
  // نصيف/ناصيف), however few bearers a name list has for one of them
  const obeida = { uri: 'o.txt', text: 'وقال المتحدث باسم كتائب القسام أبو عبيدة إن المقاومة مستمرة.\nوأضاف أبو عبيدة أن الأسرى بخير.' };
  const abdo = { uri: 'a.txt', text: 'وقال القيادي أبو عبده إن الحركة ستشارك في الانتخابات.' };
  assert.deepEqual(pairs(inWorkspace(abdo, [obeida])), []);
  const nasri = { uri: 'n.txt', text: 'وقال اللاعب سمير نصري إنه سيعتزل.\nوقال سمير نصري ذلك.' };
  const nasseri = { uri: 's.txt', text: 'وقال المحلل سمير ناصري إن السوق متقلبة.' };
  assert.deepEqual(pairs(inWorkspace(nasseri, [nasri])), []);
  const nassif = { uri: 'f.txt', text: 'وقال المطرب إلياس ناصيف إن الحفل ناجح.\nوأضاف إلياس ناصيف ذلك.' };
  const nsif = { uri: 'g.txt', text: 'وقال المحامي إلياس نصيف إن القضية معقدة.' };
  assert.deepEqual(pairs(inWorkspace(nsif, [nassif])), []);
  assert.equal(sameName('عبده', 'عبيده', 2, 2, true), false);
  assert.equal(sameName('ناصري', 'نصري', 2, 2, true), false);
  // a transliterated name's thin entries still give way to a name beside both (دايلي: dailey, ديلي: deli)
  assert.equal(sameName('دايلي', 'ديلي', 2, 2, true), true);
});

test('across files: a name beside both outweighs thin name-list entries for one vowel only, not two (إيرينا / أريانا beside one surname)', () => {
  // Irina, borne by many, and Arianna, by two: two vowels apart, two names, whatever surname they share
  const ariana = { uri: 'a.txt', text: 'وقالت المغنية أريانا غراندي إن جولتها ستبدأ.\nوأضافت أريانا غراندي ذلك.' };
  const irina = { uri: 'i.txt', text: 'وقالت الممثلة إيرينا غراندي إن الفيلم ناجح.' };
  assert.deepEqual(pairs(inWorkspace(irina, [ariana])), []);
  assert.equal(sameName('ايرينا', 'اريانا', 2, 2, true), false);
  assert.equal(sameName('دايلي', 'ديلي', 2, 2, true), true);
});

test('the plural of a nisba adjective with the article is no name that takes it: الكرويين (footballing) is not rewritten to الكوريين (Korean)', () => {
  const text = 'واستقبلت العاصمة اللاعبين الكوريين في المطار.\nوقال المحللين الكرويين إن المباراة ممتعة.\nوغادر الكوريين الفندق صباحا.';
  assert.deepEqual(pairs(run(text)), []);
  // (the lexicon's shape of a name that takes the article leaves out the nisba's plural as it does the nisba)
  assert.equal(articledNameForm('كرويين'), false);
  assert.equal(articledNameForm('كريملين'), true);
});

test('the nisba of a frequent word is no name for meeting another spelling: مسيرة مليوني is not rewritten to ميلوني (Meloni)', () => {
  const text = 'وقالت رئيسة الوزراء جورجيا ميلوني إن إيطاليا ستساعد.\nوخرجت مسيرة مليوني في روما.\nوأضافت ميلوني أن الحكومة مستقرة.';
  assert.deepEqual(pairs(run(text)), []);
});

test('a vowel moved among the same letters is no exchanged vowel where a spelling is a word the corpora write and no name list knows: توتير is not تويتر, ريالا not رايلا, ديالي not دايلي', () => {
  // the two meet in one article, each looks foreign enough to be lifted by the meeting, and the moved vowel made them
  // one exchange: the safe fix rewrote an Arabic masdar, a currency and a province into a brand and two names
  assert.deepEqual(pairs(run('وكتب الرئيس على تويتر أن بلاده لن تتراجع.\nوحذر المحللون من توتير الأجواء في المنطقة.\nوحذف تويتر التغريدة لاحقا.')), []);
  assert.deepEqual(pairs(run('وقال زعيم المعارضة الكيني رايلا أودينغا إن الانتخابات مزورة.\nوبلغت قيمة الصفقة مليون ريالا سعوديا.\nوأضاف رايلا أن أنصاره سيتظاهرون.')), []);
  assert.deepEqual(pairs(run('وقالت صحيفة دايلي تلغراف إن الجيش العراقي تقدم.\nواستعادت القوات السيطرة على ديالي.\nوأضافت دايلي تلغراف أن المعارك عنيفة.')), []);
});

test('the verbal noun of a tenth-form verb (استفعال) is no rare foreign word for meeting a name a vowel away: استيراد is not rewritten to استرايد (asteroid)', () => {
  // both rare in the corpora and neutral to the trigram model; the ي moved between them made the meeting a lift, and the
  // safe fix rewrote 'import' into a transliteration of 'asteroid'
  assert.deepEqual(pairs(run('وقالت وكالة ناسا إن استرايد ضخما يقترب من الأرض.\nوارتفع استيراد القمح هذا العام.\nوأضافت ناسا أن استرايد لن يصطدم بالأرض.')), []);
});

test('the plural of an ordinary nisba adjective is no rare foreign word: كرويون (footballing) is not rewritten to كوريون (Koreans) in one document', () => {
  const text = 'وشارك في الندوة محللون كرويون من عدة دول.\nووصل إلى المطار لاعبون كوريون للمشاركة في البطولة.\nوقال مسؤولون كوريون إن الفريق جاهز.';
  assert.deepEqual(pairs(run(text)), []);
  // the plural of a name's nisba is reported as the name is
  assert.deepEqual(pairs(run('وقال مسؤولون أمريكيون إن الاتفاق قريب.\nوأضاف دبلوماسيون أميركيون أن المحادثات مستمرة.\nوأكد مسؤولون أمريكيون ذلك.')), ['أميركيون>أمريكيون']);
});

test('house style: a names table changed in place, or given again as a copy, is the one applied', () => {
  const text = 'قال الرئيس ترامب إنه سيزور المنطقة.\nوأكد ترامب ذلك.';
  const config = mergeConfig(defaultConfig(), {});
  const house = () => pairs(lint(new Article(text), config, {}).filter(f => f.ruleId === 'transliteration'));
  assert.deepEqual(house(), []);
  config.names['ترمب'] = ['ترامب'];
  assert.deepEqual(house(), ['ترامب>ترمب', 'ترامب>ترمب']);
  const copy = structuredClone(config);
  assert.deepEqual(pairs(lint(new Article(text), copy, {}).filter(f => f.ruleId === 'transliteration')), ['ترامب>ترمب', 'ترامب>ترمب']);
  delete config.names['ترمب'];
  assert.deepEqual(house(), []);
});

test('across files: nameFolded lists by the handle the folded spellings the index answers for the key', () => {
  const docs = [
    { uri: 'a.txt', text: 'قال الرئيس ترمب إن الاتفاق انتهى.\nوأضاف ترمب أن بلاده ستنسحب.' },
    { uri: 'b.txt', text: 'قال الرئيس ترامب إن الاتفاق انتهى.\nوأضاف ترامب أن بلاده ستنسحب.' },
    { uri: 'c.txt', text: 'وقال تْرامْب إن الاتفاق انتهى.' },
  ];
  const ix = new WorkspaceIndex();
  for (const d of docs) ix.setText(d.uri, d.text);
  const key = variantKey('ترمب');
  const listed = ix.nameFolded(ix.nameKey(key, 'ترمب'))!;
  const answered = [...ix.nameSpellings(key).values()].map(v => (v as { folded?: string }).folded);
  assert.deepEqual([...listed].sort(), [...new Set(answered)].sort());
  assert.ok(listed.length >= 2);
});

test('across files: a spelling of jAsY\'s shape that stands between no two names is settled as any other', () => {
  // (يورغن begins with ي: jAsY compares it with جورغن only between two names, and it stands beside none here, so it
  // goes the way of any spelling, against the other files' يورجن)
  const doc = { uri: 'a.txt', text: 'قال المدرب يورغن إن الفريق جاهز.\nوأكد يورغن ذلك أمس.' };
  const others = ['b', 'c', 'd'].map(n => ({ uri: `${n}.txt`, text: 'قال المدرب يورجن إن الفريق جاهز.\nوأكد يورجن ذلك.' }));
  const fs = inWorkspace(doc, others);
  assert.deepEqual(pairs(fs), ['يورغن>يورجن', 'يورغن>يورجن']);
  assert.ok(fs.every(f => (f.evidence as { scope: string }).scope === 'workspace'));
});
