import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  copyMessageAt,
  copyMessages,
  describeMedia,
  type MsgDraft,
  parseDraft,
} from '../../../server/src/core';

const msg = (text: string) => parseDraft({ kind: 'msg', text }) as MsgDraft;

const DRAFT = [
  '---',
  'to: Jac',
  'cordial: { disable: [tone/emoticon] }',
  '---',
  'Dear Jac, good morning! 😀',
  '',
  "I'm Lin from Hengda.",
  'We make cartons 📦.',
  '',
  '',
  '[video 3min 2.0MB] Our production line',
  '',
  '【语音 40秒】',
  '',
  'Price list: [file quote.pdf] attached [not media]',
  '[image: line.jpg]',
  '',
].join('\r\n');

describe('copyMessages', () => {
  test('front matter left behind, one paragraph per message, placeholders listed not copied', () => {
    const copied = copyMessages(msg(DRAFT));
    assert.equal(
      copied.text,
      "Dear Jac, good morning! 😀\n\nI'm Lin from Hengda.\nWe make cartons 📦.\n\nOur production line\n\nPrice list: attached [not media]",
    );
    assert.deepEqual(copied.media, ['video 3 min 2.0 MB', 'voice 40秒', 'file quote.pdf', 'image line.jpg']);
    assert.equal(copied.messages, 4);
    assert.doesNotMatch(copied.text, /\r|cordial:|---|\[video|【/);
  });

  test('CR and LF drafts copy the same text', () => {
    const lf = copyMessages(msg(DRAFT.replace(/\r\n/g, '\n')));
    const cr = copyMessages(msg(DRAFT.replace(/\r\n/g, '\r')));
    assert.deepEqual(lf, copyMessages(msg(DRAFT)));
    assert.deepEqual(cr, lf);
  });

  test('a draft without front matter; placeholders in the middle of a line lose one space', () => {
    const copied = copyMessages(msg('看这个 [图片 产品图] 怎么样？😀\n\n[sticker]\n'));
    assert.equal(copied.text, '看这个 怎么样？😀');
    assert.deepEqual(copied.media, ['image 产品图', 'sticker']);
  });

  test('media descriptions in Chinese', () => {
    const d = msg('【视频 3分钟 2.0M】\n');
    assert.deepEqual(copyMessages(d, 'zh').media, ['视频 3分钟 2.0 M']);
    assert.equal(describeMedia(d.messages[0]!.media[0]!, 'en'), 'video 3分钟 2.0 M');
  });

  test('an empty draft copies nothing', () => {
    assert.deepEqual(copyMessages(msg('---\nto: Jac\n---\n')), { text: '', media: [], messages: 0 });
  });
});

describe('copyMessageAt', () => {
  const d = msg(DRAFT);
  const at = (needle: string, delta = 0) => copyMessageAt(d, DRAFT.indexOf(needle) + delta);

  test('the message under the cursor', () => {
    assert.equal(at('Hengda')?.text, "I'm Lin from Hengda.\nWe make cartons 📦.");
    assert.equal(at('📦')?.text, "I'm Lin from Hengda.\nWe make cartons 📦.");
    assert.equal(at('Dear')?.text, 'Dear Jac, good morning! 😀');
    assert.deepEqual(at('Price'), {
      text: 'Price list: attached [not media]',
      media: ['file quote.pdf', 'image line.jpg'],
      messages: 1,
    });
  });

  test('at the end of a message and between messages: the one before', () => {
    assert.equal(at('😀', 2)?.text, 'Dear Jac, good morning! 😀');
    assert.equal(at('\r\n\r\n\r\n[video', 3)?.text, "I'm Lin from Hengda.\nWe make cartons 📦.");
    assert.equal(copyMessageAt(d, DRAFT.length)?.text, 'Price list: attached [not media]');
  });

  test('a media-only message: no text, its media listed', () => {
    assert.deepEqual(at('语音'), { text: '', media: ['voice 40秒'], messages: 0 });
  });

  test('in the front matter: none', () => {
    assert.equal(copyMessageAt(d, 0), null);
    assert.equal(at('to: Jac'), null);
  });
});
