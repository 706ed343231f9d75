/**
 * The fixed vocabularies of the guidance: categories a reader understands, and retry advice a program can act on.
 * Order here is the order of the sidebar, filters and badges.
 */
export const CATEGORIES = {
  access: { label: 'Access & permissions', blurb: 'The caller or account may not perform this action.' },
  parameters: {
    label: 'Request parameters',
    blurb: 'A parameter is missing, malformed or names something that does not exist.',
  },
  quota: { label: 'Quota & capacity', blurb: 'A quota, zone inventory or address pool has run out.' },
  billing: {
    label: 'Billing & account',
    blurb: 'The account balance, verification or a pending order blocks the call.',
  },
  'instance-state': {
    label: 'Instance state',
    blurb: 'The instance is in a state, lock mode or type that does not allow this.',
  },
  backup: { label: 'Backup & restore', blurb: 'Backup settings, jobs or backup sets block the call.' },
  network: { label: 'Network & security', blurb: 'Whitelists, network settings or request signing.' },
  service: { label: 'Service-side', blurb: 'The service failed or does not offer this; usually not your request.' },
} as const;

export type CategoryId = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

/** The categories that hold at least one of these codes, in the taxonomy's order (the categories that have a page). */
export function categoriesIn(entries: readonly { guidance: { category: CategoryId } }[]): CategoryId[] {
  const present = new Set(entries.map((entry) => entry.guidance.category));
  return CATEGORY_IDS.filter((category) => present.has(category));
}

export const RETRY_ADVICE = {
  backoff: {
    label: 'Retry with backoff',
    advice: 'Transient: retry the same request with exponential backoff and jitter.',
  },
  'after-change': {
    label: 'Change, then retry',
    advice: 'Retrying the same request fails again; change the request, permissions or account first.',
  },
  'after-wait': {
    label: 'Retry after waiting',
    advice: 'Retry once the blocking condition clears (instance state, a running job, a pending order).',
  },
  never: {
    label: 'Do not retry',
    advice: 'Do not retry automatically; a person has to act first.',
  },
} as const;

export type RetryId = keyof typeof RETRY_ADVICE;
export const RETRY_IDS = Object.keys(RETRY_ADVICE) as [RetryId, ...RetryId[]];
