/** Reason phrases and a one-line meaning for the statuses the catalog uses; unknown ones fall back by class. */
const STATUS_TEXT: Record<number, { phrase: string; meaning: string }> = {
  400: { phrase: 'Bad Request', meaning: 'The request was rejected as invalid; change it before sending it again.' },
  401: { phrase: 'Unauthorized', meaning: 'The request could not be authenticated.' },
  403: {
    phrase: 'Forbidden',
    meaning: 'The caller is not allowed to do this; permissions or account state must change.',
  },
  404: { phrase: 'Not Found', meaning: 'A resource or value named in the request does not exist.' },
  409: { phrase: 'Conflict', meaning: 'The request conflicts with the current state of the resource.' },
  429: { phrase: 'Too Many Requests', meaning: 'The caller is being throttled.' },
  500: { phrase: 'Internal Server Error', meaning: 'The service failed while processing the request.' },
  502: { phrase: 'Bad Gateway', meaning: 'A gateway in front of the service received a bad answer.' },
  503: { phrase: 'Service Unavailable', meaning: 'The service is temporarily unable to handle the request.' },
  504: { phrase: 'Gateway Timeout', meaning: 'A gateway in front of the service timed out.' },
};

export interface HttpStatusText {
  status: number;
  phrase: string;
  meaning: string;
}

export function describeHttpStatus(status: number): HttpStatusText {
  const known = STATUS_TEXT[status];
  if (known) return { status, ...known };
  return status >= 500
    ? { status, phrase: 'Server Error', meaning: 'The service failed while processing the request.' }
    : { status, phrase: 'Client Error', meaning: 'The service rejected the request.' };
}
