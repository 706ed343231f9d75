/**
 * Loaded on a code page only when its URL carries `?message=` or lookup context. `?message=<text>` selects and
 * highlights the message it matches (or says the lookup failed on it); `?operation=<Operation>` selects that
 * operation's rows of the "Returned by" table and the message it returns (unless `?message=` picks one); the values a
 * lookup read from a paste (`requestId`, `status`, `operation`, `host`, `product`) are shown for a support ticket.
 * Everything from the URL is shown with textContent only.
 */
import { resolveErrorText, type LookupCatalog } from '../lookup/index.ts';
import { CONTEXT_PARAMS } from './context-params.ts';
import { el, lookUp } from './lookup-client.ts';
import { fieldsList, lookupFailure } from './lookup-view.ts';
import { selectOperation } from './returned-by.ts';

/** The page's own catalog: its code, its messages, and the product the page names (no hosts: none to compare). */
function pageCatalog(): LookupCatalog | undefined {
  const root = document.querySelector<HTMLElement>('[data-error-code]');
  const code = root?.dataset.errorCode;
  if (!root || !code) return undefined;
  const messages = [...document.querySelectorAll<HTMLElement>('.message-item[data-message]')].map((item) => ({
    index: Number(item.id.replace('message-', '')),
    status: Number(item.dataset.status),
    text: item.dataset.message ?? '',
    operations: item.dataset.operations?.split(' ').filter(Boolean) ?? [],
  }));
  const product = { code: root.dataset.product ?? '', name: root.dataset.productName ?? '', hosts: [] };
  return { product, entries: [{ code, page: code, aliases: [], messages }] };
}

/** Marks the rows `?operation=` names; returns the message the operation returns the code with, if any. */
function selectOperationRows(operation: string | null, preferred: number | undefined): number | undefined {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-returned-by] tr[data-operation]')];
  const selection = selectOperation(
    operation,
    rows.map((row) => ({ operation: row.dataset.operation ?? '', messageIndex: Number(row.dataset.messageIndex) })),
    preferred,
  );
  for (const row of rows) row.removeAttribute('data-selected');
  for (const position of selection.rows) rows[position]?.setAttribute('data-selected', '');
  return selection.messageIndex;
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

/**
 * Shows `parts` in the panel above the messages. When the browser has already scrolled to a `#message-<n>` (before
 * this module loaded), showing the panel would push that message down (Chrome's scroll anchoring does not hold it on
 * a wide screen), so the page scrolls by as much as the message moved.
 */
function showPanel(parts: readonly HTMLElement[]): void {
  const panel = document.querySelector<HTMLElement>('[data-from-paste]');
  if (!panel || parts.length === 0) return;
  const target = /^#message-\d+$/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
  const before = target?.getBoundingClientRect();
  panel.append(...parts);
  panel.hidden = false;
  if (target && before && before.bottom > 0 && before.top < window.innerHeight)
    window.scrollBy(0, target.getBoundingClientRect().top - before.top);
}

/** Applies `?message=` and the pasted context to the code page. */
export async function applyPageContext(params: URLSearchParams): Promise<void> {
  // The panel first: it sits above the messages, so showing it after scrolling to one would move that one down.
  showPanel(contextParts(params));
  const anchored = /^#message-(\d{1,9})$/.exec(location.hash)?.[1];
  const operationMessage = selectOperationRows(
    params.get('operation'),
    anchored === undefined ? undefined : Number(anchored),
  );
  const message = params.get('message');
  const catalog = pageCatalog();
  if (!message || !catalog) {
    if (operationMessage !== undefined) selectMessage(operationMessage);
    return;
  }
  const entry = catalog.entries[0];
  if (!entry) return;
  const text = message.slice(0, 10_000);
  const result = await lookUp((given) => resolveErrorText(text, given), catalog);
  const messageIndex =
    result.kind === 'match'
      ? result.messageIndex
      : result.kind === 'candidates'
        ? result.candidates[0]?.messageIndex
        : undefined;
  if (result.kind === 'failed') showPanel([lookupFailure(text)]);
  else if (messageIndex !== undefined) selectMessage(messageIndex);
  else if (operationMessage !== undefined) selectMessage(operationMessage);
  else if (entry.messages.length === 1) selectMessage(entry.messages[0]?.index ?? 1);
}
