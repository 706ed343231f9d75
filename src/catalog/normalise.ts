/**
 * Repairs the upstream table's text quirks. Each function is total, linear in its input and idempotent.
 */

/** Windows-1252 code points for bytes 0x80–0x9F (the rest of 0xA0–0xFF map to themselves). */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

const CONTINUATION =
  '\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178';
/** A UTF-8 lead byte (0xC2–0xF4) read as Windows-1252, followed by continuation bytes read the same way. */
const MOJIBAKE_RUN = new RegExp(`[\\u00C2-\\u00F4][${CONTINUATION}]{1,3}`, 'g');

const utf8 = new TextDecoder('utf-8', { fatal: true });

function cp1252Byte(char: string): number | undefined {
  const point = char.codePointAt(0) ?? 0;
  if (point >= 0xa0 && point <= 0xff) return point;
  if (point >= 0x80 && point <= 0x9f) return point; // C1 controls pass through some decoders unchanged
  return CP1252_HIGH[point];
}

/** `doesnâ€™t` → `doesn’t`: text that was UTF-8, decoded as Windows-1252, is decoded again correctly. */
export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE_RUN, (run) => {
    const chars = [...run];
    const lead = chars[0]?.codePointAt(0) ?? 0;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (chars.length < length) return run;
    const bytes: number[] = [];
    for (const char of chars.slice(0, length)) {
      const byte = cp1252Byte(char);
      if (byte === undefined) return run;
      bytes.push(byte);
    }
    try {
      return utf8.decode(new Uint8Array(bytes)) + chars.slice(length).join('');
    } catch {
      return run; // not a valid UTF-8 sequence: genuine Latin-1 text, keep it
    }
  });
}

/** `\"Token\"` → `"Token"`: backslash escapes left over from a JSON round trip are undone. */
export function undoDoubledEscapes(text: string): string {
  return text.replace(/\\(["'\\])/g, '$1');
}

/** Folds runs of white space (including non-breaking spaces) into one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text as the service returns it: every repair above, in order. */
export function normaliseText(text: string): string {
  return collapseWhitespace(undoDoubledEscapes(repairMojibake(text)));
}

/**
 * Misspelled words that appear in codes the service really returns. The code stays verbatim (it is what the API
 * sends); the corrected spelling is what people type, so it becomes an alias.
 */
const CODE_WORD_CORRECTIONS: Record<string, string> = {
  Forbbiden: 'Forbidden',
  Forbedden: 'Forbidden',
  Forbiden: 'Forbidden',
};

/** `Forbbiden.SubUser` → `Forbidden.SubUser`; a code without known misspellings comes back unchanged. */
export function correctCodeSpelling(code: string): string {
  return code
    .split('.')
    .map((word) => CODE_WORD_CORRECTIONS[word] ?? word)
    .join('.');
}
