import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, RPC_COMMON_PARAMETERS } from '../../src/catalog/catalog.ts';
import { readCatalogInput } from '../../src/catalog/files.ts';
import { GUIDANCE_SECTIONS, prepareGuidance } from '../../src/catalog/guidance.ts';
import { parameterNames } from '../../src/catalog/schema.ts';
import { contentErrorsOf, realCatalogInput, ROOT } from './helpers.ts';

const FIXTURES = 'test/fixtures/guidance';

function fixtureInput(folder: string) {
  return readCatalogInput(ROOT, {
    table: path.posix.join(FIXTURES, 'source.md'),
    metadata: path.posix.join(FIXTURES, 'metadata.json'),
    tools: null,
    guidance: path.posix.join(FIXTURES, folder),
  });
}

/** The rendered guidance of InvalidInstanceId.NotFound with `markdown` added at the start of its How to fix section. */
function htmlWithHowToFix(markdown: string): string {
  const file = realCatalogInput().guidance.find(({ code }) => code === 'InvalidInstanceId.NotFound');
  if (!file) throw new Error('InvalidInstanceId.NotFound.md is missing');
  return (
    prepareGuidance({ ...file, text: file.text.replace('## How to fix\n', `## How to fix\n\n${markdown}\n`) }).prepared
      ?.html ?? ''
  );
}

describe('the real catalog', () => {
  const { records, operations } = buildCatalog(realCatalogInput());

  it('has every code of the table, the metadata and the tool list, each with its page’s guidance file', () => {
    // 53 codes of the table, 154 more of the metadata, 7 more of the tool list.
    expect(records).toHaveLength(214);
    for (const { entry } of records) expect(entry.guidance.file.endsWith(`/${entry.page}.md`), entry.code).toBe(true);
    const sources = (kind: string) => records.filter(({ entry }) => entry.sources.includes(kind as never)).length;
    expect([sources('table'), sources('metadata'), sources('tools')]).toEqual([53, 174, 7]);
  });

  it('has every section, in order, on every page', () => {
    for (const { entry, guidanceBody } of records) {
      const headings = [...guidanceBody.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      expect(headings, entry.code).toEqual([...GUIDANCE_SECTIONS]);
    }
  });

  it('names only real operations, parameters and codes', () => {
    const codes = new Set(records.map(({ entry }) => entry.code));
    const operationNames = new Set(operations.map((operation) => operation.name));
    const parameters = new Set<string>([
      ...RPC_COMMON_PARAMETERS,
      ...operations.flatMap((operation) => operation.parameters.flatMap(parameterNames)),
    ]);
    for (const { entry } of records) {
      for (const operation of entry.guidance.operations)
        expect(operationNames.has(operation), `${entry.code}: ${operation}`).toBe(true);
      for (const parameter of entry.guidance.parameters)
        expect(parameters.has(parameter), `${entry.code}: ${parameter}`).toBe(true);
      for (const related of entry.guidance.related) expect(codes.has(related), `${entry.code} → ${related}`).toBe(true);
    }
  });

  it('links bodies only to code pages that exist', () => {
    const codes = new Set(records.map(({ entry }) => entry.code));
    for (const { entry, guidanceBody } of records) {
      for (const [, linked] of guidanceBody.matchAll(/\]\(\/errors\/([^/)#?]+)\/?[^)]*\)/g)) {
        expect(codes.has(linked ?? ''), `${entry.code} links to ${linked}`).toBe(true);
      }
    }
  });

  it('points a link to a code that shares another code’s page at that page', () => {
    const record = records.find(({ entry }) => entry.code === 'InvalidDbInstanceIdInvalid');
    expect(record?.guidanceBody).toContain('(/errors/InvalidDbInstanceId.NotFound/)');
    expect(record?.guidanceHtml).toContain('href="/errors/InvalidDBInstanceId.NotFound/"');
    expect(record?.guidanceHtml).not.toContain('href="/errors/InvalidDbInstanceId.NotFound/"');
  });

  it('shows each code’s real message in its example (white space folded, a %s filled in)', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const { entry, guidanceBody } of records) {
      const example = guidanceBody.slice(guidanceBody.indexOf('## Example')).replace(/[\s\u00a0]+/g, ' ');
      expect(example, entry.code).toContain(entry.code);
      const first = entry.messages[0];
      if (!first) continue; // a code only Alibaba's tools know has no published message
      const json = JSON.stringify(first.text).slice(1, -1);
      expect(example, entry.code).toMatch(new RegExp(json.split('%s').map(escape).join('.+?')));
    }
  });

  it('explains each of MissingParameter’s messages, from the table and the metadata', () => {
    const record = records.find(({ entry }) => entry.code === 'MissingParameter');
    const body = record?.guidanceBody ?? '';
    const meaning = body.slice(0, body.indexOf('## Common causes')).replace(/\s+/g, ' ');
    expect(record?.entry.messages.length).toBeGreaterThanOrEqual(3);
    for (const message of record?.entry.messages ?? []) expect(meaning).toContain(`\`${message.text}\``);
  });

  it('keeps the Example section’s sample output out of the search index, and only that', () => {
    for (const { entry, guidanceHtml } of records) {
      const example = guidanceHtml.indexOf('<h2 id="example">');
      expect(example, entry.code).toBeGreaterThan(0);
      const blocks = [...guidanceHtml.matchAll(/<pre[^>]*>/g)];
      expect(blocks.length, entry.code).toBeGreaterThan(0);
      for (const block of blocks)
        expect(block[0].includes('data-pagefind-ignore'), `${entry.code} at ${block.index}`).toBe(
          (block.index ?? 0) > example,
        );
    }
  });

  it('keeps code blocks of the other sections searchable', () => {
    const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
    const before = htmlWithHowToFix('');
    const html = htmlWithHowToFix('```sh\naliyun dds DescribeDBInstances --RegionId cn-hangzhou\n```');
    expect(html).toContain('<pre><code class="language-sh">aliyun dds DescribeDBInstances');
    // The added block stays indexed; the sample-output blocks of the Example section stay out.
    expect(count(html, /<pre>/g)).toBe(count(before, /<pre>/g) + 1);
    expect(count(html, /<pre data-pagefind-ignore="">/g)).toBe(count(before, /<pre data-pagefind-ignore="">/g));
    expect(count(html, /<pre data-pagefind-ignore="">/g)).toBeGreaterThan(0);
  });

  it('gives the typo’d codes their corrected spelling as an alias', () => {
    const aliases = Object.fromEntries(records.map(({ entry }) => [entry.code, entry.aliases]));
    expect(aliases['Forbbiden.SubUser']).toContain('Forbidden.SubUser');
    expect(aliases['Forbbiden.NotAdminUser']).toContain('Forbidden.NotAdminUser');
    expect(aliases['Forbedden.NotSupportRAM']).toContain('Forbidden.NotSupportRAM');
  });
});

describe('guidance syntax (GFM without footnotes)', () => {
  function renderHowToFix(markdown: string): string {
    const html = htmlWithHowToFix(markdown);
    return html.slice(html.indexOf('<h2 id="how-to-fix">'), html.indexOf('<h2 id="when-to-retry">'));
  }

  it('renders tables, strikethrough, task lists and bare links as GitHub does', () => {
    const html = renderHowToFix(
      '| Field | Value |\n| --- | --- |\n| `RegionId` | ~~cn-hz~~ cn-hangzhou |\n\n- [x] checked\n- [ ] open\n\nSee www.alibabacloud.com or https://api.aliyun.com.',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<td><code>RegionId</code></td>');
    expect(html).toContain('<del>cn-hz</del>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<a href="http://www.alibabacloud.com">www.alibabacloud.com</a>');
    expect(html).toContain('<a href="https://api.aliyun.com">https://api.aliyun.com</a>.');
  });

  it('keeps links to other codes out of the search index, and only those', () => {
    const html = renderHowToFix(
      'See [MissingParameter](/errors/MissingParameter/), [this page](/errors/InvalidInstanceId.NotFound/#message-1), [the guide](/guides/linking/), [a category](/errors/category/request/) and [page 2](/errors/page/2/).',
    );
    expect(html).toContain('<a data-pagefind-ignore="" href="/errors/MissingParameter/">MissingParameter</a>');
    expect(html).toContain('<a href="/errors/InvalidInstanceId.NotFound/#message-1">this page</a>');
    expect(html).toContain('<a href="/guides/linking/">the guide</a>');
    expect(html).toContain('<a href="/errors/category/request/">a category</a>');
    expect(html).toContain('<a href="/errors/page/2/">page 2</a>');
  });

  it('keeps footnote syntax as text', () => {
    const html = renderHowToFix('Note[^1].\n\n[^1]: A footnote.');
    expect(html).toContain('Note[^1].');
    expect(html).not.toContain('footnote-ref');
  });

  it('shows markup inside code as text', () => {
    const html = renderHowToFix('Use `<img src=x>` or\n\n```html\n<script>alert(1)</script>\n```');
    expect(html).toContain('<code>&#x3C;img src=x></code>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toMatch(/<img|<script/);
  });
});

describe('unsafe guidance Markdown is rejected, with file and line', () => {
  /** The problems of InvalidInstanceId.NotFound.md with `markdown` added right after its "## How to fix" line. */
  function problemsWithHowToFix(markdown: string): string[] {
    const file = realCatalogInput().guidance.find(({ code }) => code === 'InvalidInstanceId.NotFound');
    if (!file) throw new Error('InvalidInstanceId.NotFound.md is missing');
    const text = file.text.replace('## How to fix\n', `## How to fix\n${markdown}\n`);
    const line = text.split('\n').indexOf('## How to fix') + 2;
    return prepareGuidance({ ...file, text }).problems.map(({ file, line: at, problem }) =>
      `${file}:${at === undefined ? '' : at - line + 1}: ${problem}`.replace(file, 'F'),
    );
  }

  const cases: [string, string, RegExp][] = [
    [
      'a block of raw HTML',
      '<script>alert(1)</script>',
      /^F:1: raw HTML is not allowed \("<script>alert\(1\)<\/script>"\)/,
    ],
    [
      'inline raw HTML',
      'Hi <img src=x onerror=alert(1)> there',
      /^F:1: raw HTML is not allowed \("<img src=x onerror=alert\(1\)>"\)/,
    ],
    [
      'a tag-shaped placeholder',
      '\nUse mongodb.<region-id>.aliyuncs.com.',
      /^F:2: raw HTML is not allowed \("<region-id>"\)/,
    ],
    ['raw HTML in a table cell', '| a |\n| - |\n| x<br>y |', /^F:3: raw HTML is not allowed \("<br>"\)/],
    ['a javascript: link', '[click](javascript:alert(1))', /^F:1: a link to "javascript:alert\(1\)" is not allowed/],
    ['a javascript: autolink', '<javascript:alert(1)>', /^F:1: a link to "javascript:alert\(1\)" is not allowed/],
    ['a data: image', '![x](data:image/svg+xml,<svg/onload=alert(1)>)', /^F:1: an image to "data:image\/svg\+xml/],
    [
      'a javascript: link definition',
      '[x][d]\n\n[d]: JAVASCRIPT:alert(1)',
      /^F:3: a link definition to "JAVASCRIPT:alert\(1\)"/,
    ],
    [
      'a scheme-less link to another host',
      '[x](//evil.example/)',
      /^F:1: a link to "\/\/evil\.example\/" is not allowed/,
    ],
  ];
  it.each(cases)('%s', (_name, markdown, expected) => {
    const problems = problemsWithHowToFix(markdown);
    expect(problems, problems.join('\n')).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('accepts site paths, anchors, relative paths, web and mail links', () => {
    const links = ['/errors/X/', '#message-1', './x', 'https://a.example', 'mailto:a@b.c', 'http://b.example'];
    expect(problemsWithHowToFix(links.map((url) => `[x](${url})`).join(' '))).toEqual([]);
  });
});

describe('guidance fixtures', () => {
  it('accepts a complete, consistent set', () => {
    const { records } = buildCatalog(fixtureInput('good'));
    expect(records.map(({ entry }) => entry.code)).toEqual(['Alpha.NotFound', 'Forbbiden.Beta']);
    expect(records[1]?.entry.aliases).toEqual(['Forbidden.Beta']);
  });

  const rejections: [string, RegExp][] = [
    [
      'missing-guidance',
      /source\.md:6: code "Forbbiden\.Beta" has no guidance: add test\/fixtures\/guidance\/missing-guidance\/Forbbiden\.Beta\.md/,
    ],
    ['unknown-code', /unknown-code\/Gamma\.Unknown\.md: guidance for unknown code "Gamma\.Unknown"/],
    ['missing-section', /missing-section\/Alpha\.NotFound\.md: missing section "## When to retry"/],
    ['unknown-related', /unknown-related\/Alpha\.NotFound\.md:7: "related" names unknown code "Delta\.Missing"/],
    ['unknown-category', /unknown-category\/Alpha\.NotFound\.md:2: frontmatter "category": .*\(got "weather"\)/],
    ['unknown-retry', /unknown-retry\/Alpha\.NotFound\.md:3: frontmatter "retry": .*\(got "sometimes"\)/],
    [
      'unknown-operation',
      /unknown-operation\/Alpha\.NotFound\.md:5: "operations" names "LaunchRocket", which is not an operation of the API metadata/,
    ],
    [
      'alias-is-code',
      /alias-is-code\/Alpha\.NotFound\.md:8: alias "Forbbiden\.Beta" is the real code "Forbbiden\.Beta"/,
    ],
    [
      'unknown-link',
      /unknown-link\/Alpha\.NotFound\.md:\d+: links to \/errors\/Delta\.Missing\/#message-1, but "Delta\.Missing" is no code of the catalog/,
    ],
    ['bad-yaml', /bad-yaml\/Alpha\.NotFound\.md:\d+: invalid YAML frontmatter/],
  ];
  it('reports a bad source row and a bad guidance field together', () => {
    const input = readCatalogInput(ROOT, {
      table: 'test/fixtures/bad-row-and-field/source.md',
      metadata: path.posix.join(FIXTURES, 'metadata.json'),
      tools: null,
      guidance: 'test/fixtures/bad-row-and-field/guidance',
    });
    expect(contentErrorsOf(() => buildCatalog(input))).toEqual([
      'test/fixtures/bad-row-and-field/source.md:6: HTTP status "Forbidden" is not a 4xx or 5xx number',
      expect.stringMatching(
        /^test\/fixtures\/bad-row-and-field\/guidance\/Alpha\.NotFound\.md:2: frontmatter "category"/,
      ),
    ]);
  });

  it.each(rejections)('rejects %s with the file and the reason', (folder, expected) => {
    const input = fixtureInput(folder);
    const messages = contentErrorsOf(() => buildCatalog(input));
    expect(
      messages.some((message) => expected.test(message)),
      messages.join('\n'),
    ).toBe(true);
  });
});
