import type { Rule } from '../../engine/rule';

/** The `tone/*` rules, sorted by ID. */
export const toneRules: Rule[] = [];
