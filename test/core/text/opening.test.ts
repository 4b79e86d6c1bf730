import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseMsg } from '../../../server/src/core/msg/parse';
import {
  addressableName,
  contentMessages,
  findGreeting,
  findPresenceChecks,
  hasSelfIntro,
  isOnlyPresence,
  nameMatches,
  openingMessages,
} from '../../../server/src/core/text/opening';

/** `[greeting as found, name, courtesy, generic, group]` or null. */
function greet(text: string, known: string | null = null) {
  const g = findGreeting(text, known);
  return g ? [text.slice(g.span.start, g.span.end), g.name, g.courtesy, g.generic, g.group] : null;
}

describe('findGreeting: Chinese', () => {
  test('a name with a courtesy', () => {
    assert.deepEqual(greet('王经理，您好！我是小林'), ['王经理，您好', '王经理', true, false, false]);
    assert.deepEqual(greet('尊敬的王经理：'), ['尊敬的王经理', '王经理', true, false, false]);
    assert.deepEqual(greet('尊敬的王经理：您好！'), ['尊敬的王经理：您好', '王经理', true, false, false]);
    assert.deepEqual(greet('王总好！'), ['王总好', '王总', true, false, false]);
    assert.deepEqual(greet('您好，王经理！'), ['您好，王经理', '王经理', true, false, false]);
    assert.deepEqual(greet('Jac，早上好！', 'Jac Chen'), ['Jac，早上好', 'Jac', true, false, false]);
  });
  test('the recipient’s own name counts without a title, by surname', () => {
    assert.deepEqual(greet('王伟，您好', '王伟'), ['王伟，您好', '王伟', true, false, false]);
    assert.deepEqual(greet('王伟：', '王伟'), ['王伟', '王伟', false, false, false]);
    assert.equal(greet('王伟：'), null);
    assert.deepEqual(greet('小王，样品到了', '王伟'), ['小王', '小王', false, false, false]);
    assert.equal(greet('王者荣耀，真好玩', '王伟'), null);
  });
  test('a bare name needs the vocative punctuation', () => {
    assert.deepEqual(greet('王经理：'), ['王经理', '王经理', false, false, false]);
    assert.deepEqual(greet('王经理，好的，明天见'), ['王经理', '王经理', false, false, false]);
    assert.equal(greet('王总说的那个方案'), null);
  });
  test('generic and group greetings', () => {
    assert.deepEqual(greet('您好'), ['您好', null, true, true, false]);
    assert.deepEqual(greet('你好，我是小林'), ['你好', null, true, true, false]);
    assert.deepEqual(greet('早上好！'), ['早上好', null, true, true, false]);
    assert.deepEqual(greet('亲，在吗'), ['亲', null, true, true, false]);
    assert.deepEqual(greet('尊敬的客户：'), ['尊敬的客户', null, true, true, false]);
    assert.deepEqual(greet('大家好'), ['大家好', null, true, false, true]);
  });
  test('words that only look like greetings', () => {
    assert.equal(greet('亲自给您送过去'), null);
    assert.equal(greet('你好像忘了附件'), null);
    assert.equal(greet('价格好商量'), null);
  });
});

describe('findGreeting: English', () => {
  test('a name with a courtesy', () => {
    assert.deepEqual(greet('Dear Jac,'), ['Dear Jac', 'Jac', true, false, false]);
    assert.deepEqual(greet('Hi Jac, good morning!'), ['Hi Jac, good morning', 'Jac', true, false, false]);
    assert.deepEqual(greet('Good morning Jac!'), ['Good morning Jac', 'Jac', true, false, false]);
    assert.deepEqual(greet('Dear Mr. Chen,'), ['Dear Mr. Chen', 'Mr. Chen', true, false, false]);
    assert.deepEqual(greet('Dear 王经理,'), ['Dear 王经理', '王经理', true, false, false]);
    assert.deepEqual(greet('Hey Jac 😀'), ['Hey Jac', 'Jac', true, false, false]);
  });
  test('generic and group greetings', () => {
    assert.deepEqual(greet('Hello'), ['Hello', null, true, true, false]);
    assert.deepEqual(greet('Hi there'), ['Hi there', null, true, true, false]);
    assert.deepEqual(greet('Dear Sir or Madam,'), ['Dear Sir or Madam', null, true, true, false]);
    assert.deepEqual(greet("Hello, I'm Lin from Hengda"), ['Hello', null, true, true, false]);
    assert.deepEqual(greet('Hi, Thanks!'), ['Hi', null, true, true, false]);
    assert.deepEqual(greet('Hi all,'), ['Hi all', null, true, false, true]);
  });
  test('a bare name counts when it is the recipient’s or has a title', () => {
    assert.deepEqual(greet('Jac,', 'Jac Chen'), ['Jac', 'Jac', false, false, false]);
    assert.deepEqual(greet('Mr Chen,'), ['Mr Chen', 'Mr Chen', false, false, false]);
    assert.equal(greet('Jac,'), null);
    assert.equal(greet('Thanks, Jac', 'Jac'), null);
  });
  test('words that only look like greetings', () => {
    assert.equal(greet('Hi-res images attached'), null);
    assert.equal(greet('Dear'), null);
    assert.equal(greet('Highlights of the new range'), null);
  });
  test('placeholders written by fixes count as names', () => {
    assert.deepEqual(greet('Dear [name], good morning!'), [
      'Dear [name], good morning',
      '[name]',
      true,
      false,
      false,
    ]);
    assert.deepEqual(greet('[称呼]，您好！'), ['[称呼]，您好', '[称呼]', true, false, false]);
  });
  test('only the first line is read; leading spaces are skipped', () => {
    assert.deepEqual(greet('  Dear Jac,\r\nI am'), ['Dear Jac', 'Jac', true, false, false]);
    assert.equal(greet('Price list\nDear Jac,'), null);
  });
});

describe('names', () => {
  test('nameMatches: first name, full name, title and surname; same Chinese surname', () => {
    assert.ok(nameMatches('Jac', 'Jac Chen'));
    assert.ok(nameMatches('Jac Chen', 'Jac Chen'));
    assert.ok(nameMatches('Mr Chen', 'Jac Chen'));
    assert.ok(!nameMatches('Tom', 'Jac Chen'));
    assert.ok(nameMatches('王经理', '王伟'));
    assert.ok(nameMatches('王总', '王经理'));
    assert.ok(!nameMatches('李总', '王伟'));
    assert.ok(nameMatches('欧阳老师', '欧阳娜娜'));
    assert.ok(nameMatches('小王', '王伟'));
    assert.ok(nameMatches('王伟', '王经理'));
    assert.ok(!nameMatches('王者荣耀', '王伟'));
    assert.ok(!nameMatches('Jac', null));
  });
  test('addressableName: display names to greeting names', () => {
    assert.equal(addressableName('Jac Chen'), 'Jac Chen');
    assert.equal(addressableName('"Chen, Jac"'), 'Jac Chen');
    assert.equal(addressableName('Jac Chen (Buyer)'), 'Jac Chen');
    assert.equal(addressableName('jac@buyer.example'), null);
    assert.equal(addressableName(''), null);
    assert.equal(addressableName('王经理'), '王经理');
  });
});

describe('presence checks', () => {
  const checks = (t: string) => findPresenceChecks(t).map((c) => t.slice(c.span.start, c.span.end));
  test('alone, at the start, after a greeting, several in a row', () => {
    assert.deepEqual(checks('在吗？'), ['在吗']);
    assert.deepEqual(checks('王经理，在吗？'), ['在吗']);
    assert.deepEqual(checks('你好，在吗？我想问价格'), ['在吗']);
    assert.deepEqual(checks('打扰一下，请问交期'), ['打扰一下']);
    assert.deepEqual(checks('Hello? Are you there?'), ['Hello?', 'Are you there']);
    assert.deepEqual(checks('are you free now? I want to ask'), ['are you free now']);
    assert.deepEqual(checks('ping'), ['ping']);
  });
  test('not a presence check', () => {
    assert.deepEqual(checks('您现在方便吗？我想占用您三分钟'), []);
    assert.deepEqual(checks('您现在有空吗？想占用您三分钟介绍一下'), []);
    assert.deepEqual(checks('请问王经理在吗？'), [], 'a question about a third person');
    assert.deepEqual(checks('Are you free on Tuesday for a call?'), []);
    assert.deepEqual(checks('shipping'), []);
    assert.deepEqual(checks('Ping me when the samples arrive'), []);
    assert.deepEqual(checks('我们明天在吗'), []);
  });
  test('isOnlyPresence', () => {
    assert.ok(isOnlyPresence('在吗？'));
    assert.ok(isOnlyPresence('你好，在吗？'));
    assert.ok(!isOnlyPresence('在吗？我想问价格'));
  });
});

describe('self-introduction', () => {
  test('recognised', () => {
    for (const t of [
      '我是恒达包装的林伟',
      '我这边是恒达的小林',
      "I'm Lin from Hengda Packaging.",
      'This is Lin at Hengda.',
      'My name is Lin Wei.',
      "I'm [your name] from [company]",
      'We are Hengda Packaging, a carton maker.',
    ])
      assert.ok(hasSelfIntro(t), t);
  });
  test('not an introduction', () => {
    for (const t of [
      '我是说价格可以再谈',
      'I am glad to hear that.',
      "I'm sorry for the delay.",
      'this is the price list',
    ])
      assert.ok(!hasSelfIntro(t), t);
  });
});

describe('opening and content messages', () => {
  const parse = (text: string) => parseMsg({ kind: 'msg', text });
  test('the good first-contact chats open with three messages and have two of content', () => {
    for (const f of ['en-first-contact.msg', 'zh-first-contact.msg']) {
      const d = parse(readFileSync(`test/fixtures/good-chat/${f}`, 'utf8'));
      assert.equal(openingMessages(d), 3, f);
      assert.equal(contentMessages(d).length, 2, f);
    }
  });
  test('a greeting that goes straight into content is content', () => {
    const d = parse('Hi Jac, the samples left today.\n\nTracking: SF123.');
    assert.equal(openingMessages(d), 0);
    assert.equal(contentMessages(d).length, 2);
  });
  test('presence checks, the ask and the bridge belong to the opening; lists and media do not', () => {
    const d = parse(
      '在吗？\n\n王经理，您好！\n\n您有空的时候看一下就好。\n\n1. 价格\n2. 交期\n\n[视频 1分钟 2M]',
    );
    assert.equal(openingMessages(d), 3);
    assert.deepEqual(
      contentMessages(d).map((m) => m.index),
      [3, 4],
    );
  });
  test('quoted messages are neither opening nor content', () => {
    const d = parse('> 样品什么时候到？\n\n王经理，您好！\n\n样品周四寄出。');
    assert.equal(openingMessages(d), 1);
    assert.deepEqual(
      contentMessages(d).map((m) => m.text),
      ['样品周四寄出。'],
    );
  });
  test('at most four messages open a chat', () => {
    const d = parse('Hi Jac!\n\nDear Jac,\n\nHello Jac,\n\nGood morning Jac!\n\nHi again Jac!');
    assert.equal(openingMessages(d), 4);
  });
});
