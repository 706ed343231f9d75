import { beforeAll, describe, expect, it } from 'vitest';
import { SCAN_LIMIT } from '../../src/lookup/clean.ts';
import { readPaste } from '../../src/lookup/fields.ts';
import {
  resolveErrorText,
  resolveTroubleshootParams,
  type LookupCatalog,
  type LookupFields,
  type LookupResult,
  type ParamSource,
} from '../../src/lookup/index.ts';
import { parseTroubleshootUrl } from '../../src/lookup/troubleshoot.ts';
import { realCatalog } from './helpers.ts';
import * as s from './samples.ts';

let catalog: LookupCatalog;
beforeAll(() => {
  catalog = realCatalog();
});

/** The fields a lookup result reports (an empty result reports none). */
const fieldsOf = (result: LookupResult): LookupFields => (result.kind === 'empty' ? {} : result.fields);
/** The fields the lookup reads from a paste. */
const fieldsRead = (text: string): LookupFields => fieldsOf(resolveErrorText(text, catalog));
/** The fields the lookup reads from the lookup page's troubleshoot parameters. */
const fieldsFromParams = (params: ParamSource): LookupFields => fieldsOf(resolveTroubleshootParams(params, catalog));

describe('fields read from response bodies', () => {
  it('reads a raw JSON body, including its Recommend link', () => {
    expect(fieldsRead(s.rawJsonBody)).toEqual({
      code: 'InvalidInstanceId.NotFound',
      message: 'The InstanceId provided does not exist in our records.',
      requestId: s.RID.json,
      host: 'mongodb.aliyuncs.com',
      product: 'Dds',
      recommend: `https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound&product=Dds&requestId=${s.RID.json}`,
    });
  });

  it('decodes escaped quotes inside a JSON message', () => {
    const fields = fieldsRead(s.jsonWithEscapedQuotes);
    expect(fields.code).toBe('InvalidToken.Malformed');
    expect(fields.message).toBe('The Specified parameter "Token" is not valid.');
    expect(fields.requestId).toBe('D6E7F809-1A2B-4C3D-8E4F-5A6B7C8D9E0F');
  });

  it('reads a body whose quotes are all escaped', () => {
    expect(fieldsRead(s.escapedJsonBody)).toMatchObject({
      code: 'Forbidden.RiskControl',
      message: 'This operation is forbidden by Aliyun Risk Control system.',
      requestId: 'E7F8091A-2B3C-4D4E-8F5A-6B7C8D9E0F1A',
      host: 'mongodb.aliyuncs.com',
    });
  });

  it('reads a Python dict repr, single- and double-quoted values, and a repr with both quote kinds', () => {
    expect(fieldsRead(s.teaPythonApostrophe).message).toBe(
      "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    );
    const both = String.raw`{'Code': 'InvalidParameter', 'Message': 'It\'s "Name" that is wrong.'}`;
    expect(fieldsRead(both)).toEqual({ code: 'InvalidParameter', message: `It's "Name" that is wrong.` });
  });
});

describe('fields read from SDK and tool output', () => {
  it('Python classic traceback', () => {
    expect(fieldsRead(s.pythonClassicTraceback)).toEqual({
      code: 'InvalidInstanceId.NotFound',
      message: 'The InstanceId provided does not exist in our records.',
      status: 404,
      requestId: s.RID.pyTrace,
    });
  });

  it('Python classic "ServerException occurred" log line, with the host', () => {
    expect(fieldsRead(s.pythonClassicLogLine)).toEqual({
      code: 'IncorrectDBInstanceState',
      message: 'Current DB instance state does not support this operation.',
      status: 400,
      requestId: s.RID.pyLog,
      host: 'mongodb.aliyuncs.com',
    });
  });

  it('Python ClientException "<Code> <message>"', () => {
    expect(fieldsRead(s.pythonClientException)).toEqual({
      code: 'SDK.InvalidRegionId',
      message: 'Can not find endpoint to access.',
    });
  });

  it('Tea Python (status from the composite message, everything else from the dict)', () => {
    expect(fieldsRead(s.teaPythonApostrophe)).toMatchObject({
      code: 'Forbidden.RAM',
      status: 403,
      requestId: s.RID.teaPy,
      host: 'mongodb.aliyuncs.com',
      product: 'Dds',
    });
  });

  it('Go Tea SDKError block, with \\u0026 in the Recommend link', () => {
    expect(fieldsRead(s.goTeaSdkError)).toEqual({
      code: 'MissingParameter',
      message:
        'The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied.',
      status: 403,
      requestId: s.RID.goTea,
      host: 'mongodb.aliyuncs.com',
      product: 'Dds',
      recommend: `https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Dds&requestId=${s.RID.goTea}`,
    });
  });

  it('Java Tea: status, message and request ID, no code', () => {
    expect(fieldsRead(s.javaTea)).toEqual({
      message:
        'The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied.',
      status: 403,
      requestId: s.RID.java,
      // From the stack trace's describeDBInstancesWithOptions.
      operation: 'DescribeDBInstances',
    });
  });

  it('TypeScript Tea and Darabonba errors', () => {
    expect(fieldsRead(s.typescriptTea)).toEqual({
      code: 'InvalidBackupSetID.NotFound',
      message: 'Specified backup set ID does not exist.',
      status: 400,
      requestId: s.RID.ts,
      // From the stack trace's createDBInstanceWithOptions.
      operation: 'CreateDBInstance',
    });
    expect(fieldsRead(s.darabonbaTea)).toMatchObject({ code: 'ServiceUnavailable', status: 503 });
  });

  it('Go classic SDK.ServerError, with and without RespHeaders', () => {
    expect(fieldsRead(s.goClassic)).toEqual({
      code: 'QuotaExceed',
      message: 'Living afterpay instances quota exceeded.',
      requestId: s.RID.goClassic,
      recommend: 'https://error-center.aliyun.com/status/search?Keyword=QuotaExceed&source=PopGw',
    });
    expect(fieldsRead(s.goClassicWithHeaders)).toMatchObject({
      code: 'InvalidSecurityIPList.Format',
      message: 'Specified security IP list format is not valid.',
      requestId: s.RID.goHeaders,
      product: 'Dds',
    });
  });

  it('aliyun CLI output with ERROR: and colour codes, also when the ESC characters were lost', () => {
    expect(fieldsRead(s.aliyunCli)).toMatchObject({
      code: 'Forbbiden.SubUser',
      message: 'The specified action is not available for you.',
      requestId: s.RID.cli,
      product: 'Dds',
    });
    expect(fieldsRead(s.aliyunCliLostEscape)).toEqual({
      code: 'HasRenewChangeOrder',
      message: 'This instance has a renewChange order.',
      requestId: s.RID.cli,
    });
  });

  it('Terraform diagnostics: frame, colours, operation', () => {
    expect(fieldsRead(s.terraform)).toMatchObject({
      code: 'InvalidParameter',
      message: 'The specified parameter "DBInstanceDescription" is not valid.',
      status: 400,
      requestId: s.RID.terraform,
      host: 'mongodb.aliyuncs.com',
      operation: 'ModifyDBInstanceDescription',
      product: 'Dds',
    });
    expect(fieldsRead(s.terraformPlain)).toMatchObject({
      code: 'Zone.NotSupport',
      status: 400,
      requestId: s.RID.terraform,
      operation: 'CreateDBInstance',
    });
  });

  it('accepts only operation-shaped names after "Resource <id>"', () => {
    expect(fieldsRead('Resource dds-bp1 describe_instances Failed!!! Code: InternalError').operation).toBeUndefined();
    expect(fieldsRead('Resource dds-bp1 DescribeDBInstances Failed!!! Code: InternalError').operation).toBe(
      'DescribeDBInstances',
    );
  });

  it('structured log lines embedding the error as escaped strings, one and two levels deep', () => {
    expect(fieldsRead(s.structuredLog)).toMatchObject({
      code: 'InvalidEndTime.Format',
      message: 'Specified end time is not valid.',
      status: 400,
      requestId: s.RID.log,
      product: 'Dds',
    });
    expect(fieldsRead(s.nestedLog)).toEqual({
      code: 'InvalidToken.Malformed',
      message: 'The Specified parameter "Token" is not valid.',
      requestId: s.RID.nested,
    });
  });
});

describe('troubleshoot links and parameters', () => {
  it('parses all four link forms', () => {
    expect(parseTroubleshootUrl(s.recommendUrls.aliyun)).toEqual({
      code: 'InvalidRegion.NotFound',
      product: 'Dds',
      requestId: s.RID.url,
    });
    expect(parseTroubleshootUrl(s.recommendUrls.alibabacloud)).toEqual({
      code: 'QuotaNotEnough',
      product: 'Dds',
      requestId: s.RID.url,
    });
    expect(parseTroubleshootUrl(s.recommendUrls.next)).toEqual({ code: 'Forbedden.NotSupportRAM', product: 'Dds' });
    expect(parseTroubleshootUrl(s.recommendUrls.errorCenter)).toEqual({ code: 'ServiceUnavailable' });
  });

  it('ignores other links and bad encodings', () => {
    expect(parseTroubleshootUrl('https://example.com/troubleshoot?q=InternalError')).toBeUndefined();
    expect(parseTroubleshootUrl('https://api.aliyun.com/document?q=InternalError')).toBeUndefined();
    expect(parseTroubleshootUrl('https://api.aliyun.com/troubleshoot?q=%E0%A4%A&product=Dds')).toEqual({
      query: '%E0%A4%A',
      product: 'Dds',
    });
  });

  it('reads a link pasted alone, and one inside text', () => {
    expect(fieldsRead(s.recommendUrls.errorCenter)).toMatchObject({ code: 'ServiceUnavailable' });
    expect(fieldsRead(`see ${s.recommendUrls.aliyun}).`)).toMatchObject({
      code: 'InvalidRegion.NotFound',
      requestId: s.RID.url,
      product: 'Dds',
    });
  });

  it('takes URLSearchParams or a plain record', () => {
    expect(fieldsFromParams(new URLSearchParams(`q=Forbidden.SubUser&product=Dds&requestId=${s.RID.url}`))).toEqual({
      code: 'Forbidden.SubUser',
      product: 'Dds',
      requestId: s.RID.url,
    });
    expect(fieldsFromParams({ Keyword: 'QuotaExceed', RequestId: s.RID.url })).toEqual({
      code: 'QuotaExceed',
      requestId: s.RID.url,
    });
    expect(fieldsFromParams({ q: ['signature nonce was used'] })).toEqual({
      message: 'signature nonce was used',
    });
    expect(fieldsFromParams({ q: '', product: 'not a product!', requestId: '<script>' })).toEqual({});
  });
});

describe('bare input and limits', () => {
  it('a bare code, a bare message', () => {
    expect(fieldsRead('  `InvalidParameter`  ')).toEqual({ code: 'InvalidParameter' });
    expect(fieldsRead('Specified key is not valid.')).toEqual({ message: 'Specified key is not valid.' });
  });

  it('blank and decoration-only input is blank', () => {
    expect(readPaste('').blank).toBe(true);
    expect(readPaste(' \n\t ').blank).toBe(true);
    expect(readPaste('╷\n│ \n╵\n\u001b[0m').blank).toBe(true);
  });

  it('reads only the first SCAN_LIMIT characters after leading white space', () => {
    const late = `${'x '.repeat(SCAN_LIMIT)}\n${s.goClassic}`;
    expect(fieldsRead(late).code).toBeUndefined();
    const padded = `${' '.repeat(SCAN_LIMIT * 2)}${s.goClassic}`;
    expect(fieldsRead(padded).code).toBe('QuotaExceed');
  });

  it('ignores values that are not what the field holds', () => {
    expect(fieldsRead('{"Code":"200","Message":"","RequestId":"x y","HostId":"not a host"}')).toEqual({});
  });
});
