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
import { realEntries } from './helpers.ts';
import * as s from './samples.ts';

let index: CatalogIndex;
beforeAll(() => {
  index = indexCatalog(realEntries());
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

  it('operation and product evidence have their place but are not gathered yet', () => {
    const reading = readPaste(s.terraform);
    expect(reading.fields).toMatchObject({ operation: 'ModifyDBInstanceDescription', product: 'Dds' });
    const evidence = gatherEvidence(reading, index);
    expect(evidence.operation).toBeUndefined();
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
    return decideAnswer(reading, evidence, rankCandidates(evidence, index));
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
        'Code “InvalidInstanceId.NotFuond” is not in the reference; it is close to InvalidInstanceId.NotFound, and The message is the message of InvalidInstanceId.NotFound.',
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
    const result = decideAnswer(reading, gatherEvidence(reading, index), someCandidates);
    expect(result).toEqual({
      kind: 'unknown-code',
      code: 'Zzzz.Qqqq',
      candidates: someCandidates.candidates,
      fields: { code: 'Zzzz.Qqqq' },
      searchText: 'Zzzz.Qqqq',
    });
  });

  it('a leading word set aside: no code in the fields, the whole text as the message', () => {
    const reading: PasteReading = readPaste('DescribeDBInstances says: zzzz qqqq');
    const result = decideAnswer(reading, gatherEvidence(reading, index), { candidates: [] });
    expect(result).toEqual({
      kind: 'candidates',
      candidates: [],
      fields: { message: 'DescribeDBInstances says: zzzz qqqq' },
      searchText: 'DescribeDBInstances says: zzzz qqqq',
    });
  });

  it('an SDK’s error name alone: a hint where the code is, and no candidates whatever the ranking', () => {
    const reading = readPaste('ERROR: SDK.ServerError');
    const result = decideAnswer(reading, gatherEvidence(reading, index), someCandidates);
    expect(result).toMatchObject({ kind: 'candidates', candidates: [] as LookupCandidate[] });
    expect(result.kind === 'candidates' && result.hint).toMatch(/^SDK\.ServerError is how the Go SDK/);
  });
});
