import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogEntries } from '../../src/catalog/files.ts';
import { ROOT } from './helpers.ts';

/**
 * The claims a review of the guidance found wrong (issue 19), each held by a test that failed on the old wording.
 * They read the guidance files as written, so a later edit cannot bring a wrong claim back unnoticed.
 */
const entries = readCatalogEntries(ROOT);
const entry = (code: string) => {
  const found = entries.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`${code} is not in the catalog`);
  return found;
};
const body = (code: string): string =>
  readFileSync(path.join(ROOT, 'content/guidance', `${code}.md`), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
/** The body's sentences (and list items, and code lines), for claims that must hold sentence by sentence. */
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z`[])|\n(?=\s*(?:\d+\.|-|\*)\s)|\n\n/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const commandsOf = (text: string, operation: string): string[] =>
  text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((line) => line.includes(`aliyun dds ${operation}`));

describe('claims corrected in review', () => {
  it.each([
    'InvalidPreferredBackupTime',
    'InvalidPreferredBackupTime.Format',
    'InvalidPreferredBackupPeriod.Malformed',
  ])(
    '%s no longer says ModifyBackupPolicy needs both schedule parameters, and reads the current policy first',
    (code) => {
      const text = body(code);
      expect(text).not.toMatch(/takes both/i);
      expect(text).not.toMatch(/(?:send|pass|include) (?:it|them|`PreferredBackupPeriod`) together/i);
      expect(text).toContain('DescribeBackupPolicy');
    },
  );

  it('InsufficientBalance never tells the reader to reuse a token with changed parameters', () => {
    for (const sentence of sentences(body('InsufficientBalance')).filter((s) => /reuse|same `ClientToken`/i.test(s)))
      expect(sentence, sentence).toMatch(/unchanged|identical|same parameters|not changed|without chang/i);
    expect(body('InsufficientBalance')).toMatch(/new `ClientToken`/);
  });

  it('IncorrectPassword offers ResetAccountPassword only for the root account', () => {
    // Prose only: the page's failing example sends a non-root name on purpose.
    const mentions = sentences(body('IncorrectPassword').replace(/```[\s\S]*?```/g, '')).filter((s) =>
      s.includes('`ResetAccountPassword`'),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const sentence of mentions) expect(sentence, sentence).toMatch(/\broot\b/);
  });

  it('InvalidStatus.NotFound does not say never retry, and cites the Terraform retry', () => {
    const { guidance } = entry('InvalidStatus.NotFound');
    expect(guidance.retry).not.toBe('never');
    expect(guidance.sources.join('\n')).toMatch(/terraform-provider-alicloud.*mongodb/);
    expect(body('InvalidStatus.NotFound')).toMatch(/Terraform/);
  });

  it('Forbbiden.NotAdminUser matches both published spellings and defines the administrator', () => {
    const text = body('Forbbiden.NotAdminUser');
    expect(text).toContain('Forbidden.NotAdminUser');
    expect(text).toMatch(/both|either/i);
    expect(text).not.toMatch(/(?:the service|responses?) (?:always )?(?:returns?|sends?|carry|carries) `?Forbbiden/i);
    expect(text).toMatch(/administrator/i);
    const guide = readFileSync(path.join(ROOT, 'content/docs/guides/handling-errors.mdx'), 'utf8');
    expect(guide).not.toMatch(/misspelled by the service itself/);
    expect(guide).toContain('Forbidden.NotAdminUser');
  });

  it('IncorrectDBInstanceState gives DescribeHistoryTasks its required time window', () => {
    const commands = commandsOf(body('IncorrectDBInstanceState'), 'DescribeHistoryTasks');
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands)
      expect(command).toMatch(/--FromStartTime \S+.*--ToStartTime \S+|--ToStartTime \S+.*--FromStartTime \S+/);
  });

  it('InvalidRegion.NotFound says most regions have their own endpoint', () => {
    const text = body('InvalidRegion.NotFound');
    expect(text).toContain('mongodb.<region-id>.aliyuncs.com');
    expect(text).not.toMatch(/`mongodb\.aliyuncs\.com` (?:serves|works for|covers) (?:all|every)/i);
  });

  it('InvalidPassword.Malformed gives the length rule and each operation its own characters', () => {
    const text = body('InvalidPassword.Malformed');
    expect(text).toMatch(/8\s*(?:to|–|-)\s*32/);
    expect(text).toContain('CreateShardingDBInstance');
    expect(text).toContain('CreateNode');
    for (const sentence of sentences(text).filter((s) => /`@`/.test(s) && /fail|reject|not allowed|invalid/i.test(s)))
      expect(sentence, sentence).not.toMatch(/CreateShardingDBInstance|CreateNode\b/);
  });

  it('InvalidKey.Malformed sends UntagResources tag keys as TagKey.N', () => {
    const commands = commandsOf(body('InvalidKey.Malformed'), 'UntagResources');
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command).toMatch(/--TagKey\.\d/);
      expect(command).not.toMatch(/--Tag\.\d+\.Key/);
    }
  });

  it('InvalidInstanceName.Malformed states the name rule and not the tag-key rule', () => {
    const text = body('InvalidInstanceName.Malformed');
    // The metadata states the http:// rule for ModifyDBInstanceDescription's name alone: only there may it stand.
    for (const item of text.split(/\n(?=- )/).filter((part) => part.includes('http://')))
      expect(item, item).toMatch(/^- `ModifyDBInstanceDescription`/);
    expect(text).toMatch(/2\s*(?:to|–|-)\s*256/);
    expect(text).toMatch(/start(?:s)? with a letter/i);
  });

  it('InvalidBackupRetentionPeriod.Malformed states the version and the log-backup rule', () => {
    const text = body('InvalidBackupRetentionPeriod.Malformed');
    expect(text).toMatch(/4\.2/);
    expect(text).toContain('LogBackupRetentionPeriod');
    expect(text).toMatch(/cannot (?:exceed|be (?:longer|greater|more) than)/i);
  });

  it('BackupJobExists relates the 403 code the backup operations return', () => {
    expect(entry('BackupJobExists').guidance.related).toContain('OperationDenied.BackupJobExists');
    expect(body('BackupJobExists')).toContain('(/errors/OperationDenied.BackupJobExists/)');
    expect(body('BackupJobExists')).toMatch(/403/);
  });

  it('IncorrectDBInstanceLockMode is not wait-and-retry: expiry and disk-quota locks need an action', () => {
    expect(entry('IncorrectDBInstanceLockMode').guidance.retry).not.toBe('after-wait');
    const text = body('IncorrectDBInstanceLockMode');
    expect(text).toContain('LockByExpiration');
    expect(text).toContain('LockByDiskQuota');
  });

  it('BackupTimesExceeded says when the daily count resets', () => {
    expect(body('BackupTimesExceeded')).toMatch(/reset/i);
  });
});
