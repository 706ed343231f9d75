import { describe, expect, it } from 'vitest';
import { explainAccessDenied, readAccessDenied } from '../../src/lookup/access-denied.ts';
import { resolveErrorText } from '../../src/lookup/index.ts';
import { realCatalog } from './helpers.ts';
import { accessDeniedLog, jsonWithEscapedQuotes, rawJsonBody } from './samples.ts';

const RAM = { service: 'dds', instanceResource: 'dbinstance' };

describe('RAM AccessDeniedDetail', () => {
  it('is read from a paste with every field RAM documents, and the instance and region beside it', () => {
    expect(readAccessDenied(accessDeniedLog)).toEqual({
      authAction: 'dds:DescribeDBInstanceAttribute',
      principalType: 'SubUser',
      principalName: '288774244375210000',
      principalOwnerId: '1968132000120000',
      noPermissionType: 'ImplicitDeny',
      policyType: 'AccountLevelIdentityBasedPolicy',
      encodedDiagnosticMessage: 'AQEAAAAAZBgxr0U1MjA1NTM1LUM4BBktMzE5RS1CODgxLUU1QTI0RDNFQTM1',
      instanceId: 'dds-bp1a2b3c4d5e6f7g',
      regionId: 'cn-hangzhou',
    });
    expect(readAccessDenied(rawJsonBody)).toBeUndefined();
  });

  it('says in words what was denied, to whom and why, with the policy for that instance and how to decode the rest', () => {
    const detail = readAccessDenied(accessDeniedLog);
    if (!detail) throw new Error('no detail read');
    const explained = explainAccessDenied(detail, RAM);
    expect(explained.lines).toEqual([
      'RAM refused the action dds:DescribeDBInstanceAttribute.',
      'The caller is a RAM user (288774244375210000), of account 1968132000120000.',
      'Implicit deny: no policy allows this action for this identity. Attaching a policy that allows it fixes the call.',
      'The deciding policy is an identity-based policy attached for the whole account.',
    ]);
    expect(JSON.parse(explained.policy ?? '{}')).toEqual({
      Version: '1',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'dds:DescribeDBInstanceAttribute',
          Resource: 'acs:dds:cn-hangzhou:1968132000120000:dbinstance/dds-bp1a2b3c4d5e6f7g',
        },
      ],
    });
    expect(explained.decodeCommand).toBe(
      "aliyun ram DecodeDiagnosticMessage --EncodedDiagnosticMessage 'AQEAAAAAZBgxr0U1MjA1NTM1LUM4BBktMzE5RS1CODgxLUU1QTI0RDNFQTM1'",
    );
  });

  it('drafts no Allow for an explicit deny, and every resource when the paste names no instance', () => {
    const explicit = explainAccessDenied({ authAction: 'dds:DeleteDBInstance', noPermissionType: 'ExplicitDeny' }, RAM);
    expect(explicit.policy).toBeUndefined();
    expect(explicit.lines.join(' ')).toContain('An Allow never overrides a Deny');
    const partial = readAccessDenied(jsonWithEscapedQuotes);
    expect(partial).toMatchObject({ authAction: 'dds:DescribeDBInstances', noPermissionType: 'ImplicitDeny' });
    const anywhere = explainAccessDenied(partial ?? {}, RAM);
    expect(anywhere.resource).toBe('*');
    expect(anywhere.lines.at(-1)).toContain('acs:dds:<region-id>:<account-id>:dbinstance/<instance-id>');
  });

  it('comes with the lookup’s match, for a code of this product', () => {
    const result = resolveErrorText(accessDeniedLog, realCatalog());
    expect(result).toMatchObject({ kind: 'match', code: 'Forbidden.RAM' });
    if (result.kind !== 'match') throw new Error('no match');
    expect(result.accessDenied?.policy).toContain('dbinstance/dds-bp1a2b3c4d5e6f7g');
    expect(result.fields.operation).toBe('DescribeDBInstanceAttribute');
  });

  it('reads nothing unsafe: values with markup or quotes are left out', () => {
    expect(readAccessDenied('"AuthAction": "<script>alert(1)</script>", "NoPermissionType": "ImplicitDeny"')).toEqual({
      noPermissionType: 'ImplicitDeny',
    });
  });
});
