import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceCodes } from '../../src/catalog/source-codes.ts';
import { fixture, ROOT, SOURCE_FILE } from './helpers.ts';

/** The messages of the problems found in a source text. */
function problemsOf(text: string, file: string): string[] {
  return readSourceCodes(text, file).problems.map((problem) => problem.message);
}

const upstream = readFileSync(path.join(ROOT, SOURCE_FILE), 'utf8');

describe('the real upstream table', () => {
  const { codes, problems } = readSourceCodes(upstream, SOURCE_FILE);

  // A clone without ../shared has nothing to compare with: the test is reported as skipped, not passed.
  const shared = path.join(ROOT, '../shared/source/apsaradb-mongodb-error-codes.md');
  it.skipIf(!existsSync(shared))('is byte-identical to the shared upstream copy', () => {
    expect(upstream).toBe(readFileSync(shared, 'utf8'));
  });

  it('reads every row without a problem', () => {
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });

  it('has 53 distinct codes from 55 rows, none dropped', () => {
    const rows = upstream.split('\n').filter((line) => /^\|(?!Description|:-)/.test(line));
    expect(rows).toHaveLength(55);
    expect(codes).toHaveLength(53);
    expect(codes.reduce((sum, code) => sum + code.messages.length, 0)).toBe(55);
  });

  it('keeps MissingParameter as one code with three messages in source order', () => {
    const missing = codes.find((code) => code.code === 'MissingParameter');
    expect(missing?.messages.map((message) => message.status)).toEqual([400, 400, 403]);
    expect(missing?.messages.map((message) => message.line)).toEqual(
      [...(missing?.messages.map((m) => m.line) ?? [])].sort((a, b) => a - b),
    );
    expect(missing?.messages[2]?.text).toMatch(/^The input parameter OwnerId,OwnerAccount/);
  });

  it('repairs mojibake and keeps the raw text', () => {
    const ram = codes.find((code) => code.code === 'Forbidden.RAM')?.messages[0];
    expect(ram?.text).toBe(
      'User not authorized to operate on the specified resource, or this API doesn’t support RAM.',
    );
    expect(ram?.rawText).toContain('doesnâ€™t');
  });

  it('undoes doubled escapes and keeps the raw text', () => {
    const token = codes.find((code) => code.code === 'InvalidToken.Malformed')?.messages[0];
    expect(token?.text).toBe('The Specified parameter "Token" is not valid.');
    expect(token?.rawText).toBe('The Specified parameter \\\\"Token\\\\" is not valid.');
  });

  it('keeps typo’d codes verbatim and knows their corrected spelling', () => {
    const typos = codes
      .filter((code) => code.correctedSpelling !== undefined)
      .map((code) => [code.code, code.correctedSpelling]);
    expect(typos).toEqual([
      ['Forbedden.NotSupportRAM', 'Forbidden.NotSupportRAM'],
      ['Forbbiden.NotAdminUser', 'Forbidden.NotAdminUser'],
      ['Forbbiden.SubUser', 'Forbidden.SubUser'],
    ]);
  });

  it('records the source line of every row', () => {
    const first = codes[0]?.messages[0];
    expect(first?.line).toBe(7);
    expect(upstream.split('\n')[(first?.line ?? 0) - 1]).toContain('|Forbidden.RAM|');
  });
});

describe('columns are found by header name', () => {
  it('reads a table whose columns come in another order and normalises it', () => {
    const {
      codes: [code],
    } = readSourceCodes(fixture('source/reordered-columns.md'), 'reordered-columns.md');
    expect(code?.code).toBe('Reordered.NotFound');
    expect(code?.messages[0]?.status).toBe(404);
    expect(code?.messages[0]?.text).toBe('Thing "Id" not found, doesn’t exist.');
  });
});

describe('bad source input fails with file, line and problem', () => {
  const cases: [string, RegExp][] = [
    ['missing-cell.md', /^missing-cell\.md:6: missing cells: expected 4 cells .* found 3$/],
    ['extra-cell.md', /^extra-cell\.md:6: extra cells: expected 4 cells .* found 5$/],
    ['missing-column.md', /^missing-column\.md:3: the header has no "Message" column/],
    ['no-table.md', /^no-table\.md: no Markdown table found/],
    ['empty-code.md', /^empty-code\.md:6: empty code$/],
    ['bad-code.md', /^bad-code\.md:6: code "Bad Code\/1" has characters outside \[A-Za-z0-9\._\]$/],
    ['bad-status.md', /^bad-status\.md:6: HTTP status "Bad Request" is not a 4xx or 5xx number$/],
    [
      'duplicate-message.md',
      /^duplicate-message\.md:7: code "Good\.Code" with message "A message\." appears twice \(first on line 5\)$/,
    ],
  ];
  it.each(cases)('%s', (name, expected) => {
    const messages = problemsOf(fixture(`source/${name}`), name);
    expect(
      messages.some((message) => expected.test(message)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('reports every bad row, not just the first', () => {
    const messages = problemsOf(fixture('source/bad-status.md'), 'bad-status.md');
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatch(/^bad-status\.md:7: HTTP status "200" is not a 4xx or 5xx number$/);
  });
});
