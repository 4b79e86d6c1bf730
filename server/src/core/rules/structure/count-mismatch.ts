// TEMPORARY STUB: the count rules are being written.
import { defineRule } from '../../engine/rule';

export const countMismatch = defineRule({
  id: 'structure/count-mismatch',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: true,
  description: { en: 'stub', zh: 'stub' },
  explanation: { en: 'stub', zh: 'stub' },
  messages: { fewer: { en: 'stub', zh: 'stub' } },
  check() {},
});
