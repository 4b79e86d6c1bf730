import type { Rule } from '../engine/rule';
import { emailRules } from './email';
import { formatRules } from './format';
import { greetingRules } from './greeting';
import { mediaRules } from './media';
import { privacyRules } from './privacy';
import { structureRules } from './structure';
import { toneRules } from './tone';

/** Every rule, sorted by ID. */
export const allRules: readonly Rule[] = [
  ...formatRules,
  ...structureRules,
  ...greetingRules,
  ...toneRules,
  ...emailRules,
  ...mediaRules,
  ...privacyRules,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
