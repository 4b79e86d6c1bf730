/** Shared builders for the tone rule tables: full `.eml` drafts and quoted replies. */

/** A hand-written e-mail draft with the given body (LF line breaks unless `eol` says otherwise). */
export function eml(body: string, eol: '\n' | '\r\n' = '\n'): string {
  const head = [
    'From: Lin Wei <lin.wei@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    'Subject: Carton order 4500: delivery on 12 May',
    'X-Unsent: 1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '',
  ].join(eol);
  return head + body.replace(/\n/g, eol);
}

/** An e-mail whose quoted part (an `On … wrote:` block with `>` lines) holds `quoted`. */
export function emlReply(own: string, quoted: string): string {
  return eml(`${own}\n\nOn Mon, 5 May 2025 at 10:02, Jac Chen <jac@buyer.example> wrote:\n> ${quoted}\n`);
}
