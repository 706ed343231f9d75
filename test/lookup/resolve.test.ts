import { beforeAll, describe, expect, it } from 'vitest';
import {
  resolveErrorText,
  resolveLookupFields,
  resolveTroubleshootParams,
  type LookupCatalog,
  type LookupEntry,
  type LookupResult,
} from '../../src/lookup/index.ts';
import { candidateCodes, realCatalog } from './helpers.ts';
import * as s from './samples.ts';

let catalog: LookupCatalog;
beforeAll(() => {
  catalog = realCatalog();
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
  it('is the real one: the table, the API metadata and the tool list merged, with its product', () => {
    expect(catalog.entries).toHaveLength(214);
    expect(catalog.entries.flatMap((entry) => entry.messages)).toHaveLength(249);
    expect(catalog.product).toMatchObject({ code: 'Dds', name: 'ApsaraDB for MongoDB' });
    expect(catalog.product.hosts).toEqual(
      expect.arrayContaining(['mongodb.aliyuncs.com', 'mongodb.cn-zhengzhou-jva.aliyuncs.com']),
    );
  });
});

describe('every pasted shape resolves to its code', () => {
  it('raw JSON body', () => {
    const result = expectMatch(resolve(s.rawJsonBody), 'InvalidInstanceId.NotFound', 1);
    expect(result.fields).toMatchObject({ requestId: s.RID.json, host: 'mongodb.aliyuncs.com', product: 'Dds' });
  });

  it('JSON with escaped quotes, and a fully escaped body', () => {
    expectMatch(resolve(s.jsonWithEscapedQuotes), 'InvalidToken.Malformed');
    expectMatch(resolve(s.escapedJsonBody), 'Forbidden.RiskControl');
  });

  it('Python classic: traceback and "ServerException occurred" log line', () => {
    expect(expectMatch(resolve(s.pythonClassicTraceback), 'InvalidInstanceId.NotFound', 1).fields).toMatchObject({
      status: 404,
      requestId: s.RID.pyTrace,
    });
    expect(expectMatch(resolve(s.pythonClassicLogLine), 'IncorrectDBInstanceState', 1).fields).toMatchObject({
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

  it('Tea Python naming another parameter: the code decides, the metadata’s “%s” message is the one', () => {
    expect(expectMatch(resolve(s.teaPythonOtherParameter), 'InvalidParameter', 2).fields.requestId).toBe(
      s.RID.teaPyParam,
    );
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
    expect(expectMatch(resolve(s.typescriptTea), 'InvalidBackupSetID.NotFound', 1).fields).toMatchObject({
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
    const result = expectMatch(resolve(s.terraform), 'InvalidParameter', 2);
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
    // InvalidDBInstanceId.NotFound was an alias of InvalidInstanceId.NotFound until the API metadata published it.
    expectMatch(resolve('{"Code":"InvalidDBInstanceId.NotFound"}'), 'InvalidDBInstanceId.NotFound');
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
      1,
    );
  });

  it('a code prefix shared by two codes gives both', () => {
    const result = expectCandidates(resolve('InvalidEndTime'));
    expect(candidateCodes(result).slice(0, 2).sort()).toEqual(['InvalidEndTime.Format', 'InvalidEndTime.Malformed']);
  });

  it('codes not in the catalog', () => {
    const foo = resolve('Foo.Bar');
    expect(foo).toMatchObject({ kind: 'unknown-code', code: 'Foo.Bar' });
    // Codes that only share its words (InvalidInstanceId.NotFound, …) are other codes, not candidates for it.
    const notFound = resolve('InvalidFoo.NotFound');
    expect(notFound).toMatchObject({ kind: 'unknown-code', code: 'InvalidFoo.NotFound', candidates: [] });
  });

  it("an unknown code with a known message does not offer that message's code", () => {
    const result = resolve(
      'SDKError:\n   StatusCode: 404\n   Code: ResourceNotFound.Instance\n   Message: code: 404, The InstanceId provided does not exist in our records. request id: 1A2B3C4D-5E6F',
    );
    // A code no source has, with another code's message: it is not that code (another product, another version),
    // so the answer is the unknown code and Alibaba's troubleshoot link for it, never a jump to the other code.
    expect(result).toMatchObject({
      kind: 'unknown-code',
      code: 'ResourceNotFound.Instance',
      candidates: [],
      troubleshootUrl:
        'https://api.aliyun.com/troubleshoot?q=ResourceNotFound.Instance&product=Dds&requestId=1A2B3C4D-5E6F',
    });
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
  it('every message of the catalog, pasted alone, lands on its code (or offers it first, when codes share it)', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of catalog.entries)
      for (const { text } of entry.messages) owners.set(text, new Set([...(owners.get(text) ?? []), entry.code]));
    const missed: string[] = [];
    for (const entry of catalog.entries) {
      for (const { text } of entry.messages) {
        const result = resolve(text);
        const codes = owners.get(text) ?? new Set();
        const found =
          result.kind === 'match'
            ? codes.has(result.code)
            : result.kind === 'candidates' &&
              candidateCodes(result)
                .slice(0, codes.size)
                .some((code) => codes.has(code));
        if (!found) missed.push(`${entry.code}: ${text} → ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
    expect(missed).toEqual([]);
    // A leading word that is no code but starts the message is part of it.
    expectMatch(resolve('InstanceId is mandatory for this action.'), 'MissingInstanceId');
  });

  it('a bare message', () => {
    expectMatch(resolve('The Status provided does not exist in our records.'), 'InvalidStatus.NotFound', 1);
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

  it('a different parameter name fills the metadata’s “%s” of InvalidParameter: a match', () => {
    // The API metadata publishes InvalidParameter's "The specified parameter %s is not valid." (message 2); the same
    // wording with a quoted parameter is the table's message of several codes, in other letter case.
    const result = expectMatch(
      resolve('The specified parameter "DBInstanceDescription" is not valid.'),
      'InvalidParameter',
      2,
    );
    expect(result.reason).toContain('where it has %s');
    // Without the metadata's wording the table's codes stay candidates (another letter case: no placeholder fits).
    const codes = candidateCodes(resolve('The Specified parameter "DBInstanceDescription" is not valid.'));
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
    expectMatch(resolve('The specified parameter "InstanceName" is not valid.'), 'InvalidParameter', 1);
  });
});

describe('status as a decider and tie-breaker (synthetic catalog)', () => {
  const entries: LookupEntry[] = [
    {
      code: 'Alpha.Busy',
      page: 'Alpha.Busy',
      aliases: [],
      messages: [{ index: 1, status: 400, text: 'The resource is busy.', operations: [] }],
    },
    {
      code: 'Beta.Busy',
      page: 'Beta.Busy',
      aliases: [],
      messages: [{ index: 1, status: 503, text: 'The resource is busy.', operations: [] }],
    },
    {
      code: 'Gamma',
      page: 'Gamma',
      aliases: ['Gama'],
      messages: [
        { index: 1, status: 400, text: 'Gamma failed.', operations: [] },
        { index: 2, status: 404, text: 'Gamma is gone.', operations: [] },
      ],
    },
  ];
  const synthetic: LookupCatalog = { product: { code: 'Test', name: 'Test Product', hosts: [] }, entries };

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
    expect(resolveErrorText('InvalidParameter', { ...synthetic, entries: [] }).kind).toBe('unknown-code');
    expect(resolveErrorText('some words', { ...synthetic, entries: [] })).toMatchObject({
      kind: 'candidates',
      candidates: [],
    });
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

describe('issue 18: the merged catalog', () => {
  it('codes that used to be unknown are real now', () => {
    expectMatch(resolve('InvalidInstanceId'), 'InvalidInstanceId');
    expectMatch(resolve('Throttling'), 'Throttling');
    expectMatch(resolve('{"Code":"InvalidDBInstanceId.NotFound","Message":"x"}'), 'InvalidDBInstanceId.NotFound');
  });

  it('codes with underscores, from every paste format', () => {
    const code = 'Trade_Not_Support_Async_Pay';
    const message = 'Trade not support async pay.';
    for (const text of [
      code,
      code.toLowerCase(),
      `{"RequestId":"1A2B3C4D","Code":"${code}","Message":"${message}"}`,
      `HTTP Status: 400 Error:${code} ${message} RequestID: 1A2B3C4D`,
      `Error: ${code} code: 400, ${message} request id: 1A2B3C4D`,
      `Error: ${code}: code: 400, ${message} request id: 1A2B3C4D`,
      `SDKError:\n   StatusCode: 400\n   Code: ${code}\n   Message: code: 400, ${message} request id: 1A2B3C4D`,
      `SDK.ServerError\nErrorCode: ${code}\nRequestId: 1A2B3C4D\nMessage: ${message}`,
      `${code} ${message}`,
      `https://api.aliyun.com/troubleshoot?q=${code}&product=Dds&requestId=1A2B3C4D`,
      `We keep getting ${code} when paying`,
    ])
      expectMatch(resolve(text), code);
    expectMatch(resolve('{"Code":"ORDER.ACCOUNT_INFORMATION_INCOMPLETE"}'), 'ORDER.ACCOUNT_INFORMATION_INCOMPLETE');
    expectMatch(resolve('InvalidRegion_Zone_NotFound'), 'InvalidRegion_Zone_NotFound');
  });

  it('a message from the metadata lands on its code; %s matches any value', () => {
    expectMatch(resolve('Trade not support async pay.'), 'Trade_Not_Support_Async_Pay');
    const filled = expectMatch(
      resolve('There is not enough resource for your operation, requestId: 5C4B-3A29.'),
      'ErrorInsufficientResource',
    );
    expect(filled.reason).toContain('with “5C4B-3A29” where it has %s');
    expectMatch(
      resolve("Parameter oplogSizeMB is not valid for instance's MinorVersion."),
      'InvalidParameterForInstanceVersion',
    );
    // A blank or an over-long value is not a value.
    expect(resolve("Parameter  is not valid for instance's MinorVersion.").kind).not.toBe('match');
  });

  it('codes that differ only in letter case: the exact spelling is that code, a third case offers both', () => {
    expectMatch(resolve('InvalidDBInstanceId.NotFound'), 'InvalidDBInstanceId.NotFound');
    const other = expectCandidatesOrMatch(resolve('InvalidDbInstanceId.NotFound'));
    expect(other).toMatchObject({
      kind: 'match',
      code: 'InvalidDbInstanceId.NotFound',
      messageIndex: 3,
      url: '/errors/InvalidDBInstanceId.NotFound/#message-3',
    });
    const both = expectCandidates(resolve('INVALIDDBINSTANCEID.NOTFOUND'));
    expect(both.candidates.map(({ code, url }) => [code, url])).toEqual([
      ['InvalidDBInstanceId.NotFound', '/errors/InvalidDBInstanceId.NotFound/'],
      ['InvalidDbInstanceId.NotFound', '/errors/InvalidDBInstanceId.NotFound/#message-3'],
    ]);
    expect(expectCandidates(resolve('got invaliddbinstanceid.notfound again')).candidates).toHaveLength(2);
  });

  it('the operation picks the message and is carried to the page', () => {
    const result = expectMatch(resolve(s.terraformCreateFailed), 'MissingParameter', 4);
    expect(result.operation).toBe('CreateDBInstance');
    expect(result.fields.operation).toBe('CreateDBInstance');
    // An operation that does not return the code is shown as read, and not carried as the code's row.
    const other = expectMatch(resolve(s.terraform), 'InvalidParameter', 2);
    expect(other.operation).toBeUndefined();
    expect(other.fields.operation).toBe('ModifyDBInstanceDescription');
  });

  it('an unknown code: Alibaba’s troubleshoot link with the paste’s RequestId, and only close spellings', () => {
    expect(resolve(`{"Code":"Widget.Broken","RequestId":"${s.RID.json}"}`)).toMatchObject({
      kind: 'unknown-code',
      code: 'Widget.Broken',
      product: { code: 'Dds', name: 'ApsaraDB for MongoDB' },
      troubleshootUrl: `https://api.aliyun.com/troubleshoot?q=Widget.Broken&product=Dds&requestId=${s.RID.json}`,
      candidates: [],
    });
    expect(resolve('Widget.Broken')).toMatchObject({
      troubleshootUrl: 'https://api.aliyun.com/troubleshoot?q=Widget.Broken&product=Dds',
    });
    expect(candidateCodes(resolve('InvalidSecurityIPList.QuotaExceded.Now'))).toEqual([
      'InvalidSecurityIPList.QuotaExceeded',
    ]);
  });

  it('another Alibaba Cloud product: a shared code is the match with a note; its own code is other-product', () => {
    const shared = expectMatch(resolve(s.ecsSharedCode), 'MissingParameter', 3);
    expect(shared.note).toBe(
      'This error came from Ecs, another Alibaba Cloud product (its link says product=Ecs); the page describes MissingParameter as ApsaraDB for MongoDB returns it.',
    );
    expect(shared.fromProduct).toEqual({ code: 'Ecs', name: 'Ecs' });
    expect(resolve(s.alidnsOwnCode)).toEqual({
      kind: 'other-product',
      from: { code: 'Alidns', name: 'Alidns' },
      product: { code: 'Dds', name: 'ApsaraDB for MongoDB' },
      code: 'DomainRecordDuplicate',
      troubleshootUrl:
        'https://api.aliyun.com/troubleshoot?q=DomainRecordDuplicate&product=Alidns&requestId=D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F60',
      fields: {
        code: 'DomainRecordDuplicate',
        message: 'The DNS record already exists.',
        requestId: 'D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F60',
        host: 'alidns.aliyuncs.com',
      },
    });
    expect(resolve('{"HostId":"rds.aliyuncs.com","Code":"InvalidDBName.Duplicate"}')).toMatchObject({
      kind: 'other-product',
      from: { name: 'Rds' },
    });
    expect(resolveTroubleshootParams({ q: 'Throttling', product: 'Ecs' }, catalog)).toMatchObject({
      kind: 'match',
      code: 'Throttling',
      fromProduct: { code: 'Ecs' },
    });
    expect(
      resolve('{"HostId":"ecs.cn-hangzhou.aliyuncs.com","Code":"InvalidInstanceType.ValueNotSupported"}'),
    ).toMatchObject({
      kind: 'other-product',
      from: { name: 'Ecs' },
      troubleshootUrl: 'https://api.aliyun.com/troubleshoot?q=InvalidInstanceType.ValueNotSupported&product=Ecs',
    });
  });

  it('another cloud: named, no page, no candidates; an Alibaba paste that mentions AWS is Alibaba’s', () => {
    const cases: [string, string, string | undefined][] = [
      [s.awsBotocore, 'AWS', 'Throttling'],
      [s.awsGoV2, 'AWS', 'InvalidParameterValue'],
      [s.awsGoV1, 'AWS', 'InvalidParameterValue'],
      [s.awsJava, 'AWS', 'InvalidParameterValue'],
      [s.awsJsV3, 'AWS', undefined],
      ['GET https://rds.us-east-1.amazonaws.com/?Action=DescribeDBInstances 400', 'AWS', undefined],
      [s.tencentPython, 'Tencent Cloud', 'AuthFailure.SignatureFailure'],
      [s.tencentGo, 'Tencent Cloud', 'InvalidParameter'],
      ['POST https://cvm.tencentcloudapi.com/ 200 InvalidParameter', 'Tencent Cloud', undefined],
      [s.huaweiPython, 'Huawei Cloud', 'APIGW.0301'],
      [s.huaweiBody, 'Huawei Cloud', 'APIG.0301'],
      ['https://ecs.cn-north-4.myhuaweicloud.com/v1/servers 401', 'Huawei Cloud', undefined],
    ];
    for (const [text, cloud, code] of cases) {
      const result = resolve(text);
      expect(result.kind, text).toBe('other-cloud');
      if (result.kind !== 'other-cloud') continue;
      expect(result.cloud.name, text).toBe(cloud);
      expect(result.code, text).toBe(code);
      expect(result).not.toHaveProperty('candidates');
      expect(result).not.toHaveProperty('url');
    }
    expectMatch(resolve(s.alibabaMentioningAws), 'InvalidParameter', 2);
    expectMatch(resolve('InvalidParameter (we use aws too)'), 'InvalidParameter');
  });
});

function expectCandidatesOrMatch(result: LookupResult): LookupResult {
  expect(['match', 'candidates']).toContain(result.kind);
  return result;
}
