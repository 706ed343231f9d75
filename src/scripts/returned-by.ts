/**
 * Which rows of a code page's "Returned by" table (`[data-returned-by] tr[data-operation][data-message-index]`) and
 * which message `?operation=<Operation>` selects. No DOM and no imports: code-page-context.ts reads the rows and
 * applies the answer; tests call it directly.
 */

/** One row: the operation, and the message it returns the code with. */
export interface ReturnedByRow {
  operation: string;
  messageIndex: number;
}

export interface OperationSelection {
  /** Positions of the selected rows in `rows`. */
  rows: number[];
  /** The message to select: one the operation returns the code with. */
  messageIndex?: number;
}

/** An operation name as the API writes one; anything else in the URL selects nothing. */
const OPERATION = /^[A-Za-z][A-Za-z0-9]{0,79}$/;

/**
 * The rows of `operation` (its exact spelling, or else any letter case) and the message to select: `preferred` (the
 * message the lookup picked, `#message-<n>`) when the operation returns the code with it, else the first row's.
 */
export function selectOperation(
  operation: string | null | undefined,
  rows: readonly ReturnedByRow[],
  preferred?: number,
): OperationSelection {
  if (!operation || !OPERATION.test(operation)) return { rows: [] };
  const positions = (same: (name: string) => boolean) =>
    rows.flatMap((row, position) => (same(row.operation) ? [position] : []));
  let selected = positions((name) => name === operation);
  if (selected.length === 0) selected = positions((name) => name.toLowerCase() === operation.toLowerCase());
  const messages = selected.map((position) => rows[position]?.messageIndex);
  const messageIndex = preferred !== undefined && messages.includes(preferred) ? preferred : messages[0];
  return { rows: selected, ...(messageIndex === undefined ? {} : { messageIndex }) };
}
