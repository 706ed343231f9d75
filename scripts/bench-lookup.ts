/**
 * Benchmark of the error lookup (src/lookup): the median time to resolve each kind of paste, from a typical SDK
 * error to 1 MB of adversarial text.
 *
 *   node scripts/bench-lookup.ts [--runs 7]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogEntries } from '../src/catalog/files.ts';
import { resolveErrorText } from '../src/lookup/index.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 7);
const root = path.resolve(import.meta.dirname, '..');
const catalog = readCatalogEntries(root);

const MB = 1024 * 1024;
const repeat = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

function randomPaste(): string {
  let seed = 7;
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;"\'{}[]\\/\n\t-_=&?│\u001b';
  const chars: string[] = [];
  for (let i = 0; i < MB; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chars.push(alphabet.charAt(seed % alphabet.length));
  }
  return chars.join('');
}

const sdkError = `SDKError:
   StatusCode: 403
   Code: MissingParameter
   Message: code: 403, The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied. request id: 2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901
   Data: {"Code":"MissingParameter","HostId":"mongodb.aliyuncs.com","Message":"The input parameter OwnerId,OwnerAccount that is mandatory for processing this request is not supplied.","Recommend":"https://api.aliyun.com/troubleshoot?q=MissingParameter\\u0026product=Dds\\u0026requestId=2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901","RequestId":"2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901","statusCode":403}`;
const jsonBody =
  '{"RequestId":"3C7B1F2A-5D4E-4B8A-9C6D-1E2F3A4B5C6D","HostId":"mongodb.aliyuncs.com","Code":"InvalidInstanceId.NotFound",' +
  '"Message":"The InstanceId provided does not exist in our records.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound&product=Dds&requestId=3C7B1F2A-5D4E-4B8A-9C6D-1E2F3A4B5C6D"}\n';

const cases: [string, string][] = [
  ['typical SDK error (Go Tea block)', sdkError],
  ['bare message (fuzzy ranking)', 'The specified SignatureNonce has already been used.'],
  ['1 MB random paste', randomPaste()],
  ['1 MB of "a"', 'a'.repeat(MB)],
  ['1 MB of repeated JSON bodies', repeat(jsonBody)],
  ['1 MB of "\\\\\\\\\\\\ escapes', repeat('"\\\\\\\\\\\\')],
  ['1 MB of deep {{{{[[[[', repeat('{{{{[[[[')],
  ['1 MB of repeated "code: 400, "', repeat('code: 400, ')],
];

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

resolveErrorText(sdkError, catalog); // builds the catalog index once, as the page would
console.log(`node ${process.version}, median of ${runs} runs`);
for (const [name, text] of cases) {
  const times: number[] = [];
  let kind = '';
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    kind = resolveErrorText(text, catalog).kind;
    times.push(performance.now() - start);
  }
  console.log(`${median(times).toFixed(2).padStart(8)} ms  ${name} → ${kind}`);
}
