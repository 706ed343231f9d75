/**
 * RAM's `AccessDeniedDetail`, the block an Alibaba Cloud API adds to an error when RAM refused the call: which action
 * was denied (`AuthAction`), for whom (`AuthPrincipalType`, `AuthPrincipalDisplayName`, `AuthPrincipalOwnerId`),
 * whether a policy denied it or none allowed it (`NoPermissionType`: `ExplicitDeny`, `ImplicitDeny`), which kind of
 * policy (`PolicyType`), and the encoded diagnosis RAM's `DecodeDiagnosticMessage` reads
 * (`EncodedDiagnosticMessage`). Field names as RAM documents them for `DecodeDiagnosticMessage`
 * (https://www.alibabacloud.com/help/en/ram/developer-reference/api-ram-2015-05-01-decodediagnosticmessage).
 * Pure: read from text, explained in words, with the smallest policy that allows the action.
 */

export interface AccessDeniedDetail {
  /** `<service>:<Operation>`, e.g. `dds:DescribeDBInstances`. */
  authAction?: string;
  /** `SubUser`, `AssumedRoleUser`, … */
  principalType?: string;
  principalName?: string;
  /** The Alibaba Cloud account (UID) the identity belongs to. */
  principalOwnerId?: string;
  /** `ImplicitDeny` or `ExplicitDeny`. */
  noPermissionType?: string;
  /** e.g. `AccountLevelIdentityBasedPolicy`. */
  policyType?: string;
  encodedDiagnosticMessage?: string;
  /** The instance and region the paste names, for the policy's resource. */
  instanceId?: string;
  regionId?: string;
}

const FIELDS = {
  AuthAction: 'authAction',
  AuthPrincipalType: 'principalType',
  AuthPrincipalDisplayName: 'principalName',
  AuthPrincipalOwnerId: 'principalOwnerId',
  NoPermissionType: 'noPermissionType',
  PolicyType: 'policyType',
  EncodedDiagnosticMessage: 'encodedDiagnosticMessage',
  DBInstanceId: 'instanceId',
  InstanceId: 'instanceId',
  RegionId: 'regionId',
} as const satisfies Record<string, keyof AccessDeniedDetail>;

/** `"Key": "value"`, `'Key': 'value'` or `Key: value` / `Key=value`, for the keys above; values bounded. */
const FIELD = new RegExp(
  `(["']?)(${Object.keys(FIELDS).join('|')})\\1[ \\t]{0,16}[:=][ \\t]{0,16}(?:"([^"\\n]{1,4096})"|'([^'\\n]{1,4096})'|([^\\s,;"'{}\\[\\]]{1,4096}))`,
  'g',
);
/** Values a field may hold: printable, no markup (they are shown as text, but never trusted further). */
const SAFE_VALUE = /^[\w.:/@+=*-]{1,4096}$/;
const MAX_FIELDS = 64;

/** The `AccessDeniedDetail` fields of a paste (its plainest, unescaped text), or undefined when it has none. */
export function readAccessDenied(text: string): AccessDeniedDetail | undefined {
  const detail: AccessDeniedDetail = {};
  let seen = 0;
  for (const match of text.matchAll(FIELD)) {
    if (++seen > MAX_FIELDS) break;
    const key = FIELDS[match[2] as keyof typeof FIELDS];
    const value = (match[3] ?? match[4] ?? match[5] ?? '').trim();
    if (!SAFE_VALUE.test(value) || detail[key] !== undefined) continue;
    detail[key] = value;
  }
  const denied = detail.authAction ?? detail.noPermissionType ?? detail.encodedDiagnosticMessage ?? detail.policyType;
  return denied === undefined ? undefined : detail;
}

/** What the product's RAM resources are called, for the policy's ARN (content/product.yaml). */
export interface RamNames {
  /** The RAM service code in actions and ARNs (`dds`). */
  service: string;
  /** The resource type of an instance in its ARN (`dbinstance`). */
  instanceResource: string;
}

export interface AccessDeniedExplanation {
  /** Plain sentences, one fact each. */
  lines: string[];
  /** The resource the policy names: the instance's ARN when the paste names it, else every resource. */
  resource: string;
  /** The smallest RAM policy that allows the denied action, as JSON; absent without an action. */
  policy?: string;
  /** The command that decodes `EncodedDiagnosticMessage`, when there is one. */
  decodeCommand?: string;
}

const PRINCIPALS: Record<string, string> = {
  SubUser: 'a RAM user',
  AssumedRoleUser: 'a RAM role (an STS token from AssumeRole)',
  Account: 'the Alibaba Cloud account itself',
};
const POLICIES: Record<string, string> = {
  AccountLevelIdentityBasedPolicy: 'an identity-based policy attached for the whole account',
  ResourceGroupLevelIdentityBasedPolicy: 'an identity-based policy attached for a resource group',
  ControlPolicy: 'a control policy of the resource directory',
  SessionPolicy: 'the session policy of an STS token',
};

/** The detail in plain words, with the smallest policy that allows the action and how to decode the rest. */
export function explainAccessDenied(detail: AccessDeniedDetail, ram: RamNames): AccessDeniedExplanation {
  const lines: string[] = [];
  if (detail.authAction) lines.push(`RAM refused the action ${detail.authAction}.`);
  if (detail.principalType || detail.principalName) {
    const who = detail.principalType ? (PRINCIPALS[detail.principalType] ?? detail.principalType) : 'the caller';
    const name = detail.principalName ? ` (${detail.principalName})` : '';
    const owner = detail.principalOwnerId ? `, of account ${detail.principalOwnerId}` : '';
    lines.push(`The caller is ${who}${name}${owner}.`);
  }
  if (detail.noPermissionType === 'ImplicitDeny')
    lines.push(
      'Implicit deny: no policy allows this action for this identity. Attaching a policy that allows it fixes the call.',
    );
  else if (detail.noPermissionType === 'ExplicitDeny')
    lines.push(
      'Explicit deny: a policy denies this action. An Allow never overrides a Deny, so the Deny statement itself has to change.',
    );
  else if (detail.noPermissionType) lines.push(`Kind of denial: ${detail.noPermissionType}.`);
  if (detail.policyType)
    lines.push(`The deciding policy is ${POLICIES[detail.policyType] ?? `of type ${detail.policyType}`}.`);

  const account = detail.principalOwnerId ?? '*';
  const resource =
    detail.instanceId && detail.instanceId.startsWith(`${ram.service}-`)
      ? `acs:${ram.service}:${detail.regionId ?? '*'}:${account}:${ram.instanceResource}/${detail.instanceId}`
      : '*';
  const action = detail.authAction?.includes(':') ? detail.authAction : undefined;
  if (action && resource === '*')
    lines.push(
      `The paste names no instance, so the policy below allows the action on every resource; to narrow it, name the instance: acs:${ram.service}:<region-id>:<account-id>:${ram.instanceResource}/<instance-id>.`,
    );
  const policy =
    action && detail.noPermissionType !== 'ExplicitDeny'
      ? JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] }, null, 2)
      : undefined;
  return {
    lines,
    resource,
    ...(policy ? { policy } : {}),
    ...(detail.encodedDiagnosticMessage
      ? {
          decodeCommand: `aliyun ram DecodeDiagnosticMessage --EncodedDiagnosticMessage '${detail.encodedDiagnosticMessage}'`,
        }
      : {}),
  };
}
