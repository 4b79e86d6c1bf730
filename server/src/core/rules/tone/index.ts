import type { Rule } from '../../engine/rule';
import { absolute } from './absolute';
import { blame } from './blame';
import { command } from './command';
import { disparage } from './disparage';
import { emoticon } from './emoticon';
import { filler } from './filler';
import { jargon } from './jargon';
import { negative } from './negative';
import { profanity } from './profanity';
import { shouting } from './shouting';
import { slang } from './slang';
import { vague } from './vague';
import { warmth } from './warmth';

/** The `tone/*` rules, sorted by ID. */
export const toneRules: Rule[] = [
  absolute,
  blame,
  command,
  disparage,
  emoticon,
  filler,
  jargon,
  negative,
  profanity,
  shouting,
  slang,
  vague,
  warmth,
];
