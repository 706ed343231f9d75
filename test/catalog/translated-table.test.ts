import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogEntries } from '../../src/catalog/files.ts';
import { pairTranslatedTable } from '../../src/catalog/translated-table.ts';
import { ROOT } from './helpers.ts';

/** Alibaba's Chinese error-code table, paired row by row with the English one. */
const EN = 'content/source/apsaradb-mongodb-error-codes.md';
const ZH = 'content/source/apsaradb-mongodb-error-codes.zh-CN.md';
const english = { file: EN, text: readFileSync(path.join(ROOT, EN), 'utf8') };
const chinese = readFileSync(path.join(ROOT, ZH), 'utf8');
const COLUMNS = { description: '错误码描述', code: 'Code', message: 'message', status: 'httpStatusCode' };
const pair = (text: string) => pairTranslatedTable(english, { locale: 'zh-cn', file: ZH, text, columns: COLUMNS });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('the Chinese error-code table', () => {
  it('pairs every row with the English table’s, and gives each table message its Chinese description', () => {
    const { byEnglishLine, problems } = pair(chinese);
    expect(problems).toEqual([]);
    expect(byEnglishLine.size).toBe(55);
    const entries = readCatalogEntries(ROOT);
    const described = entries.flatMap((entry) =>
      entry.messages.filter((message) => message.translatedDescriptions?.['zh-cn'] !== undefined),
    );
    expect(described).toHaveLength(55);
    expect(
      entries.find((entry) => entry.code === 'InsufficientBalance')?.messages[0]?.translatedDescriptions?.['zh-cn'],
    ).toMatch(/余额/);
  });

  it('keeps a published typo as published (次操作 for 此操作)', () => {
    const entry = readCatalogEntries(ROOT).find((candidate) => candidate.code === 'IncorrectDBInstanceType');
    expect(entry?.messages[0]?.translatedDescriptions?.['zh-cn']).toContain('次操作');
  });

  it('names both files and lines when a row disagrees on code or status', () => {
    const swapped = chinese.replace('|Forbidden.RAM|', '|Forbidden.Other|');
    const { problems } = pair(swapped);
    expect(problems.map((problem) => problem.message)).toEqual([
      `${ZH}:${lineOf(swapped, 'Forbidden.Other')}: row 1 is "Forbidden.Other" (403), but ${EN}:${lineOf(english.text, '|Forbidden.RAM|')} is "Forbidden.RAM" (403)`,
    ]);
  });

  it('says so when the tables do not have the same number of rows', () => {
    const shorter = chinese
      .split('\n')
      .filter((line) => !line.includes('|ServiceUnavailable|'))
      .join('\n');
    const messages = pair(shorter).problems.map((problem) => problem.message);
    expect(messages[0]).toMatch(
      new RegExp(`^${ZH.replace(/[.]/g, '\\.')}:\\d+: has 54 rows, but ${EN.replace(/[.]/g, '\\.')} has 55`),
    );
  });

  it('reports a header that lacks a configured column, at its line', () => {
    const renamed = chinese.replace('|错误码描述|', '|描述|');
    expect(pair(renamed).problems[0]?.message).toMatch(/the header has no "错误码描述" column/);
  });
});
