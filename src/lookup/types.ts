import type { AccessDeniedDetail, AccessDeniedExplanation, RamNames } from './access-denied.ts';
/**
 * Public types of the error lookup. Structural on purpose: the catalog's `lookupCatalogOf()` builds a `LookupCatalog`,
 * and so does a slim JSON export of the catalog loaded in the browser (`/lookup-index.json`).
 */

/** One message of a code, as the lookup needs it. */
export interface LookupMessage {
  /** 1-based position among the code's messages (the `#message-<n>` anchor). */
  readonly index: number;
  readonly status: number;
  readonly text: string;
  /** The operations that return it (API metadata); none for a message only the error-code table has. */
  readonly operations: readonly string[];
}

/** One code of the catalog, as the lookup needs it. */
export interface LookupEntry {
  readonly code: string;
  /** The code whose spelling names its page (`errorUrl(page)`): itself, unless it differs from another only in case. */
  readonly page: string;
  /** Other spellings that lead to this code (corrected spellings first). */
  readonly aliases: readonly string[];
  readonly messages: readonly LookupMessage[];
}

/** The product a catalog covers: the resolver never names one itself. */
export interface LookupProduct {
  /** Alibaba Cloud's product code, as in a troubleshoot link's `product=` (`Dds`). */
  readonly code: string;
  /** Its name in sentences (`ApsaraDB for MongoDB`). */
  readonly name: string;
  /**
   * The API's endpoint hosts (`mongodb.aliyuncs.com`, `mongodb.cn-zhengzhou-jva.aliyuncs.com`), lower case. Empty when
   * not known (a code page's own one-entry catalog): then a paste's host says nothing about the product.
   */
  readonly hosts: readonly string[];
  /** RAM's names for the product, for the policy an `AccessDeniedDetail` calls for (absent: no policy is drafted). */
  readonly ram?: RamNames;
}

/** What the resolver resolves against: the product and its codes. */
export interface LookupCatalog {
  readonly product: LookupProduct;
  readonly entries: readonly LookupEntry[];
}

/** A product or cloud named in an answer: its code (as in a troubleshoot link, or the cloud's id) and its name. */
export interface NamedSource {
  code: string;
  name: string;
}

/** What was read from a paste; shown to the reader, e.g. for a support ticket. */
export interface LookupFields {
  /** The error code as written in the paste (not corrected). */
  code?: string;
  message?: string;
  /** HTTP status. */
  status?: number;
  requestId?: string;
  /** `HostId` of the response, or the endpoint the client logged. */
  host?: string;
  /**
   * API operation: Terraform's `Resource <id> <Operation> Failed!!!`, `Action=` in a URL, an SDK method in a stack
   * trace (`describeDBInstancesWithOptions`), a JSON or log field (`"Action":`, `"operation":`, `action=`), a RAM
   * `AuthAction`. Spelled as the API spells it when the catalog knows the operation.
   */
  operation?: string;
  /** Product code from a troubleshoot link or the lookup page's `product=` (`Dds`). */
  product?: string;
  /** Alibaba Cloud's own troubleshooting link (`Recommend`), when the paste has one. */
  recommend?: string;
  /** RAM's `AccessDeniedDetail`, when the paste has one (access-denied.ts). */
  accessDenied?: AccessDeniedDetail;
}

/** A possible code for the paste, best first. */
export interface LookupCandidate {
  code: string;
  /** 1-based message index, when one message of the code is meant. */
  messageIndex?: number;
  /** `errorUrl(page, messageIndex)`. */
  url: string;
  /** 0..1, higher is better; comparable within one result only. */
  score: number;
  /** Why this code is offered, as a sentence. */
  reason: string;
}

export interface LookupMatch {
  kind: 'match';
  /** The paste's RAM `AccessDeniedDetail` in words, with the policy that allows the action (access-denied.ts). */
  accessDenied?: AccessDeniedExplanation;
  code: string;
  messageIndex?: number;
  url: string;
  reason: string;
  fields: LookupFields;
  /** The operation of the paste, spelled as the API does, when it is one that returns this code (its page's row). */
  operation?: string;
  /**
   * Said when the paste came from another Alibaba Cloud product that returns a code of the same name: the page
   * describes the code as this catalog's product returns it.
   */
  note?: string;
  /** That other product, when there is a note. */
  fromProduct?: NamedSource;
}

export interface LookupCandidates {
  kind: 'candidates';
  /** The paste's RAM `AccessDeniedDetail` in words, with the policy that allows the action (access-denied.ts). */
  accessDenied?: AccessDeniedExplanation;
  candidates: LookupCandidate[];
  fields: LookupFields;
  /** Text to hand to the full-text search. */
  searchText: string;
  /** Why the paste names no code, when that is known: it holds only an SDK's error name (`SDK.ServerError`). */
  hint?: string;
}

/** A code no source of the catalog has (not in Alibaba's published lists for the product). */
export interface LookupUnknownCode {
  kind: 'unknown-code';
  /** The paste's RAM `AccessDeniedDetail` in words, with the policy that allows the action (access-denied.ts). */
  accessDenied?: AccessDeniedExplanation;
  /** The code-shaped text that is not in the catalog. */
  code: string;
  /** The catalog's product, which does not list the code. */
  product: NamedSource;
  /**
   * Alibaba Cloud's troubleshoot page for the code: `https://api.aliyun.com/troubleshoot?q=<code>&product=<product>`
   * (`&requestId=<id>` when the paste has one), built only from the code, the catalog's product and a checked ID;
   * absent only for a code given by a caller (resolveLookupFields) that does not have a code's shape.
   */
  troubleshootUrl?: string;
  /** Only codes spelled closely alike (a few edits, or a known misspelling corrected); often none. */
  candidates: LookupCandidate[];
  fields: LookupFields;
  searchText: string;
  /** As in LookupCandidates. */
  hint?: string;
}

/** The paste came from another Alibaba Cloud product (its host or troubleshoot link says so) with a code not here. */
export interface LookupOtherProduct {
  kind: 'other-product';
  /** The product the paste came from, named from its host (`ecs.aliyuncs.com` → Ecs) or its link's `product=`. */
  from: NamedSource;
  /** The catalog's product. */
  product: NamedSource;
  /** The paste's code, when it has one (not in this catalog). */
  code?: string;
  /** Alibaba Cloud's troubleshoot page for the code in that product, when the paste has a code. */
  troubleshootUrl?: string;
  fields: LookupFields;
}

/** The paste came from another cloud's SDK or API (AWS, Tencent Cloud, Huawei Cloud): no page here describes it. */
export interface LookupOtherCloud {
  kind: 'other-cloud';
  /** `aws`, `tencent`, `huawei`, and the cloud's name. */
  cloud: NamedSource;
  /** The catalog's product. */
  product: NamedSource;
  /** The other cloud's error code, when its format names one. */
  code?: string;
  fields: LookupFields;
}

export interface LookupEmpty {
  kind: 'empty';
}

export type LookupResult =
  LookupMatch | LookupCandidates | LookupUnknownCode | LookupOtherProduct | LookupOtherCloud | LookupEmpty;
