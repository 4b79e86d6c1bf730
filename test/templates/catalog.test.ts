// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) in plain strings is the subject
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  builtinTemplates,
  displayLocale,
  groupLabel,
  groupTemplates,
  kindOfFileName,
  kindOfLanguageId,
  languageName,
  loadUserTemplates,
  templateDescription,
  templateLabel,
  templatesForKind,
  USER_GROUP,
} from '../../shared/templates/catalog';

const all = builtinTemplates();

describe('catalog: built-in templates', () => {
  test('keys are unique and every template has labels and descriptions in both languages', () => {
    assert.equal(new Set(all.map((t) => t.key)).size, all.length);
    for (const t of all) {
      for (const loc of ['en', 'zh'] as const) {
        assert.ok(templateLabel(t, loc).trim(), `${t.key}: label ${loc}`);
        assert.ok(templateDescription(t, loc).trim(), `${t.key}: description ${loc}`);
      }
      assert.match(templateLabel(t, 'zh'), /[\u4e00-\u9fff]/, `${t.key}: the Chinese label is Chinese`);
      assert.doesNotMatch(
        templateLabel(t, 'en'),
        /[\u4e00-\u9fff]/,
        `${t.key}: the English label is English`,
      );
    }
  });

  test('filtering by kind', () => {
    const msg = templatesForKind(all, 'msg');
    const eml = templatesForKind(all, 'eml');
    assert.ok(msg.length >= 14 && msg.every((t) => t.kind === 'msg'));
    assert.ok(eml.length >= 6 && eml.every((t) => t.kind === 'eml'));
    assert.equal(msg.length + eml.length, all.length);
    assert.equal(templatesForKind(all, null).length, all.length);
  });

  test('grouping by purpose, in catalog order, the display language first', () => {
    const zh = groupTemplates(templatesForKind(all, 'msg'), 'zh');
    assert.deepEqual(
      zh.map((g) => g.id),
      ['first-contact', 'follow-up', 'price', 'after-sales', 'complaint', 'media'],
    );
    assert.deepEqual(
      zh.map((g) => g.label),
      ['首次联系', '跟进', '价格', '售后', '投诉', '语音和视频'],
    );
    for (const g of zh) assert.equal(g.entries[0]!.lang, 'zh', g.id);
    const media = zh.find((g) => g.id === 'media')!;
    assert.deepEqual(
      media.entries.map((t) => `${t.id}.${t.lang}`),
      [
        'voice-caption.zh',
        'video-caption.zh',
        'voice-caption.zh-tw',
        'video-caption.zh-tw',
        'voice-caption.en',
        'video-caption.en',
      ],
    );
    // A Traditional Chinese reader sees the Traditional templates first, then the Simplified ones.
    const tw = groupTemplates(templatesForKind(all, 'msg'), 'zh-tw');
    assert.deepEqual(
      tw.find((g) => g.id === 'media')!.entries.map((t) => `${t.id}.${t.lang}`),
      [
        'voice-caption.zh-tw',
        'video-caption.zh-tw',
        'voice-caption.zh',
        'video-caption.zh',
        'voice-caption.en',
        'video-caption.en',
      ],
    );
    assert.deepEqual(
      tw.map((g) => g.label),
      ['首次聯繫', '跟進', '價格', '售後', '投訴', '語音和視頻'],
    );

    const en = groupTemplates(templatesForKind(all, 'eml'), 'en');
    assert.deepEqual(
      en.map((g) => [g.id, g.label]),
      [
        ['first-contact', 'First contact'],
        ['quotation', 'Quotation'],
        ['meeting', 'Meeting'],
      ],
    );
    for (const g of en) assert.equal(g.entries[0]!.lang, 'en', g.id);
  });

  test('labels in the display language', () => {
    const t = all.find((x) => x.key === 'builtin:eml/quotation.zh')!;
    assert.equal(templateLabel(t, 'en'), 'Quotation e-mail with attachment');
    assert.equal(templateLabel(t, 'zh'), '带附件的报价邮件');
    assert.equal(languageName('zh', 'en'), 'Chinese');
    assert.equal(languageName('zh', 'zh'), '中文');
    assert.equal(languageName('en', 'zh'), '英文');
    assert.equal(languageName(null, 'zh'), '');
    assert.equal(groupLabel(USER_GROUP, 'zh'), '我的模板');
    assert.equal(groupLabel('after-sales', 'en'), 'After-sales');
  });

  test('display locale, kind of file and of language id', () => {
    assert.equal(displayLocale('zh-cn'), 'zh');
    assert.equal(displayLocale('zh-tw'), 'zh-tw');
    assert.equal(displayLocale('zh-HK'), 'zh-tw');
    assert.equal(displayLocale('zh-Hans'), 'zh');
    assert.equal(displayLocale('en'), 'en');
    assert.equal(displayLocale('de'), 'en');
    assert.equal(displayLocale(undefined), 'en');
    assert.equal(kindOfFileName('a/b/Offer.MSG'), 'msg');
    assert.equal(kindOfFileName('x.eml'), 'eml');
    assert.equal(kindOfFileName('x.txt'), null);
    assert.equal(kindOfLanguageId('cordial-msg'), 'msg');
    assert.equal(kindOfLanguageId('cordial-eml'), 'eml');
    assert.equal(kindOfLanguageId('plaintext'), null);
  });
});

describe('catalog: user templates', () => {
  const files = [
    {
      name: 'offer.msg',
      text: '---\nto: ${1:Jac}\n---\n\n  Dear $1, ${2:good morning}!\n\nOur offer: ${3:…}\n',
    },
    {
      name: 'zh/报价.eml',
      text: 'Subject: ${1:报价}\nX-Unsent: 1\n\n${2:王经理}，您好！\r\n附件是报价单。\r\n',
    },
    { name: 'plain.msg', text: '\n\nThank you for your order, ${1:Maria}.\n' },
    { name: 'broken.msg', text: 'Dear ${1:Jac,\nhello\n' },
    { name: 'choice.msg', text: 'Hi\n\n${1|a,b}\n' },
    { name: 'empty.eml', text: '  \n\n' },
    { name: 'notes.txt', text: 'hello' },
    { name: 'huge.msg', text: '', tooLarge: true },
  ];

  test('good templates are listed with their first body line as description', () => {
    const { templates } = loadUserTemplates(files, 'en');
    assert.deepEqual(
      templates.map((t) => [t.key, t.kind, t.group, t.label.en, t.description.en, t.lang]),
      [
        ['user:offer.msg', 'msg', USER_GROUP, 'offer', 'Dear Jac, good morning!', 'en'],
        ['user:plain.msg', 'msg', USER_GROUP, 'plain', 'Thank you for your order, Maria.', 'en'],
        ['user:zh/报价.eml', 'eml', USER_GROUP, '报价', '王经理，您好！', 'zh'],
      ],
    );
    // The snippet is kept as written, for the editor to insert.
    assert.equal(templates[0]!.body, files[0]!.text);
    assert.equal(templates[0]!.source, 'user');
  });

  test('malformed ones are skipped with a message in English', () => {
    const { problems } = loadUserTemplates(files, 'en');
    assert.deepEqual(
      problems.map((p) => [p.name, p.code]),
      [
        ['broken.msg', 'unclosed'],
        ['choice.msg', 'unclosedChoice'],
        ['empty.eml', 'empty'],
        ['huge.msg', 'tooLarge'],
        ['notes.txt', 'notTemplate'],
      ],
    );
    const byName = Object.fromEntries(problems.map((p) => [p.name, p.message]));
    assert.equal(
      byName['broken.msg'],
      'Skipped template “broken.msg”: “${” on line 1 is never closed with “}”.',
    );
    assert.equal(
      byName['choice.msg'],
      'Skipped template “choice.msg”: the choice on line 3 must end with “|}”.',
    );
    assert.equal(byName['empty.eml'], 'Skipped template “empty.eml”: the file is empty.');
  });

  test('… and in Chinese', () => {
    const { problems } = loadUserTemplates(files, 'zh');
    const byName = Object.fromEntries(problems.map((p) => [p.name, p.message]));
    assert.equal(byName['broken.msg'], '已跳过模板“broken.msg”：第 1 行的“${”没有用“}”闭合。');
    assert.equal(byName['empty.eml'], '已跳过模板“empty.eml”：文件是空的。');
  });

  test('user templates group after the built-in purposes', () => {
    const { templates } = loadUserTemplates(files, 'en');
    const groups = groupTemplates(templatesForKind([...all, ...templates], 'msg'), 'en');
    const last = groups[groups.length - 1]!;
    assert.equal(last.id, USER_GROUP);
    assert.equal(last.label, 'Your templates');
    assert.deepEqual(
      last.entries.map((t) => t.id),
      ['offer', 'plain'],
    );
  });

  test('a stray dollar sign gets advice on escaping', () => {
    const { problems } = loadUserTemplates([{ name: 'price.msg', text: 'Price: ${ 5}\n' }], 'en');
    assert.equal(problems[0]!.code, 'badPlaceholder');
    assert.match(problems[0]!.message, /write “\\\$” for a dollar sign/);
  });
});
