import { beforeAll, describe, expect, it } from 'vitest';
import {
  resolveErrorText,
  resolveLookupFields,
  resolveTroubleshootParams,
  type LookupEntry,
  type LookupResult,
} from '../../src/lookup/index.ts';
import { candidateCodes, realEntries } from './helpers.ts';
import * as s from './samples.ts';

let catalog: readonly LookupEntry[];
beforeAll(() => {
  catalog = realEntries();
});

const resolve = (text: string): LookupResult => resolveErrorText(text, catalog);

function expectMatch(result: LookupResult, code: string, message?: number): Extract<LookupResult, { kind: 'match' }> {
  expect(result.kind, JSON.stringify(result)).toBe('match');
  if (result.kind !== 'match') throw new Error('unreachable');
  expect(result.code).toBe(code);
  expect(result.messageIndex).toBe(message);
  expect(result.url).toBe(message === undefined ? `/errors/${code}/` : `/errors/${code}/#message-${message}`);
  expect(result.reason.length).toBeGreaterThan(10);
  return result;
}

function expectCandidates(result: LookupResult): Extract<LookupResult, { kind: 'candidates' }> {
  expect(result.kind, JSON.stringify(result)).toBe('candidates');
  if (result.kind !== 'candidates') throw new Error('unreachable');
  return result;
}

describe('the catalog under test', () => {
  it('is the real one', () => {
    expect(catalog).toHaveLength(53);
    expect(catalog.flatMap((entry) => entry.messages)).toHaveLength(55);
  });
});

describe('every pasted shape resolves to its code', () => {
  it('raw JSON body', () => {
    const result = expectMatch(resolve(s.rawJsonBody), 'InvalidInstanceId.NotFound');
    expect(result.fields).toMatchObject({ requestId: s.RID.json, host: 'mongodb.aliyuncs.com', product: 'Dds' });
  });

  it('JSON with escaped quotes, and a fully escaped body', () => {
    expectMatch(resolve(s.jsonWithEscapedQuotes), 'InvalidToken.Malformed');
    expectMatch(resolve(s.escapedJsonBody), 'Forbidden.RiskControl');
  });

  it('Python classic: traceback and "ServerException occurred" log line', () => {
    expect(expectMatch(resolve(s.pythonClassicTraceback), 'InvalidInstanceId.NotFound').fields).toMatchObject({
      status: 404,
      requestId: s.RID.pyTrace,
    });
    expect(expectMatch(resolve(s.pythonClassicLogLine), 'IncorrectDBInstanceState').fields).toMatchObject({
      status: 400,
      requestId: s.RID.pyLog,
      host: 'mongodb.aliyuncs.com',
    });
  });

  it('Python ClientException "<Code> <message>"', () => {
    expectMatch(resolve(s.pythonClientExceptionKnown), 'InvalidZoneId.NotFound');
    const unknown = resolve(s.pythonClientException);
    expect(unknown.kind).toBe('unknown-code');
    if (unknown.kind === 'unknown-code') expect(unknown.code).toBe('SDK.InvalidRegionId');
  });

  it('Tea Python with a dict repr: ASCII and typographic apostrophes', () => {
    expect(expectMatch(resolve(s.teaPythonApostrophe), 'Forbidden.RAM').fields).toMatchObject({
      status: 403,
      requestId: s.RID.teaPy,
    });
    expectMatch(resolve(s.teaPythonCurly), 'Forbidden.RAM');
  });

  it('Tea Python naming another parameter: the code decides', () => {
    expect(expectMatch(resolve(s.teaPythonOtherParameter), 'InvalidParameter').fields.requestId).toBe(s.RID.teaPyParam);
  });

  it('Go Tea SDKError block: status 403 and the message pick MissingParameter message 3', () => {
    const result = expectMatch(resolve(s.goTeaSdkError), 'MissingParameter', 3);
    expect(result.fields).toMatchObject({ status: 403, requestId: s.RID.goTea, host: 'mongodb.aliyuncs.com' });
  });

  it('Java Tea: no code; the message (and status) identify it', () => {
    const result = expectMatch(resolve(s.javaTea), 'MissingParameter', 3);
    expect(result.fields.code).toBeUndefined();
    expect(result.fields).toMatchObject({ status: 403, requestId: s.RID.java });
  });

  it('TypeScript Tea and Darabonba', () => {
    expect(expectMatch(resolve(s.typescriptTea), 'InvalidBackupSetID.NotFound').fields).toMatchObject({
      status: 400,
      requestId: s.RID.ts,
    });
    expect(expectMatch(resolve(s.darabonbaTea), 'ServiceUnavailable').fields.status).toBe(503);
  });

  it('Go classic SDK.ServerError with and without RespHeaders', () => {
    expect(expectMatch(resolve(s.goClassic), 'QuotaExceed').fields.requestId).toBe(s.RID.goClassic);
    expect(expectMatch(resolve(s.goClassicWithHeaders), 'InvalidSecurityIPList.Format').fields.requestId).toBe(
      s.RID.goHeaders,
    );
  });

  it('aliyun CLI with ERROR: and colour codes', () => {
    expect(expectMatch(resolve(s.aliyunCli), 'Forbbiden.SubUser').fields.requestId).toBe(s.RID.cli);
    expectMatch(resolve(s.aliyunCliLostEscape), 'HasRenewChangeOrder');
  });

  it('Terraform diagnostics', () => {
    const result = expectMatch(resolve(s.terraform), 'InvalidParameter');
    expect(result.fields).toMatchObject({
      status: 400,
      requestId: s.RID.terraform,
      operation: 'ModifyDBInstanceDescription',
      host: 'mongodb.aliyuncs.com',
    });
    expect(expectMatch(resolve(s.terraformPlain), 'Zone.NotSupport').fields.operation).toBe('CreateDBInstance');
  });

  it('structured log lines with the error as an escaped string', () => {
    expect(expectMatch(resolve(s.structuredLog), 'InvalidEndTime.Format').fields).toMatchObject({
      status: 400,
      requestId: s.RID.log,
    });
    expect(expectMatch(resolve(s.nestedLog), 'InvalidToken.Malformed').fields.requestId).toBe(s.RID.nested);
  });

  it('all four Recommend link forms', () => {
    expect(expectMatch(resolve(s.recommendUrls.aliyun), 'InvalidRegion.NotFound').fields).toMatchObject({
      requestId: s.RID.url,
      product: 'Dds',
    });
    expectMatch(resolve(s.recommendUrls.alibabacloud), 'QuotaNotEnough');
    expectMatch(resolve(s.recommendUrls.next), 'Forbedden.NotSupportRAM');
    expectMatch(resolve(s.recommendUrls.errorCenter), 'ServiceUnavailable');
  });
});

describe('troubleshoot parameters', () => {
  it('q, product and requestId from URLSearchParams', () => {
    const result = expectMatch(
      resolveTroubleshootParams(new URLSearchParams(`q=Forbidden.SubUser&product=Dds&requestId=${s.RID.url}`), catalog),
      'Forbbiden.SubUser',
    );
    expect(result.fields).toEqual({ code: 'Forbidden.SubUser', product: 'Dds', requestId: s.RID.url });
  });

  it('Keyword from a record; free text in q is resolved like a paste', () => {
    expectMatch(resolveTroubleshootParams({ Keyword: 'QuotaExceed' }, catalog), 'QuotaExceed');
    const text = expectCandidates(
      resolveTroubleshootParams({ q: 'signature nonce was used', product: 'Dds' }, catalog),
    );
    expect(text.candidates[0]?.code).toBe('SignatureNonceUsed');
    expect(text.fields.product).toBe('Dds');
    expect(resolveTroubleshootParams({}, catalog)).toEqual({ kind: 'empty' });
  });

  it('unknown code in q', () => {
    expect(resolveTroubleshootParams({ q: 'Throttling.User', product: 'Dds' }, catalog).kind).toBe('unknown-code');
  });

  it('resolveLookupFields takes fields read elsewhere', () => {
    expectMatch(resolveLookupFields({ code: 'MissingParameter', status: 403 }, catalog), 'MissingParameter', 3);
    expect(resolveLookupFields({}, catalog)).toEqual({ kind: 'empty' });
  });
});

describe('codes', () => {
  it('bare code in any letter case', () => {
    expectMatch(resolve('InvalidPreferredBackupTime'), 'InvalidPreferredBackupTime');
    expectMatch(resolve('invalidparameter'), 'InvalidParameter');
    expectMatch(resolve('FORBIDDEN.RISKCONTROL'), 'Forbidden.RiskControl');
    expectMatch(resolve('  "QuotaExceed".  '), 'QuotaExceed');
  });

  it('the spelling the service returns, and the corrected spellings', () => {
    expectMatch(resolve('Forbbiden.SubUser'), 'Forbbiden.SubUser');
    const corrected = expectMatch(resolve('Forbidden.SubUser'), 'Forbbiden.SubUser');
    expect(corrected.reason).toContain('Code “Forbidden.SubUser” is the corrected spelling of Forbbiden.SubUser');
    expectMatch(resolve('Forbidden.NotAdminUser'), 'Forbbiden.NotAdminUser');
    expectMatch(resolve('forbidden.notsupportram'), 'Forbedden.NotSupportRAM');
    expectMatch(resolve('Forbiden.NotSupportRAM'), 'Forbedden.NotSupportRAM');
  });

  it('aliases from the guidance', () => {
    expectMatch(resolve('QuotaExceeded'), 'QuotaExceed');
    expectMatch(resolve('{"Code":"InvalidDBInstanceId.NotFound"}'), 'InvalidInstanceId.NotFound');
  });

  it('a code inside a JSON body with the corrected spelling still matches', () => {
    expectMatch(resolve('{"Code":"Forbidden.NotAdminUser","Message":"x"}'), 'Forbbiden.NotAdminUser');
  });

  it('MissingParameter alone has no message; with a status or message it has', () => {
    expectMatch(resolve('MissingParameter'), 'MissingParameter');
    expectMatch(resolve('Error: MissingParameter code: 403, oops request id: 1A2B3C4D'), 'MissingParameter', 3);
    expectMatch(
      resolve('MissingParameter InstanceName/NewPassword at least one is mandatory for this action.'),
      'MissingParameter',
      2,
    );
    expectMatch(
      resolve(
        '{"Code":"MissingParameter","Message":"The input parameter \\"OwnerId\\" that is mandatory for processing this request is not supplied."}',
      ),
      'MissingParameter',
      3,
    );
    // Two messages share status 400: the status alone does not choose.
    expectMatch(resolve('HTTP Status: 400 Error:MissingParameter  RequestID: 1A2B3C4D'), 'MissingParameter');
  });

  it('small typos give the intended code first', () => {
    const typo = expectCandidates(resolve('InvalidInstanceId.NotFuond'));
    expect(typo.candidates[0]?.code).toBe('InvalidInstanceId.NotFound');
    expect(expectCandidates(resolve('InternalEror')).candidates[0]?.code).toBe('InternalError');
    expect(expectCandidates(resolve('QuotaExced')).candidates[0]?.code).toBe('QuotaExceed');
    expect(expectCandidates(resolve('Zone.NotSuport')).candidates[0]?.code).toBe('Zone.NotSupport');
  });

  it("a typo with the code's own message is a match", () => {
    expectMatch(
      resolve(
        '{"Code":"InvalidInstanceId.NotFuond","Message":"The InstanceId provided does not exist in our records."}',
      ),
      'InvalidInstanceId.NotFound',
    );
  });

  it('a code prefix shared by two codes gives both', () => {
    const result = expectCandidates(resolve('InvalidEndTime'));
    expect(candidateCodes(result).slice(0, 2).sort()).toEqual(['InvalidEndTime.Format', 'InvalidEndTime.Malformed']);
  });

  it('codes not in the catalog', () => {
    const foo = resolve('Foo.Bar');
    expect(foo).toMatchObject({ kind: 'unknown-code', code: 'Foo.Bar' });
    const notFound = resolve('InvalidFoo.NotFound');
    expect(notFound).toMatchObject({ kind: 'unknown-code', code: 'InvalidFoo.NotFound' });
    expect(candidateCodes(notFound)).toEqual(
      expect.arrayContaining(['InvalidInstanceId.NotFound', 'InvalidStatus.NotFound', 'InvalidRegion.NotFound']),
    );
    expect(candidateCodes(notFound).every((code) => code.endsWith('.NotFound'))).toBe(true);
  });

  it("an unknown code with a known message offers that message's code", () => {
    const result = resolve(
      'SDKError:\n   StatusCode: 404\n   Code: ResourceNotFound.Instance\n   Message: code: 404, The InstanceId provided does not exist in our records. request id: 1A2B3C4D-5E6F',
    );
    expect(result).toMatchObject({ kind: 'unknown-code', code: 'ResourceNotFound.Instance' });
    expect(candidateCodes(result)[0]).toBe('InvalidInstanceId.NotFound');
  });

  it('a code named in prose', () => {
    expectMatch(
      resolve('We keep getting InvalidInstanceId.NotFound from DescribeDBInstanceAttribute since yesterday'),
      'InvalidInstanceId.NotFound',
    );
  });

  it('a CamelCase word at the start that is not a code is read as text', () => {
    const result = resolve('DescribeDBInstances says: The InstanceId provided does not exist in our records.');
    expect(result.kind === 'match' || result.kind === 'candidates').toBe(true);
    expect(result.kind === 'match' ? result.code : candidateCodes(result)[0]).toBe('InvalidInstanceId.NotFound');
  });
});

describe('messages', () => {
  it('a bare message', () => {
    expectMatch(resolve('The Status provided does not exist in our records.'), 'InvalidStatus.NotFound');
    expectMatch(resolve('specified signature nonce was used already'), 'SignatureNonceUsed');
    expectMatch(
      resolve("User not authorized to operate on the specified resource, or this API doesn't support RAM."),
      'Forbidden.RAM',
    );
    expectMatch(
      resolve(
        'The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied.',
      ),
      'MissingParameter',
      3,
    );
  });

  it('a message shared by two codes gives both', () => {
    const result = expectCandidates(resolve('Specified preferred backup time is not valid.'));
    expect(candidateCodes(result).slice(0, 2).sort()).toEqual([
      'InvalidPreferredBackupTime',
      'InvalidPreferredBackupTime.Format',
    ]);
    expect(result.searchText).toBe('Specified preferred backup time is not valid.');
    const java = expectCandidates(resolve(s.javaTeaAmbiguous));
    expect(candidateCodes(java).slice(0, 2).sort()).toEqual([
      'InvalidPreferredBackupTime',
      'InvalidPreferredBackupTime.Format',
    ]);
    expect(java.fields).toMatchObject({ status: 400, requestId: s.RID.java });
  });

  it('part of a message', () => {
    expect(expectCandidates(resolve('signature nonce was used')).candidates[0]?.code).toBe('SignatureNonceUsed');
    expect(expectCandidates(resolve('renewChange order')).candidates[0]?.code).toBe('HasRenewChangeOrder');
    expect(candidateCodes(resolve('does not exist in our records'))).toEqual(
      expect.arrayContaining([
        'InvalidStatus.NotFound',
        'InvalidRegion.NotFound',
        'InvalidInstanceId.NotFound',
        'InvalidCapacity.NotFound',
      ]),
    );
  });

  it('other wording of the same error', () => {
    expect(expectCandidates(resolve('The specified SignatureNonce has already been used.')).candidates[0]?.code).toBe(
      'SignatureNonceUsed',
    );
    expect(expectCandidates(resolve('SignatureNonce already used')).candidates[0]?.code).toBe('SignatureNonceUsed');
    expect(expectCandidates(resolve('not enough balance in the account')).candidates[0]?.code).toBe(
      'InsufficientBalance',
    );
  });

  it('a different parameter name: every code of that wording, the generic code first', () => {
    const result = expectCandidates(resolve('The specified parameter "DBInstanceDescription" is not valid.'));
    const codes = candidateCodes(result);
    expect(codes[0]).toBe('InvalidParameter');
    expect(codes).toEqual(
      expect.arrayContaining(['InvalidToken.Malformed', 'InvalidInstanceName.Malformed', 'InvalidPassword.Malformed']),
    );
  });

  it('a parameter-only difference ranks the code named after the parameter first', () => {
    // Case-exact wording of InvalidParameter, parameter of InvalidPassword.Malformed: both are offered.
    const result = expectCandidates(resolve('The specified parameter "Password" is not valid.'));
    expect(candidateCodes(result).slice(0, 2)).toEqual(['InvalidPassword.Malformed', 'InvalidParameter']);
    // The table's own wording for the Token row is exact.
    expectMatch(resolve('The Specified parameter "Token" is not valid.'), 'InvalidToken.Malformed');
    expectMatch(resolve('The Specified parameter \\"Token\\" is not valid.'), 'InvalidToken.Malformed');
  });

  it('the template of a single code is a match', () => {
    expectMatch(resolve('The specified parameter "InstanceName" is not valid.'), 'InvalidParameter');
  });
});

describe('status as a decider and tie-breaker (synthetic catalog)', () => {
  const synthetic: LookupEntry[] = [
    { code: 'Alpha.Busy', aliases: [], messages: [{ index: 1, status: 400, text: 'The resource is busy.' }] },
    { code: 'Beta.Busy', aliases: [], messages: [{ index: 1, status: 503, text: 'The resource is busy.' }] },
    {
      code: 'Gamma',
      aliases: ['Gama'],
      messages: [
        { index: 1, status: 400, text: 'Gamma failed.' },
        { index: 2, status: 404, text: 'Gamma is gone.' },
      ],
    },
  ];

  it('a message shared by codes of different statuses is decided by the status', () => {
    const decided = resolveErrorText('code: 503, The resource is busy. request id: 1A2B3C4D', synthetic);
    expect(decided).toMatchObject({ kind: 'match', code: 'Beta.Busy', url: '/errors/Beta.Busy/' });
    const undecided = resolveErrorText('The resource is busy.', synthetic);
    expect(candidateCodes(undecided)).toEqual(['Alpha.Busy', 'Beta.Busy']);
  });

  it('status ranks otherwise equal candidates', () => {
    expect(candidateCodes(resolveErrorText('code: 503, resource busy request id: 1A2B3C4D', synthetic))[0]).toBe(
      'Beta.Busy',
    );
    expect(candidateCodes(resolveErrorText('code: 400, resource busy request id: 1A2B3C4D', synthetic))[0]).toBe(
      'Alpha.Busy',
    );
  });

  it('an alias that is not a corrected spelling', () => {
    const result = resolveErrorText('gama', synthetic);
    expect(result).toMatchObject({ kind: 'match', code: 'Gamma' });
    if (result.kind === 'match') expect(result.reason).toContain('another name for Gamma');
  });

  it('status picks the message', () => {
    expect(resolveErrorText('{"Code":"Gamma","statusCode":404}', synthetic)).toMatchObject({
      kind: 'match',
      messageIndex: 2,
      url: '/errors/Gamma/#message-2',
    });
  });

  it('an empty catalog never matches', () => {
    expect(resolveErrorText('InvalidParameter', []).kind).toBe('unknown-code');
    expect(resolveErrorText('some words', [])).toMatchObject({ kind: 'candidates', candidates: [] });
  });
});

describe('results', () => {
  it('blank input is empty', () => {
    expect(resolve('')).toEqual({ kind: 'empty' });
    expect(resolve('   \n\t')).toEqual({ kind: 'empty' });
  });

  it('candidates are ranked, unique and at most 8', () => {
    for (const text of ['backup', 'not valid', 'Specified', 'instance', 'does not support']) {
      const result = resolve(text);
      const codes = candidateCodes(result);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.length).toBeLessThanOrEqual(8);
      if (result.kind === 'candidates' || result.kind === 'unknown-code') {
        const scores = result.candidates.map((candidate) => candidate.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      }
    }
  });

  it('text with nothing to match gives no candidates and a search text', () => {
    const result = expectCandidates(resolve('zzzz qqqq'));
    expect(result.candidates).toEqual([]);
    expect(result.searchText).toBe('zzzz qqqq');
  });

  it('a request ID alone is kept in the fields', () => {
    const result = expectCandidates(resolve(`{"RequestId":"${s.RID.json}"}`));
    expect(result.fields).toEqual({ requestId: s.RID.json });
  });

  it('an SDK’s error name alone is not a code: no candidates, and a hint where the code is', () => {
    const cases: [string, string, RegExp][] = [
      ['SDK.ServerError', 'SDK.ServerError', /ErrorCode: line/],
      ['sdk.servererror', 'SDK.ServerError', /ErrorCode: line/],
      ['ERROR: SDK.ServerError', 'SDK.ServerError', /ErrorCode: line/],
      ['SDKError:', 'SDKError', /Code: line/],
      ['aliyunsdkcore.acs_exception.exceptions.ServerException', 'ServerException', /follows Error:/],
      ['ClientException', 'ClientException', /follows Error:/],
      ['ThrottlingError', 'ThrottlingError', /before “: code:”/],
    ];
    for (const [text, name, where] of cases) {
      const result = resolve(text);
      expect(result.kind === 'candidates' || result.kind === 'unknown-code', text).toBe(true);
      if (result.kind !== 'candidates' && result.kind !== 'unknown-code') continue;
      expect(result.candidates, text).toEqual([]);
      expect(result.fields.code, text).toBeUndefined();
      expect(result.hint, text).toMatch(new RegExp(`^${name.replace('.', '\\.')} is `));
      expect(result.hint, text).toMatch(where);
    }
  });

  it('an SDK’s error name does not hide the code or message the paste holds', () => {
    expectMatch(resolve('SDK.ServerError\nErrorCode: InvalidParameter\nMessage: x'), 'InvalidParameter');
    const named = resolve('ServerException: The specified parameter is not valid.');
    expect(named.kind === 'candidates' && named.hint).toBeFalsy();
    expect(candidateCodes(named).length).toBeGreaterThan(0);
  });
});
