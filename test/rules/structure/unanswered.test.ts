import { unanswered } from '../../../server/src/core/rules/structure/unanswered';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from '../tone/helpers';

const CUPS = '> 您好，这款杯子单价多少？\n> 交期多久？\n> 可以印我们的logo吗？\n\n';
const CUPS_TW = '> 您好，這款杯子單價多少？\n> 交期多久？\n> 可以印我們的logo嗎？\n\n';

ruleTester.run(unanswered, {
  valid: [
    { code: `${CUPS}王经理您好！单价3.5元，交期15天，logo可以丝印。`, name: 'all three answered' },
    {
      code: `${CUPS_TW}王經理您好！單價3.5元，交期15天，logo可以絲印。`,
      name: 'all three answered, Traditional',
    },
    {
      code: `${CUPS}王经理您好！每个3.5元，下单后两周内发出，印刷免费。`,
      name: 'answered with synonyms and shapes',
    },
    { code: '> 起订量是多少？\n\n500件起订。', name: 'answered by a number' },
    { code: '> 交期多久？\n\n15天左右。', name: 'lead time answered by a duration' },
    { code: '> 在吗？\n\n您好，请问有什么可以帮您？', name: 'a presence check is no question' },
    { code: '> 你好吗？最近怎么样？\n\n挺好的，谢谢关心！', name: 'greetings are no questions' },
    { code: '> 难道你们不想做这笔生意吗？\n\n您好，我们非常重视这笔订单。', name: 'rhetorical' },
    { code: '> 你觉得这个方案怎么样？\n\n我觉得挺好。', name: 'topic cannot be named: left alone' },
    {
      code: '> 订单20250512到哪了？\n\n您好，20250512今天上午已签收。',
      name: 'the order number is taken up',
    },
    { code: '> Please send the price list.\n\nHi Jac, attached.', name: 'a request, not a question' },
    { code: '> 价格多少？\n\n您好，' + '单价USD 0.42 🙂', name: 'emoji in the answer' },
    { code: '您好，单价多少？交期多久？', name: 'not a reply: nothing quoted' },
    { code: '> 价格多少？', name: 'nothing of the writer’s own' },
    { code: '> Can you send me the catalogue?\n\nHi Jac, here it is.', name: 'a topic Cordial cannot name' },
    { code: '> What do you think of the design?\n\nHi Jac, it looks great.', name: 'an opinion question' },
    { code: '> 在吗？在不在？\n\n在的，您请说。', name: 'presence checks only' },
    {
      code: '> Is the price for 500 pcs or 1000 pcs?\n\nHi Jac, USD 0.42 is for 1000 pcs.',
      name: 'answered by an amount',
    },
    { code: '> 能发顺丰吗？\n\n可以的，今天下午发顺丰。', name: 'the same word in the answer' },
    // real text (shop chats and an English chat): one question, and the reply is its answer
    {
      code: '---\nreply: true\n---\n> 那几天能到呢\n\n快递方面 ３ － ４ 天送达哦',
      name: 'real: one question, answered in other words',
    },
    {
      code: '---\nreply: true\n---\n> 能便宜点吗\n\n亲，这已经是活动价了呢，不过现在下单送一包同款试用装哦',
      name: 'real: one question, a price answer without the word',
    },
    {
      code: '> Hi, is the blue one still available?\r\n\r\nHi! Yes, we have 3 left in blue. 🙂',
      name: 'real: one question, answered (CRLF, emoji)',
    },
    {
      code: '> Do I have to pay the deposit now?\n\nNo rush, any time before Friday is fine.',
      name: 'real: one question, answered by a time',
    },
    { code: '> 什麼時候能發貨？\n\n明天上午發出。', name: 'Traditional: answered by a date' },
    {
      code: emlReply(
        'Dear Jac,\n\nThe price is USD 0.42 per piece and we ship in 15 days.\n\nBest regards,\nLin',
        'How much is it? When can you ship?',
      ),
      kind: 'eml',
      name: 'e-mail reply that answers both',
    },
    {
      code: eml(
        'Dear Jac,\n\nThe price is USD 0.42.\n\nOn Mon, 5 May 2025, Jac wrote:\n> Thanks.\n>> Can you print our logo?\n',
      ),
      kind: 'eml',
      name: 'an older message (>>) is not the one answered',
    },
  ],
  invalid: [
    {
      code: `${CUPS}王经理您好！单价3.5元，交期15天。`,
      errors: [{ messageId: 'unanswered', line: 5, column: 1, data: { count: 1, topics: 'logo印刷' } }],
      output: `${CUPS}王经理您好！单价3.5元，交期15天。\n\n关于logo印刷：[待补充]`,
    },
    {
      code: `${CUPS_TW}王經理您好！單價3.5元，交期15天。`,
      errors: [{ messageId: 'unanswered', line: 5, column: 1 }],
      output: `${CUPS_TW}王經理您好！單價3.5元，交期15天。\n\n關於logo印刷：[待補充]`,
    },
    {
      code: '> How much is the cup? When can you ship? Can you print our logo?\r\n\r\nHi Jac, the price is USD 0.42 and we ship in 15 days. 🙂',
      errors: [{ messageId: 'unanswered', data: { count: 1, topics: 'logo printing' } }],
      output:
        '> How much is the cup? When can you ship? Can you print our logo?\r\n\r\nHi Jac, the price is USD 0.42 and we ship in 15 days. 🙂\r\n\r\nAbout logo printing: [answer]',
    },
    {
      code: '> 有样品吗？运费谁出？\n\n您好，单价3.5元。',
      errors: [{ messageId: 'unanswered', data: { count: 2, topics: '样品、物流' } }],
      output: '> 有样品吗？运费谁出？\n\n您好，单价3.5元。\n\n关于样品：[待补充]\n\n关于物流：[待补充]',
    },
    {
      code: emlReply(
        'Dear Jac,\n\nThe price is USD 0.42 per piece.\n\nBest regards,\nLin',
        'How much is it? What is the lead time?',
      ),
      kind: 'eml',
      errors: [{ messageId: 'unanswered', line: 7, data: { count: 1, topics: 'the lead time' } }],
      output: emlReply(
        'Dear Jac,\n\nThe price is USD 0.42 per piece.\n\nAbout the lead time: [answer]\n\nBest regards,\nLin',
        'How much is it? What is the lead time?',
      ),
    },
  ],
});
