import type { Rule } from '../../engine/rule';

/** The `email/*` rules, sorted by ID. */
export const emailRules: Rule[] = [];
