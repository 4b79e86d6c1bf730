import type { Rule } from '../../engine/rule';

/** The `greeting/*` rules, sorted by ID. */
export const greetingRules: Rule[] = [];
