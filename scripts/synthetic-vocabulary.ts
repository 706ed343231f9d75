/**
 * The vocabulary of the synthetic catalogs (scripts/synthetic-catalog.ts): the code families (how a code is
 * spelled, what it says, how it behaves), the nouns, operations and parameters they draw from, and the sentences
 * the guidance is written with. Data only: the generator picks from it with a seeded PRNG.
 */
import { DDS_PARAMETERS, type DdsOperation, type DdsParameter } from './synthetic-names.ts';
import type { CategoryId, RetryId } from '../src/catalog/taxonomy.ts';

/** `name` as inline code. */
export function tick(text: string): string {
  return `\`${text}\``;
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

export const OPERATIONS: Record<CategoryId, readonly DdsOperation[]> = {
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

export const PARAMETERS: Record<CategoryId, readonly DdsParameter[]> = {
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

export interface Context {
  /** The word the code was built from (`BackupWindow`). */
  noun: string;
  /** The same, as prose (`backup window`). */
  phrase: string;
}

export type Text = (context: Context) => string;

export interface Family {
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

export const FAMILIES: readonly Family[] = [
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
export const MISSPELLINGS: readonly (readonly [string, string])[] = [
  ['Invalid', 'Invaild'],
  ['Incorrect', 'Incorect'],
  ['Forbidden', 'Forbbiden'],
  ['Forbidden', 'Forbedden'],
  ['Backup', 'Bakup'],
  ['Missing', 'Mising'],
];

// ---------------------------------------------------------------------------------------------------------------
// Guidance sentences

/** A sentence that also depends on the code's (first) HTTP status. */
export type StatusText = (context: Context, status: number) => string;

/** The one-line summary of a code, by category. */
export const SUMMARIES: Record<CategoryId, StatusText> = {
  parameters: ({ phrase }) =>
    `The request carries a ${phrase} the service does not accept; correct the value and send the request again.`,
  access: ({ phrase }) =>
    `The calling identity may not perform this action on ${phrase}; grant the permission or call it as an authorised identity.`,
  quota: ({ phrase }) =>
    `A ${phrase} limit has been reached; free up resources, pick another zone or ask for a higher quota.`,
  billing: ({ phrase }) =>
    `The account or a pending ${phrase} order blocks the call; settle the account or the order, then try again.`,
  'instance-state': ({ phrase }) =>
    `The instance ${phrase} does not allow this operation right now; wait for it to change or choose another operation.`,
  backup: ({ phrase }) =>
    `The backup ${phrase} blocks the request; fix the backup settings or wait for the running job to finish.`,
  network: ({ phrase }) =>
    `The ${phrase} in the request is not usable; fix the network or signing settings and send it again.`,
  service: (_context, status) =>
    `The service failed or does not offer this (${status}); it is usually not a problem with your request.`,
};

/** The first sentences of "What it means", by category. */
export const MEANING_INTROS: Record<CategoryId, Text> = {
  parameters: ({ phrase, noun }) =>
    `The service rejected the request because of the ${phrase} (${tick(noun)}). The value is missing, malformed or names something that does not exist, so nothing was changed.`,
  access: ({ phrase }) =>
    `The identity that signed the request is not allowed to perform this action on ${phrase}. The problem is who is calling, not what the request contains.`,
  quota: ({ phrase }) =>
    `The request would go past a ${phrase} limit of your account or of the zone. No resource was created.`,
  billing: ({ phrase }) =>
    `The account, or an order for the instance, blocks the call: ${phrase} has to be settled before the service can proceed.`,
  'instance-state': ({ phrase }) =>
    `The instance is in a ${phrase} that does not allow this operation right now. The request itself may be correct.`,
  backup: ({ phrase }) =>
    `The backup ${phrase} stops the request: the backup settings, a running job or a backup set do not allow it.`,
  network: ({ phrase }) =>
    `The ${phrase} in the request cannot be used: the network settings or the request signature are not what the service expects.`,
  service: ({ phrase }) =>
    `The ${phrase} side of the service could not process the request. This is usually not caused by your request.`,
};

/** The closing sentence of "What it means", by category. */
export const MEANING_DETAILS: Record<CategoryId, Text> = {
  parameters: ({ noun }) =>
    `The service checks ${tick(noun)} before it starts any work, so a rejected request leaves the instance exactly as it was and costs nothing.`,
  access: () =>
    'The service checked the RAM policies and account settings of the caller before it looked at the request parameters, so fixing the request alone does not help.',
  quota: () =>
    'Quotas are counted per account and region, and zone inventory changes during the day, so the same request can pass later or in another zone.',
  billing: () =>
    'Paid operations create an order first; the service stops when the order cannot be placed or paid, and no resource is changed.',
  'instance-state': () =>
    'Most changes need the instance to be Running and unlocked; while a task is in progress, other changes to the same instance are refused.',
  backup: () =>
    'Backups run one at a time per instance, and the backup policy limits how often and how long backups are kept.',
  network: () =>
    'The service validates network settings and the request signature before it changes anything, so the instance keeps its current configuration.',
  service: () =>
    'The request may or may not have taken effect; check the state of the resource before you send it again.',
};

export const CAUSES: Record<CategoryId, readonly Text[]> = {
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

export const FIXES: Record<CategoryId, readonly Text[]> = {
  parameters: [
    ({ noun }) =>
      `Log the exact request your code sends (SDK debug logging or the CLI command line) and check the value of ${tick(noun)}.`,
    ({ phrase }) => `Compare the ${phrase} with the accepted values the operation you call states for it.`,
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
    ({ phrase }) => `Correct the backup ${phrase} to a value the operation documents for it.`,
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

export const RETRY_TEXT: Record<RetryId, Text> = {
  backoff: () =>
    'Retry the same request with exponential backoff and jitter, for example after 1, 2 and 4 seconds. Stop after a few attempts and report the request ID if it keeps failing.',
  'after-change': ({ phrase }) =>
    `Do not retry the same request; it fails until the ${phrase} or the permissions are fixed. Send it again once after the change.`,
  'after-wait': () =>
    'Retry once the blocking condition clears: poll the instance or task status every 30 seconds or so, and send the request when it is ready.',
  never: () => 'Do not retry automatically; a person has to act first. After that, send the request again once.',
};
