import type { Rule } from '../../engine/rule';
import { bareLink } from './bare-link';
import { videoAnnotation } from './video-annotation';
import { voiceFirstContact } from './voice-first-contact';
import { voiceLong } from './voice-long';
import { voiceNote } from './voice-note';

/** The `media/*` rules, sorted by ID. */
export const mediaRules: Rule[] = [bareLink, videoAnnotation, voiceFirstContact, voiceLong, voiceNote];
