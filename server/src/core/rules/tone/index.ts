import type { Rule } from '../../engine/rule';
import { absolute } from './absolute';
import { apology } from './apology';
import { blame } from './blame';
import { boilerplate } from './boilerplate';
import { command } from './command';
import { disparage } from './disparage';
import { emoticon } from './emoticon';
import { filler } from './filler';
import { hedge } from './hedge';
import { hold } from './hold';
import { honorific } from './honorific';
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
  apology,
  blame,
  boilerplate,
  command,
  disparage,
  emoticon,
  filler,
  hedge,
  hold,
  honorific,
  jargon,
  negative,
  profanity,
  shouting,
  slang,
  vague,
  warmth,
];
