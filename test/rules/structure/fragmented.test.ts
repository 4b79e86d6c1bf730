import { readFileSync } from 'node:fs';
import { fragmented } from '../../../server/src/core/rules/structure/fragmented';
import { ruleTester } from '../../rule-tester';

ruleTester.run(fragmented, {
  valid: [
    readFileSync('test/fixtures/good-chat/zh-first-contact.msg', 'utf8'),
    readFileSync('test/fixtures/good-chat/en-first-contact.msg', 'utf8'),
    readFileSync('test/fixtures/good-chat/en-reply.msg', 'utf8'),
    { name: 'two short messages', code: '王总好！\n\n收到。\n\n样品周四寄出，单号稍后发您。' },
    {
      name: 'a long message breaks the run',
      code: 'Hi Jac!\n\nThanks.\n\nThe samples leave on Thursday by DHL.\n\nTalk soon.\n\nLin',
    },
    { name: 'media-only messages are no fragments', code: '[图片]\n\n[图片]\n\n[视频 1分钟 2M]' },
    { name: 'a placeholder between breaks the run', code: '看下\n\n图一\n\n[图片]\n\n图二' },
    {
      name: 'quoted messages are not yours',
      code: '> 在吗\n\n> 价格\n\n> 回我\n\n王总，您好！价格见下，交期十二天。',
    },
    {
      name: 'seven CJK characters is more than a few',
      code: '价格已经发给您了\n\n交期是十二天左右\n\n样品明天就寄出',
    },
  ],
  invalid: [
    {
      name: 'Chinese',
      code: '在吗\n\n价格多少\n\n回我一下',
      errors: [{ messageId: 'fragmented', line: 1, column: 1, endLine: 5, endColumn: 5, data: { count: 3 } }],
      output: '在吗，价格多少，回我一下',
    },
    {
      name: 'English',
      code: 'Hi\n\nyou there\n\nquick question',
      errors: [{ messageId: 'fragmented' }],
      output: 'Hi, you there, quick question',
    },
    {
      name: 'sentence punctuation is kept, no comma added',
      code: '好的！\n\n谢谢。\n\n明天见\n\nOK.\n\nThanks',
      errors: [{ messageId: 'fragmented', data: { count: 5 } }],
      output: '好的！谢谢。明天见，OK. Thanks',
    },
    {
      name: 'a placeholder with a few words is a fragment',
      code: '---\nrelation: familiar\n---\n看下\n\n[图片] 这个\n\n怎么样',
      errors: [{ messageId: 'fragmented', line: 4 }],
      output: '---\nrelation: familiar\n---\n看下，[图片] 这个，怎么样',
    },
    {
      name: 'two runs',
      code: 'a\n\nb\n\nc\n\nThe samples leave on Thursday by DHL.\n\n好\n\n的\n\n吧',
      errors: 2,
      output: 'a, b, c\n\nThe samples leave on Thursday by DHL.\n\n好，的，吧',
    },
    {
      name: 'CRLF and emoji',
      code: 'Hi Jac\r\n\r\n👍\r\n\r\nthanks!',
      errors: [{ messageId: 'fragmented', line: 1, endLine: 5 }],
      output: 'Hi Jac, 👍, thanks!',
    },
  ],
});
