/**
 * Generated pastes shared by the resolver's property tests (test/lookup/properties.test.ts, which checks what comes
 * back) and its benchmark (scripts/bench-lookup.ts, which times the same inputs against their budgets).
 */
import fc from 'fast-check';
import * as s from './samples.ts';

/** Any UTF-16 code unit, lone surrogates included. */
export const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const fragments = [
  ...Object.values(s).filter((value): value is string => typeof value === 'string'),
  ...Object.values(s.recommendUrls),
  '\\',
  '\\\\',
  '\\"',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '\n',
  '│ ',
  '╷',
  '╵',
  '\u001b[31m',
  '[0m',
  'code: 400, ',
  'HTTP Status: 404 Error:',
  'request id: ',
  'RequestID: ',
  'Resource ',
  ' Failed!!!',
  'Error: ',
  '"Code":"',
  '"Message":"',
  "'Message': '",
  'ErrorCode: ',
  'Message: ',
  'https://api.aliyun.com/troubleshoot?q=',
  '&product=',
  '\\u0026',
  'InvalidParameter',
  'Forbbiden.SubUser',
  'The specified parameter "X" is not valid.',
  'The specified parameter %s is not valid.',
  'ORDER.ACCOUNT_INFORMATION_INCOMPLETE',
  'Trade_Not_Support_Async_Pay',
  'InvalidRegion_Zone_NotFound',
  'invaliddbinstanceid.notfound',
  'InvalidDbInstanceId.NotFound',
  'Action=CreateDBInstance',
  '"Action":"',
  'action=',
  'WithOptions(',
  '_with_options',
  '"HostId":"ecs.aliyuncs.com"',
  'product=Ecs',
  'An error occurred (',
  ') when calling the ',
  ' operation: ',
  'operation error EC2: DescribeInstances, https response error StatusCode: 400, ',
  '\tstatus code: 400, request id: ',
  'com.amazonaws.services.s3.model.AmazonS3Exception: ',
  "'$metadata': { httpStatusCode: 400",
  'ec2.us-east-1.amazonaws.com',
  'x-amz-request-id',
  '[TencentCloudSDKException] code:',
  '[TencentCloudSDKError] Code=',
  'cvm.tencentcloudapi.com',
  'ClientRequestException - {status_code:400,request_id:',
  '"error_code":"APIG.0301"',
  '"error_msg":"',
  'ecs.cn-north-4.myhuaweicloud.com',
];

/** Mixtures of the real formats: up to 40 pieces of the samples and of the characters their readers look for. */
export const fragmentSoup = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));

const MB = 1024 * 1024;

/** 1 MB of pseudo-random characters from the alphabet the readers care about (fixed seed: the same text each run). */
function randomMegabyte(): string {
  let seed = 42;
  const chars: string[] = [];
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;"\'{}[]\\/\n\t-_=&?│╷╵\u001b';
  for (let i = 0; i < MB; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chars.push(alphabet.charAt(seed % alphabet.length));
  }
  return chars.join('');
}

/** 1 MB pastes built to stress each reader, by name; then a real error at the start of a 1 MB paste. */
export function hugePastes(): { cases: Record<string, string>; realErrorFirst: string } {
  const randomText = randomMegabyte();
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return {
    cases: {
      'random text': randomText,
      'a × 1e6': 'a'.repeat(1_000_000),
      'repeated JSON bodies': repeat(s.rawJsonBody + '\n'),
      'backslashes and quotes': repeat('"\\\\\\\\\\\\'),
      'deep brackets': repeat('{{{{[[[['),
      'repeated Tea messages': repeat('code: 400, '),
      'repeated unterminated JSON strings': repeat('"Message":"'),
      'repeated Terraform resources': repeat('Resource x '),
      'capital letters': 'A'.repeat(MB),
      'white space then an error': ' '.repeat(MB) + s.goClassic,
      'a huge single line of escapes': repeat('\\u0026\\n\\"'),
      'a long run of dots': repeat('.') + 'x',
    },
    realErrorFirst: s.goClassic + '\n' + randomText,
  };
}
