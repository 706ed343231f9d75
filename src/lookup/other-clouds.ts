/**
 * Errors of other clouds' SDKs and APIs, which no page of an Alibaba Cloud reference describes: what each prints, as
 * its own source writes it, so a paste from AWS, Tencent Cloud or Huawei Cloud is named as such instead of being
 * matched to a code that merely shares its name (`Throttling`, `InvalidParameterValue`).
 *
 * Only structural signals count — an SDK's own error format, an exception class path, a response field pair, the
 * cloud's API host, a request-ID header — never a word such as "aws" alone. And a paste that also carries an Alibaba
 * Cloud signal (an `aliyuncs.com` host, a troubleshoot link, an Alibaba SDK's error name or package) is Alibaba's.
 *
 * Every pattern is linear: bounded repetitions over classes disjoint from what follows.
 */
import type { NamedSource } from './types.ts';

/** What the reading found: the cloud, its error code when the format names one, and which signal it was. */
export interface OtherCloudSignal {
  cloud: NamedSource;
  code?: string;
  /** The kind of signal, for tests and for reading the code: `botocore`, `tencent-sdk`, `host`, … */
  signal: string;
}

const AWS: NamedSource = { code: 'aws', name: 'AWS' };
const TENCENT: NamedSource = { code: 'tencent', name: 'Tencent Cloud' };
const HUAWEI: NamedSource = { code: 'huawei', name: 'Huawei Cloud' };

interface CloudFormat {
  cloud: NamedSource;
  signal: string;
  pattern: RegExp;
  /** Reads the cloud's error code from the text, when the format has one. */
  code?: RegExp;
  /** A second pattern the text must also hold. */
  also?: RegExp;
}

const CODE = '([A-Za-z][A-Za-z0-9._:-]{0,127})';

const FORMATS: readonly CloudFormat[] = [
  {
    // boto/botocore, botocore/exceptions.py, ClientError.MSG_TEMPLATE:
    //   'An error occurred ({error_code}) when calling the {operation_name} operation{retry_info}: {error_message}'
    cloud: AWS,
    signal: 'botocore',
    pattern: new RegExp(`An error occurred \\(${CODE}\\) when calling the [A-Za-z0-9]{1,128} operation`),
    code: new RegExp(`An error occurred \\(${CODE}\\)`),
  },
  {
    // AWS SDK for Go v2: aws/smithy-go, errors.go, OperationError.Error(): "operation error %s: %s, %v", wrapping
    // aws/aws-sdk-go-v2, aws/transport/http/response_error.go: "https response error StatusCode: %d, RequestID: %s, %v"
    cloud: AWS,
    signal: 'aws-sdk-go-v2',
    pattern: /\boperation error [A-Za-z0-9 .-]{1,64}: [A-Za-z0-9]{1,128}, https response error StatusCode: \d{3}/,
    code: /RequestID: [A-Za-z0-9-]{0,64}, (?:HostID: [^,\n]{0,200}, )?(?:api error )?([A-Za-z][A-Za-z0-9._]{0,127}):/,
  },
  {
    // AWS SDK for Go v1: aws/aws-sdk-go, aws/awserr/types.go: SprintError "%s: %s", and requestError adds
    // "\n\t" + "status code: %d, request id: %s".
    cloud: AWS,
    signal: 'aws-sdk-go',
    pattern: /(?:^|\s)status code: \d{3}, request id: [A-Za-z0-9-]{1,64}/,
    code: /^([A-Za-z][A-Za-z0-9._]{0,127}): [^\n]{0,2000}\n[ \t]{0,8}status code: \d{3}, request id: /m,
  },
  {
    // AWS SDK for Java: com.amazonaws.AmazonServiceException.getMessage():
    //   "<message> (Service: <name>; Status Code: <n>; Error Code: <code>; Request ID: <id>)"
    // and its v2 classes (software.amazon.awssdk.…Exception). The same message shape is used by other SDKs
    // (Tencent's COS), so only the class path counts.
    cloud: AWS,
    signal: 'aws-sdk-java',
    pattern: /\b(?:com\.amazonaws|software\.amazon\.awssdk)\.[A-Za-z0-9_.$]{1,200}(?:Exception|Error)\b/,
    code: /Error Code: ([A-Za-z][A-Za-z0-9._]{0,127})[;,)]/,
  },
  {
    // AWS SDK for JavaScript v3: every service exception carries `$fault` and `$metadata` (httpStatusCode,
    // requestId, extendedRequestId, cfId, attempts, totalRetryDelay), as console.log and JSON.stringify show it.
    cloud: AWS,
    signal: 'aws-sdk-js',
    pattern: /['"]?\$metadata['"]?\s{0,4}:\s{0,4}\{[^{}]{0,600}?\bhttpStatusCode\b/,
  },
  {
    // Any AWS API endpoint (`ec2.us-east-1.amazonaws.com`), or AWS's request-ID headers.
    cloud: AWS,
    signal: 'host',
    pattern: /\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.amazonaws\.com(?:\.cn)?\b|\bx-amzn?-request-?id\b/i,
  },
  {
    // TencentCloud/tencentcloud-sdk-python, tencentcloud/common/exception/tencent_cloud_sdk_exception.py:
    //   "[TencentCloudSDKException] code:%s message:%s requestId:%s"
    // TencentCloud/tencentcloud-sdk-go, tencentcloud/common/errors/errors.go:
    //   "[TencentCloudSDKError] Code=%s, Message=%s, RequestId=%s"
    cloud: TENCENT,
    signal: 'tencent-sdk',
    pattern: /\bTencentCloudSDK(?:Exception|Error)\b/,
    code: new RegExp(`\\[TencentCloudSDK(?:Exception|Error)\\][ \\t]{0,4}(?:code:|Code=)${CODE}`),
  },
  {
    // Tencent Cloud's API endpoints: the SDKs' `_endpoint`, e.g. `emr.tencentcloudapi.com`.
    cloud: TENCENT,
    signal: 'host',
    pattern: /\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.tencentcloudapi\.com\b/i,
  },
  {
    // huaweicloud/huaweicloud-sdk-python-v3, huaweicloud-sdk-core/huaweicloudsdkcore/exceptions/exceptions.py:
    //   "ClientRequestException - {status_code:%s,request_id:%s,error_code:%s,error_msg:%s }" (likewise
    //   ServerResponseException and ServiceResponseException); the package names themselves.
    cloud: HUAWEI,
    signal: 'huawei-sdk',
    pattern:
      /\b(?:ClientRequest|ServerResponse|ServiceResponse)Exception - \{status_code:|\bhuaweicloudsdk[a-z]{0,40}\b|\bcom\.huaweicloud\.sdk\./,
    code: /error_code:([A-Za-z][A-Za-z0-9._]{0,127}),/,
  },
  {
    // huaweicloud/huaweicloud-sdk-go-v3, core/sdkerr/errors.go: ServiceResponseError, marshalled as
    //   {"status_code":…,"request_id":…,"error_code":…,"error_message":…} (the request ID from X-Request-Id).
    cloud: HUAWEI,
    signal: 'huawei-sdk-go',
    pattern:
      /"status_code"\s{0,4}:\s{0,4}\d{3}\s{0,4},\s{0,4}"request_id"\s{0,4}:\s{0,4}"[^"\n]{0,80}"\s{0,4},\s{0,4}"error_code"/,
    code: /"error_code"\s{0,4}:\s{0,4}"([A-Za-z][A-Za-z0-9._]{0,127})"/,
  },
  {
    // Huawei Cloud's API error bodies: {"error_code":"APIG.0301","error_msg":"…"}, codes `<SERVICE>.<digits>`
    // (support.huaweicloud.com, each API's "Error Codes" page). Both fields, and the code's shape, must be there.
    cloud: HUAWEI,
    signal: 'huawei-body',
    pattern: /"error_code"\s{0,4}:\s{0,4}"([A-Z][A-Za-z0-9]{0,30}\.\d{3,10})"/,
    also: /"error_msg"\s{0,4}:/,
    code: /"error_code"\s{0,4}:\s{0,4}"([A-Z][A-Za-z0-9]{0,30}\.\d{3,10})"/,
  },
  {
    // Huawei Cloud's API endpoints (`ecs.cn-north-4.myhuaweicloud.com`).
    cloud: HUAWEI,
    signal: 'host',
    pattern: /\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.myhuaweicloud\.com\b/i,
  },
];

/** Signs of Alibaba Cloud: its API hosts and links, its SDKs' error names and packages. */
const ALIBABA =
  /aliyuncs\.com|\baliyun\.com\b|alibabacloud\.com|\bSDK\.ServerError\b|\bSDKError\b|\bTeaException\b|aliyunsdk|alibabacloud_|\bcom\.aliyun\.|@alicloud\/|@darabonba\//i;

/**
 * The other cloud a (scan-window) text comes from, by the first of its formats that matches; undefined when none
 * does, or when the text also carries a sign of Alibaba Cloud.
 */
export function otherCloudIn(text: string): OtherCloudSignal | undefined {
  if (ALIBABA.test(text)) return undefined;
  for (const format of FORMATS) {
    if (!format.pattern.test(text) || (format.also && !format.also.test(text))) continue;
    const code = format.code?.exec(text)?.[1];
    return { cloud: format.cloud, signal: format.signal, ...(code ? { code } : {}) };
  }
  return undefined;
}
