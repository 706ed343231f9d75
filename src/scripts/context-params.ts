/**
 * The fields a lookup carries to a code page in its query string (shown there as "read from your paste").
 * A module of its own, with no imports, so the script every code page runs stays a few hundred bytes.
 */
export const CONTEXT_PARAMS = ['requestId', 'status', 'operation', 'host', 'product'] as const;
