import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseEml } from '../../../server/src/core/eml/parse';
import { findSignature } from '../../../server/src/core/eml/signature';
import { findQuotedRegions } from '../../../server/src/core/text/quoted';

const sig = (text: string) => {
  const s = findSignature(text, findQuotedRegions(text));
  return s && text.slice(s.start, s.end);
};

describe('findSignature', () => {
  test('a -- delimiter runs to the quoted text', () => {
    const t = 'Hi Jac,\n\nSee below.\n\n-- \nLin Wei\nHengda\n\nOn Mon, Jac wrote:\n> hi\n';
    assert.equal(sig(t), '-- \nLin Wei\nHengda');
  });

  test('English and Chinese closing lines with a few short lines after', () => {
    assert.equal(
      sig('Hi Jac,\n\nThe quote is attached.\n\nBest regards,\nLin Wei\nSales, Hengda\n+86 571 1234\n'),
      'Best regards,\nLin Wei\nSales, Hengda\n+86 571 1234',
    );
    assert.equal(sig('王经理：\n\n报价见附件。\n\n此致\n敬礼！\n林伟\n'), '此致\n敬礼！\n林伟');
    assert.equal(sig('王经理：\r\n\r\n样品已寄出。\r\n\r\n谢谢！\r\n林伟\r\n'), '谢谢！\r\n林伟');
    assert.equal(
      sig('Hi,\n\nok.\n\nThanks,\nLin\n\n-----Original Message-----\nFrom: Jac\nSent: Monday\n\nhello\n'),
      'Thanks,\nLin',
    );
  });

  test('no signature: a closing line followed by a long text, or none at all', () => {
    assert.equal(
      sig(
        'Hi Jac,\n\nThanks,\n' + 'This is a long paragraph of the message itself that goes on.\n'.repeat(12),
      ),
      null,
    );
    assert.equal(sig('Hi Jac,\n\nThe quote is attached.\n'), null);
    assert.equal(sig('Thanks!'), null);
    assert.equal(sig(''), null);
  });

  test('a closing line inside quoted text is not the writer’s signature', () => {
    assert.equal(sig('Sure.\n\n> Best regards,\n> Jac\n'), null);
  });
});

describe('quoted regions and blocks in a draft', () => {
  test('a reply with > lines and an "On … wrote:" header', () => {
    const d = parseEml({
      kind: 'eml',
      text: 'Subject: Hello\n\nHi Jac,\n\nYes.\n\nBest,\nLin\n\nOn Mon, 2 Mar 2026, Jac <j@x> wrote:\n> Is it ok?\n> Jac\n',
    });
    assert.equal(d.isReply, true);
    assert.equal(d.firstContact, false);
    assert.equal(d.quoted.length, 1);
    assert.ok(d.body.text.slice(d.quoted[0]!.start).startsWith('On Mon'));
    assert.deepEqual(
      d.blocks.map((b) => [b.text.split('\n')[0], b.quoted, b.signature]),
      [
        ['Hi Jac,', false, false],
        ['Yes.', false, false],
        ['Best,', false, true],
        ['On Mon, 2 Mar 2026, Jac <j@x> wrote:', true, false],
      ],
    );
    assert.equal(d.lang, 'en');
  });

  test('a forwarded message and 发件人：/发送时间： blocks', () => {
    const fwd = parseEml({
      kind: 'eml',
      text: 'Subject: 报价\n\n王经理，请看下面。\n\n-------- 转发的邮件 --------\n主题: 报价\n\n内容\n',
    });
    assert.equal(fwd.isReply, true);
    assert.equal(fwd.lang, 'zh');
    const ol = parseEml({
      kind: 'eml',
      text: 'Subject: 样品\n\n好的，明天寄出。\n\n发件人：王经理\n发送时间：2026年3月5日\n收件人：林伟\n主题：样品\n\n什么时候寄？\n',
    });
    assert.equal(ol.quoted.length, 1);
    assert.equal(ol.blocks[0]!.quoted, false);
    assert.equal(ol.blocks[1]!.quoted, true);
  });
});
