import { lint } from '../../../server/src/core';
import type { DraftKind, Finding } from '../../../server/src/core/types';

/** The findings of one `format/*` rule when a draft is read from text or bytes. */
export function formatFindings(
  ruleId: string,
  kind: DraftKind,
  input: string | Uint8Array,
  locale: 'en' | 'zh' = 'en',
): Finding[] {
  const draft = typeof input === 'string' ? { kind, text: input } : { kind, bytes: input };
  return lint(draft, { locale }).findings.filter((f) => f.ruleId === ruleId);
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
