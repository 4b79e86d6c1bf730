import type { Rule } from '../../engine/rule';
import { personalData } from './personal-data';

/** The `privacy/*` rules, sorted by ID. */
export const privacyRules: Rule[] = [personalData];
