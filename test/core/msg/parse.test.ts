import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MsgDraft } from '../../../server/src/core/draft';
import { parseMsg } from '../../../server/src/core/msg/parse';

const parse = (text: string) => parseMsg({ kind: 'msg', text });

describe('front matter', () => {
  test('good front matter is read and the body starts after it', () => {
    const d = parse(
      '---\nto: Jac Chen\nrelation: familiar\nchannel: whatsapp\nlang: en\nextra: kept\n---\nDear Jac,\n',
    );
    assert.equal(d.recipientName, 'Jac Chen');
    assert.equal(d.relation, 'familiar');
    assert.equal(d.firstContact, false);
    assert.equal(d.channel, 'whatsapp');
    assert.equal(d.lang, 'en');
    assert.equal(d.frontMatter?.data.extra, 'kept');
    assert.equal(d.problems.length, 0);
    assert.equal(d.messages[0]!.text, 'Dear Jac,');
    assert.equal(d.source.slice(d.messages[0]!.start, d.messages[0]!.end), 'Dear Jac,');
  });

  test('missing front matter: defaults (new relation, detected language)', () => {
    const d = parse('王经理，您好！\n\n我是恒达包装的林伟。');
    assert.equal(d.frontMatter, null);
    assert.equal(d.relation, 'new');
    assert.equal(d.firstContact, true);
    assert.equal(d.lang, 'zh');
    assert.equal(d.messages.length, 2);
  });

  test('malformed YAML: one problem on the offending line, the body is still read', () => {
    const d = parse('---\nto: [Jac\n---\n在吗');
    assert.equal(d.problems.length, 1);
    assert.equal(d.problems[0]!.ruleId, 'format/front-matter');
    assert.equal(d.problems[0]!.messageId, 'yaml');
    assert.equal(d.source.slice(d.problems[0]!.span.start, d.problems[0]!.span.end), 'to: [Jac');
    assert.deepEqual(
      d.messages.map((m) => m.text),
      ['在吗'],
    );
  });

  test('unclosed front matter: one problem on the fence, key lines skipped, body kept', () => {
    const d = parse('---\nto: Jac\nrelation: new\nHello Jac,\n\nsecond');
    assert.deepEqual(
      d.problems.map((p) => p.messageId),
      ['unclosed'],
    );
    assert.deepEqual(d.problems[0]!.span, { start: 0, end: 3 });
    assert.deepEqual(
      d.messages.map((m) => m.text),
      ['Hello Jac,', 'second'],
    );
  });

  test('front matter that is not a mapping, and bad values', () => {
    assert.equal(parse('---\n- a\n- b\n---\nhi').problems[0]!.messageId, 'notMapping');
    const d = parse('---\nrelation: stranger\nlang: fr\n---\nhi');
    assert.deepEqual(
      d.problems.map((p) => [p.messageId, d.source.slice(p.span.start, p.span.end)]),
      [
        ['badValue', 'relation: stranger'],
        ['badValue', 'lang: fr'],
      ],
    );
    assert.equal(d.relation, 'new');
  });

  test('cordial.disable lists rule IDs switched off for this draft', () => {
    assert.deepEqual(
      parse('---\ncordial: { disable: [tone/emoticon, structure/message-budget] }\n---\nhi').disabled,
      ['tone/emoticon', 'structure/message-budget'],
    );
    assert.equal(parse('---\ncordial: { disable: 3 }\n---\nhi').problems[0]!.messageId, 'badValue');
  });

  test('a UTF-8 BOM is ignored, so offsets match the editor', () => {
    const d = parse('\uFEFF---\nto: 王经理\n---\n您好');
    assert.equal(d.recipientName, '王经理');
    assert.equal(d.source.startsWith('---'), true);
  });
});

describe('messages', () => {
  const texts = (d: MsgDraft) => d.messages.map((m) => m.text);
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    test(`split by blank lines with ${name}`, () => {
      const d = parse(['第一条', '', '第二条第一行', '第二条第二行', ' \t', '', 'third 😀'].join(eol));
      assert.deepEqual(texts(d), ['第一条', `第二条第一行${eol}第二条第二行`, 'third 😀']);
      for (const m of d.messages) assert.equal(d.source.slice(m.start, m.end), m.text);
      assert.equal(d.eol, eol);
    });
  }

  test('a line of full-width spaces is blank too', () => {
    assert.deepEqual(texts(parse('一\n\u3000\u3000\n二')), ['一', '二']);
  });

  test('quoted messages are marked', () => {
    const d = parse('> 您上次说的价格\n> 还能再低吗\n\n可以的，我们再让2%。');
    assert.deepEqual(
      d.messages.map((m) => m.quoted),
      [true, false],
    );
    assert.equal(d.quoted.length, 1);
  });
});

describe('media placeholders', () => {
  test('half- and full-width brackets, every kind, annotations read', () => {
    const d = parse(
      '[video 3min 2.0MB] 生产线\n\n【视频 3分钟 2.0M】\n\n[语音 40秒]\n\n[voice 0:40]\n\n[image: line.jpg]\n\n【图片 产品图】\n\n[file quote.pdf]\n\n[文件 报价单.pdf]\n\n[sticker]\n\n[表情]',
    );
    const media = d.messages.flatMap((m) => m.media);
    assert.deepEqual(
      media.map((m) => [m.kind, m.fullWidth, m.seconds, m.megabytes]),
      [
        ['video', false, 180, 2],
        ['video', true, 180, 2],
        ['voice', false, 40, null],
        ['voice', false, 40, null],
        ['image', false, null, null],
        ['image', true, null, null],
        ['file', false, null, null],
        ['file', false, null, null],
        ['sticker', false, null, null],
        ['sticker', false, null, null],
      ],
    );
    assert.equal(media[4]!.annotation, 'line.jpg');
    for (const m of media) assert.equal(d.source.slice(m.start, m.end), m.raw);
  });

  test('other bracketed text is ordinary text', () => {
    const d = parse('[注意] 价格含税\n\n[videos are great]\n\n[imagine]');
    assert.equal(d.messages.flatMap((m) => m.media).length, 0);
  });

  test('positions after an emoji are UTF-16', () => {
    const d = parse('😀😀 [voice 40s]');
    assert.equal(d.messages[0]!.media[0]!.start, 5);
  });
});

describe('not a draft', () => {
  test('an Outlook binary .msg gets one clear error and nothing else', () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0]);
    const d = parseMsg({ kind: 'msg', bytes });
    assert.equal(d.blocked, true);
    assert.deepEqual(
      d.problems.map((p) => p.ruleId),
      ['format/outlook-binary'],
    );
    assert.equal(d.messages.length, 0);
  });

  test('a binary file with NUL bytes is blocked', () => {
    const d = parseMsg({ kind: 'msg', bytes: new Uint8Array([0x68, 0x69, 0, 0x01, 0x02]) });
    assert.equal(d.blocked, true);
    assert.deepEqual(
      d.problems.map((p) => p.ruleId),
      ['format/binary'],
    );
  });

  test('invalid UTF-8 is reported and the text still read', () => {
    const d = parseMsg({ kind: 'msg', bytes: new Uint8Array([0xe4, 0xbd, 0xa0, 0xff, 0x0a, 0x68, 0x69]) });
    assert.equal(d.blocked, false);
    assert.deepEqual(
      d.problems.map((p) => p.messageId),
      ['invalidUtf8'],
    );
    assert.equal(d.messages[0]!.text, '你\uFFFD\nhi');
  });
});
