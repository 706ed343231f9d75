/**
 * Every code page runs this: it stays tiny, and loads the resolver only when the URL asks for it (`?message=`, or
 * the context a lookup passes: `requestId`, `status`, `operation`, `host`, `product`).
 */
import { CONTEXT_PARAMS } from './context-params.ts';

const params = new URLSearchParams(location.search);
if (params.has('message') || CONTEXT_PARAMS.some((name) => params.has(name))) {
  void import('./code-page-context.ts').then(({ applyPageContext }) => applyPageContext(params));
}
