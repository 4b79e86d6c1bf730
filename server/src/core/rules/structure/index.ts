import type { Rule } from '../../engine/rule';
import { countMismatch } from './count-mismatch';
import { countUnfulfilled } from './count-unfulfilled';
import { fragmented } from './fragmented';
import { manyQuestions } from './many-questions';
import { messageBudget } from './message-budget';
import { numbering } from './numbering';
import { placeholder } from './placeholder';
import { sentenceBudget } from './sentence-budget';
import { unanswered } from './unanswered';

/** The `structure/*` rules, sorted by ID. */
export const structureRules: Rule[] = [
  countMismatch,
  countUnfulfilled,
  fragmented,
  manyQuestions,
  messageBudget,
  numbering,
  placeholder,
  sentenceBudget,
  unanswered,
];
