import type { Rule } from '../../engine/rule';
import { askTime } from './ask-time';
import { courtesy } from './courtesy';
import { generic } from './generic';
import { missing } from './missing';
import { presenceCheck } from './presence-check';
import { selfIntro } from './self-intro';

/** The `greeting/*` rules, sorted by ID. */
export const greetingRules: Rule[] = [askTime, courtesy, generic, missing, presenceCheck, selfIntro];
