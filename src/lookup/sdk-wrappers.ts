/**
 * The names SDKs and the `aliyun` CLI give to every error the API returns — their error class, never the API's own
 * code (`shared/reference/error-output-formats.md`) — and where their output puts the code. A paste that holds such
 * a name but no code (the first line of a longer output, a class from a stack trace) gets told where to look.
 */
interface SdkWrapper {
  /** The names, spelled as the SDKs print them. */
  readonly names: readonly string[];
  /** What prints them and where the code is, as the rest of a sentence that starts "<name> is". */
  readonly where: string;
}

const SDK_WRAPPERS: readonly SdkWrapper[] = [
  {
    names: ['SDK.ServerError'],
    where:
      'how the Go SDK and the aliyun CLI label every error the API returns; the code is on the ErrorCode: line below it',
  },
  {
    names: ['SDKError'],
    where: 'how the Go SDK (Tea) labels every error the API returns; the code is on the Code: line below it',
  },
  {
    names: ['ServerException', 'ClientException', 'TeaException'],
    where:
      'the exception the Python and Java SDKs raise for every error the API returns; the code follows Error: in its message (Java’s Tea SDK prints only the status and message: paste those)',
  },
  {
    names: ['ServerError', 'ClientError', 'ThrottlingError'],
    where:
      'the error the TypeScript SDK throws for every error the API returns; the code comes before “: code:” in its message',
  },
];

/** Each name, lower-cased, to its spelling and what it means. */
const BY_NAME = new Map(
  SDK_WRAPPERS.flatMap(({ names, where }) => names.map((name) => [name.toLowerCase(), { name, where }] as const)),
);

const escape = (name: string) => name.replace('.', '\\.');
/**
 * Any of the names as a whole word (not part of a longer code or word), any letter case, maybe after a package path
 * as a traceback prints it (`aliyunsdkcore.acs_exception.exceptions.ServerException`); the name is group 1.
 */
const ANY_NAME = new RegExp(
  `(?<![\\w.])(?:[A-Za-z_]\\w*\\.)*?(${[...BY_NAME.values()].map(({ name }) => escape(name)).join('|')})(?![\\w.])`,
  'i',
);

export interface SdkWrapperHint {
  /** The name, spelled as the SDK prints it. */
  name: string;
  /** What the name is and where the code is, as sentences. */
  hint: string;
  /** Whether the text holds nothing else but the word "error" and punctuation. */
  alone: boolean;
}

/** The first SDK error name in `text`, or undefined when it names none. */
export function sdkWrapperIn(text: string): SdkWrapperHint | undefined {
  const found = ANY_NAME.exec(text);
  const wrapper = found?.[1] === undefined ? undefined : BY_NAME.get(found[1].toLowerCase());
  if (!found || !wrapper) return undefined;
  const rest = text.replace(found[0], ' ').replace(/\berror\b/gi, ' ');
  return {
    name: wrapper.name,
    hint: `${wrapper.name} is ${wrapper.where}. It is not an API error code: paste the whole output.`,
    alone: !/[\p{L}\p{N}]/u.test(rest),
  };
}

/** Whether a code-shaped word is an SDK's error name rather than an API code. */
export function isSdkWrapperName(code: string): boolean {
  const word = code.trim();
  return ANY_NAME.exec(word)?.[0].length === word.length;
}
