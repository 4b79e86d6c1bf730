/**
 * Edits of `.cordialrc.json` text that keep its comments, indentation and line breaks (through
 * jsonc-parser's `modify`). Pure, so the language server and the VS Code client (which bundles
 * this module) write the file the same way.
 */
import { applyEdits, type FormattingOptions, modify, parse } from 'jsonc-parser';

/** The indentation and line break the file already uses. */
export function rcFormatting(text: string): FormattingOptions {
  return {
    insertSpaces: !/^\t/m.test(text),
    tabSize: /^( +)\S/m.exec(text)?.[1]?.length ?? 2,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** A new `.cordialrc.json` holding `value`. */
export function newRc(value: Record<string, unknown>): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * `text` with `word` added at the end of `allowedWords` (the key created when missing), or
 * null when the list already holds it (compared without regard to case, as rules compare).
 */
export function addAllowedWord(text: string, word: string): string | null {
  const base = text.trim() ? text : '{}';
  const json = parse(base, [], { allowTrailingComma: true, disallowComments: false }) as unknown;
  const current =
    json && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>).allowedWords
      : undefined;
  const formattingOptions = rcFormatting(base);
  if (Array.isArray(current)) {
    if (current.some((w) => typeof w === 'string' && w.trim().toLowerCase() === word.trim().toLowerCase()))
      return null;
    return applyEdits(
      base,
      modify(base, ['allowedWords', -1], word, { formattingOptions, isArrayInsertion: true }),
    );
  }
  return applyEdits(base, modify(base, ['allowedWords'], [word], { formattingOptions }));
}

/** `text` with `"rules": { "<ruleId>": "off" }` set (the key created when missing). */
export function disableRuleIn(text: string, ruleId: string): string {
  const base = text.trim() ? text : '{}';
  return applyEdits(base, modify(base, ['rules', ruleId], 'off', { formattingOptions: rcFormatting(base) }));
}
