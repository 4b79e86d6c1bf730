import type { Rule } from '../../engine/rule';
import { attachmentFormat } from './attachment-format';
import { attachmentMissing } from './attachment-missing';
import { attachmentSize } from './attachment-size';
import { attachmentUndescribed } from './attachment-undescribed';
import { chainLetter } from './chain-letter';
import { htmlDecoration } from './html-decoration';
import { length } from './length';
import { quoteTerms } from './quote-terms';
import { recipientsExposed } from './recipients-exposed';
import { replyPrefix } from './reply-prefix';
import { signature } from './signature';
import { subjectLong } from './subject-long';
import { subjectMissing } from './subject-missing';
import { subjectVague } from './subject-vague';

/** The `email/*` rules, sorted by ID. */
export const emailRules: Rule[] = [
  attachmentFormat,
  attachmentMissing,
  attachmentSize,
  attachmentUndescribed,
  chainLetter,
  htmlDecoration,
  length,
  quoteTerms,
  recipientsExposed,
  replyPrefix,
  signature,
  subjectLong,
  subjectMissing,
  subjectVague,
];
