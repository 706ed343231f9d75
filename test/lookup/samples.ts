/**
 * Realistic pastes for every shape in shared/reference/error-output-formats.md, written for these tests (request
 * IDs are made up). `\u001b` is the ESC character of terminal colour codes.
 */

const ESC = '\u001b';

export const RID = {
  json: '3C7B1F2A-5D4E-4B8A-9C6D-1E2F3A4B5C6D',
  pyTrace: '6F1D2C3B-4A59-4E7D-8C6B-5A4F3E2D1C0B',
  pyLog: '0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9',
  teaPy: '7A6B5C4D-3E2F-4A1B-9C8D-7E6F5A4B3C2D',
  teaPyParam: 'E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B',
  goTea: '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901',
  java: '4D5E6F70-8192-4A3B-8C4D-5E6F7A8B9C0D',
  ts: '5E6F7081-92A3-4B4C-8D5E-6F7A8B9C0D1E',
  goClassic: '7081A2B3-C4D5-4E6F-8A9B-0C1D2E3F4A5B',
  goHeaders: '8192A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7',
  cli: '92A3B4C5-D6E7-4F80-91A2-B3C4D5E6F708',
  terraform: 'A3B4C5D6-E7F8-4091-A2B3-C4D5E6F70819',
  log: '9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A',
  nested: 'C5D6E7F8-0912-4A3B-8C4D-5E6F708192A3',
  url: 'B4C5D6E7-F809-4A1B-9C2D-3E4F5A6B7C8D',
} as const;

export const rawJsonBody =
  `{"RequestId":"${RID.json}","HostId":"mongodb.aliyuncs.com","Code":"InvalidInstanceId.NotFound",` +
  `"Message":"The InstanceId provided does not exist in our records.",` +
  `"Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound&product=Dds&requestId=${RID.json}"}`;

/** Pretty-printed, with escaped quotes in the message and an AccessDeniedDetail block. */
export const jsonWithEscapedQuotes = String.raw`{
  "RequestId": "D6E7F809-1A2B-4C3D-8E4F-5A6B7C8D9E0F",
  "HostId": "mongodb.aliyuncs.com",
  "Code": "InvalidToken.Malformed",
  "Message": "The Specified parameter \"Token\" is not valid.",
  "AccessDeniedDetail": {"AuthAction": "dds:DescribeDBInstances", "NoPermissionType": "ImplicitDeny"}
}`;

/** A body copied out of a log string: every quote escaped. */
export const escapedJsonBody = String.raw`{\"RequestId\":\"E7F8091A-2B3C-4D4E-8F5A-6B7C8D9E0F1A\",\"HostId\":\"mongodb.aliyuncs.com\",\"Code\":\"Forbidden.RiskControl\",\"Message\":\"This operation is forbidden by Aliyun Risk Control system.\"}`;

export const pythonClassicTraceback = `Traceback (most recent call last):
  File "/opt/app/mongo_ops.py", line 41, in describe_instance
    response = client.do_action_with_exception(request)
  File "/usr/local/lib/python3.9/site-packages/aliyunsdkcore/client.py", line 504, in do_action_with_exception
    raise exception
aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404 Error:InvalidInstanceId.NotFound The InstanceId provided does not exist in our records. RequestID: ${RID.pyTrace}`;

export const pythonClassicLogLine =
  `2024-03-02 10:15:22,118 aliyunsdkcore.client ERROR ServerException occurred. Host:mongodb.aliyuncs.com SDK-Version:2.15.1 ` +
  `ServerException:HTTP Status: 400 Error:IncorrectDBInstanceState Current DB instance state does not support this operation. RequestID: ${RID.pyLog}`;

/** `ClientException.__str__`: `<Code> <message>`. */
export const pythonClientException = 'SDK.InvalidRegionId Can not find endpoint to access.';
export const pythonClientExceptionKnown = 'InvalidZoneId.NotFound The ZoneId provided is invalid.';

/** Tea Python: the message holds an ASCII apostrophe, so the dict repr double-quotes it. */
export const teaPythonApostrophe = `Traceback (most recent call last):
  File "main.py", line 27, in <module>
    client.describe_dbinstances_with_options(request, runtime)
  File "/usr/lib/python3.11/site-packages/alibabacloud_dds20151201/client.py", line 6410, in describe_dbinstances_with_options
    return TeaCore.from_map(
Tea.exceptions.TeaException: Error: Forbidden.RAM code: 403, User not authorized to operate on the specified resource, or this API doesn't support RAM. request id: ${RID.teaPy} Response: {'RequestId': '${RID.teaPy}', 'HostId': 'mongodb.aliyuncs.com', 'Code': 'Forbidden.RAM', 'Message': "User not authorized to operate on the specified resource, or this API doesn't support RAM.", 'Recommend': 'https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Dds&requestId=${RID.teaPy}', 'statusCode': 403}`;

/** Tea Python, typographic apostrophe (single-quoted repr), from the openapi ServerException class. */
export const teaPythonCurly =
  `alibabacloud_tea_openapi.exceptions._server.ServerException: Error: Forbidden.RAM code: 403, User not authorized to operate on the specified resource, or this API doesn\u2019t support RAM. request id: ${RID.teaPy} ` +
  `Response: {'RequestId': '${RID.teaPy}', 'Message': 'User not authorized to operate on the specified resource, or this API doesn\u2019t support RAM.', 'Code': 'Forbidden.RAM', 'statusCode': 403}`;

/** Tea Python ClientException naming a different parameter than the reference table. */
export const teaPythonOtherParameter =
  `alibabacloud_tea_openapi.exceptions._client.ClientException: Error: InvalidParameter code: 400, The specified parameter "DBInstanceDescription" is not valid. request id: ${RID.teaPyParam} ` +
  `Response: {'RequestId': '${RID.teaPyParam}', 'HostId': 'mongodb.aliyuncs.com', 'Code': 'InvalidParameter', 'Message': 'The specified parameter "DBInstanceDescription" is not valid.', 'statusCode': 400}`;

export const goTeaSdkError = `SDKError:
   StatusCode: 403
   Code: MissingParameter
   Message: code: 403, The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied. request id: ${RID.goTea}
   Data: {"Code":"MissingParameter","HostId":"mongodb.aliyuncs.com","Message":"The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied.","Recommend":"https://api.aliyun.com/troubleshoot?q=MissingParameter\\u0026product=Dds\\u0026requestId=${RID.goTea}","RequestId":"${RID.goTea}","statusCode":403}`;

export const javaTea = `com.aliyun.tea.TeaException: code: 403, The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied. request id: ${RID.java}
\tat com.aliyun.teaopenapi.Client.doRPCRequest(Client.java:336)
\tat com.aliyun.dds20151201.Client.describeDBInstancesWithOptions(Client.java:7730)
\tat com.example.mongo.Inventory.main(Inventory.java:21)`;

export const javaTeaAmbiguous = `com.aliyun.tea.TeaException: code: 400, Specified preferred backup time is not valid. request id: ${RID.java}
\tat com.aliyun.teaopenapi.Client.doRPCRequest(Client.java:336)`;

export const typescriptTea = `Error: InvalidBackupSetID.NotFound: code: 400, Specified backup set ID does not exist. request id: ${RID.ts}
    at Client.doRPCRequest (/app/node_modules/@alicloud/openapi-client/dist/client.js:390:27)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Client.createDBInstanceWithOptions (/app/node_modules/@alicloud/dds20151201/dist/client.js:10214:30)`;

export const darabonbaTea = `ThrottlingError: ServiceUnavailable: code: 503, The request has failed due to a temporary failure of the server. request id: ${RID.ts}
    at Client.doRPCRequest (/app/node_modules/@alicloud/openapi-core/dist/client.js:412:19)`;

export const goClassic = `SDK.ServerError
ErrorCode: QuotaExceed
Recommend: https://error-center.aliyun.com/status/search?Keyword=QuotaExceed&source=PopGw
RequestId: ${RID.goClassic}
Message: Living afterpay instances quota exceeded.`;

export const goClassicWithHeaders = `SDK.ServerError
ErrorCode: InvalidSecurityIPList.Format
Recommend: https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=InvalidSecurityIPList.Format&product=Dds&requestId=${RID.goHeaders}
RequestId: ${RID.goHeaders}
Message: Specified security IP list format is not valid.
RespHeaders: map[Access-Control-Allow-Origin:[*] Access-Control-Expose-Headers:[*] Connection:[keep-alive] Content-Length:[312] Content-Type:[application/json;charset=utf-8] Date:[Tue, 14 May 2024 08:21:37 GMT] Keep-Alive:[timeout=25] X-Acs-Request-Id:[${RID.goHeaders}] X-Acs-Trace-Id:[4c6e0d1a2b3c]]`;

export const aliyunCli = `${ESC}[1;31mERROR: SDK.ServerError
ErrorCode: Forbbiden.SubUser
Recommend: https://next.api.aliyun.com/troubleshoot?q=Forbbiden.SubUser&product=Dds
RequestId: ${RID.cli}
Message: The specified action is not available for you.${ESC}[0m`;

/** The same, copied from a terminal that dropped the ESC characters. */
export const aliyunCliLostEscape = `[31mERROR: SDK.ServerError
ErrorCode: HasRenewChangeOrder
RequestId: ${RID.cli}
Message: This instance has a renewChange order.[0m`;

export const terraform = `${ESC}[31m╷${ESC}[0m${ESC}[0m
${ESC}[31m│${ESC}[0m ${ESC}[0m${ESC}[1m${ESC}[31mError: ${ESC}[0m${ESC}[0m${ESC}[1m${ESC}[31m[ERROR]${ESC}[0m terraform-provider-alicloud/alicloud/resource_alicloud_mongodb_instance.go:512: Resource dds-bp1a2b3c4d5e6f7g ModifyDBInstanceDescription Failed!!! [SDK alibaba-cloud-sdk-go ERROR]:${ESC}[0m
${ESC}[31m│${ESC}[0m ${ESC}[0m${ESC}[0mSDKError:
${ESC}[31m│${ESC}[0m ${ESC}[0m   StatusCode: 400
${ESC}[31m│${ESC}[0m ${ESC}[0m   Code: InvalidParameter
${ESC}[31m│${ESC}[0m ${ESC}[0m   Message: code: 400, The specified parameter "DBInstanceDescription" is not valid. request id: ${RID.terraform}
${ESC}[31m│${ESC}[0m ${ESC}[0m   Data: {"Code":"InvalidParameter","HostId":"mongodb.aliyuncs.com","Message":"The specified parameter \\"DBInstanceDescription\\" is not valid.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidParameter\\u0026product=Dds\\u0026requestId=${RID.terraform}","RequestId":"${RID.terraform}","statusCode":400}
${ESC}[31m│${ESC}[0m ${ESC}[0m
${ESC}[31m│${ESC}[0m ${ESC}[0m  with alicloud_mongodb_instance.default,
${ESC}[31m│${ESC}[0m ${ESC}[0m  on main.tf line 12, in resource "alicloud_mongodb_instance" "default":
${ESC}[31m│${ESC}[0m ${ESC}[0m  12: resource "alicloud_mongodb_instance" "default" ${ESC}[4m{${ESC}[0m${ESC}[0m
${ESC}[31m╵${ESC}[0m${ESC}[0m`;

/** Plain Terraform output (no colours), a wrapped diagnostic line. */
export const terraformPlain = `╷
│ Error: [ERROR] terraform-provider-alicloud/alicloud/resource_alicloud_mongodb_instance.go:230: Resource
│ alicloud_mongodb_instance CreateDBInstance Failed!!! [SDK alibaba-cloud-sdk-go ERROR]:
│ SDKError:
│    StatusCode: 400
│    Code: Zone.NotSupport
│    Message: code: 400, Specified zone does not support creating with instance class. request id: ${RID.terraform}
│    Data: {"Code":"Zone.NotSupport","HostId":"mongodb.aliyuncs.com","Message":"Specified zone does not support creating with instance class.","RequestId":"${RID.terraform}","statusCode":400}
│
│   with alicloud_mongodb_instance.example,
│   on main.tf line 30, in resource "alicloud_mongodb_instance" "example":
│   30: resource "alicloud_mongodb_instance" "example" {
│
╵`;

/** A structured log line whose `error` is the Go Tea error as an escaped string. */
export const structuredLog = String.raw`{"level":"error","ts":"2024-05-14T08:21:37.412Z","caller":"backup/job.go:88","msg":"describe backups failed","error":"SDKError:\n   StatusCode: 400\n   Code: InvalidEndTime.Format\n   Message: code: 400, Specified end time is not valid. request id: ${RID.log}\n   Data: {\"Code\":\"InvalidEndTime.Format\",\"HostId\":\"mongodb.aliyuncs.com\",\"Message\":\"Specified end time is not valid.\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=InvalidEndTime.Format\\u0026product=Dds\\u0026requestId=${RID.log}\",\"RequestId\":\"${RID.log}\"}\n"}`;

/** Two levels deep: a JSON log line whose message is a JSON event whose detail is the response body. */
export const nestedLog = String.raw`{"time":"2024-05-14T08:22:01Z","level":"ERROR","message":"{\"event\":\"api_error\",\"detail\":\"{\\\"Code\\\":\\\"InvalidToken.Malformed\\\",\\\"Message\\\":\\\"The Specified parameter \\\\\\\"Token\\\\\\\" is not valid.\\\",\\\"RequestId\\\":\\\"${RID.nested}\\\"}\"}"}`;

export const recommendUrls = {
  aliyun: `https://api.aliyun.com/troubleshoot?q=InvalidRegion.NotFound&product=Dds&requestId=${RID.url}`,
  alibabacloud: `https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=QuotaNotEnough&product=Dds&requestId=${RID.url}`,
  next: 'https://next.api.aliyun.com/troubleshoot?q=Forbedden.NotSupportRAM&product=Dds',
  errorCenter: 'https://error-center.aliyun.com/status/search?Keyword=ServiceUnavailable&source=PopGw',
} as const;

// Other clouds, written from what each SDK prints (the sources are cited in src/lookup/other-clouds.ts).

/** boto3/botocore ClientError (botocore/exceptions.py MSG_TEMPLATE), with retry info. */
export const awsBotocore = `Traceback (most recent call last):
  File "/app/sync.py", line 18, in <module>
    ec2.describe_instances(InstanceIds=["i-0abc123def4567890"])
botocore.exceptions.ClientError: An error occurred (Throttling) when calling the DescribeInstances operation (reached max retries: 4): Rate exceeded`;

/** AWS SDK for Go v2 (smithy-go OperationError wrapping an HTTP ResponseError). */
export const awsGoV2 =
  'operation error EC2: DescribeInstances, https response error StatusCode: 400, RequestID: 0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0, api error InvalidParameterValue: Value (x) for parameter instanceId is invalid.';

/** AWS SDK for Go v1 (awserr SprintError plus requestError's status line). */
export const awsGoV1 = `InvalidParameterValue: Value (x) for parameter instanceId is invalid.
\tstatus code: 400, request id: 7d2c1b0a-9f8e-4d7c-b6a5-948372615a0b`;

/** AWS SDK for Java v1 (AmazonServiceException.getMessage()), class path first. */
export const awsJava =
  'com.amazonaws.services.rds.model.AmazonRDSException: The parameter DBInstanceIdentifier is not a valid identifier. (Service: AmazonRDS; Status Code: 400; Error Code: InvalidParameterValue; Request ID: 5b6c7d8e-9f01-4a2b-8c3d-4e5f60718293)';

/** AWS SDK for JavaScript v3, as console.error prints a service exception. */
export const awsJsV3 = `ThrottlingException: Rate exceeded
    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20) {
  '$fault': 'client',
  '$metadata': {
    httpStatusCode: 400,
    requestId: '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819',
    extendedRequestId: undefined,
    cfId: undefined,
    attempts: 3,
    totalRetryDelay: 212
  }
}`;

/** Tencent Cloud's Python SDK (TencentCloudSDKException.__str__). */
export const tencentPython =
  '[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:The provided credentials could not be validated. Please check your signature is correct. requestId:6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d';

/** Tencent Cloud's Go SDK (TencentCloudSDKError.Error()). */
export const tencentGo =
  '[TencentCloudSDKError] Code=InvalidParameter, Message=The parameter `InstanceIds` is invalid., RequestId=1b2c3d4e-5f60-4718-9293-a4b5c6d7e8f9';

/** Huawei Cloud's Python SDK (ClientRequestException.__str__). */
export const huaweiPython =
  'huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {status_code:401,request_id:5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b,error_code:APIGW.0301,error_msg:Incorrect IAM authentication information: verify aksk signature fail }';

/** A Huawei Cloud API error body. */
export const huaweiBody =
  '{"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIG.0301","request_id":"5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b"}';

/** An Alibaba paste that mentions AWS (a migration source) but is Alibaba's: the word is no structural signal. */
export const alibabaMentioningAws = `{"RequestId":"${'E2F3A4B5-C6D7-4E8F-9A0B-1C2D3E4F5A6B'}","HostId":"mongodb.aliyuncs.com","Code":"InvalidParameter","Message":"The specified parameter \\"SourceEndpoint\\" is not valid.","Detail":"aws docdb.us-east-1.amazonaws.com"}`;

// Other Alibaba Cloud products.

/** An ECS response body: a code ApsaraDB for MongoDB returns too. */
export const ecsSharedCode =
  '{"RequestId":"C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F","HostId":"ecs.aliyuncs.com","Code":"MissingParameter","Message":"The input parameter \\"RegionId\\" that is mandatory for processing this request is not supplied.","Recommend":"https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F"}';

/** An Alibaba Cloud DNS body with a code only that product has. */
export const alidnsOwnCode =
  '{"RequestId":"D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F60","HostId":"alidns.aliyuncs.com","Code":"DomainRecordDuplicate","Message":"The DNS record already exists."}';

// Operations.

/** A logfmt line naming the operation, with a code several operations return. */
export const logfmtOperation =
  'level=error ts=2024-05-14T08:21:37Z action=CreateDBInstance code=MissingParameter msg="Period is mandatory for this action." request_id=F1E2D3C4-B5A6-4978-8A9B-0C1D2E3F4A5B';

/**
 * A RAM denial as an API error body carries it: `AccessDeniedDetail` with the fields RAM's DecodeDiagnosticMessage
 * documents (https://www.alibabacloud.com/help/en/ram/developer-reference/api-ram-2015-05-01-decodediagnosticmessage),
 * inside a structured log line that also names the request's instance and region.
 */
export const accessDeniedLog = String.raw`{"level":"error","msg":"dds call failed","RegionId":"cn-hangzhou","DBInstanceId":"dds-bp1a2b3c4d5e6f7g","error":{"RequestId":"7B3C0D21-5E4F-4A6B-9C8D-0E1F2A3B4C5D","HostId":"mongodb.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM.","AccessDeniedDetail":{"PolicyType":"AccountLevelIdentityBasedPolicy","AuthPrincipalOwnerId":"1968132000120000","EncodedDiagnosticMessage":"AQEAAAAAZBgxr0U1MjA1NTM1LUM4BBktMzE5RS1CODgxLUU1QTI0RDNFQTM1","AuthPrincipalType":"SubUser","AuthPrincipalDisplayName":"288774244375210000","NoPermissionType":"ImplicitDeny","AuthAction":"dds:DescribeDBInstanceAttribute"}}}`;

/** Terraform's error for an operation that returns the code: the operation picks the message and the page's row. */
export const terraformCreateFailed = `│ Error: [ERROR] terraform-provider-alicloud/alicloud/resource_alicloud_mongodb_instance.go:230: Resource
│ alicloud_mongodb_instance CreateDBInstance Failed!!! [SDK alibaba-cloud-sdk-go ERROR]:
│ SDKError:
│    StatusCode: 400
│    Code: MissingParameter
│    Message: code: 400, request id: 1A2B3C4D`;
