/**
 * The words issue 22 adds to existing rules (presence checks, blame, dead ends, vague subjects,
 * attachment mentions and formats), in Simplified and Traditional Chinese and in English. Kept
 * apart from each rule's own table so that the word lists can grow without merge conflicts.
 */
import { attachmentFormat } from '../../server/src/core/rules/email/attachment-format';
import { attachmentMissing } from '../../server/src/core/rules/email/attachment-missing';
import { subjectVague } from '../../server/src/core/rules/email/subject-vague';
import { presenceCheck } from '../../server/src/core/rules/greeting/presence-check';
import { blame } from '../../server/src/core/rules/tone/blame';
import { negative } from '../../server/src/core/rules/tone/negative';
import { ruleTester } from '../rule-tester';
import { eml } from './tone/helpers';

const mail = (subject: string, body = 'Dear Jac,\n\nThe samples left today.\n\nBest regards,\nLin') =>
  `From: Lin <lin@hengda.example>\nTo: Jac <jac@buyer.example>\nSubject: ${subject}\n\n${body}`;

ruleTester.run(presenceCheck, {
  valid: ['在上海的仓库已经发货了。', '有人在问这款杯子的价格。', 'Anybody can order online.'],
  invalid: [
    { code: '在？', errors: [{ messageId: 'presence', data: { check: '在' } }], output: '' },
    { code: '在嗎？', errors: [{ messageId: 'presence' }], output: '' },
    { code: '有人吗？', errors: 1, output: '' },
    { code: '有人嗎？', errors: 1, output: '' },
    { code: '在线吗', errors: 1, output: '' },
    { code: '人呢？', errors: 1, output: '' },
    { code: 'anybody there?', errors: 1, output: '' },
    { code: 'u there? 🙂', errors: 1, output: '' },
  ],
});

ruleTester.run(blame, {
  valid: ['这不属于人为损坏，我们免费更换。', '是我们的操作失误，非常抱歉。', 'It is not user error.'],
  invalid: [
    { code: '这是您使用不当造成的。', errors: 1, output: null },
    { code: '這是您使用不當造成的。', errors: 1, output: null },
    { code: '属于人为损坏，不保修。', errors: 1, output: null },
    { code: '您说的不对，我们没有这样承诺。', errors: 1, output: null },
    { code: '不是这样的，合同写的是30天。', errors: 1, output: null },
    { code: 'You never replied to my email.', errors: 1, output: null },
    { code: 'That is not true.\r\nYou are mistaken.', errors: 2, output: null },
    { code: '您一直没回，所以订单取消了。', errors: 1, output: null },
  ],
});

ruleTester.run(negative, {
  valid: [
    '如有不清楚的地方，请随时问我。',
    '蓝色没货了，可以换成白色吗？我们马上为您发。',
    'Ask the courier for a signature on delivery, please.',
  ],
  invalid: [
    { code: '不清楚。', errors: 1, output: null },
    { code: '不知道什么时候到。', errors: 1, output: null },
    { code: '不知道什麼時候到。', errors: 1, output: null },
    { code: '没货了。', errors: 1, output: null },
    { code: '你问快递吧', errors: 1, output: null },
    { code: '系统没办法。', errors: 1, output: null },
    { code: "I don't know when it arrives. 🤷", errors: 1, output: null },
  ],
});

ruleTester.run(subjectVague, {
  valid: [{ code: mail('Order 4500: samples left on 12 May'), kind: 'eml' }],
  invalid: [
    { code: mail('Following up'), kind: 'eml', errors: 1 },
    { code: mail('Checking in'), kind: 'eml', errors: 1 },
    { code: mail('Some updates'), kind: 'eml', errors: 1 },
    { code: mail('跟进'), kind: 'eml', errors: 1 },
    { code: mail('请回复'), kind: 'eml', errors: 1 },
    { code: mail('請回覆'), kind: 'eml', errors: 1 },
  ],
});

ruleTester.run(attachmentMissing, {
  valid: [{ code: eml('Dear Jac,\n\nThe samples left today.\n\nBest regards,\nLin'), kind: 'eml' }],
  invalid: [
    { code: eml('Dear Jac,\n\nPlease see the attachement.\n\nBest regards,\nLin'), kind: 'eml', errors: 1 },
    {
      code: eml('Dear Jac,\n\nThe attachemnt has the price list.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: 1,
    },
    { code: eml('王经理：\n\n报价见附档。\n\n林伟'), kind: 'eml', errors: 1 },
    { code: eml('王經理：\n\n報價見附檔。\n\n林偉'), kind: 'eml', errors: 1 },
  ],
});

const withFile = (name: string) =>
  [
    'From: Lin <lin@hengda.example>',
    'To: Jac <jac@buyer.example>',
    'Subject: Price list for order 4500',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Dear Jac,\n\nAttached: ${name}, our price list.\n\nBest regards,\nLin`,
    '--b1',
    `Content-Type: application/octet-stream; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    'AAAA',
    '--b1--',
    '',
  ].join('\n');

ruleTester.run(attachmentFormat, {
  valid: [{ code: withFile('prices.pdf'), kind: 'eml' }],
  invalid: [
    {
      code: withFile('prices.wps'),
      kind: 'eml',
      errors: [{ messageId: 'office', data: { name: 'prices.wps', ext: 'wps' } }],
    },
    { code: withFile('prices.et'), kind: 'eml', errors: [{ messageId: 'office' }] },
    { code: withFile('slides.dps'), kind: 'eml', errors: [{ messageId: 'office' }] },
  ],
});
