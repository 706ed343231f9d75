import { ERRORS_BASE } from './urls.ts';

const CODE_LINK = /<a href="(\/errors\/[A-Za-z0-9.]+\/?[^"]*)"/g;

/**
 * Keeps other codes' names out of a page's search index: a link from one code page to another (in the guidance
 * text) is still shown and clickable, but Pagefind does not count it, so a search for code B does not rank the page
 * of code A that merely mentions B. Works on the HTML our own Markdown renderer produced.
 */
export function unindexLinksToOtherCodes(html: string, ownCode: string): string {
  const ownPath = `${ERRORS_BASE}${ownCode}/`;
  return html.replace(CODE_LINK, (tag, href: string) => (href.startsWith(ownPath) ? tag : `<a data-pagefind-ignore href="${href}"`));
}
