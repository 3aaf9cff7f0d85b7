import fc from 'fast-check';

/**
 * Hostile inputs for the schema fuzz: strings, JSON values, raw bodies, path ids, query
 * strings and headers that break parsers, validators, databases and naive code.
 */

export const HUGE = 'x'.repeat(100_000);

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\udc00b',
  '\ud83d',
  '😀👩‍👩‍👧‍👦',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\ufeffbom',
  '\u2028\u2029',
  '\r\n\t',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '"; drop table users; --',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '../../../etc/passwd',
  '%00%ff%',
  '\\',
  '1e309',
  '-1e309',
  '-0',
  'NaN',
  'Infinity',
  '9007199254740993',
  '-9223372036854775809',
  'true',
  'null',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'a'.repeat(257),
  'a'.repeat(5_000),
  HUGE,
  '2025-13-45T99:99:99Z',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-7FFF-BFFF-FFFFFFFFFFFF',
  '{0192f0c4-7b1e-7c3a-9d2e-5f8a1b6c4e21}',
  'mrd_pat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  '测试名称',
  'Asia/Shanghai/../../x',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const POLLUTERS = ['__proto__', 'constructor', 'prototype'];

/** An object with an own, enumerable key, even `__proto__` (which assignment would not create). */
export function withKey(base: unknown, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> =
    typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base } : {};
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -0,
      -1,
      1.5,
      2 ** 31,
      -(2 ** 63),
      2 ** 53 + 2,
      1e308,
      -1e308,
      5e-324,
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      nested(64, 'array'),
      nested(64, 'object'),
      nested(2_000, 'array'),
      nested(2_000, 'object'),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...POLLUTERS), fc.jsonValue({ maxDepth: 1 }))
      .map(([key, value]) => withKey({}, key, withKey({ polluted: value }, 'prototype', { polluted: true }))),
  },
);

/** Raw request bodies: not JSON, or JSON that JSON.stringify could never produce. */
export const RAW_BODIES: readonly string[] = [
  '',
  '{',
  '{"a":',
  "{'a':1}",
  '[1,2',
  'nul',
  'undefined',
  '{"a":1}garbage',
  '\ufeff{}',
  '\u0000',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"a":1e309}',
  '{"a":-0}',
  '{"a":1e-400}',
  '{"a":123456789012345678901234567890}',
  '{"name":"a","name":{"$gt":""}}',
  '[]',
  '"just a string"',
  '42',
  'null',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  `{"a":"${'\\u0000'.repeat(100)}"}`,
  `{"a":"\\ud800\\udc00\\ud800"}`,
];

/** A JSON literal spliced into a valid body in place of one field's value. */
export const RAW_NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '1e-400',
  '123456789012345678901234567890',
  '0.1e1',
  '-9223372036854775809',
];

/** Path segments in place of an id: traversal, not a UUID, too long, bad percent-encoding. */
export const HOSTILE_PATH_IDS: readonly { value: string; raw: boolean }[] = [
  { value: '..', raw: true },
  { value: '../', raw: false },
  { value: '..%2F..%2Fhealth', raw: true },
  { value: 'not-a-uuid', raw: false },
  { value: '0192f0c4-7b1e-7c3a-9d2e-5f8a1b6c4e2', raw: false },
  { value: '0192f0c4-7b1e-7c3a-9d2e-5f8a1b6c4e21x', raw: false },
  { value: '00000000-0000-0000-0000-000000000000', raw: false },
  { value: 'FFFFFFFF-FFFF-7FFF-BFFF-FFFFFFFFFFFF', raw: false },
  { value: 'x'.repeat(99), raw: false },
  { value: 'x'.repeat(5_000), raw: false },
  { value: '%', raw: true },
  { value: '%zz', raw: true },
  { value: '%ED%A0%80', raw: true },
  { value: '%00', raw: true },
  { value: "1' OR '1'='1", raw: false },
  { value: '1;select pg_sleep(1)', raw: false },
  { value: ' ', raw: false },
  { value: '\u0000', raw: false },
];

export const hostilePathId: fc.Arbitrary<{ value: string; raw: boolean }> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PATH_IDS) },
  { weight: 1, arbitrary: fc.uuid({ version: 7 }).map((value) => ({ value, raw: false })) },
  {
    weight: 1,
    arbitrary: hostileString.filter((s) => s.length > 0 && s.length < 200).map((value) => ({ value, raw: false })),
  },
);

/** Query values by the keys list endpoints share, and for any other key. */
const QUERY_VALUES = ['-1', '0', 'abc', '1e309', '201', '99999999999999999999', '1.5', '', '%', '%zz', '%ED%A0%80'];
export const CURSOR_VALUES = [
  '!!',
  'not base64',
  Buffer.from('[]').toString('base64url'),
  Buffer.from('["x"]').toString('base64url'),
  Buffer.from('["not-a-date","not-a-uuid"]').toString('base64url'),
  Buffer.from('[1e400,"0192f0c4-7b1e-7c3a-9d2e-5f8a1b6c4e21"]').toString('base64url'),
  Buffer.from('["2025-01-01T00:00:00Z",-1]').toString('base64url'),
  Buffer.from('[{"$gt":""},null]').toString('base64url'),
  Buffer.from('["a\\u0000b","b"]').toString('base64url'),
  Buffer.from('{"__proto__":1}').toString('base64url'),
  'A'.repeat(600),
];

export const queryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...QUERY_VALUES),
  fc.constantFrom(...CURSOR_VALUES),
  hostileString.filter((s) => s.length < 20_000),
);

/** Headers that should be refused cleanly: versions, idempotency keys, content types, CSRF and origin. */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc
    .constantFrom('garbage', '"', 'W/"x"', '"-1"', '"99999999999999999999"', '*', '"1", "2"', '')
    .map((v) => ({ 'if-match': v })),
  fc
    .constantFrom('k'.repeat(201), 'ключ', 'has space', 'a/b', '', 'x'.repeat(5_000), 'dup-key', 'dup-key')
    .map((v) => ({ 'idempotency-key': v })),
  fc
    .constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    )
    .map((v) => ({
      'content-type': v,
    })),
  fc
    .constantFrom(
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/jsonx',
      'APPLICATION/JSON',
    )
    .map((v) => ({
      'content-type': v,
    })),
  fc.constantFrom<Record<string, string>>(
    { 'x-csrf-token': 'wrong' },
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
  ),
  fc.constantFrom<Record<string, string>>(
    { accept: 'text/html' },
    { 'accept-encoding': 'gzip;q=x' },
    { 'content-length': '0' },
  ),
);
