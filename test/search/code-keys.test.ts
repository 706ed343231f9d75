import { describe, expect, it } from 'vitest';
import { codeSearchKeys } from '../../src/search/code-keys.ts';

describe('codeSearchKeys', () => {
  it('holds every run of two or more words of each segment, whole segments included, and each tail across a dot', () => {
    expect(codeSearchKeys('InvalidSecurityIPList.Format')).toEqual([
      'InvalidSecurity',
      'InvalidSecurityIP',
      'InvalidSecurityIPList',
      'SecurityIP',
      'SecurityIPList',
      'IPList',
      'SecurityIPList.Format',
      'IPList.Format',
      'List.Format',
    ]);
    expect(codeSearchKeys('IncorrectDBInstanceState')).toContain('DBInstanceState');
    expect(codeSearchKeys('IncorrectDBInstanceState')).toContain('IncorrectDBInstanceState');
  });

  it('gives a one-word segment no keys', () => {
    expect(codeSearchKeys('Zone.NotSupport')).toEqual(['NotSupport']);
    expect(codeSearchKeys('Forbidden.RiskControl')).toEqual(['RiskControl']);
    expect(codeSearchKeys('Throttling')).toEqual([]);
  });

  it('keeps a number in the word it is written in', () => {
    expect(codeSearchKeys('AllocateVpcIp1569')).toEqual(['AllocateVpc', 'AllocateVpcIp1569', 'VpcIp1569']);
    expect(codeSearchKeys('InvalidIpv6Address.Malformed')).toEqual([
      'InvalidIpv6',
      'InvalidIpv6Address',
      'Ipv6Address',
      'Ipv6Address.Malformed',
      'Address.Malformed',
    ]);
  });
});
