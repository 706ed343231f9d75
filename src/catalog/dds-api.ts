/**
 * Facts about the ApsaraDB for MongoDB API (product code `Dds`, version 2015-12-01) that guidance may name.
 * Copied from `shared/reference/dds-api.md` (operation list from the generated Go SDK `alibabacloud-go/dds-20151201`).
 * Guidance files are validated against these lists, so no invented operation or parameter reaches a page.
 */
export const DDS_OPERATIONS = [
  'AllocateDBInstanceSrvNetworkAddress', 'AllocateNodePrivateNetworkAddress', 'AllocatePublicNetworkAddress',
  'CheckCloudResourceAuthorized', 'CheckRecoveryCondition', 'CheckServiceLinkedRole', 'CreateAccount',
  'CreateBackup', 'CreateDBInstance', 'CreateGlobalSecurityIPGroup', 'CreateNode', 'CreateNodeBatch',
  'CreateShardingDBInstance', 'DeleteDBInstance', 'DeleteGlobalSecurityIPGroup', 'DeleteNode', 'DescribeAccounts',
  'DescribeActiveOperationMaintenanceConfig', 'DescribeActiveOperationTask', 'DescribeActiveOperationTaskCount',
  'DescribeActiveOperationTaskRegion', 'DescribeActiveOperationTaskType', 'DescribeActiveOperationTasks',
  'DescribeAuditLogFilter', 'DescribeAuditPolicy', 'DescribeAuditRecords', 'DescribeAvailabilityZones',
  'DescribeAvailableEngineVersion', 'DescribeAvailableResource', 'DescribeBackupDBs', 'DescribeBackupPolicy',
  'DescribeBackupStorage', 'DescribeBackupTasks', 'DescribeBackups', 'DescribeClusterBackups',
  'DescribeClusterRecoverTime', 'DescribeDBInstanceAttribute', 'DescribeDBInstanceEncryptionKey',
  'DescribeDBInstanceMonitor', 'DescribeDBInstancePerformance', 'DescribeDBInstanceSSL',
  'DescribeDBInstanceSpecInfo', 'DescribeDBInstanceSwitchLog', 'DescribeDBInstanceTDEInfo', 'DescribeDBInstances',
  'DescribeDBInstancesOverview', 'DescribeErrorLogRecords', 'DescribeGlobalSecurityIPGroup',
  'DescribeGlobalSecurityIPGroupRelation', 'DescribeHistoryTasks', 'DescribeHistoryTasksStat',
  'DescribeInstanceAutoRenewalAttribute', 'DescribeInstanceRecoverTime', 'DescribeKernelReleaseNotes',
  'DescribeKmsKeys', 'DescribeMongoDBLogConfig', 'DescribeParameterModificationHistory',
  'DescribeParameterTemplates', 'DescribeParameters', 'DescribePrice', 'DescribeRegions', 'DescribeRenewalPrice',
  'DescribeReplicaSetRole', 'DescribeRestoreDBInstanceList', 'DescribeRoleZoneInfo', 'DescribeRunningLogRecords',
  'DescribeSecurityGroupConfiguration', 'DescribeSecurityIps', 'DescribeShardingNetworkAddress',
  'DescribeSlowLogRecords', 'DescribeTags', 'DescribeUserEncryptionKeyList', 'DestroyInstance', 'EvaluateResource',
  'ListTagResources', 'MigrateAvailableZone', 'MigrateToOtherZone', 'ModifyAccountDescription',
  'ModifyActiveOperationTasks', 'ModifyAuditLogFilter', 'ModifyAuditPolicy', 'ModifyBackupPolicy',
  'ModifyDBInstanceAttribute', 'ModifyDBInstanceConfig', 'ModifyDBInstanceConnectionString',
  'ModifyDBInstanceDescription', 'ModifyDBInstanceDiskType', 'ModifyDBInstanceMaintainTime',
  'ModifyDBInstanceMonitor', 'ModifyDBInstanceNetExpireTime', 'ModifyDBInstanceNetworkType', 'ModifyDBInstanceSSL',
  'ModifyDBInstanceSpec', 'ModifyDBInstanceTDE', 'ModifyGlobalSecurityIPGroup', 'ModifyGlobalSecurityIPGroupName',
  'ModifyGlobalSecurityIPGroupRelation', 'ModifyInstanceAutoRenewalAttribute', 'ModifyInstanceVpcAuthMode',
  'ModifyNodeSpec', 'ModifyNodeSpecBatch', 'ModifyParameters', 'ModifyResourceGroup',
  'ModifySecurityGroupConfiguration', 'ModifySecurityIps', 'ModifySrvNetworkAddress', 'ModifyTaskInfo',
  'ReleaseNodePrivateNetworkAddress', 'ReleasePublicNetworkAddress', 'RenewDBInstance', 'ResetAccountPassword',
  'RestartDBInstance', 'RestartNode', 'SwitchDBInstanceHA', 'TagResources', 'TransferClusterBackup',
  'TransformInstanceChargeType', 'TransformToPrePaid', 'UntagResources', 'UpgradeDBInstanceEngineVersion',
  'UpgradeDBInstanceKernelVersion',
] as const;

/** Common request parameters that every RPC call carries, plus `ClientToken` for idempotent calls. */
export const DDS_COMMON_PARAMETERS = [
  'RegionId', 'OwnerId', 'OwnerAccount', 'ResourceOwnerId', 'ResourceOwnerAccount', 'SignatureNonce', 'Signature',
  'AccessKeyId', 'Timestamp', 'ClientToken',
] as const;

/** Request parameters of the operations these error codes most often come from, with the common ones. */
export const DDS_PARAMETERS = [
  'AcceptLanguage', 'AccessKeyId', 'AccountName', 'AccountPassword', 'AutoPay', 'AutoRenew', 'BackupId',
  'BackupInterval', 'BackupMethod', 'BackupRetentionPeriod', 'BackupRetentionPolicyOnClusterDeletion',
  'BusinessInfo', 'CharacterType', 'ChargeType', 'Class', 'ClassicExpendExpiredDays', 'ClassicExpiredDays',
  'ClientToken', 'ClusterId', 'CommodityCode', 'ConfigServer', 'ConnectionDomain', 'ConnectionString', 'CouponNo',
  'CrossBackupPeriod', 'CrossBackupType', 'CrossLogRetentionType', 'CrossLogRetentionValue', 'CrossRetentionType',
  'CrossRetentionValue', 'CurrentConnectionString', 'DBInstanceClass', 'DBInstanceDescription', 'DBInstanceId',
  'DBInstanceStatus', 'DBInstanceStorage', 'DBInstanceType', 'DBInstances', 'DBNodeType', 'DatabaseNames', 'DbType',
  'DestRegion', 'EffectiveTime', 'EnableBackupLog', 'EnableCrossLogBackup', 'Encrypted', 'EncryptionKey', 'EndTime',
  'Engine', 'EngineVersion', 'ExcludeSecondaryZoneId', 'ExcludeZoneId', 'ExpireTime', 'Expired', 'ExtraParam',
  'FromApp', 'FromExecTime', 'FromStartTime', 'GlobalSecurityGroupIds', 'HiddenZoneId',
  'HighFrequencyBackupRetention', 'InstanceChargeType', 'InstanceId', 'InstanceType', 'IsDelete', 'Key',
  'LogBackupRetentionPeriod', 'ModifyMode', 'MongoType', 'Mongos', 'NetworkType', 'NewConnectionString', 'NewPort',
  'NodeClass', 'NodeId', 'NodeStorage', 'NodeType', 'OrderParamOut', 'OrderType', 'OwnerAccount', 'OwnerId',
  'PageNumber', 'PageSize', 'Period', 'PreferredBackupPeriod', 'PreferredBackupTime', 'PreserveOneEachHour',
  'PricingCycle', 'ProductCode', 'ProtocolType', 'ProvisionedIops', 'ReadonlyReplicas', 'RegionId', 'ReplicaSet',
  'ReplicationFactor', 'ResourceGroupId', 'ResourceOwnerAccount', 'ResourceOwnerId', 'RestoreTime', 'RestoreType',
  'RetainClassic', 'SecondaryZoneId', 'SecurityIPList', 'SecurityIpGroupAttribute', 'SecurityIpGroupName',
  'SecurityIps', 'SecurityToken', 'ShardDirect', 'ShowHDMIps', 'Signature', 'SignatureNonce', 'SnapshotBackupType',
  'SrcDBInstanceId', 'SrcRegion', 'StartTime', 'Status', 'Storage', 'StorageEngine', 'StorageSupport', 'StorageType',
  'SwitchMode', 'SwitchTime', 'Tag', 'TargetHiddenZoneId', 'TargetSecondaryZoneId', 'TargetVswitchId',
  'TargetZoneId', 'TaskId', 'TaskType', 'Timestamp', 'ToExecTime', 'ToStartTime', 'VSwitchId', 'Value', 'VpcId',
  'Vswitch', 'ZoneId',
] as const;

export type DdsOperation = (typeof DDS_OPERATIONS)[number];
export type DdsParameter = (typeof DDS_PARAMETERS)[number];
