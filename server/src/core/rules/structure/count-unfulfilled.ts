// TEMPORARY STUB: the count rules are being written.
import { defineRule } from '../../engine/rule';

export const countUnfulfilled = defineRule({
  id: 'structure/count-unfulfilled',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: true,
  description: { en: 'stub', zh: 'stub' },
  explanation: { en: 'stub', zh: 'stub' },
  messages: { none: { en: 'stub', zh: 'stub' } },
  check() {},
});
