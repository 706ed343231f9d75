/**
 * The one camel-case splitter, shared by the search keys of a code (src/search/code-keys.ts) and the lookup's word
 * matching (src/lookup/text.ts). No imports: either side uses it without depending on the other.
 */

type CharKind = 'upper' | 'lower' | 'digit' | 'other';

function kindOf(ch: string): CharKind {
  if (ch >= 'A' && ch <= 'Z') return 'upper';
  if (ch >= 'a' && ch <= 'z') return 'lower';
  if (ch >= '0' && ch <= '9') return 'digit';
  return 'other';
}

/**
 * The camel-case words of a text, as written. A word starts at a capital that follows a lower-case letter or a digit
 * (`SignatureNonce` → Signature, Nonce), at the last capital of a run that a lower-case letter follows (`DBInstance`
 * → DB, Instance), and after anything but an ASCII letter or digit, which separates words.
 *
 * Digits belong to the word they are written in: `Ipv6`, `Sha256`, `Ip1569`, `4xlarge` are one word each, and only a
 * capital after them starts the next (`Http2Server` → Http2, Server). A number glued to a word is part of its name
 * (a version, a size, an ID), so the search keys keep `Ipv6Address` and `Sha256` whole and do not offer `6Address`;
 * and the lookup reads an ID such as `bp1a2b3c4d` as one unknown word, not as a dozen one-letter words that would
 * dilute how well a message's real words match.
 *
 * One linear pass.
 */
export function camelCaseWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? kindOf(text.charAt(i)) : 'other';
    const prev = i > 0 ? kindOf(text.charAt(i - 1)) : 'other';
    const next = i + 1 < text.length ? kindOf(text.charAt(i + 1)) : 'other';
    const breaks =
      kind === 'other' ||
      (kind === 'upper' && (prev === 'lower' || prev === 'digit' || (prev === 'upper' && next === 'lower')));
    if (breaks && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    if (kind !== 'other' && start < 0) start = i;
  }
  return words;
}
