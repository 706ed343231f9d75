/**
 * Synthetic catalogs in the real source format, for benchmarks at 1,000 and 10,000 codes.
 *
 * The output has the shape of the real content: an upstream-style Markdown table (`source.md`) and one guidance
 * file per code (`guidance/<Code>.md`) with valid frontmatter and the five sections, so `buildCatalog` accepts it
 * and `CATALOG_SOURCE` / `CATALOG_GUIDANCE` can point a build at it. Output is deterministic for a seed.
 *
 *   node scripts/synthetic-catalog.ts --codes 1000 --out /tmp/catalog-1000 [--seed 1]
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DDS_PARAMETERS, type DdsOperation, type DdsParameter } from '../src/catalog/dds-api.ts';
import type { CategoryId, RetryId } from '../src/catalog/taxonomy.ts';

export interface SyntheticCatalogOptions {
  /** How many distinct codes to generate (at least 1). */
  codes: number;
  /** PRNG seed; the same seed and count always give the same catalog. Defaults to 1. */
  seed?: number;
}

export interface SyntheticCatalog {
  /** The upstream-style Markdown: heading, intro line and the `|Description|Code|Message|HTTP Status Code|` table. */
  source: string;
  /** One guidance file per code, in source order; `text` is the whole file (frontmatter and body). */
  guidance: { code: string; text: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data and fully deterministic. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** `count` distinct items in random order (fewer when the list is shorter). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as T);
  return out;
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function requestId(rng: Rng): string {
  const hex = () =>
    Math.floor(rng() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
      .toUpperCase();
  const [a, b, c, d] = [hex(), hex(), hex(), hex()];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89AB'[int(rng, 0, 3)] ?? '8'}${c.slice(0, 3)}-${c.slice(4)}${d}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists

/** `BackupRetentionPeriod` → `backup retention period`, `DBInstanceId` → `DB instance ID`. */
function humanise(name: string): string {
  return name
    .split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .map((word) => {
      if (/^(Id|Ip|Ids|Ips)$/.test(word)) return word.toUpperCase().replace(/S$/, 's');
      if (/^[A-Z]{2,}/.test(word) || /^[A-Z][a-z]*[A-Z]/.test(word)) return word;
      return word.toLowerCase();
    })
    .join(' ');
}

const COMMON = new Set<string>([
  'Signature',
  'SignatureNonce',
  'Timestamp',
  'AccessKeyId',
  'OwnerId',
  'OwnerAccount',
  'ResourceOwnerId',
  'ResourceOwnerAccount',
]);
/** Parameters that make believable `Invalid<Parameter>` codes. */
const PARAM_NOUNS = DDS_PARAMETERS.filter((name) => !COMMON.has(name) && name.length > 3);
/** Setting names that are not request parameters but read like them. */
const EXTRA_NOUNS = [
  'BackupWindow',
  'MaintainWindow',
  'ShardCount',
  'ReplicaCount',
  'ConnectionLimit',
  'AuditLogRetention',
  'KernelParameter',
  'OplogSize',
  'ReadPreference',
  'WriteConcern',
  'ParameterTemplate',
  'SlowLogThreshold',
  'DiskSize',
  'NodeCount',
  'EncryptionAlgorithm',
  'CharacterSet',
  'ResourceTag',
  'InstanceClassFamily',
  'RestorePoint',
  'ArbiterZone',
] as const;

const OPERATIONS: Record<CategoryId, readonly DdsOperation[]> = {
  parameters: [
    'CreateDBInstance',
    'CreateShardingDBInstance',
    'ModifyDBInstanceSpec',
    'ModifyDBInstanceDescription',
    'ModifyParameters',
    'DescribeDBInstances',
    'DescribeDBInstanceAttribute',
    'ModifyNodeSpec',
    'CreateNode',
    'DescribeAvailableResource',
  ],
  access: [
    'DescribeDBInstances',
    'CreateDBInstance',
    'DeleteDBInstance',
    'ModifyResourceGroup',
    'CheckServiceLinkedRole',
    'CheckCloudResourceAuthorized',
    'TagResources',
    'ResetAccountPassword',
  ],
  quota: [
    'CreateDBInstance',
    'CreateShardingDBInstance',
    'CreateNode',
    'CreateNodeBatch',
    'AllocatePublicNetworkAddress',
    'AllocateNodePrivateNetworkAddress',
    'DescribeAvailableResource',
    'ModifyDBInstanceSpec',
  ],
  billing: [
    'CreateDBInstance',
    'RenewDBInstance',
    'TransformToPrePaid',
    'TransformInstanceChargeType',
    'ModifyDBInstanceSpec',
    'DescribePrice',
    'DescribeRenewalPrice',
    'ModifyInstanceAutoRenewalAttribute',
  ],
  'instance-state': [
    'ModifyDBInstanceSpec',
    'RestartDBInstance',
    'RestartNode',
    'SwitchDBInstanceHA',
    'UpgradeDBInstanceEngineVersion',
    'UpgradeDBInstanceKernelVersion',
    'MigrateToOtherZone',
    'ModifyDBInstanceDiskType',
    'DescribeDBInstanceAttribute',
  ],
  backup: [
    'CreateBackup',
    'ModifyBackupPolicy',
    'DescribeBackupPolicy',
    'DescribeBackups',
    'DescribeBackupTasks',
    'CheckRecoveryCondition',
    'DescribeRestoreDBInstanceList',
    'TransferClusterBackup',
    'DescribeClusterBackups',
  ],
  network: [
    'ModifySecurityIps',
    'DescribeSecurityIps',
    'ModifyDBInstanceNetworkType',
    'AllocatePublicNetworkAddress',
    'ReleasePublicNetworkAddress',
    'ModifyDBInstanceConnectionString',
    'ModifySecurityGroupConfiguration',
    'ModifyDBInstanceSSL',
    'CreateGlobalSecurityIPGroup',
  ],
  service: [
    'DescribeDBInstances',
    'CreateDBInstance',
    'DescribeRegions',
    'DescribeAvailableResource',
    'ModifyDBInstanceSpec',
    'DescribeDBInstancePerformance',
    'DescribeHistoryTasks',
  ],
};

const PARAMETERS: Record<CategoryId, readonly DdsParameter[]> = {
  parameters: [
    'DBInstanceId',
    'RegionId',
    'ZoneId',
    'DBInstanceClass',
    'DBInstanceStorage',
    'EngineVersion',
    'DBInstanceDescription',
  ],
  access: ['AccessKeyId', 'SecurityToken', 'ResourceGroupId', 'OwnerId', 'OwnerAccount', 'DBInstanceId'],
  quota: ['RegionId', 'ZoneId', 'DBInstanceClass', 'NodeClass', 'ReplicationFactor', 'ReadonlyReplicas', 'Storage'],
  billing: ['ChargeType', 'Period', 'AutoPay', 'AutoRenew', 'CouponNo', 'DBInstanceId', 'OrderType'],
  'instance-state': [
    'DBInstanceId',
    'NodeId',
    'DBInstanceStatus',
    'EffectiveTime',
    'SwitchMode',
    'EngineVersion',
    'DBInstanceType',
  ],
  backup: [
    'BackupId',
    'BackupMethod',
    'BackupRetentionPeriod',
    'PreferredBackupPeriod',
    'PreferredBackupTime',
    'RestoreTime',
    'DBInstanceId',
  ],
  network: [
    'SecurityIps',
    'SecurityIPList',
    'VpcId',
    'VSwitchId',
    'NetworkType',
    'NewPort',
    'ConnectionString',
    'DBInstanceId',
  ],
  service: ['RegionId', 'DBInstanceId', 'ClientToken', 'ZoneId'],
};

// ---------------------------------------------------------------------------------------------------------------
// Code families: how a code is spelled, what it says and how it behaves

interface Context {
  /** The word the code was built from (`BackupWindow`). */
  noun: string;
  /** The same, as prose (`backup window`). */
  phrase: string;
}

type Text = (context: Context) => string;

interface Family {
  category: CategoryId;
  /** Relative share of the catalog. */
  weight: number;
  nouns: readonly string[];
  /** Spells the code from a noun and a number. */
  code: (noun: string, n: number) => string;
  statuses: readonly (readonly [number, number])[];
  retry: readonly (readonly [RetryId, number])[];
  /** At least three, so a code can have up to three distinct messages. */
  messages: readonly Text[];
  descriptions: readonly Text[];
  keywords: readonly Text[];
}

const INVALID_MESSAGES: readonly Text[] = [
  ({ noun }) => `The Specified parameter "${noun}" is not valid.`,
  ({ phrase }) => `Specified ${phrase} is not valid.`,
  ({ phrase }) => `The specified ${phrase} format is not valid.`,
  ({ noun }) => `The value of ${noun} is out of the range that this operation accepts.`,
  ({ noun }) => `${noun} must be specified in the documented format for this action.`,
];
const INVALID_DESCRIPTIONS: readonly Text[] = [
  ({ noun }) => `The error message returned because the specified ${noun} parameter is invalid.`,
  ({ phrase }) => `The error message returned because the specified ${phrase} is invalid.`,
  ({ phrase }) => `The error message returned because the ${phrase} is not in a valid format.`,
  ({ noun }) => `The error message returned because the value of the ${noun} parameter exceeds the allowed range.`,
];

const FAMILIES: readonly Family[] = [
  {
    category: 'parameters',
    weight: 14,
    nouns: [...PARAM_NOUNS, ...EXTRA_NOUNS],
    code: (noun, n) => `Invalid${noun}${n}.Malformed`,
    statuses: [[400, 1]],
    retry: [['after-change', 1]],
    messages: INVALID_MESSAGES,
    descriptions: INVALID_DESCRIPTIONS,
    keywords: [
      ({ noun }) => noun,
      ({ phrase }) => `invalid ${phrase}`,
      ({ phrase }) => `${phrase} malformed`,
      ({ phrase }) => `bad ${phrase} value`,
    ],
  },
  {
    category: 'parameters',
    weight: 10,
    nouns: [...PARAM_NOUNS, ...EXTRA_NOUNS],
    code: (noun, n) => `Invalid${noun}${n}.Format`,
    statuses: [[400, 1]],
    retry: [['after-change', 1]],
    messages: INVALID_MESSAGES,
    descriptions: INVALID_DESCRIPTIONS,
    keywords: [
      ({ noun }) => noun,
      ({ phrase }) => `${phrase} format`,
      ({ phrase }) => `wrong ${phrase} format`,
      ({ phrase }) => `${phrase} syntax`,
    ],
  },
  {
    category: 'parameters',
    weight: 11,
    nouns: [...PARAM_NOUNS, ...EXTRA_NOUNS],
    code: (noun, n) => `Invalid${noun}${n}.NotFound`,
    statuses: [
      [404, 3],
      [400, 2],
    ],
    retry: [['after-change', 1]],
    messages: [
      ({ noun }) => `The ${noun} provided does not exist in our records.`,
      ({ phrase }) => `Specified ${phrase} is not found.`,
      ({ phrase }) => `The specified ${phrase} does not exist or has already been released.`,
      ({ noun }) => `The ${noun} provided is invalid.`,
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because the specified ${phrase} does not exist.`,
      ({ noun }) => `The error message returned because the specified ${noun} parameter is invalid.`,
      ({ phrase }) =>
        `The error message returned because the ${phrase} that you specified cannot be found in the current region.`,
    ],
    keywords: [
      ({ noun }) => noun,
      ({ phrase }) => `${phrase} not found`,
      ({ phrase }) => `${phrase} does not exist`,
      ({ phrase }) => `unknown ${phrase}`,
    ],
  },
  {
    category: 'parameters',
    weight: 5,
    nouns: [...PARAM_NOUNS, ...EXTRA_NOUNS],
    code: (noun, n) => `Missing${noun}${n}`,
    statuses: [[400, 1]],
    retry: [['after-change', 1]],
    messages: [
      ({ noun }) => `The input parameter ${noun} that is mandatory for processing this request is not supplied.`,
      ({ noun }) => `${noun} is mandatory for this action.`,
      ({ noun }) => `Specified parameter ${noun} is missing.`,
    ],
    descriptions: [
      ({ noun }) => `The error message returned because the ${noun} parameter is not specified.`,
      ({ phrase }) => `The error message returned because the ${phrase} is required but missing.`,
      () => 'The error message returned because at least one required parameter must be specified.',
    ],
    keywords: [
      ({ noun }) => noun,
      ({ phrase }) => `missing ${phrase}`,
      ({ phrase }) => `${phrase} required`,
      () => 'required parameter',
    ],
  },
  {
    category: 'access',
    weight: 7,
    nouns: [
      'RAM',
      'SubUser',
      'NotAdminUser',
      'RiskControl',
      'ResourceGroup',
      'CrossAccount',
      'StsToken',
      'KmsKey',
      'TagPolicy',
      'ServiceLinkedRole',
      'OperationPolicy',
      'AccessKey',
      'Organization',
      'Delegation',
    ],
    code: (noun, n) => `Forbidden.${noun}${n}`,
    statuses: [[403, 1]],
    retry: [
      ['after-change', 4],
      ['never', 1],
    ],
    messages: [
      () => 'User not authorized to operate on the specified resource.',
      () => 'The specified action is not available for you.',
      ({ phrase }) => `This operation is forbidden by the ${phrase} policy.`,
      ({ phrase }) => `You are not authorized to access the specified ${phrase}.`,
      () => 'User not authorized to operate on the specified resource, or this API doesn’t support RAM.',
    ],
    descriptions: [
      () => 'The error message returned because unauthorized users call the operation.',
      ({ phrase }) => `The error message returned because the ${phrase} settings deny this request.`,
      () => 'The error message returned because the current identity does not have the required permissions.',
    ],
    keywords: [
      ({ phrase }) => `${phrase} permission`,
      () => 'access denied',
      () => 'not authorized',
      () => 'RAM policy',
      ({ phrase }) => `${phrase} forbidden`,
    ],
  },
  {
    category: 'access',
    weight: 3,
    nouns: [
      'DescribeOperation',
      'ModifyOperation',
      'DeleteOperation',
      'Encryption',
      'AuditLog',
      'Tagging',
      'Migration',
      'Upgrade',
    ],
    code: (noun, n) => `NoPermission.${noun}${n}`,
    statuses: [[403, 1]],
    retry: [['after-change', 1]],
    messages: [
      ({ phrase }) => `You are not authorized to perform the ${phrase}.`,
      () => 'The RAM user does not have permission to call this operation.',
      ({ phrase }) => `Permission denied for ${phrase} on the specified instance.`,
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because the caller has no permission for the ${phrase}.`,
      () => 'The error message returned because the RAM policy of the caller does not allow this operation.',
    ],
    keywords: [
      () => 'no permission',
      ({ phrase }) => `${phrase} permission`,
      () => 'RAM policy missing',
      () => 'permission denied',
    ],
  },
  {
    category: 'quota',
    weight: 5,
    nouns: [
      'Instance',
      'Node',
      'Shard',
      'Account',
      'ReadonlyReplica',
      'PublicAddress',
      'SecurityIpGroup',
      'Tag',
      'BackupStorage',
      'Mongos',
      'ParameterTemplate',
    ],
    code: (noun, n) => `QuotaExceeded.${noun}${n}`,
    statuses: [[400, 1]],
    retry: [
      ['after-change', 3],
      ['after-wait', 1],
    ],
    messages: [
      ({ phrase }) => `The ${phrase} quota of your account has been exceeded.`,
      ({ phrase }) => `Living afterpay ${phrase} quota exceeded.`,
      ({ phrase }) => `The number of ${phrase} resources exceeds the upper limit.`,
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because your ${phrase} quota has been reached.`,
      ({ phrase }) => `The error message returned because the number of ${phrase} resources exceeds the limit.`,
    ],
    keywords: [
      ({ phrase }) => `${phrase} quota`,
      () => 'quota exceeded',
      ({ phrase }) => `${phrase} limit reached`,
      () => 'increase quota',
    ],
  },
  {
    category: 'quota',
    weight: 3,
    nouns: [
      'AllocateVpcIp',
      'ZoneResource',
      'StorageCapacity',
      'IpResource',
      'ClassInventory',
      'DiskInventory',
      'NodeInventory',
    ],
    code: (noun, n) => `${noun}${n}.NotEnough`,
    statuses: [[400, 1]],
    retry: [
      ['after-wait', 2],
      ['after-change', 1],
    ],
    messages: [
      () => 'Quota not enough in this zone.',
      ({ phrase }) => `${phrase[0]?.toUpperCase() ?? ''}${phrase.slice(1)} is not enough.`,
      () => 'There is insufficient capacity available for the requested instance.',
    ],
    descriptions: [
      () => 'The error message returned because the inventory of instances in the specified zone is insufficient.',
      ({ phrase }) => `The error message returned because no ${phrase} can be allocated.`,
    ],
    keywords: [() => 'out of stock', () => 'zone inventory', ({ phrase }) => `${phrase} not enough`, () => 'sold out'],
  },
  {
    category: 'billing',
    weight: 2,
    nouns: ['Prepaid', 'Postpaid', 'Renewal', 'Upgrade', 'CouponDeduction', 'Subscription'],
    code: (noun, n) => `InsufficientBalance.${noun}${n}`,
    statuses: [[400, 1]],
    retry: [['after-change', 1]],
    messages: [
      () => 'Your account does not have enough balance.',
      ({ phrase }) => `The account balance is insufficient for the ${phrase} order.`,
      () => 'Your account has an overdue payment. Please settle it and try again.',
    ],
    descriptions: [
      () => 'The error message returned because the balance is insufficient.',
      ({ phrase }) => `The error message returned because the ${phrase} order cannot be paid from the account balance.`,
    ],
    keywords: [
      () => 'insufficient balance',
      () => 'top up account',
      () => 'overdue payment',
      ({ phrase }) => `${phrase} payment`,
    ],
  },
  {
    category: 'billing',
    weight: 2,
    nouns: ['RenewChange', 'Upgrade', 'Downgrade', 'Renew', 'ChargeTypeChange', 'Refund', 'Conversion'],
    code: (noun, n) => `Has${noun}Order${n}`,
    statuses: [[400, 1]],
    retry: [
      ['after-wait', 2],
      ['never', 1],
    ],
    messages: [
      ({ phrase }) => `This instance has a ${phrase} order.`,
      ({ phrase }) => `An unpaid ${phrase} order exists for this instance.`,
      ({ phrase }) => `The instance has a pending ${phrase} order that has not taken effect.`,
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because a ${phrase} order has not taken effect.`,
      ({ phrase }) => `The error message returned because an unpaid ${phrase} order exists.`,
    ],
    keywords: [
      () => 'pending order',
      () => 'unpaid order',
      ({ phrase }) => `${phrase} order`,
      () => 'order not effective',
    ],
  },
  {
    category: 'instance-state',
    weight: 8,
    nouns: [
      'State',
      'Type',
      'LockMode',
      'NetworkType',
      'EngineVersion',
      'StorageEngine',
      'ChargeType',
      'ClassFamily',
      'Status',
      'Architecture',
    ],
    code: (noun, n) => `IncorrectDBInstance${noun}${n}`,
    statuses: [[400, 1]],
    retry: [
      ['after-wait', 3],
      ['after-change', 1],
    ],
    messages: [
      ({ phrase }) => `Current DB instance ${phrase} does not support this operation.`,
      ({ phrase }) => `The operation is not permitted while the instance ${phrase} is unchanged.`,
      ({ phrase }) => `The DB instance ${phrase} is not valid for the requested action.`,
    ],
    descriptions: [
      ({ phrase }) =>
        `The error message returned because the operation is not supported while the instance ${phrase} is in the current value.`,
      ({ phrase }) =>
        `The error message returned because the current instance ${phrase} does not support this operation.`,
    ],
    keywords: [
      ({ phrase }) => `instance ${phrase}`,
      () => 'instance not running',
      () => 'wrong instance state',
      ({ phrase }) => `unsupported ${phrase}`,
    ],
  },
  {
    category: 'instance-state',
    weight: 4,
    nouns: [
      'InstanceLocked',
      'InstanceExpired',
      'InstanceReleasing',
      'NodeRestarting',
      'MigrationRunning',
      'SpecChanging',
      'SwitchingOver',
    ],
    code: (noun, n) => `OperationDenied.${noun}${n}`,
    statuses: [
      [400, 3],
      [403, 1],
    ],
    retry: [['after-wait', 1]],
    messages: [
      ({ phrase }) => `The operation is denied because the ${phrase} task is in progress.`,
      ({ phrase }) => `Specified instance is in the ${phrase} status and cannot be modified.`,
      () => 'Current DB instance lock mode does not support this operation.',
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because the instance is in the ${phrase} status.`,
      () => 'The error message returned because the specified instance has been locked.',
    ],
    keywords: [({ phrase }) => phrase, () => 'operation denied', () => 'task in progress', () => 'instance locked'],
  },
  {
    category: 'backup',
    weight: 5,
    nouns: ['Job', 'Times', 'Storage', 'Task', 'Policy', 'Log', 'Snapshot', 'CrossRegionCopy', 'Download'],
    code: (noun, n) => `Backup${noun}${n}.${noun === 'Times' || noun === 'Storage' ? 'Exceeded' : 'Exists'}`,
    statuses: [[400, 1]],
    retry: [
      ['after-wait', 3],
      ['after-change', 1],
    ],
    messages: [
      ({ phrase }) => `A backup ${phrase} already exists in the specified DB instance.`,
      ({ phrase }) => `Exceeding the daily backup ${phrase} limit of this DB instance.`,
      ({ phrase }) => `The backup ${phrase} conflicts with a running backup task.`,
    ],
    descriptions: [
      () => 'The error message returned because the specified instance already has a backup task.',
      ({ phrase }) => `The error message returned because the backup ${phrase} exceeds the upper limit.`,
    ],
    keywords: [
      ({ phrase }) => `backup ${phrase}`,
      () => 'backup already running',
      () => 'backup limit',
      () => 'manual backup',
    ],
  },
  {
    category: 'backup',
    weight: 5,
    nouns: ['Method', 'Type', 'Window', 'Period', 'RetentionPeriod', 'Interval', 'SetID', 'RestoreTime', 'Region'],
    code: (noun, n) => `InvalidBackup${noun}${n}.Format`,
    statuses: [[400, 1]],
    retry: [['after-change', 1]],
    messages: [
      ({ phrase }) => `Specified backup ${phrase} is not valid.`,
      ({ phrase }) => `The specified backup ${phrase} format is not valid.`,
      ({ phrase }) => `Specified backup ${phrase} does not exist.`,
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because the specified backup ${phrase} is invalid.`,
      ({ phrase }) => `The error message returned because the backup ${phrase} is not in a valid format.`,
    ],
    keywords: [
      ({ phrase }) => `backup ${phrase}`,
      ({ phrase }) => `invalid backup ${phrase}`,
      () => 'backup policy',
      () => 'backup settings',
    ],
  },
  {
    category: 'backup',
    weight: 2,
    nouns: ['State', 'Status', 'Region', 'Engine'],
    code: (noun, n) => `IncorrectBackupSet${noun}${n}`,
    statuses: [
      [400, 2],
      [404, 1],
    ],
    retry: [['after-wait', 1]],
    messages: [
      ({ phrase }) => `Current backup set ${phrase} does not support operations.`,
      ({ phrase }) => `The backup set ${phrase} does not allow restoring from it.`,
      () => 'Specified backup set ID does not exist.',
    ],
    descriptions: [
      ({ phrase }) =>
        `The error message returned because the operation is not supported while the backup set ${phrase} is in the current value.`,
      () => 'The error message returned because the specified backup set ID does not exist.',
    ],
    keywords: [
      () => 'backup set',
      () => 'restore from backup',
      ({ phrase }) => `backup set ${phrase}`,
      () => 'clone instance',
    ],
  },
  {
    category: 'network',
    weight: 5,
    nouns: [
      'SecurityIPList',
      'SecurityIpGroup',
      'VpcId',
      'VSwitchId',
      'ConnectionString',
      'Port',
      'NetworkType',
      'PublicEndpoint',
      'SrvAddress',
      'SSLCertificate',
    ],
    code: (noun, n) => `Invalid${noun}${n}.${noun.endsWith('Id') ? 'NotFound' : 'Format'}`,
    statuses: [
      [400, 3],
      [404, 1],
    ],
    retry: [['after-change', 1]],
    messages: [
      ({ phrase }) => `Specified ${phrase} format is not valid.`,
      ({ noun }) => `The ${noun} provided does not exist in our records.`,
      ({ phrase }) => `The ${phrase} conflicts with an existing network configuration.`,
    ],
    descriptions: [
      ({ phrase }) => `The error message returned because the specified ${phrase} is not correct in format.`,
      ({ phrase }) => `The error message returned because the ${phrase} does not exist in the specified region.`,
    ],
    keywords: [
      ({ phrase }) => phrase,
      () => 'whitelist',
      () => 'IP whitelist format',
      () => 'network settings',
      () => 'VPC',
    ],
  },
  {
    category: 'network',
    weight: 2,
    nouns: ['NonceUsed', 'DoesNotMatch', 'Expired', 'TimestampExpired', 'MethodNotSupported'],
    code: (noun, n) => `Signature${noun}${n}`,
    statuses: [
      [400, 3],
      [403, 1],
    ],
    retry: [['after-change', 1]],
    messages: [
      () => 'Specified signature nonce was used already.',
      () => 'The request signature does not conform to Aliyun standards.',
      () => 'Specified time stamp or date value is expired.',
    ],
    descriptions: [
      () => 'The error message returned because the nonce signature is used and cannot be used again.',
      () => 'The error message returned because the request signature is invalid.',
    ],
    keywords: [() => 'signature', () => 'request signing', () => 'SignatureNonce reused', () => 'clock skew'],
  },
  {
    category: 'service',
    weight: 3,
    nouns: ['Scheduler', 'Workflow', 'Metadata', 'Kernel', 'Monitor', 'Proxy', 'Storage', 'Gateway', 'Region'],
    code: (noun, n) => `InternalError.${noun}${n}`,
    statuses: [[500, 1]],
    retry: [['backoff', 1]],
    messages: [
      () => 'The request processing has failed due to some unknown error.',
      ({ phrase }) => `An internal error occurred in the ${phrase} service.`,
      () => 'The request processing has failed due to some unknown error, exception or failure.',
    ],
    descriptions: [
      () => 'The error message returned because an internal error occurred.',
      ({ phrase }) => `The error message returned because the ${phrase} component failed to process the request.`,
    ],
    keywords: [() => 'internal error', () => 'server error', () => 'unknown error', () => 'HTTP 500'],
  },
  {
    category: 'service',
    weight: 4,
    nouns: [
      'Scheduler',
      'Workflow',
      'Metadata',
      'Kernel',
      'Monitor',
      'Proxy',
      'Storage',
      'Gateway',
      'Region',
      'Throttling',
    ],
    code: (noun, n) => `ServiceUnavailable.${noun}${n}`,
    statuses: [[503, 1]],
    retry: [['backoff', 1]],
    messages: [
      () => 'The request has failed due to a temporary failure of the server.',
      ({ phrase }) => `The ${phrase} service is temporarily unavailable.`,
      () => 'Request was denied due to request throttling.',
    ],
    descriptions: [
      () => 'The error message returned because an exception or error occurs on the server.',
      ({ phrase }) => `The error message returned because the ${phrase} service is busy.`,
    ],
    keywords: [() => 'service unavailable', () => 'HTTP 503', () => 'temporary failure', () => 'throttling'],
  },
  {
    category: 'service',
    weight: 2,
    nouns: ['Feature', 'Region', 'Engine', 'Zone', 'StorageType', 'Version', 'Architecture'],
    code: (noun, n) => `ServiceNotSupported.${noun}${n}`,
    statuses: [[400, 1]],
    retry: [
      ['never', 2],
      ['after-change', 1],
    ],
    messages: [
      () => 'The specified service is not supported.',
      ({ phrase }) => `Specified ${phrase} does not support creating with instance class.`,
      ({ phrase }) => `This ${phrase} is not supported in the current region.`,
    ],
    descriptions: [
      () => 'The error message returned because the specified service is not available.',
      ({ phrase }) => `The error message returned because instances of the specified ${phrase} cannot be created.`,
    ],
    keywords: [
      () => 'not supported',
      ({ phrase }) => `${phrase} not available`,
      () => 'unsupported region',
      () => 'feature availability',
    ],
  },
];

/** Misspellings that appear in real codes; a misspelled code gets its corrected spelling as an alias. */
const MISSPELLINGS: readonly (readonly [string, string])[] = [
  ['Invalid', 'Invaild'],
  ['Incorrect', 'Incorect'],
  ['Forbidden', 'Forbbiden'],
  ['Forbidden', 'Forbedden'],
  ['Backup', 'Bakup'],
  ['Missing', 'Mising'],
];

// ---------------------------------------------------------------------------------------------------------------
// Generation

interface Row {
  description: string;
  /** The message as the service returns it (after normalisation). */
  message: string;
  /** The message as written in the table (with the upstream quirks: doubled escapes, mojibake). */
  rawMessage: string;
  status: number;
}

interface Spec {
  code: string;
  family: Family;
  context: Context;
  retry: RetryId;
  rows: Row[];
  operations: DdsOperation[];
  parameters: DdsParameter[];
  keywords: string[];
  aliases: string[];
  related: string[];
}

/** Reproduces the upstream table's quirks: `"x"` written as `\\"x\\"`, `’` as mojibake. */
function upstreamQuirks(text: string): string {
  return text.replace(/"/g, '\\\\"').replace(/’/g, 'â€™');
}

function capitalise(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

function makeSpec(rng: Rng, taken: Set<string>): Spec {
  for (;;) {
    const family = weighted(
      rng,
      FAMILIES.map((f) => [f, f.weight] as const),
    );
    const noun = pick(rng, family.nouns);
    let code = family.code(noun, int(rng, 1000, 9999));
    const aliases: string[] = [];
    if (rng() < 0.03) {
      const misspelling = MISSPELLINGS.find(([right]) => code.startsWith(right));
      if (misspelling) {
        const [right, wrong] = misspelling;
        const variants = MISSPELLINGS.filter(([r]) => r === right);
        const chosen = variants.length > 1 ? pick(rng, variants)[1] : wrong;
        aliases.push(code);
        code = chosen + code.slice(right.length);
      }
    }
    const keys = [code, ...aliases].map((c) => c.toLowerCase());
    if (keys.some((key) => taken.has(key))) continue;
    for (const key of keys) taken.add(key);

    const context: Context = { noun, phrase: humanise(noun) };
    const messageCount = rng() < 0.05 ? int(rng, 2, 3) : 1;
    const baseStatus = weighted(rng, family.statuses);
    const messages = sample(rng, family.messages, messageCount);
    const rows = messages.map((message, index): Row => {
      const text = message(context);
      const otherStatus =
        index > 0 && rng() < 0.25
          ? weighted(rng, [
              [400, 3],
              [403, 1],
              [404, 1],
            ])
          : baseStatus;
      return {
        description: pick(rng, family.descriptions)(context),
        message: text,
        rawMessage: upstreamQuirks(text),
        status: otherStatus,
      };
    });

    const parameters = sample(rng, PARAMETERS[family.category], int(rng, 1, 3));
    if ((DDS_PARAMETERS as readonly string[]).includes(noun) && !parameters.includes(noun as DdsParameter))
      parameters.unshift(noun as DdsParameter);
    const operations =
      family.category === 'access' && rng() < 0.2 ? [] : sample(rng, OPERATIONS[family.category], int(rng, 1, 4));
    const keywords = [
      ...new Set(sample(rng, family.keywords, family.keywords.length).map((keyword) => keyword(context).slice(0, 60))),
    ].slice(0, int(rng, 2, 4));
    return {
      code,
      family,
      context,
      retry: weighted(rng, family.retry),
      rows,
      operations,
      parameters: parameters.slice(0, 4),
      keywords,
      aliases,
      related: [],
    };
  }
}

function linkRelated(rng: Rng, specs: Spec[]): void {
  const byCategory = new Map<CategoryId, Spec[]>();
  for (const spec of specs) {
    const list = byCategory.get(spec.family.category) ?? [];
    list.push(spec);
    byCategory.set(spec.family.category, list);
  }
  for (const spec of specs) {
    const wanted = int(rng, 1, 3);
    const related = new Set<string>();
    const sameCategory = byCategory.get(spec.family.category) ?? [];
    for (let attempt = 0; related.size < wanted && attempt < wanted * 4 && specs.length > 1; attempt += 1) {
      const pool = sameCategory.length > 1 && attempt < wanted * 2 ? sameCategory : specs;
      const other = pick(rng, pool);
      if (other !== spec) related.add(other.code);
    }
    spec.related = [...related];
  }
}

function yamlScalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 .'/-]*$/.test(text) && !/^(true|false|null)$/i.test(text) ? text : JSON.stringify(text);
}

function yamlList(items: readonly string[]): string {
  return `[${items.map(yamlScalar).join(', ')}]`;
}

function tick(text: string): string {
  return `\`${text}\``;
}

function summaryOf(spec: Spec): string {
  const { phrase } = spec.context;
  const first = spec.rows[0] as Row;
  const lead: Record<CategoryId, string> = {
    parameters: `The request carries a ${phrase} the service does not accept; correct the value and send the request again.`,
    access: `The calling identity may not perform this action on ${phrase}; grant the permission or call it as an authorised identity.`,
    quota: `A ${phrase} limit has been reached; free up resources, pick another zone or ask for a higher quota.`,
    billing: `The account or a pending ${phrase} order blocks the call; settle the account or the order, then try again.`,
    'instance-state': `The instance ${phrase} does not allow this operation right now; wait for it to change or choose another operation.`,
    backup: `The backup ${phrase} blocks the request; fix the backup settings or wait for the running job to finish.`,
    network: `The ${phrase} in the request is not usable; fix the network or signing settings and send it again.`,
    service: `The service failed or does not offer this (${first.status}); it is usually not a problem with your request.`,
  };
  const summary = lead[spec.family.category];
  return summary.length > 200 ? `${summary.slice(0, 196).trimEnd()}...` : summary;
}

const CAUSES: Record<CategoryId, readonly Text[]> = {
  parameters: [
    ({ noun }) => `${tick(noun)} was left empty because a variable in your script or template was never filled in.`,
    ({ phrase }) => `The ${phrase} was copied from another region or account, where it has a different value.`,
    ({ noun }) =>
      `A client library serialised ${tick(noun)} as a number, a list or a quoted string instead of the plain value the API expects.`,
    ({ phrase }) => `The ${phrase} contains leading or trailing white space, or characters outside the documented set.`,
    () => 'The request was built by hand and a parameter name is misspelled, so the service sees its default instead.',
    ({ phrase }) =>
      `The ${phrase} refers to a resource that has been released or renamed since the request was prepared.`,
  ],
  access: [
    () => 'The RAM user or role that signed the request has no policy that allows this operation.',
    () => 'Automation runs with a narrowly scoped STS role session while the operation needs broader rights.',
    ({ phrase }) =>
      `The ${phrase} settings of the account deny the call, for example after an administrator changed them.`,
    () => 'The SDK profile or CLI configuration uses a different AccessKey pair than the one you intended.',
    () => 'The resource belongs to another account or resource group than the caller can reach.',
  ],
  quota: [
    ({ phrase }) => `The account already holds as many ${phrase} resources as its quota allows.`,
    () => 'The requested zone has run out of inventory for the selected instance class.',
    () => 'Released resources are still counted for a short time after deletion.',
    () => 'A batch job creates many resources at once and exceeds the limit midway.',
  ],
  billing: [
    () => 'The account balance does not cover the order, or a payment is overdue.',
    ({ phrase }) => `A ${phrase} order for the same instance is still unpaid or has not taken effect.`,
    () => 'A coupon or voucher named in the request cannot be applied to this order.',
    () => 'The account has not completed real-name verification, which paid orders require.',
  ],
  'instance-state': [
    ({ phrase }) =>
      `The instance ${phrase} changes while a task (a restart, a specification change or a migration) is running.`,
    () => 'The instance is locked because it expired or the account has an overdue payment.',
    () => 'The operation is not available for this instance type, architecture or storage engine.',
    () => 'A previous request from the same workflow is still being processed.',
    () => 'The instance is being released or has just been created and is not yet running.',
  ],
  backup: [
    () => 'A backup job is already running on the instance, so a new one cannot start.',
    ({ phrase }) => `The backup ${phrase} is outside the values that the instance type supports.`,
    () => 'The daily limit of manual backups for the instance has been reached.',
    () => 'The backup set was deleted, expired or belongs to another region.',
    () => 'A log backup setting was placed in the full backup parameter, or the other way round.',
  ],
  network: [
    ({ phrase }) => `The ${phrase} in the request is not in the format that the API documents.`,
    () => 'The VPC or vSwitch belongs to a different zone or region than the instance.',
    () => 'A whitelist entry uses a mask or separator that the service does not accept.',
    () => 'The request was signed with a reused nonce or a timestamp that is too old.',
    () => 'The client clock drifted, so the signature timestamp falls outside the accepted window.',
  ],
  service: [
    ({ phrase }) => `The ${phrase} component of the service failed while it processed the request.`,
    () => 'The service is under maintenance or throttling requests in the region.',
    () => 'The feature is not offered for this engine version, region or instance type.',
    () => 'A dependency of the service timed out; the request itself may be valid.',
  ],
};

const FIXES: Record<CategoryId, readonly Text[]> = {
  parameters: [
    ({ noun }) =>
      `Log the exact request your code sends (SDK debug logging or the CLI command line) and check the value of ${tick(noun)}.`,
    ({ phrase }) => `Compare the ${phrase} with the accepted values in the API reference of the operation you call.`,
    () =>
      `Call ${tick('DescribeDBInstanceAttribute')} to read the values the instance currently uses, and copy them instead of guessing.`,
    ({ phrase }) => `Trim white space and remove quotes around the ${phrase} before you send it.`,
    () => 'Send the corrected request and confirm the change with a describe call.',
  ],
  access: [
    () => 'Identify the caller: check the AccessKey ID your client uses and find its owner in the RAM console.',
    () => 'Attach a policy that allows the operation on the instance, or ask an administrator to do it.',
    () => 'Run the operation with the Alibaba Cloud account or with an identity that has the needed rights.',
    () => 'For STS credentials, include the security token and check that the session has not expired.',
    () => 'If the caller already has the permission, keep the request ID and open a support ticket.',
  ],
  quota: [
    () => `Call ${tick('DescribeAvailableResource')} to find zones and classes that still have inventory.`,
    () => 'Release resources you no longer need, then wait a few minutes for the quota to update.',
    () => 'Choose another zone or instance class for the new resources.',
    () => 'Request a higher quota in the Quota Center if the limit is too low for your workload.',
  ],
  billing: [
    () => 'Check the account balance and pay any overdue bills in the Billing Management console.',
    ({ phrase }) => `Pay or cancel the pending ${phrase} order, then wait until it takes effect.`,
    () => 'Remove the coupon from the request, or use one that applies to this product.',
    () => 'Complete real-name verification if the console asks for it.',
  ],
  'instance-state': [
    () => `Call ${tick('DescribeDBInstanceAttribute')} and check the status and lock mode of the instance.`,
    () => 'Wait until running tasks finish and the instance is in the Running state.',
    () => 'Renew an expired instance or settle overdue payments to unlock it.',
    () => 'Check that the operation is available for the instance type and engine version.',
    () => 'Send the request again once the instance is ready.',
  ],
  backup: [
    () => `Call ${tick('DescribeBackupTasks')} to see whether a backup job is running, and wait for it to finish.`,
    () => `Read the current policy with ${tick('DescribeBackupPolicy')} and reuse values the instance accepts.`,
    ({ phrase }) => `Correct the backup ${phrase} to a value the API reference documents.`,
    () => `List the available backup sets with ${tick('DescribeBackups')} before you restore from one.`,
  ],
  network: [
    () => `Read the current whitelist with ${tick('DescribeSecurityIps')} and compare it with your request.`,
    ({ phrase }) => `Fix the ${phrase} so that it matches the documented format.`,
    () => 'Make sure the VPC and vSwitch belong to the same region and zone as the instance.',
    () => 'Sign each request with a fresh nonce and synchronise the client clock with NTP.',
  ],
  service: [
    () => 'Retry the request with exponential backoff and jitter.',
    () => 'Check the service health dashboard for incidents in the region.',
    () => 'Try another region or engine version if the feature is not offered here.',
    () => 'If the error continues, open a support ticket and include the request ID.',
  ],
};

const RETRY_TEXT: Record<RetryId, Text> = {
  backoff: () =>
    'Retry the same request with exponential backoff and jitter, for example after 1, 2 and 4 seconds. Stop after a few attempts and report the request ID if it keeps failing.',
  'after-change': ({ phrase }) =>
    `Do not retry the same request; it fails until the ${phrase} or the permissions are fixed. Send it again once after the change.`,
  'after-wait': () =>
    'Retry once the blocking condition clears: poll the instance or task status every 30 seconds or so, and send the request when it is ready.',
  never: () => 'Do not retry automatically; a person has to act first. After that, send the request again once.',
};

function meaningOf(spec: Spec): string {
  const { phrase, noun } = spec.context;
  const first = spec.rows[0] as Row;
  const intro: Record<CategoryId, string> = {
    parameters: `The service rejected the request because of the ${phrase} (${tick(noun)}). The value is missing, malformed or names something that does not exist, so nothing was changed.`,
    access: `The identity that signed the request is not allowed to perform this action on ${phrase}. The problem is who is calling, not what the request contains.`,
    quota: `The request would go past a ${phrase} limit of your account or of the zone. No resource was created.`,
    billing: `The account, or an order for the instance, blocks the call: ${phrase} has to be settled before the service can proceed.`,
    'instance-state': `The instance is in a ${phrase} that does not allow this operation right now. The request itself may be correct.`,
    backup: `The backup ${phrase} stops the request: the backup settings, a running job or a backup set do not allow it.`,
    network: `The ${phrase} in the request cannot be used: the network settings or the request signature are not what the service expects.`,
    service: `The ${phrase} side of the service could not process the request. This is usually not caused by your request.`,
  };
  const status = spec.rows.map((row) => row.status);
  const statusText =
    [...new Set(status)].length > 1
      ? `The response is HTTP ${[...new Set(status)].join(' or ')}, depending on the message.`
      : `The response is HTTP ${first.status}.`;
  const detail: Record<CategoryId, string> = {
    parameters: `The service checks ${tick(noun)} before it starts any work, so a rejected request leaves the instance exactly as it was and costs nothing.`,
    access:
      'The service checked the RAM policies and account settings of the caller before it looked at the request parameters, so fixing the request alone does not help.',
    quota:
      'Quotas are counted per account and region, and zone inventory changes during the day, so the same request can pass later or in another zone.',
    billing:
      'Paid operations create an order first; the service stops when the order cannot be placed or paid, and no resource is changed.',
    'instance-state':
      'Most changes need the instance to be Running and unlocked; while a task is in progress, other changes to the same instance are refused.',
    backup:
      'Backups run one at a time per instance, and the backup policy limits how often and how long backups are kept.',
    network:
      'The service validates network settings and the request signature before it changes anything, so the instance keeps its current configuration.',
    service: 'The request may or may not have taken effect; check the state of the resource before you send it again.',
  };
  let text = `${intro[spec.family.category]} ${statusText} ${detail[spec.family.category]}`;
  if (spec.rows.length > 1) {
    text += ` This code comes with ${spec.rows.length} different messages.\n`;
    for (const row of spec.rows)
      text += `\n### ${row.message}\n\n${capitalise(row.description.replace(/^The error message returned because /, '').replace(/\.$/, ''))}. The response is HTTP ${row.status}.\n`;
  }
  return text.trimEnd();
}

function exampleOf(rng: Rng, spec: Spec): string {
  const id = requestId(rng);
  const first = spec.rows[0] as Row;
  const body = {
    RequestId: id,
    HostId: 'mongodb.aliyuncs.com',
    Code: spec.code,
    Message: first.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${spec.code}&product=Dds&requestId=${id}`,
  };
  return `\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\`\n\nThe classic Go SDK and the \`aliyun\` CLI print it like this:\n\n\`\`\`text\nSDK.ServerError\nErrorCode: ${spec.code}\nRecommend: ${body.Recommend}\nRequestId: ${id}\nMessage: ${first.message}\n\`\`\``;
}

function guidanceOf(rng: Rng, spec: Spec): string {
  const { category } = spec.family;
  const causes = sample(rng, CAUSES[category], int(rng, 3, 5)).map((cause) => `- ${cause(spec.context)}`);
  const steps = FIXES[category];
  const fixes = sample(rng, steps, int(rng, 3, 5))
    .sort((a, b) => steps.indexOf(a) - steps.indexOf(b))
    .map((fix, index) => `${index + 1}. ${fix(spec.context)}`);
  const operations =
    spec.operations.length > 0 ? ` Operations that return it include ${spec.operations.map(tick).join(', ')}.` : '';
  const parameters =
    spec.parameters.length > 0 ? ` Check ${spec.parameters.map(tick).join(', ')} in the request first.` : '';
  return [
    '---',
    `category: ${spec.family.category}`,
    `retry: ${spec.retry}`,
    `summary: ${JSON.stringify(summaryOf(spec))}`,
    `operations: ${yamlList(spec.operations)}`,
    `parameters: ${yamlList(spec.parameters)}`,
    `related: ${yamlList(spec.related)}`,
    `aliases: ${yamlList(spec.aliases)}`,
    `keywords: ${yamlList(spec.keywords)}`,
    '---',
    '',
    '## What it means',
    '',
    meaningOf(spec),
    '',
    '## Common causes',
    '',
    ...causes,
    '',
    '## How to fix',
    '',
    `${fixes.join('\n')}`,
    '',
    `${operations}${parameters}`.trim() || 'Check the request against the API reference first.',
    '',
    '## When to retry',
    '',
    RETRY_TEXT[spec.retry](spec.context),
    '',
    '## Example',
    '',
    exampleOf(rng, spec),
    '',
  ].join('\n');
}

function sourceOf(specs: readonly Spec[]): string {
  const lines = [
    '# Error codes',
    '',
    'This topic describes the error codes of ApsaraDB for MongoDB.',
    '',
    '|Description|Code|Message|HTTP Status Code|',
    '|:----------|:---|:------|:---------------|',
  ];
  for (const spec of specs) {
    for (const row of spec.rows) lines.push(`|${row.description}|${spec.code}|${row.rawMessage}|${row.status}|`);
  }
  return `${lines.join('\n')}\n`;
}

/** Generates a catalog of `codes` distinct codes; the same options always give the same output. */
export function generateSyntheticCatalog(options: SyntheticCatalogOptions): SyntheticCatalog {
  const { codes, seed = 1 } = options;
  if (!Number.isInteger(codes) || codes < 1) throw new Error(`codes must be a positive integer (got ${codes})`);
  const rng = mulberry32(seed);
  const taken = new Set<string>();
  const specs = Array.from({ length: codes }, () => makeSpec(rng, taken));
  linkRelated(rng, specs);
  return { source: sourceOf(specs), guidance: specs.map((spec) => ({ code: spec.code, text: guidanceOf(rng, spec) })) };
}

/** Marks a directory as generator output, so a later run may replace its guidance files. */
const MARKER = '.synthetic-catalog';

/**
 * Writes `<dir>/source.md` and `<dir>/guidance/<Code>.md` and returns both paths (relative if `dir` is).
 * Guidance files of an earlier run in the same directory are removed first; a directory that holds guidance files
 * but was not written by this generator is refused rather than overwritten.
 */
export async function writeSyntheticCatalog(
  dir: string,
  options: SyntheticCatalogOptions,
): Promise<{ source: string; guidance: string }> {
  const catalog = generateSyntheticCatalog(options);
  const source = path.join(dir, 'source.md');
  const guidance = path.join(dir, 'guidance');
  if (existsSync(guidance)) {
    const existing = (await readdir(guidance)).filter((name) => name.endsWith('.md'));
    if (existing.length > 0 && !existsSync(path.join(dir, MARKER))) {
      throw new Error(
        `${guidance} already holds guidance files that this generator did not write; choose an empty directory`,
      );
    }
    await rm(guidance, { recursive: true, force: true });
  }
  await mkdir(guidance, { recursive: true });
  await writeFile(
    path.join(dir, MARKER),
    `Written by scripts/synthetic-catalog.ts (codes ${options.codes}, seed ${options.seed ?? 1}).\n`,
  );
  await writeFile(source, catalog.source);
  const queue = [...catalog.guidance];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop())
      await writeFile(path.join(guidance, `${file.code}.md`), file.text);
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return { source, guidance };
}

function parseArgs(argv: readonly string[]): { codes: number; out: string; seed: number } {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const codes = Number(value('--codes'));
  const out = value('--out');
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(codes) || codes < 1 || !out || !Number.isInteger(seed)) {
    throw new Error('usage: node scripts/synthetic-catalog.ts --codes <n> --out <dir> [--seed <n>]');
  }
  return { codes, out, seed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  try {
    const { codes, out, seed } = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const paths = await writeSyntheticCatalog(out, { codes, seed });
    console.log(`source:   ${paths.source}`);
    console.log(`guidance: ${paths.guidance}`);
    console.log(`${codes} codes (seed ${seed}) in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
