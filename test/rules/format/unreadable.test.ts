import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cordialJson, tempTree } from '../../cli/helpers';

test('format/unreadable: a draft that cannot be read is reported on that file, and the run goes on', () => {
  const root = tempTree({ 'good.msg': '王经理，您好！我是恒达的林伟。谢谢！' });
  symlinkSync(join(root, 'nowhere.msg'), join(root, 'gone.msg'));
  const r = cordialJson(['check', '.'], root);
  const gone = r.json.find((f) => f.file === 'gone.msg');
  assert.deepEqual(
    gone?.diagnostics.map((d) => d.rule),
    ['format/unreadable'],
  );
  const good = r.json.find((f) => f.file === 'good.msg');
  assert.ok(good, 'the readable draft was still checked');
  assert.ok(!good.diagnostics.some((d) => d.rule === 'format/unreadable'));
});
