import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules, DEFAULT_BUDGETS } from '../../server/src/core';
import { SEVERITIES } from '../../server/src/core/types';

interface Schema {
  $schema: string;
  type: string;
  additionalProperties: boolean;
  properties: Record<
    string,
    {
      type?: string;
      properties?: Record<string, { enum?: string[]; type?: string; minimum?: number; description?: string }>;
      additionalProperties?: boolean;
      items?: { type: string };
    }
  >;
}

const schema = JSON.parse(
  readFileSync(join(__dirname, '../../schemas/cordialrc.schema.json'), 'utf8'),
) as Schema;

test('schemas/cordialrc.schema.json lists exactly the registered rules (regenerate: node --import tsx scripts/gen-schema.ts)', () => {
  const rules = schema.properties.rules!;
  assert.deepEqual(
    Object.keys(rules.properties!),
    allRules.map((r) => r.id),
  );
  assert.equal(rules.additionalProperties, false);
  for (const [id, p] of Object.entries(rules.properties!)) {
    assert.deepEqual(p.enum, [...SEVERITIES], id);
    assert.ok(p.description, id);
  }
});

test('the schema describes every configuration key and nothing else', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(Object.keys(schema.properties).sort(), [
    '$schema',
    'allowedWords',
    'budgets',
    'jargon',
    'overrides',
    'rules',
    'templatesFolder',
  ]);
  for (const key of ['jargon', 'allowedWords']) {
    assert.equal(schema.properties[key]!.type, 'array');
    assert.deepEqual(schema.properties[key]!.items, { type: 'string' });
  }
  const budgets = schema.properties.budgets!;
  assert.equal(budgets.additionalProperties, false);
  assert.deepEqual(Object.keys(budgets.properties!).sort(), Object.keys(DEFAULT_BUDGETS).sort());
  for (const b of Object.values(budgets.properties!)) {
    assert.equal(b.type, 'number');
    assert.equal(b.minimum, 0);
  }
  assert.equal(schema.properties.templatesFolder!.type, 'string');
});

test('the Chinese schema (schemas/cordialrc.schema.zh-cn.json) has the same shape with every description in Chinese', () => {
  const zh = JSON.parse(readFileSync(join(__dirname, '../../schemas/cordialrc.schema.zh-cn.json'), 'utf8'));
  const shape = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(shape)
      : node && typeof node === 'object'
        ? Object.fromEntries(
            Object.entries(node).map(([k, v]) => [k, k === 'description' ? typeof v : shape(v)]),
          )
        : node;
  assert.deepEqual(shape(zh), shape(schema));
  const descriptions: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'description' && typeof v === 'string') descriptions.push(v);
      else walk(v);
    }
  };
  walk(zh);
  assert.ok(descriptions.length > 40);
  for (const d of descriptions) assert.match(d, /[\u4e00-\u9fff]/, `not Chinese: ${d}`);
});
