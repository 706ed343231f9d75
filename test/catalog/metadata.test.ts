import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readApiMetadata } from '../../src/catalog/api-metadata.ts';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { readProductConfig } from '../../src/catalog/product.ts';
import { readToolCodes } from '../../src/catalog/tool-codes.ts';
import { contentErrorsOf, realCatalogInput, ROOT } from './helpers.ts';

const METADATA_FILE = 'content/source/api-metadata/dds-2015-12-01.en-US.json';
const TOOLS_FILE = 'content/source/tool-handled-codes.json';

/** A small metadata file, pretty-printed so problems have lines; `apis` is spliced in as given. */
function metadataWith(apis: string): string {
  return [
    '{',
    '  "info": { "product": "Dds", "version": "2015-12-01" },',
    '  "directories": [{ "id": 1, "title": null, "children": ["DescribeDBInstances"] }],',
    `  "apis": ${apis}`,
    '}',
  ].join('\n');
}

const describeOk = `{
    "DescribeDBInstances": {
      "parameters": [],
      "errorCodes": { "400": [{ "errorCode": "InvalidParameter", "errorMessage": "The parameter %s is not valid." }] }
    }
  }`;

function problemsOf(text: string): string[] {
  return readApiMetadata('meta.json', text).problems.map((problem) => problem.message);
}

describe('the real API metadata', () => {
  const { metadata, problems } = readApiMetadata(METADATA_FILE, readFileSync(path.join(ROOT, METADATA_FILE), 'utf8'));

  it('reads 130 operations and 174 distinct codes without a problem', () => {
    expect(problems).toEqual([]);
    expect(metadata?.product).toBe('Dds');
    expect(metadata?.version).toBe('2015-12-01');
    expect(metadata?.operations).toHaveLength(130);
    expect(new Set(metadata?.operations.flatMap((operation) => operation.errors.map(({ code }) => code))).size).toBe(
      174,
    );
  });

  it('puts every operation in exactly one group', () => {
    const grouped = metadata?.groups.flatMap((group) => group.operations) ?? [];
    expect(grouped.toSorted()).toEqual(metadata?.operations.map(({ name }) => name).toSorted());
  });

  it('keeps codes verbatim: underscores, upper case and the two spellings that differ only in case', () => {
    const codes = new Set(metadata?.operations.flatMap((operation) => operation.errors.map(({ code }) => code)));
    for (const code of [
      'ORDER.ACCOUNT_INFORMATION_INCOMPLETE',
      'Trade_Not_Support_Async_Pay',
      'InvalidDBInstanceId.NotFound',
      'InvalidDbInstanceId.NotFound',
    ])
      expect(codes.has(code), code).toBe(true);
  });

  it('names the JSON path of every error code it reads', () => {
    const first = metadata?.operations.find(({ errors }) => errors.length > 0)?.errors[0];
    expect(first?.jsonPath).toMatch(/^\$\.apis\.[A-Za-z]+\.errorCodes\["\d{3}"\]\[\d+\]$/);
  });
});

describe('a bad metadata file fails with the file, the line and the JSON path', () => {
  it('accepts the small file the other cases break', () => {
    expect(problemsOf(metadataWith(describeOk))).toEqual([]);
  });

  it('a file that is not JSON', () => {
    expect(problemsOf(metadataWith('{ "DescribeDBInstances": { ,'))[0]).toMatch(/^meta\.json:4: not valid JSON: /);
  });

  it('a minified file names the character, since it has no useful line', () => {
    expect(problemsOf('{"info":{"product":"Dds","version":"1"},"apis":{,}}')[0]).toBe(
      'meta.json: not valid JSON at character 49: ValueExpected',
    );
  });

  it('an entry without a code or without a message', () => {
    const apis = `{
    "DescribeDBInstances": {
      "errorCodes": {
        "400": [
          { "errorMessage": "Specified parameter is missing." },
          { "errorCode": "MissingParameter", "errorMessage": "  " }
        ]
      }
    }
  }`;
    expect(problemsOf(metadataWith(apis))).toEqual([
      expect.stringMatching(/^meta\.json:8: \$\.apis\.DescribeDBInstances\.errorCodes\["400"\]\[0\]\.errorCode: /),
      expect.stringMatching(/^meta\.json:9: \$\.apis\.DescribeDBInstances\.errorCodes\["400"\]\[1\]\.errorMessage: /),
    ]);
  });

  it('an operation named twice (JSON.parse would keep the last one silently)', () => {
    const apis = `{
    "DescribeDBInstances": { "errorCodes": {} },
    "DescribeDBInstances": { "errorCodes": {} }
  }`;
    expect(problemsOf(metadataWith(apis))).toEqual([
      'meta.json:6: $.apis.DescribeDBInstances appears twice in the same object',
    ]);
  });

  it('a status that is not an HTTP error status, and a group naming an operation that does not exist', () => {
    const apis = `{
    "DescribeDBInstancez": {
      "errorCodes": { "OK": [{ "errorCode": "Throttling", "errorMessage": "Request was denied." }] }
    }
  }`;
    expect(problemsOf(metadataWith(apis))).toEqual([
      'meta.json:3: $.directories["(group 1)"].DescribeDBInstances: no operation "DescribeDBInstances" in $.apis',
      'meta.json:6: $.apis.DescribeDBInstancez.errorCodes.OK: "OK" is not a 4xx or 5xx HTTP status',
    ]);
  });

  it('metadata of another product or API version than the configuration says', () => {
    const input = realCatalogInput();
    const text = metadataWith(describeOk).replace('"2015-12-01"', '"2019-01-01"');
    const problems = contentErrorsOf(() =>
      buildCatalog({ ...input, metadata: { file: 'meta.json', text }, guidance: [] }),
    );
    expect(problems).toContain(
      'meta.json: $.info is Dds 2019-01-01, but content/product.yaml configures Dds 2015-12-01',
    );
  });
});

describe('one catalog from the table, the metadata and the tool list', () => {
  const { records } = buildCatalog(realCatalogInput());
  const entry = (code: string) => {
    const found = records.find((record) => record.entry.code === code)?.entry;
    if (!found) throw new Error(`${code} is not in the catalog`);
    return found;
  };

  it('keeps the table’s message numbers and numbers the metadata’s after them', () => {
    const messages = entry('MissingParameter').messages;
    expect(messages.slice(0, 3).map(({ index, publishedIn }) => [index, publishedIn[0]?.source])).toEqual([
      [1, 'table'],
      [2, 'table'],
      [3, 'table'],
    ]);
    expect(messages.slice(3).every(({ publishedIn }) => publishedIn[0]?.source === 'metadata')).toBe(true);
    expect(messages.map(({ index }) => index)).toEqual(messages.map((_, position) => position + 1));
  });

  it('records each operation that returns a code, with its status and the number of its message', () => {
    const code = entry('InvalidDbInstanceId.NotFound');
    expect(code.returnedBy.length).toBeGreaterThan(1);
    for (const row of code.returnedBy) {
      const message = code.messages.find(({ index }) => index === row.messageIndex);
      expect(message?.status, row.operation).toBe(row.status);
      expect(
        message?.publishedIn.some(
          (publication) => 'operation' in publication && publication.operation === row.operation,
        ),
        row.operation,
      ).toBe(true);
    }
  });

  it('puts codes that differ only in case on one page, their messages numbered across it', () => {
    const upper = entry('InvalidDBInstanceId.NotFound');
    const lower = entry('InvalidDbInstanceId.NotFound');
    expect([upper.page, lower.page]).toEqual(['InvalidDBInstanceId.NotFound', 'InvalidDBInstanceId.NotFound']);
    expect(upper.pageCodes).toEqual(['InvalidDbInstanceId.NotFound']);
    expect(lower.pageCodes).toEqual(['InvalidDBInstanceId.NotFound']);
    const indexes = [...upper.messages, ...lower.messages].map(({ index }) => index);
    expect(indexes).toEqual(indexes.map((_, position) => position + 1));
  });

  it('never makes a real code an alias of another: InvalidDBInstanceId.NotFound is related, not an alias', () => {
    const instance = entry('InvalidInstanceId.NotFound');
    expect(instance.aliases).not.toContain('InvalidDBInstanceId.NotFound');
    expect(instance.guidance.related).toContain('InvalidDBInstanceId.NotFound');
    const codes = new Set(records.map((record) => record.entry.code.toLowerCase()));
    for (const { entry: each } of records)
      for (const alias of each.aliases) expect(codes.has(alias.toLowerCase()), `${each.code} → ${alias}`).toBe(false);
  });

  it('gives a code only Alibaba’s tools handle no message, and the places that handle it', () => {
    const code = entry('OperationDenied.DBInstanceStatus');
    expect(code.sources).toEqual(['tools']);
    expect(code.messages).toEqual([]);
    expect(code.handledBy[0]?.url).toMatch(
      /^https:\/\/github\.com\/aliyun\/terraform-provider-alicloud\/blob\/[0-9a-f]{40}\/alicloud\/.+#L\d+$/,
    );
  });
});

describe('a bad tool list or product configuration fails with the file and the line', () => {
  const tools = readFileSync(path.join(ROOT, TOOLS_FILE), 'utf8');

  it('reads the real tool list', () => {
    const { tools: read, problems } = readToolCodes(TOOLS_FILE, tools);
    expect(problems).toEqual([]);
    expect(read?.codes.map(({ code }) => code)).toHaveLength(7);
  });

  it('a place without its line', () => {
    const value = JSON.parse(tools) as { codes: { handled: { line?: number }[] }[] };
    delete value.codes[1]?.handled[0]?.line;
    const messages = readToolCodes('tools.json', JSON.stringify(value, null, 2)).problems.map(({ message }) => message);
    expect(messages).toEqual([expect.stringMatching(/^tools\.json:\d+: \$\.codes\[1\]\.handled\[0\]\.line: /)]);
  });

  it('a code listed twice', () => {
    const value = JSON.parse(tools) as { codes: unknown[] };
    value.codes.push(value.codes[0]);
    const messages = readToolCodes('tools.json', JSON.stringify(value, null, 2)).problems.map(({ message }) => message);
    expect(messages).toEqual([expect.stringMatching(/^tools\.json:\d+: code "[^"]+" is listed twice$/)]);
  });

  it('a product configuration with an unknown field or a missing source', () => {
    const real = readFileSync(path.join(ROOT, 'content/product.yaml'), 'utf8');
    const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;
    const unknown = real.replace('ramService: dds', 'ramService: dds\nregion: cn-hangzhou');
    expect(readProductConfig('product.yaml', unknown).problems.map(({ message }) => message)).toEqual([
      `product.yaml:${lineOf(unknown, 'region: cn-hangzhou')}: "region": Unrecognized key: "region"`,
    ]);
    const empty = real.replace(/^ {2}table: .*$/m, '  table: ""');
    expect(readProductConfig('product.yaml', empty).problems.map(({ message }) => message)).toEqual([
      expect.stringMatching(new RegExp(`^product\\.yaml:${lineOf(empty, '  table: ""')}: "sources\\.table": `)),
    ]);
  });
});
