import type { Rule } from '../../engine/rule';

/** The `media/*` rules, sorted by ID. */
export const mediaRules: Rule[] = [];
