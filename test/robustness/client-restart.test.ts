/**
 * The client tells the user once when the server died and was restarted (client/src/restartNotice.ts),
 * tested without VS Code against a fake of vscode-languageclient's default error handler.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { RESTART_NOTICE, withRestartNotice } from '../../client/src/restartNotice';

const DO_NOT_RESTART = 1;
const RESTART = 2;

/** Like the library's default handler: restarts until the fifth crash within three minutes. */
function fakeDefault() {
  let crashes = 0;
  return {
    error: (_e: Error, _m: unknown, count: number | undefined) => ({ action: (count ?? 0) <= 3 ? 1 : 2 }),
    closed: async () => {
      crashes++;
      return crashes <= 4
        ? { action: RESTART }
        : { action: DO_NOT_RESTART, message: 'The Cordial server crashed 5 times in the last 3 minutes.' };
    },
  };
}

describe('restart notice', () => {
  test('tells once over several restarts, keeps the default decisions, makes one default handler', async () => {
    let told = 0;
    let made = 0;
    const handler = withRestartNotice(
      () => {
        made++;
        return fakeDefault();
      },
      RESTART,
      () => told++,
    );
    assert.equal(made, 0, 'the default handler is made on first use (the client exists by then)');
    const actions = [];
    for (let i = 0; i < 6; i++) actions.push((await handler.closed()).action);
    assert.deepEqual(actions, [RESTART, RESTART, RESTART, RESTART, DO_NOT_RESTART, DO_NOT_RESTART]);
    assert.equal(told, 1);
    assert.equal(made, 1);
    assert.deepEqual(await handler.error(new Error('x'), undefined, 1), { action: 1 });
    assert.deepEqual(await handler.error(new Error('x'), undefined, 5), { action: 2 });
  });

  test('says nothing when the server is not restarted', async () => {
    let told = 0;
    const handler = withRestartNotice(
      () => ({ error: () => ({ action: 1 }), closed: () => ({ action: DO_NOT_RESTART }) }),
      RESTART,
      () => told++,
    );
    await handler.closed();
    await handler.closed();
    assert.equal(told, 0);
  });

  test('the notice is localized and the extension uses the handler', () => {
    const zh = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
    assert.ok(zh[RESTART_NOTICE], 'l10n/bundle.l10n.zh-cn.json translates the notice');
    const ext = readFileSync('client/src/extension.ts', 'utf8');
    assert.match(ext, /errorHandler = withRestartNotice\(/);
    assert.match(ext, /vscode\.l10n\.t\(RESTART_NOTICE\)/);
  });
});
