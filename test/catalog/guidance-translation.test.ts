import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { catalogExportSchema, toCatalogExport, toOperationsExport } from '../../src/catalog/export.ts';
import { readGlossary } from '../../src/catalog/glossary.ts';
import { prepareTranslatedGuidance } from '../../src/catalog/guidance-translation.ts';
import { contentErrorsOf, realCatalogInput } from './helpers.ts';

const input = realCatalogInput();
const zh = input.translations?.find((translation) => translation.locale === 'zh-cn');
const CODE = 'AccountLimitExceeded';
const english = input.guidance.find((file) => file.code === CODE);
const chinese = zh?.guidance?.files.find((file) => file.code === CODE);
const glossaryFile = zh?.glossary;

/** The problems of AccountLimitExceeded's Chinese page after `edit`, as the build words them. */
function problemsAfter(edit: (text: string) => string): string[] {
  if (!english || !chinese || !glossaryFile) throw new Error('the zh-cn guidance of AccountLimitExceeded is missing');
  const { glossary } = readGlossary(glossaryFile.file, glossaryFile.text);
  const englishBody = english.text.replace(/^---[\s\S]*?\n---\n/, '');
  const { problems } = prepareTranslatedGuidance({ ...chinese, text: edit(chinese.text) }, 'zh-cn', {
    operationLinks: new Map(),
    codePages: new Map(),
    pageCodes: new Set([CODE]),
    englishBody,
    englishFile: english.file,
    names: new Set(['CreateAccount', 'DescribeAccounts', 'DeleteDBInstance', 'DBInstanceId', 'QuotaExceed']),
    ...(glossary ? { glossary } : {}),
  });
  return problems.map((problem) => problem.message);
}

describe('translated guidance', () => {
  it('gives every code page of the real catalog a Chinese page, rendered with links to the Chinese pages', () => {
    const { records } = buildCatalog(input);
    expect(records.every((record) => record.translations['zh-cn'] !== undefined)).toBe(true);
    const page = records.find((record) => record.entry.code === 'AccountLimitExceeded')?.translations['zh-cn'];
    expect(page?.headings.map((heading) => heading.text)).toEqual([
      '错误含义',
      '常见原因',
      '解决方法',
      '何时重试',
      '示例',
    ]);
    expect(page?.html).toContain('href="/zh-cn/errors/OperationDenied.AccountType/"');
    expect(page?.html).not.toContain('href="/errors/');
  });

  it('passes the real AccountLimitExceeded page as written', () => {
    expect(problemsAfter((text) => text)).toEqual([]);
  });

  it('rejects a fact in the frontmatter: it lives in the English file', () => {
    expect(problemsAfter((text) => text.replace('---\n', '---\ncategory: quota\n'))).toEqual([
      `${chinese?.file}:2: "category" is a fact: it lives only in content/guidance/AccountLimitExceeded.md`,
    ]);
  });

  it('rejects a section the English page does not have, or one in English', () => {
    const [problem] = problemsAfter((text) => text.replace('## 常见原因', '## Common causes'));
    expect(problem).toMatch(
      /sections must be exactly "## 错误含义" \(What it means\), "## 常见原因" \(Common causes\)/,
    );
    expect(problem).toContain('found "错误含义", "Common causes"');
  });

  it('rejects an operation or parameter in code that the English page does not name', () => {
    expect(
      problemsAfter((text) => text.replace('## 常见原因\n', '## 常见原因\n\n调用`DeleteDBInstance`接口。\n')),
    ).toEqual([
      `${chinese?.file}: names \`DeleteDBInstance\`, which content/guidance/AccountLimitExceeded.md does not name`,
    ]);
  });

  it('rejects a changed code block, but lets a comment line be translated', () => {
    const changed = problemsAfter((text) =>
      text.replace('aliyun dds DescribeAccounts --DBInstanceId dds-bp1xxxxxxxx\n', 'aliyun dds DescribeAccounts\n'),
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/code block 1 differs from content\/guidance\/AccountLimitExceeded\.md/);
    expect(problemsAfter((text) => text.replace('# 失败：配额已用完', '# 另一句注释'))).toEqual([]);
  });

  it('rejects a link the English page does not have, an English sentence left, and a word the glossary avoids', () => {
    const problems = problemsAfter((text) =>
      text.replace(
        '## 常见原因\n',
        '## 常见原因\n\n见[配额](/errors/QuotaExceed/)。This sentence was left in English.\n\n帐号已满。\n',
      ),
    );
    expect(problems).toEqual([
      `${chinese?.file}: links to /errors/QuotaExceed/, which content/guidance/AccountLimitExceeded.md does not`,
      expect.stringMatching(/untranslated English: "This sentence was left in English"/),
      expect.stringMatching(/writes "帐号": the glossary's word is "账号"/),
    ]);
  });

  it('fails the build when a page has no translation, or a translation has no English page', () => {
    if (!zh?.guidance) throw new Error('no zh-cn guidance');
    const files = zh.guidance.files.filter((file) => file.code !== CODE);
    const orphan = { code: 'Nope.NotACode', file: 'content/guidance/zh-cn/Nope.NotACode.md', text: '' };
    const translations = [{ ...zh, guidance: { ...zh.guidance, files: [...files, orphan] } }];
    expect(contentErrorsOf(() => buildCatalog({ ...input, translations }))).toEqual([
      'content/guidance/zh-cn/Nope.NotACode.md: translates "Nope.NotACode", which has no English guidance page',
      'content/guidance/AccountLimitExceeded.md: has no zh-cn translation: add content/guidance/zh-cn/AccountLimitExceeded.md',
    ]);
  });
});

describe('Alibaba’s Chinese API metadata', () => {
  it('gives each operation its Chinese title, summary, group title and parameter descriptions', () => {
    const { operations } = buildCatalog(input);
    expect(operations.every((operation) => operation.translations['zh-cn'] !== undefined)).toBe(true);
    const words = operations.find((operation) => operation.name === 'CreateAccount')?.translations['zh-cn'];
    expect(words?.title).toBe('创建Shard账号');
    expect(words?.summary).toBe('创建MongoDB云盘版分片集群实例的Shard只读账号。');
    expect(words?.parameterDescriptions.AccountName).toMatch(/^账号名。由小写字母/);
    const create = operations.find((operation) => operation.name === 'CreateDBInstance')?.translations['zh-cn'];
    expect(create?.groupTitle).toBe('创建或克隆实例');
  });

  it('names the file and the operation when the Chinese metadata lacks one of the English operations', () => {
    const metadata = zh?.metadata;
    if (!metadata) throw new Error('no zh-cn metadata');
    const text = metadata.text.replace('"CreateAccount":{', '"CreateAccountX":{');
    const translations = (input.translations ?? []).map((translation) =>
      translation.locale === 'zh-cn' ? { ...translation, metadata: { ...metadata, text } } : translation,
    );
    const problems = contentErrorsOf(() => buildCatalog({ ...input, translations }));
    expect(problems).toContain(
      `${metadata.file}: $.apis has no CreateAccount, which content/source/api-metadata/dds-2015-12-01.en-US.json has`,
    );
    expect(problems.some((problem) => problem.includes('$.apis.CreateAccountX: no such operation'))).toBe(true);
  });
});

describe('the Chinese glossary', () => {
  it('reads, and never avoids the word it chooses', () => {
    if (!glossaryFile) throw new Error('no glossary configured');
    const { glossary, problems } = readGlossary(glossaryFile.file, glossaryFile.text);
    expect(problems).toEqual([]);
    expect(glossary?.terms.map((term) => term.zh)).toEqual(
      expect.arrayContaining(['实例', '白名单', '备份集', '账号']),
    );
    for (const { avoid, term } of glossary?.avoided ?? []) expect(term.zh.includes(avoid), avoid).toBe(false);
  });

  it('names the file and the field of a bad term', () => {
    const { problems } = readGlossary('g.yaml', 'terms:\n  - { en: instance }\n');
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^g\.yaml: "terms\.0\.zh": /)]);
  });
});

describe('the exports in both languages', () => {
  const catalog = buildCatalog(input);
  const entries = catalog.records.map(({ entry }) => entry);

  it('/errors.json gives each code its Chinese summary and each table message both descriptions, in its schema', () => {
    const exported = catalogExportSchema.parse(toCatalogExport(catalog.product, entries));
    expect(exported.codes.every((code) => code.translations['zh-cn']?.summary)).toBe(true);
    const balance = exported.codes.find((code) => code.code === 'InsufficientBalance');
    expect(balance?.messages[0]?.descriptions).toEqual({
      en: 'The error message returned because the balance is insufficient.',
      'zh-cn': '余额不足',
    });
    expect(exported.codes.flatMap((code) => code.messages).filter((m) => m.descriptions['zh-cn']).length).toBe(55);
  });

  it('/operations.json gives each operation Alibaba’s Chinese title and summary', () => {
    const exported = toOperationsExport(catalog.product, catalog.operations);
    expect(exported.operations.find((operation) => operation.name === 'CreateAccount')?.translations).toEqual({
      'zh-cn': { title: '创建Shard账号', summary: '创建MongoDB云盘版分片集群实例的Shard只读账号。' },
    });
  });
});
