import { describe, expect, it } from 'vitest';
import { camelWords, codeSearchKeys } from '../../src/search/code-keys.ts';

describe('camelWords', () => {
  it('splits a segment into its camel-case words, keeping acronyms and numbers whole', () => {
    expect(camelWords('InvalidBackupSetID')).toEqual(['Invalid', 'Backup', 'Set', 'ID']);
    expect(camelWords('IncorrectDBInstanceState')).toEqual(['Incorrect', 'DB', 'Instance', 'State']);
    expect(camelWords('AllocateVpcIp1569')).toEqual(['Allocate', 'Vpc', 'Ip', '1569']);
  });
});

describe('codeSearchKeys', () => {
  it('holds every run of two or more words of each segment, whole segments included', () => {
    expect(codeSearchKeys('InvalidSecurityIPList.Format')).toEqual([
      'InvalidSecurity',
      'InvalidSecurityIP',
      'InvalidSecurityIPList',
      'SecurityIP',
      'SecurityIPList',
      'IPList',
    ]);
    expect(codeSearchKeys('IncorrectDBInstanceState')).toContain('DBInstanceState');
    expect(codeSearchKeys('IncorrectDBInstanceState')).toContain('IncorrectDBInstanceState');
  });

  it('gives a one-word segment no keys', () => {
    expect(codeSearchKeys('Zone.NotSupport')).toEqual(['NotSupport']);
    expect(codeSearchKeys('Throttling')).toEqual([]);
  });
});
