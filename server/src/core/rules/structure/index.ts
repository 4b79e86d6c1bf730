import type { Rule } from '../../engine/rule';
import { countMismatch } from './count-mismatch';
import { countUnfulfilled } from './count-unfulfilled';

/** The `structure/*` rules, sorted by ID. */
export const structureRules: Rule[] = [countMismatch, countUnfulfilled];
