import type { Rule } from '../../engine/rule';
import { binary } from './binary';
import { encoding } from './encoding';
import { frontMatter } from './front-matter';
import { internalError } from './internal-error';
import { mime } from './mime';
import { outlookBinary } from './outlook-binary';
import { unreadable } from './unreadable';
import { unusedDisable } from './unused-disable';

/*
 * `format/*`: problems reading a file rather than problems of writing. Parsers record them as
 * `ParseProblem`s beside the draft; these definitions give them messages, severities and
 * documentation, so they can be configured and listed (SARIF) like any rule. Their `check` does
 * nothing: the engine turns each problem into a finding of the rule it names.
 */
export { binary, encoding, frontMatter, internalError, mime, outlookBinary, unreadable, unusedDisable };

export const formatRules: Rule[] = [
  binary,
  encoding,
  frontMatter,
  internalError,
  mime,
  outlookBinary,
  unreadable,
  unusedDisable,
];
