import type { Rule } from '../../engine/rule';
import { countMismatch } from './count-mismatch';
import { countUnfulfilled } from './count-unfulfilled';
import { fragmented } from './fragmented';
import { messageBudget } from './message-budget';
import { numbering } from './numbering';
import { placeholder } from './placeholder';
import { sentenceBudget } from './sentence-budget';

/** The `structure/*` rules, sorted by ID. */
export const structureRules: Rule[] = [
  countMismatch,
  countUnfulfilled,
  fragmented,
  messageBudget,
  numbering,
  placeholder,
  sentenceBudget,
];
