/**
 * Loaded on a code page only when its URL carries `?message=` or lookup context. `?message=<text>` selects and
 * highlights the message it matches (or says the lookup failed on it); the values a lookup read from a paste
 * (`requestId`, `status`, `operation`, `host`, `product`) are shown for a support ticket. Everything from the URL is
 * shown with textContent only.
 */
import { resolveErrorText, type LookupEntry } from '../lookup/index.ts';
import { CONTEXT_PARAMS } from './context-params.ts';
import { el, lookUp } from './lookup-client.ts';
import { fieldsList, lookupFailure } from './lookup-view.ts';

function pageEntry(): LookupEntry | undefined {
  const code = document.querySelector<HTMLElement>('[data-error-code]')?.dataset.errorCode;
  if (!code) return undefined;
  const messages = [...document.querySelectorAll<HTMLElement>('.message-item[data-message]')].map((item) => ({
    index: Number(item.id.replace('message-', '')),
    status: Number(item.dataset.status),
    text: item.dataset.message ?? '',
  }));
  return { code, aliases: [], messages };
}

function selectMessage(index: number): void {
  const item = document.getElementById(`message-${index}`);
  if (!item) return;
  for (const other of document.querySelectorAll('.message-item[data-selected]')) other.removeAttribute('data-selected');
  item.setAttribute('data-selected', '');
  item.scrollIntoView({ block: 'center' });
}

/** The values a lookup read from a paste, as a heading, a line and a list; none when the URL carries none. */
function contextParts(params: URLSearchParams): HTMLElement[] {
  const fields: Record<string, string> = {};
  for (const name of CONTEXT_PARAMS) {
    const value = params.get(name)?.slice(0, 200);
    if (value) fields[name] = value;
  }
  if (Object.keys(fields).length === 0) return [];
  const list = fieldsList({
    ...(fields.requestId ? { requestId: fields.requestId } : {}),
    ...(fields.status && /^\d{3}$/.test(fields.status) ? { status: Number(fields.status) } : {}),
    ...(fields.operation ? { operation: fields.operation } : {}),
    ...(fields.host ? { host: fields.host } : {}),
    ...(fields.product ? { product: fields.product } : {}),
  });
  if (!list) return [];
  return [el('h2', 'Read from your paste'), el('p', 'Keep these for a support ticket:'), list];
}

/** Applies `?message=` and the pasted context to the code page. */
export async function applyPageContext(params: URLSearchParams): Promise<void> {
  const message = params.get('message');
  const entry = pageEntry();
  const parts: HTMLElement[] = [];
  if (message && entry) {
    const text = message.slice(0, 10_000);
    const result = await lookUp((catalog) => resolveErrorText(text, catalog), [entry]);
    const messageIndex =
      result.kind === 'match'
        ? result.messageIndex
        : result.kind === 'candidates'
          ? result.candidates[0]?.messageIndex
          : undefined;
    if (result.kind === 'failed') parts.push(lookupFailure(text));
    else if (messageIndex !== undefined) selectMessage(messageIndex);
    else if (entry.messages.length === 1) selectMessage(1);
  }
  parts.push(...contextParts(params));
  const panel = document.querySelector<HTMLElement>('[data-from-paste]');
  if (!panel || parts.length === 0) return;
  panel.replaceChildren(...parts);
  panel.hidden = false;
}
