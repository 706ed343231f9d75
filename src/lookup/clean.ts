/**
 * Turns a raw paste into plain text the field readers can scan: a bounded window, no terminal colours, no
 * Terraform diagnostic frame, and each level of JSON/Python string escaping undone in turn.
 *
 * Every regular expression here is linear: no nested quantifiers, and every repetition is bounded or over a
 * class disjoint from what follows it.
 */

/**
 * Only the first 64 Ki characters (after leading white space) are read. Every SDK, CLI and Terraform shape puts
 * the code, message and request ID near the top; the cap keeps a 1 MB paste as cheap as a 64 KB one.
 */
export const SCAN_LIMIT = 64 * 1024;

/** JSON inside a log line inside a JSON log line…: at most this many levels of escaping are undone. */
const MAX_UNESCAPE_DEPTH = 4;

// Terminal colour and control sequences: CSI (`ESC[31m`, `ESC[0K`), OSC (`ESC]…BEL`), and the colour codes left
// behind when a terminal drops the ESC character on copy (`[31m`, `^[[0m`, `␛[1m`); then any stray ESC.
const ANSI_SEQUENCE = new RegExp(
  [
    '\\u001b\\[[0-9;?]{0,32}[A-Za-z]',
    '\\u001b\\][^\\u0007\\u001b]{0,256}(?:\\u0007|\\u001b\\\\)?',
    '(?:\\u241b|\\^\\[)?\\[[0-9]{1,3}(?:;[0-9]{1,3}){0,8}m',
    '\\u001b',
  ].join('|'),
  'g',
);

/** Terraform frames a diagnostic with `╷` and `╵` lines and prefixes every line in between with `│ `. */
const FRAME_EDGE = /^[ \t]*[╷╵][ \t]*$/gm;
const FRAME_BAR = /^[ \t]*│[ \t]?/gm;

const SIMPLE_ESCAPES = new Map<string, string>([
  ['n', '\n'],
  ['t', '\t'],
  ['r', ''],
  ['b', ''],
  ['f', ''],
  ['"', '"'],
  ["'", "'"],
  ['\\', '\\'],
  ['/', '/'],
]);

/** The first SCAN_LIMIT characters from the first non-blank one; '' for blank text. */
export function scanWindow(text: string): string {
  const start = text.search(/\S/);
  return start < 0 ? '' : text.slice(start, start + SCAN_LIMIT);
}

function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, '');
}

function stripTerraformFrame(text: string): string {
  return text.replace(FRAME_EDGE, '').replace(FRAME_BAR, '');
}

/** Line endings to `\n`, colours and frames removed. */
function cleanPaste(text: string): string {
  return stripTerraformFrame(stripAnsi(text.replace(/\r\n?/g, '\n')));
}

const BACKSLASH = 0x5c;

function hexValue(text: string, from: number, width: number): number {
  if (from + width > text.length) return -1;
  let value = 0;
  for (let i = from; i < from + width; i++) {
    const digit = Number.parseInt(text.charAt(i), 16);
    if (Number.isNaN(digit)) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** Undoes one level of JSON (or Python repr) string escaping. Unknown escapes stay as they are. One linear pass. */
export function unescapeOnce(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (text.charCodeAt(i) !== BACKSLASH) continue;
    out += text.slice(from, i);
    const next = text.charAt(i + 1);
    const width = next === 'u' ? 4 : next === 'x' ? 2 : 0;
    const code = width > 0 ? hexValue(text, i + 2, width) : -1;
    if (code >= 0) {
      out += String.fromCharCode(code);
      i += 1 + width;
    } else {
      out += SIMPLE_ESCAPES.get(next) ?? `\\${next}`;
      i += 1;
    }
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * The cleaned text, then the same text with one more level of escaping undone, while anything changes (at most
 * MAX_UNESCAPE_DEPTH extra levels). Level 0 is the paste as it is; the last level is the plainest.
 */
export function unescapeLevels(text: string): string[] {
  const levels = [cleanPaste(text)];
  let current = levels[0] ?? '';
  for (let depth = 0; depth < MAX_UNESCAPE_DEPTH && current.includes('\\'); depth++) {
    const next = cleanPaste(unescapeOnce(current));
    if (next === current) break;
    levels.push(next);
    current = next;
  }
  return levels;
}

/** Folds white space runs into one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes the given characters from the end (a loop, not a `$`-anchored regex, so it stays linear). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

const WRAPPING_QUOTES = '"\'`';

/** Removes up to `pairs` pairs of wrapping quotes (`"…"`, `'…'`, `` `…` ``), trimming white space inside each. */
export function unwrapQuotes(text: string, pairs = Number.POSITIVE_INFINITY): string {
  let value = text;
  for (let removed = 0; removed < pairs; removed++) {
    const first = value.charAt(0);
    if (value.length < 2 || !WRAPPING_QUOTES.includes(first) || !value.endsWith(first)) break;
    value = value.slice(1, -1).trim();
  }
  return value;
}
