/**
 * The web page in a real Chromium, served from a loopback port: type a Chinese draft that
 * promises 三条 and lists two, see the finding underlined in place, apply its fix, see it gone;
 * switch to English; fit a phone-sized screen; and never request anything outside the page's origin.
 *
 * `CORDIAL_SCREENSHOT=docs/images/web-page.png` saves the README's picture from this run.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../web/serve.mjs';
import { guardOrigin, launchChromium } from './browser';

const DRAFT = ['王总，您好！我是华信的小李。我们的优势有三条：', '1. 质量稳定', '2. 交货快', '谢谢！'];

let browser: Browser | undefined;
let skip: string | undefined;
let server: { origin: string; close: () => Promise<void> } | undefined;

before(async () => {
  if (!existsSync('web/dist/index.html') || !existsSync('web/dist/server.js'))
    throw new Error('web/dist is not built: run `npm run build` first');
  const launched = await launchChromium();
  if ('skip' in launched) skip = launched.skip;
  else browser = launched.browser;
  server = await serveStatic({ mounts: { '/': 'web/dist' } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The draft's text, typed key by key (Enter for line breaks), as a writer would. */
async function typeDraft(page: Page, lines: string[]): Promise<void> {
  await page.locator('#draft').click();
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

test('a promise of 三条 with two items is found in place, fixed, and gone; nothing leaves the page', async (t) => {
  if (skip || !browser || !server) return t.skip(skip);
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const guard = await guardOrigin(context, server.origin);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.origin}/`);

  // The browser's language (zh-CN) is the page's.
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.equal(await page.locator('#lang').inputValue(), 'zh');

  await typeDraft(page, DRAFT);
  const finding = page.locator('#findings li', { hasText: 'structure/count-mismatch' });
  await finding.waitFor({ timeout: 15_000 });
  assert.match(await finding.locator('.message').innerText(), /说了“三条”，但只列了2条/);

  // Underlined in place: the mark covers exactly 三条, and sits over the textarea where 三条 is.
  const mark = page.locator('#highlights mark', { hasText: '三条' });
  await mark.waitFor();
  assert.equal(await mark.textContent(), '三条');
  const markBox = (await mark.boundingBox())!;
  const areaBox = (await page.locator('#draft').boundingBox())!;
  assert.ok(
    markBox.y >= areaBox.y && markBox.y + markBox.height <= areaBox.y + areaBox.height,
    'mark in the box',
  );
  const value = await page.locator('#draft').inputValue();
  const at = value.indexOf('三条');
  // The mark's place in the backdrop's text is the finding's place in the draft.
  const markOffset = await page.evaluate(() => {
    const m = Array.from(document.querySelectorAll('#highlights mark')).find(
      (x) => x.textContent === '三条',
    )!;
    let n = 0;
    for (const node of Array.from(document.getElementById('highlights')!.childNodes)) {
      if (node === m) return n;
      n += node.textContent!.length;
    }
    return -1;
  });
  assert.equal(markOffset, at);

  // Counts from draftStats.
  await page.locator('#stats', { hasText: '条消息' }).waitFor();
  assert.match(await page.locator('#stats').innerText(), /1\/3 条消息 · \d+\/10 句 · \d+ 个问题/);

  // The explanation (hover) opens under the finding.
  await finding.locator('summary').click();
  await finding.locator('.explain p').first().waitFor();
  assert.ok((await finding.locator('.explain').innerText()).length > 10);

  if (process.env.CORDIAL_SCREENSHOT) {
    mkdirSync(dirname(process.env.CORDIAL_SCREENSHOT), { recursive: true });
    await page.screenshot({ path: process.env.CORDIAL_SCREENSHOT });
  }

  // Apply its preferred fix: 三条 → 两条, and the finding goes.
  await finding.locator('button.fix', { hasText: '两条' }).click();
  await page.waitForFunction(() =>
    (document.getElementById('draft') as HTMLTextAreaElement).value.includes('两条'),
  );
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('#findings li')).some((li) =>
        li.textContent?.includes('count-mismatch'),
      ),
    undefined,
    { timeout: 10_000 },
  );
  assert.equal(await page.locator('#highlights mark', { hasText: '三条' }).count(), 0);
  assert.match(await page.locator('#draft').inputValue(), /优势有两条：\n1\. 质量稳定\n2\. 交货快/);

  // In English, the same finding in English.
  await page.locator('#draft').fill(DRAFT.join('\n'));
  await page.locator('#lang').selectOption('en');
  await page.locator('#findings li', { hasText: 'You promise 三条 but list 2' }).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.locator('#stats', { hasText: 'messages' }).waitFor();

  // Apply all fixes: every fixable finding goes.
  await page.locator('#fix-all:not([disabled])').click();
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('#findings li')).some((li) =>
        li.textContent?.includes('count-mismatch'),
      ),
  );

  // Templates: pick one into an empty e-mail draft.
  await page.locator('#draft').fill('');
  await page.locator('label', { hasText: 'E-mail' }).click();
  const template = page.locator('#templates button.template').first();
  await template.click();
  assert.match(await page.locator('#draft').inputValue(), /^(From|To|Subject):/m);

  assert.deepEqual(guard.outside, [], 'requests outside the page origin');
  assert.ok(guard.seen.length >= 4, `requests seen: ${guard.seen.join(', ')}`);
  assert.ok(guard.seen.every((u) => new URL(u).origin === server!.origin));
  assert.ok(
    guard.seen.some((u) => u.endsWith('/server.js')),
    'the worker was loaded from the page origin',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page fits a phone-sized screen (375 px) and works there', async (t) => {
  if (skip || !browser || !server) return t.skip(skip);
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const guard = await guardOrigin(context, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  assert.equal(await page.locator('#lang').inputValue(), 'en');
  await typeDraft(page, DRAFT);
  await page.locator('#findings li', { hasText: 'structure/count-mismatch' }).waitFor({ timeout: 15_000 });
  const widths = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    draft: document.getElementById('draft')!.getBoundingClientRect().width,
  }));
  assert.ok(widths.doc <= 375, `no sideways scrolling (page is ${widths.doc}px wide)`);
  assert.ok(widths.draft >= 300, `the draft takes the width (${widths.draft}px)`);
  await page
    .locator('#findings li', { hasText: 'structure/count-mismatch' })
    .locator('button.fix')
    .first()
    .tap();
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('#findings li')).some((li) =>
        li.textContent?.includes('count-mismatch'),
      ),
  );
  assert.deepEqual(guard.outside, []);
  await context.close();
});
