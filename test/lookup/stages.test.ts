/**
 * The resolver's four stages, one at a time: read (fields.ts) → PasteReading, gather (evidence.ts) → Evidence,
 * rank (rank.ts) → Ranking, decide (decide.ts) → LookupResult. resolve.test.ts checks what they answer together.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCatalog, type CatalogIndex } from '../../src/lookup/catalog-index.ts';
import { decideAnswer } from '../../src/lookup/decide.ts';
import { gatherEvidence, type Evidence } from '../../src/lookup/evidence.ts';
import { readLookupFields, readPaste, readTroubleshootParams, type PasteReading } from '../../src/lookup/fields.ts';
import { MAX_CANDIDATES, rankCandidates, type Ranking } from '../../src/lookup/rank.ts';
import type { LookupCandidate, LookupEntry } from '../../src/lookup/types.ts';
import { realCatalog } from './helpers.ts';
import * as s from './samples.ts';

let index: CatalogIndex;
beforeAll(() => {
  index = indexCatalog(realCatalog());
});

const entry = (code: string): LookupEntry => {
  const found = index.entries.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no ${code} in the catalog`);
  return found;
};
const evidenceOf = (text: string): Evidence => gatherEvidence(readPaste(text), index);
const codesOf = (ranking: Ranking): string[] => ranking.candidates.map((candidate) => candidate.code);

describe('read: what was given becomes a PasteReading', () => {
  it('a paste: its fields, how the code was found, its plain text', () => {
    const reading = readPaste(s.goTeaSdkError);
    expect(reading).toMatchObject({
      fields: {
        code: 'MissingParameter',
        status: 403,
        requestId: s.RID.goTea,
        host: 'mongodb.aliyuncs.com',
        product: 'Dds',
      },
      codeSource: 'field',
      blank: false,
    });
    expect(reading.freeText).toMatch(/^SDKError: StatusCode: 403 Code: MissingParameter Message: code: 403, The input/);
    expect(reading.freeText.length).toBeLessThanOrEqual(1000);
  });

  it('a bare code, a leading code, blank input', () => {
    expect(readPaste('  `InvalidParameter.`  ')).toEqual({
      fields: { code: 'InvalidParameter' },
      codeSource: 'bare',
      freeText: '`InvalidParameter.`',
      blank: false,
    });
    expect(readPaste(s.pythonClientException)).toEqual({
      fields: { code: 'SDK.InvalidRegionId', message: 'Can not find endpoint to access.' },
      codeSource: 'leading',
      freeText: s.pythonClientException,
      blank: false,
    });
    expect(readPaste('╷\n│ \n╵\n')).toEqual({ fields: {}, freeText: '', blank: true });
  });

  it('fields read elsewhere', () => {
    expect(readLookupFields({ code: ' MissingParameter ', status: 403 })).toEqual({
      fields: { code: 'MissingParameter', status: 403 },
      codeSource: 'field',
      freeText: 'MissingParameter',
      blank: false,
    });
    expect(readLookupFields({ message: '  ' })).toMatchObject({ fields: {}, blank: true });
    expect(readLookupFields({ requestId: s.RID.url })).toEqual({
      fields: { requestId: s.RID.url },
      freeText: '',
      blank: false,
    });
  });

  it('troubleshoot parameters: a code-shaped q is a code, other text is read like a paste', () => {
    expect(readTroubleshootParams(new URLSearchParams('q=Forbidden.SubUser&product=Dds'))).toEqual({
      fields: { code: 'Forbidden.SubUser', product: 'Dds' },
      codeSource: 'field',
      freeText: 'Forbidden.SubUser',
      blank: false,
    });
    expect(readTroubleshootParams({ q: 'signature nonce was used', requestId: s.RID.url })).toEqual({
      fields: { requestId: s.RID.url, message: 'signature nonce was used' },
      freeText: 'signature nonce was used',
      blank: false,
    });
  });
});

describe('gather: each kind of evidence on its own', () => {
  it('a certain code; its message ranks only the code’s own messages and identifies nothing', () => {
    const evidence = evidenceOf(s.goTeaSdkError);
    expect(evidence.code).toMatchObject({ written: 'MissingParameter', match: { kind: 'exact' } });
    expect(evidence.message?.from).toBe('message');
    expect(evidence.message?.ranked.length).toBeGreaterThan(0);
    for (const hit of evidence.message?.ranked ?? []) expect(hit.item.entry.code).toBe('MissingParameter');
    expect(evidence.message?.identifies).toBeUndefined();
    expect(evidence.mentioned).toEqual([]);
  });

  it('a code near others, and a message that identifies one of them', () => {
    const evidence = evidenceOf(
      '{"Code":"InvalidInstanceId.NotFuond","Message":"The InstanceId provided does not exist in our records."}',
    );
    expect(evidence.code?.match.kind).toBe('near');
    expect(evidence.message?.identifies?.entry.code).toBe('InvalidInstanceId.NotFound');
  });

  it('a code the catalog lacks, with what it is spelled like', () => {
    const evidence = evidenceOf('InvalidFoo.NotFound');
    expect(evidence.code?.match.kind).toBe('none');
    expect(evidence.setAside).toBeUndefined();
  });

  it('a leading word that is not a code is set aside, and the whole text is the message', () => {
    const text = 'DescribeDBInstances says: The InstanceId provided does not exist in our records.';
    const evidence = evidenceOf(text);
    expect(evidence.code).toBeUndefined();
    expect(evidence.setAside).toEqual({ written: 'DescribeDBInstances', source: 'leading' });
    expect(evidence.message).toMatchObject({ from: 'text', query: { key: text.slice(0, -1) } });
  });

  it('codes the text names, only when the paste gives no code', () => {
    const prose = 'We keep getting InvalidInstanceId.NotFound from DescribeDBInstanceAttribute since yesterday';
    expect(evidenceOf(prose).mentioned.map(({ code }) => code)).toEqual(['InvalidInstanceId.NotFound']);
    expect(evidenceOf(`{"Code":"QuotaExceed","Message":"${prose}"}`).mentioned).toEqual([]);
  });

  it('an SDK’s error name', () => {
    expect(evidenceOf('ERROR: SDK.ServerError').sdkWrapper).toMatchObject({ name: 'SDK.ServerError', alone: true });
    expect(evidenceOf(s.goClassic).sdkWrapper).toMatchObject({ name: 'SDK.ServerError', alone: false });
  });

  it('the operation, looked up in the catalog: what it returns; the catalog’s own product is no evidence', () => {
    const reading = readPaste(s.terraform);
    expect(reading.fields).toMatchObject({ operation: 'ModifyDBInstanceDescription', product: 'Dds' });
    const evidence = gatherEvidence(reading, index);
    expect(evidence.operation).toMatchObject({
      written: 'ModifyDBInstanceDescription',
      name: 'ModifyDBInstanceDescription',
    });
    expect([...(evidence.operation?.returns ?? [])].map(({ code }) => code)).toContain(
      'InvalidDBInstanceDescription.Malformed',
    );
    expect(evidence.product).toBeUndefined();
  });
});

describe('rank: one candidate per code, best first', () => {
  it('codes a typo or prefix points to, in catalog order among equals', () => {
    const ranking = rankCandidates(evidenceOf('InvalidEndTime'), index);
    expect(ranking.candidates).toEqual([
      {
        code: 'InvalidEndTime.Malformed',
        url: '/errors/InvalidEndTime.Malformed/',
        score: 0.75,
        reason: 'InvalidEndTime.Malformed starts with “InvalidEndTime”.',
      },
      {
        code: 'InvalidEndTime.Format',
        url: '/errors/InvalidEndTime.Format/',
        score: 0.75,
        reason: 'InvalidEndTime.Format starts with “InvalidEndTime”.',
      },
      // From the API metadata.
      {
        code: 'InvalidEndTime.Invalid',
        url: '/errors/InvalidEndTime.Invalid/',
        score: 0.75,
        reason: 'InvalidEndTime.Invalid starts with “InvalidEndTime”.',
      },
    ]);
  });

  it('a certain code is the one candidate', () => {
    expect(rankCandidates(evidenceOf('QuotaExceed'), index).candidates).toEqual([
      { code: 'QuotaExceed', url: '/errors/QuotaExceed/', score: 1, reason: 'Code “QuotaExceed” is in the reference.' },
    ]);
  });

  it('codes named in the text and messages together, each code once, at most MAX_CANDIDATES', () => {
    const ranking = rankCandidates(
      evidenceOf('got InvalidParameter or MissingParameter: not valid, not supplied'),
      index,
    );
    const codes = codesOf(ranking);
    expect(codes.slice(0, 2)).toEqual(['InvalidParameter', 'MissingParameter']);
    expect(ranking.candidates[0]?.reason).toBe('The text names code InvalidParameter.');
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it('on equal scores, the stronger kind of evidence gives the reason', () => {
    const quota = entry('QuotaExceed');
    const [hit] = index.messages.filter((item) => item.entry === quota);
    if (!hit) throw new Error('QuotaExceed has a message');
    const evidence: Evidence = {
      code: {
        written: 'QuotaExced',
        match: { kind: 'near', candidates: [{ entry: quota, score: 0.5, reason: 'the code' }] },
      },
      message: {
        from: 'message',
        query: { key: 'x', lower: 'x', params: [], words: new Set() },
        ranked: [{ item: hit, kind: 'words', score: 0.5, reason: 'the message' }],
      },
      mentioned: [],
    };
    expect(rankCandidates(evidence, index).candidates).toEqual([
      { code: 'QuotaExceed', url: '/errors/QuotaExceed/', score: 0.5, reason: 'the code' },
    ]);
  });
});

describe('decide: one code only with confidence', () => {
  const decided = (text: string) => {
    const reading = readPaste(text);
    const evidence = gatherEvidence(reading, index);
    return decideAnswer(reading, evidence, rankCandidates(evidence, index), index.product);
  };
  const someCandidates: Ranking = {
    candidates: [{ code: 'QuotaExceed', url: '/errors/QuotaExceed/', score: 0.3, reason: 'a reason' }],
  };

  it('a near code whose message identifies one of the codes it is near is a match', () => {
    expect(
      decided(
        '{"Code":"InvalidInstanceId.NotFuond","Message":"The InstanceId provided does not exist in our records."}',
      ),
    ).toMatchObject({
      kind: 'match',
      code: 'InvalidInstanceId.NotFound',
      reason:
        'Code “InvalidInstanceId.NotFuond” is not in the reference; it is close to InvalidInstanceId.NotFound, and The message is the message of InvalidInstanceId.NotFound (message 1).',
    });
  });

  it('the one code the text names is a match', () => {
    expect(decided('We keep getting InvalidInstanceId.NotFound from DescribeDBInstanceAttribute')).toMatchObject({
      kind: 'match',
      code: 'InvalidInstanceId.NotFound',
      reason: 'The text names code InvalidInstanceId.NotFound.',
    });
  });

  it('passes the ranking on as the candidates of a code the catalog lacks', () => {
    const reading = readPaste('Zzzz.Qqqq');
    const result = decideAnswer(reading, gatherEvidence(reading, index), someCandidates, index.product);
    expect(result).toEqual({
      kind: 'unknown-code',
      code: 'Zzzz.Qqqq',
      product: { code: 'Dds', name: 'ApsaraDB for MongoDB' },
      troubleshootUrl: 'https://api.aliyun.com/troubleshoot?q=Zzzz.Qqqq&product=Dds',
      candidates: someCandidates.candidates,
      fields: { code: 'Zzzz.Qqqq' },
      searchText: 'Zzzz.Qqqq',
    });
  });

  it('a leading word set aside: no code in the fields, the whole text as the message', () => {
    const reading: PasteReading = readPaste('DescribeDBInstances says: zzzz qqqq');
    const result = decideAnswer(reading, gatherEvidence(reading, index), { candidates: [] }, index.product);
    expect(result).toEqual({
      kind: 'candidates',
      candidates: [],
      fields: { message: 'DescribeDBInstances says: zzzz qqqq' },
      searchText: 'DescribeDBInstances says: zzzz qqqq',
    });
  });

  it('an SDK’s error name alone: a hint where the code is, and no candidates whatever the ranking', () => {
    const reading = readPaste('ERROR: SDK.ServerError');
    const result = decideAnswer(reading, gatherEvidence(reading, index), someCandidates, index.product);
    expect(result).toMatchObject({ kind: 'candidates', candidates: [] as LookupCandidate[] });
    expect(result.kind === 'candidates' && result.hint).toMatch(/^SDK\.ServerError is how the Go SDK/);
  });
});

describe('issue 18: new evidence, stage by stage', () => {
  it('read: codes with underscores from a JSON body, a Tea message, a bare paste and a leading code', () => {
    expect(readPaste('{"Code":"ORDER.ACCOUNT_INFORMATION_INCOMPLETE","Message":"x"}').fields.code).toBe(
      'ORDER.ACCOUNT_INFORMATION_INCOMPLETE',
    );
    expect(
      readPaste('Error: Trade_Not_Support_Async_Pay: code: 400, Trade not support async pay. request id: 1A2B3C4D')
        .fields,
    ).toMatchObject({
      code: 'Trade_Not_Support_Async_Pay',
      status: 400,
    });
    expect(readPaste('NO_ACTIVE_BYOK')).toMatchObject({ fields: { code: 'NO_ACTIVE_BYOK' }, codeSource: 'bare' });
    expect(readPaste('LX_REQUEST_TOKEN_CONFLICT The request token is conflict.')).toMatchObject({
      fields: { code: 'LX_REQUEST_TOKEN_CONFLICT', message: 'The request token is conflict.' },
      codeSource: 'leading',
    });
  });

  it('read: the operation from an SDK method, a JSON field, a logfmt field, a RAM AuthAction', () => {
    expect(readPaste(s.javaTea).fields.operation).toBe('DescribeDBInstances');
    expect(readPaste(s.teaPythonApostrophe).fields.operation).toBe('describe_dbinstances');
    expect(readPaste('{"Action":"CreateDBInstance","Code":"QuotaExceed"}').fields.operation).toBe('CreateDBInstance');
    expect(readPaste('{"operation":"ModifySecurityIps","error":"boom"}').fields.operation).toBe('ModifySecurityIps');
    expect(readPaste(s.logfmtOperation).fields.operation).toBe('CreateDBInstance');
    expect(readPaste(s.jsonWithEscapedQuotes).fields.operation).toBe('DescribeDBInstances');
  });

  it('read: another cloud’s format is a signal; the word “aws” in an Alibaba paste is not', () => {
    expect(readPaste(s.awsBotocore).cloud).toEqual({
      cloud: { code: 'aws', name: 'AWS' },
      signal: 'botocore',
      code: 'Throttling',
    });
    expect(readPaste(s.tencentGo).cloud).toMatchObject({ cloud: { name: 'Tencent Cloud' }, code: 'InvalidParameter' });
    expect(readPaste(s.huaweiBody).cloud).toMatchObject({ cloud: { name: 'Huawei Cloud' }, code: 'APIG.0301' });
    expect(readPaste(s.alibabaMentioningAws).cloud).toBeUndefined();
    expect(readPaste('we moved from aws to aliyun last year: InvalidParameter').cloud).toBeUndefined();
  });

  it('gather: an operation the catalog does not know returns nothing; one it knows, spelled as the API does', () => {
    expect(evidenceOf('{"Code":"QuotaExceed","Action":"RebootEcsThing"}').operation).toMatchObject({
      written: 'RebootEcsThing',
      name: 'RebootEcsThing',
    });
    expect(evidenceOf('{"Code":"QuotaExceed","Action":"RebootEcsThing"}').operation?.returns.size).toBe(0);
    const python = evidenceOf('File "x.py", line 3, in create_dbinstance_with_options\n{"Code":"QuotaExceed"}');
    expect(python.operation?.name).toBe('CreateDBInstance');
  });

  it('gather: another Alibaba product by its host or its product=; the product’s own regional hosts are not', () => {
    expect(evidenceOf(s.alidnsOwnCode).product).toEqual({
      kind: 'other-product',
      product: { code: 'Alidns', name: 'Alidns' },
      from: 'host',
      written: 'alidns.aliyuncs.com',
    });
    expect(evidenceOf(s.ecsSharedCode).product).toMatchObject({ product: { code: 'Ecs' }, from: 'product' });
    expect(evidenceOf('{"HostId":"ecs-cn-hangzhou.aliyuncs.com","Code":"X.Y"}').product).toMatchObject({
      product: { name: 'Ecs' },
    });
    expect(evidenceOf('{"HostId":"mongodb.cn-hangzhou.aliyuncs.com","Code":"QuotaExceed"}').product).toBeUndefined();
    expect(evidenceOf('{"HostId":"mongodb.ap-northeast-1.aliyuncs.com","Code":"QuotaExceed"}').product).toBeUndefined();
    expect(evidenceOf('https://api.aliyun.com/troubleshoot?q=QuotaExceed&product=dds').product).toBeUndefined();
    expect(evidenceOf(s.awsGoV2).product).toMatchObject({ kind: 'other-cloud', cloud: { code: 'aws' } });
  });

  it('rank: codes the operation returns come first', () => {
    const text = 'Specified instance does not exist.';
    const without = codesOf(rankCandidates(evidenceOf(text), index));
    expect(without[0]).toBe('InvalidInstanceId.NotFound');
    const withOperation = rankCandidates(
      evidenceOf(`${text} https://mongodb.aliyuncs.com/?Action=DescribeRestoreDBInstanceList`),
      index,
    );
    expect(codesOf(withOperation)[0]).toBe('InvalidDBInstanceId.NotFound');
    expect(withOperation.candidates[0]?.reason).toMatch(/DescribeRestoreDBInstanceList returns it\.$/);
    const scores = withOperation.candidates.map((candidate) => candidate.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('rank: a code no source has gets only close spellings, never codes that share words or its message', () => {
    expect(
      rankCandidates(evidenceOf('{"Code":"InvalidFoo.NotFound","Message":"Specified instance does not exist."}'), index)
        .candidates,
    ).toEqual([]);
    expect(codesOf(rankCandidates(evidenceOf('InvalidSecurityIPList.QuotaExceded.Now'), index))).toEqual([
      'InvalidSecurityIPList.QuotaExceeded',
    ]);
  });

  it('decide: the message of a code that the operation returns, and the operation on the match', () => {
    const reading = readPaste('{"Code":"MissingParameter","Action":"CreateDBInstance"}');
    const evidence = gatherEvidence(reading, index);
    expect(decideAnswer(reading, evidence, rankCandidates(evidence, index), index.product)).toMatchObject({
      kind: 'match',
      code: 'MissingParameter',
      messageIndex: 4,
      operation: 'CreateDBInstance',
      reason: 'Code “MissingParameter” is in the reference. CreateDBInstance returns it with message 4.',
    });
  });

  it('decide: another cloud comes first, whatever code it names', () => {
    const reading = readPaste(s.awsBotocore);
    const evidence = gatherEvidence(reading, index);
    expect(decideAnswer(reading, evidence, rankCandidates(evidence, index), index.product)).toMatchObject({
      kind: 'other-cloud',
      cloud: { code: 'aws', name: 'AWS' },
      product: { code: 'Dds', name: 'ApsaraDB for MongoDB' },
      code: 'Throttling',
      fields: { code: 'Throttling' },
    });
  });
});
