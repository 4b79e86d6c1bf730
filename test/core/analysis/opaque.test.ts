import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nonProse } from '../../../server/src/core/analysis/opaque';

/** The texts of the non-prose spans of `text`, in order. */
function spans(text: string): string[] {
  return nonProse(text)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((s) => text.slice(s.start, s.end));
}

describe('tone/opaque: what is not the writer’s words', () => {
  it('identifiers, but not a face', () => {
    assert.deepEqual(spans('MKT_TYPE objects, the get_token call, T_T and o_O'), ['MKT_TYPE', 'get_token']);
    assert.deepEqual(spans('报错信息是 ERR_T_TIMEOUT，说明会话超时'), ['ERR_T_TIMEOUT']);
  });
  it('file names, paths, domains and mail-system addresses', () => {
    assert.deepEqual(spans('See gd_0514_final.xls and io.c, or lol.example.com.'), [
      'gd_0514_final',
      'gd_0514_final.xls',
      'io.c',
      'lol.example',
    ]);
    assert.deepEqual(spans('O:\\Trading\\GasDaily\\x.xls'), ['O:\\Trading\\GasDaily\\x.xls', 'x.xls']);
    assert.deepEqual(spans('Forwarded by Tom Alonso/HOU/ECT@ECT on 05/11'), ['Alonso/HOU/ECT@ECT']);
    assert.deepEqual(spans('Meet me @ 3pm.'), []);
  });
  it('code: backticks, calls, indented blocks', () => {
    assert.deepEqual(spans('takes `q->pending` first'), ['`q->pending`', 'q->pending']);
    assert.deepEqual(spans('Hi,\n\n    if (!q) return;\n    x = 1;\n\nDone.'), [
      '    if (!q) return;',
      '    x = 1;',
    ]);
    assert.deepEqual(spans('A plain paragraph (see above) stays prose.'), []);
  });
  it('pasted log lines, with CRLF', () => {
    assert.deepEqual(
      spans('Log:\r\n!!! 05/14/01 08:12:33 ERROR loader\r\nmake: *** [Makefile:88] Error 1\r\nThanks!!!'),
      ['!!! 05/14/01 08:12:33 ERROR loader', 'make: *** [Makefile:88] Error 1'],
    );
    assert.deepEqual(spans('2021-06-02 23:40:11 WARN disk_usage=95% host=db01'), [
      '2021-06-02 23:40:11 WARN disk_usage=95% host=db01',
      'disk_usage',
    ]);
  });
  it('letter-spaced text, Latin and Han, but not ordinary prose', () => {
    assert.deepEqual(spans('it showed p l e a s e  u s e in the log'), ['p l e a s e  u s e']);
    assert.deepEqual(spans('请 您 尽 快 回复'), ['请 您 尽 快 回']);
    assert.deepEqual(spans('Plan A or B, I think so 😊'), []);
  });
});
