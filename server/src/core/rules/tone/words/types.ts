import type { PhraseEntry } from '../../../text/phrases';
import type { LocalText } from '../../../types';

/** What kind of character a neighbour is, for exemptions that a fixed string cannot express. */
export type CharKind = 'han' | 'digit' | 'letter';

/**
 * One entry of a tone word list: the words, their language, the fix and the neighbours that
 * exempt them. Everything here is data; `scanWords` in `../scan.ts` reads it.
 */
export interface ToneEntry extends PhraseEntry {
  lang: 'zh' | 'en';
  /** The fix: the plain word to write instead; `''` deletes. Absent: no safe fix. */
  replacement?: string;
  /** Wording shown in the hover when there is no safe mechanical fix. */
  suggestion?: LocalText;
  /** Only when it stands alone as a clause (a reaction such as `晕！` or `好的，886`). */
  alone?: boolean;
  /** Only at the start of a clause (nothing but punctuation or a line start before it). */
  clauseStart?: boolean;
  /** Only at the end of a clause (nothing but punctuation or a line end after it). */
  clauseEnd?: boolean;
  /** Exempt when the character right before the match is of one of these kinds. */
  notAfterKind?: readonly CharKind[];
  /** Exempt when the character right after the match is of one of these kinds. */
  notBeforeKind?: readonly CharKind[];
  /** Only when a Han character touches the match on one side (`你个SB`, not `SB-200`). */
  nextToHan?: boolean;
  /** Only when the text right before the match ends with one of these (`to leverage`, not `financial leverage`). */
  onlyAfter?: readonly string[];
  /** Only when one of these words follows later in the same sentence (`you need to … now`). */
  requiresLater?: readonly string[];
  /** The fix applies only when the words stand alone as a clause (`Just checking in.`). */
  fixAlone?: boolean;
  /** Exempt inside a question (`这是你们的最低价吗？` asks; it does not claim). */
  notInQuestion?: boolean;
}
