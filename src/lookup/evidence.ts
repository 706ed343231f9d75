/**
 * Stage 2 of the lookup, gather: what the reading says about which code is meant, one kind of evidence at a time —
 * the code the paste gives, its message, codes its text names, an SDK's error name, the operation it names, the
 * product or cloud it came from — each matched against the catalog on its own. Weighing them against each other is
 * for the next stages (rank.ts, decide.ts).
 */
import { operationKey, type CatalogIndex } from './catalog-index.ts';
import type { CodeSource, PasteReading } from './fields.ts';
import { codesMentioned, matchCode, type CodeMatch } from './match-code.ts';
import {
  identifiedCode,
  messageQuery,
  rankMessages,
  type IdentifiedCode,
  type MessageQuery,
  type ScoredMessage,
} from './match-message.ts';
import { isSdkWrapperName, sdkWrapperIn, type SdkWrapperHint } from './sdk-wrappers.ts';
import { looksLikeCode } from './text.ts';
import type { LookupEntry, LookupFields, LookupProduct, NamedSource } from './types.ts';

/** The code the paste gives, matched against the catalog. */
export interface CodeEvidence {
  /** As written in the paste (not corrected). */
  written: string;
  match: CodeMatch;
}

/**
 * A code-like word the paste gives that is not taken for a code: a plain word (`Specified`), a leading word that is
 * not a code (`DescribeDBInstances returns …`), an SDK's error name (`SDK.ServerError`). The paste is read as text.
 */
export interface SetAsideCode {
  written: string;
  source?: CodeSource;
}

/** The paste's message (or its whole text), matched against the catalog's messages. */
export interface MessageEvidence {
  /** The message field, or the paste's plain text when it has no message to go by (or no code: see gatherEvidence). */
  from: 'message' | 'text';
  query: MessageQuery;
  /**
   * Every catalog message that resembles it, best first — only the code's own messages when the paste's code is
   * certain (the message then only chooses among them).
   */
  ranked: ScoredMessage[];
  /** The one code the message identifies, if it identifies one (never looked for when the code is certain). */
  identifies?: IdentifiedCode;
}

/**
 * The API operation the paste names (`fields.operation`: Terraform's `Resource … CreateDBInstance Failed!!!`,
 * `Action=`, an SDK method, a log field), looked up in the catalog: the codes it returns rank first (rank.ts), and a
 * code's message is picked among those it returns it with (decide.ts).
 */
export interface OperationEvidence {
  /** As the paste writes it. */
  written: string;
  /** As the API spells it, when the catalog knows the operation (it returns some code); else as written. */
  name: string;
  /** The codes of the catalog it returns; empty for an operation the catalog knows no code of. */
  returns: ReadonlySet<LookupEntry>;
}

/**
 * Where the paste came from, when that is not the catalog's product: another Alibaba Cloud product (its host, or a
 * troubleshoot link's `product=`), or another cloud (its SDK's format, its API host; other-clouds.ts).
 */
export type ProductEvidence =
  | {
      kind: 'other-product';
      product: NamedSource;
      /** What says so: the link's (or page parameter's) `product=`, or the endpoint host. */
      from: 'product' | 'host';
      /** The product code or host as the paste writes it. */
      written: string;
    }
  | { kind: 'other-cloud'; cloud: NamedSource; code?: string; signal: string };

/** What stage 2 (gather) hands on. */
export interface Evidence {
  code?: CodeEvidence;
  setAside?: SetAsideCode;
  message?: MessageEvidence;
  /** Codes of the catalog the text names, when the paste gives no code of its own (none, or one set aside). */
  mentioned: LookupEntry[];
  /** The first SDK error name in the text (`SDK.ServerError`), which says where the code would be. */
  sdkWrapper?: SdkWrapperHint;
  operation?: OperationEvidence;
  product?: ProductEvidence;
}

/** Whether the match names one code for certain (exact, letter case, alias, known misspelling). */
export function isCertain(match: CodeMatch): match is Extract<CodeMatch, { entry: LookupEntry }> {
  return match.kind !== 'near' && match.kind !== 'none' && match.kind !== 'cases';
}

function operationEvidence(written: string | undefined, index: CatalogIndex): OperationEvidence | undefined {
  if (written === undefined) return undefined;
  const known = index.operations.get(operationKey(written));
  return { written, name: known?.name ?? written, returns: known?.returns ?? new Set() };
}

/** `ecs`, `ecs-cn-hangzhou`, `ecs-vpc` → `ecs`: the product part of an endpoint's first label. */
function productLabel(host: string): string {
  let label = host.toLowerCase().split('.', 1)[0] ?? '';
  const region = label.search(/-(?:cn|ap|us|eu|me|sa|na|rus)-/);
  if (region > 0) label = label.slice(0, region);
  return label.endsWith('-vpc') ? label.slice(0, -'-vpc'.length) : label;
}

const ALIBABA_API_HOST = /\.aliyuncs\.com$/i;

/**
 * Another Alibaba Cloud product named by the paste: its `product=` when that is not the catalog's (any letter case),
 * else an `aliyuncs.com` host that is none of the product's hosts nor a regional host of the same service
 * (`mongodb.<region>.aliyuncs.com`). Other hosts (a proxy, an IP) say nothing. The product is named by its code as
 * written, or by the host's first label (`alidns.aliyuncs.com` → Alidns).
 */
function otherProduct(fields: LookupFields, product: LookupProduct): ProductEvidence | undefined {
  if (fields.product !== undefined) {
    if (fields.product.toLowerCase() === product.code.toLowerCase()) return undefined;
    return {
      kind: 'other-product',
      product: { code: fields.product, name: fields.product },
      from: 'product',
      written: fields.product,
    };
  }
  const host = fields.host?.toLowerCase();
  if (host === undefined || !ALIBABA_API_HOST.test(host) || product.hosts.length === 0) return undefined;
  if (product.hosts.includes(host)) return undefined;
  const label = productLabel(host);
  if (label.length === 0 || product.hosts.some((own) => productLabel(own) === label)) return undefined;
  const name = label.charAt(0).toUpperCase() + label.slice(1);
  return { kind: 'other-product', product: { code: name, name }, from: 'host', written: fields.host ?? host };
}

/**
 * A code word that is not in the catalog and does not look like a code is just a word of text; so is an SDK's error
 * name (`SDK.ServerError`), which is never the API's code.
 */
function isWeakCode(code: string, source: CodeSource | undefined): boolean {
  if (isSdkWrapperName(code)) return true;
  if (source === 'bare') return !looksLikeCode(code);
  if (source === 'leading') return !code.includes('.');
  return false;
}

function messageEvidence(
  text: string | undefined,
  from: MessageEvidence['from'],
  status: number | undefined,
  index: CatalogIndex,
  certain: LookupEntry | undefined,
): MessageEvidence | undefined {
  const query = text === undefined ? undefined : messageQuery(text, status);
  if (!query) return undefined;
  if (certain) {
    const own = index.messages.filter((item) => item.entry === certain);
    return { from, query, ranked: rankMessages(query, index, own) };
  }
  const ranked = rankMessages(query, index);
  const identifies = identifiedCode(query, ranked, index);
  return { from, query, ranked, ...(identifies ? { identifies } : {}) };
}

/**
 * Gathers the evidence of a (non-blank) reading. The message is the message field; a paste whose code is set aside,
 * or that has no code and no usable message field, is matched by its whole plain text instead.
 */
export function gatherEvidence(reading: PasteReading, index: CatalogIndex): Evidence {
  const { fields, freeText } = reading;
  const status = fields.status;
  const operation = operationEvidence(fields.operation, index);
  const product: ProductEvidence | undefined = reading.cloud
    ? { kind: 'other-cloud', ...reading.cloud }
    : otherProduct(fields, index.product);
  let code: CodeEvidence | undefined;
  let setAside: SetAsideCode | undefined;
  let wholeText: MessageEvidence | undefined;
  if (fields.code !== undefined) {
    const match = matchCode(fields.code, index);
    // A leading word that is no code's exact spelling but starts a message word for word (`InstanceId is mandatory
    // for this action.`) is part of that message.
    if (reading.codeSource === 'leading' && !isCertain(match)) {
      const text = messageEvidence(freeText, 'text', status, index, undefined);
      if (text?.identifies) wholeText = text;
    }
    if (wholeText || (match.kind === 'none' && isWeakCode(fields.code, reading.codeSource))) {
      setAside = { written: fields.code, ...(reading.codeSource ? { source: reading.codeSource } : {}) };
    } else {
      code = { written: fields.code, match };
    }
  }
  const certain = code && isCertain(code.match) ? code.match.entry : undefined;
  const message = code
    ? messageEvidence(fields.message, 'message', status, index, certain)
    : setAside
      ? (wholeText ?? messageEvidence(freeText, 'text', status, index, undefined))
      : (messageEvidence(fields.message, 'message', status, index, undefined) ??
        messageEvidence(freeText, 'text', status, index, undefined));
  const sdkWrapper = sdkWrapperIn(freeText);
  return {
    ...(code ? { code } : {}),
    ...(setAside ? { setAside } : {}),
    ...(message ? { message } : {}),
    mentioned: code ? [] : codesMentioned(freeText, index),
    ...(sdkWrapper ? { sdkWrapper } : {}),
    ...(operation ? { operation } : {}),
    ...(product ? { product } : {}),
  };
}
