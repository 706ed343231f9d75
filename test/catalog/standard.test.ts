import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { readCatalogInput } from '../../src/catalog/files.ts';
import { contentErrorsOf, ROOT } from './helpers.ts';

/**
 * The written standard as the build holds it (guidance-standard.ts): the fixture catalog's good pages, with one page
 * changed at a time.
 */
const FILE = 'test/fixtures/guidance/good/Alpha.NotFound.md';

function problemsWith(edit: (text: string) => string): string[] {
  const input = readCatalogInput(ROOT, {
    table: 'test/fixtures/guidance/source.md',
    metadata: 'test/fixtures/guidance/metadata.json',
    tools: null,
    guidance: 'test/fixtures/guidance/good',
  });
  const guidance = input.guidance.map((file) => (file.file === FILE ? { ...file, text: edit(file.text) } : file));
  return contentErrorsOf(() => buildCatalog({ ...input, guidance }));
}

const replaceFix = (markdown: string) => (text: string) =>
  text.replace('1. Read the `Recommend` link of the error, then check it.', markdown);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('the written standard, held by the build', () => {
  it('passes the fixture pages as they are', () => {
    const input = readCatalogInput(ROOT, {
      table: 'test/fixtures/guidance/source.md',
      metadata: 'test/fixtures/guidance/metadata.json',
      tools: null,
      guidance: 'test/fixtures/guidance/good',
    });
    expect(buildCatalog(input).records).toHaveLength(2);
  });

  it('rejects a page without sources, at its frontmatter', () => {
    expect(problemsWith((text) => text.replace(/\nsources: .*/, ''))).toEqual([
      expect.stringMatching(/^test\/fixtures\/guidance\/good\/Alpha\.NotFound\.md:1: cites no sources/),
    ]);
  });

  it('rejects a fix whose first step does not read the error’s Recommend link', () => {
    const messages = problemsWith(replaceFix('1. Check it.'));
    expect(messages).toEqual([expect.stringMatching(/Alpha\.NotFound\.md:\d+: step one of "How to fix" must tell/)]);
  });

  it('rejects an operation named in plain text, and a made-up one in code, at their lines', () => {
    let edited = '';
    const messages = problemsWith((text) => {
      edited = replaceFix(
        '1. Read the `Recommend` link.\n2. Call DescribeDBInstances.\n3. Or call `DescribeAlphaThings`.',
      )(text);
      return edited;
    });
    expect(messages).toEqual([
      `${FILE}:${lineOf(edited, 'Call DescribeDBInstances')}: names the operation DescribeDBInstances in plain text: write \`DescribeDBInstances\` so the page links it to its API reference`,
      expect.stringContaining(
        `${FILE}:${lineOf(edited, 'DescribeAlphaThings')}: \`DescribeAlphaThings\` reads as an operation name`,
      ),
    ]);
  });

  it('accepts another product’s operation when it links to its own reference', () => {
    expect(() =>
      problemsWith(
        replaceFix(
          '1. Read the `Recommend` link, then call [`GetCallerIdentity`](https://api.alibabacloud.com/document/Sts/2015-04-01/GetCallerIdentity).',
        ),
      ),
    ).toThrow('expected content errors');
  });

  it('rejects a command without the operation’s required parameters, and one with an unknown operation', () => {
    let edited = '';
    const messages = problemsWith((text) => {
      edited = replaceFix(
        [
          '1. Read the `Recommend` link, then list the tasks:',
          '',
          '   ```bash',
          '   aliyun dds DescribeHistoryTasks \\',
          '     --InstanceId dds-bp1xxxxxxxx',
          '   aliyun dds DescribeAlphaThings --DBInstanceId dds-bp1xxxxxxxx',
          '   aliyun dds DescribeHistoryTasks --FromStartTime 2024-05-01T00:00:00Z --ToStartTime 2024-05-02T00:00:00Z',
          '   ```',
        ].join('\n'),
      )(text);
      return edited;
    });
    expect(messages).toEqual([
      `${FILE}:${lineOf(edited, 'aliyun dds DescribeHistoryTasks \\')}: the command \`aliyun dds DescribeHistoryTasks\` lacks its required parameters --FromStartTime, --ToStartTime`,
      `${FILE}:${lineOf(edited, 'DescribeAlphaThings')}: the command \`aliyun dds DescribeAlphaThings\` names no operation of the API metadata`,
    ]);
  });

  it('rejects a mention of the API reference that links nowhere', () => {
    let edited = '';
    const messages = problemsWith((text) => {
      edited = replaceFix('1. Read the `Recommend` link, then check the API reference for the parameter.')(text);
      return edited;
    });
    expect(messages).toEqual([
      `${FILE}:${lineOf(edited, 'check the API reference')}: speaks of the API reference without linking it: link the operation’s reference page`,
    ]);
  });

  it('requires a permission page to read AccessDeniedDetail and show the resource ARN', () => {
    const messages = problemsWith((text) =>
      replaceFix('1. Read the `Recommend` link of the error, then check it.')(text).replace(
        'category: parameters',
        'category: access',
      ),
    );
    expect(messages).toEqual([
      expect.stringMatching(/Alpha\.NotFound\.md:\d+: a permission page must say what to read in `AccessDeniedDetail`/),
      expect.stringMatching(/Alpha\.NotFound\.md: a permission page must show the resource ARN/),
    ]);
  });
});
