import { type BadRequest, NOT_UTF8 } from './bad-request.js';
import { aliasBomb, deepBlock, deepFlow } from './yaml-bombs.js';

const NDJSON = 'application/x-ndjson';
const CSV = 'text/csv';
const person = (name: string) => `{"type":"person","id":"CORPUS-P1","name":${name}}`;

/** Imports in which no line is good: each must be refused as a whole, naming the rejected lines. */
const BAD_NDJSON: [string, string | Buffer][] = [
  ['empty body', ''],
  ['blank lines only', '\n\n  \n'],
  ['byte-order mark only', '\ufeff'],
  ['not JSON', 'hello'],
  ['cut-off JSON', '{"type":"person","id":"X'],
  ['a JSON array', '[{"type":"person"}]'],
  ['a number', '42'],
  ['null', 'null'],
  ['no type', '{"id":"CORPUS-P1","name":"x"}'],
  ['unknown type', '{"type":"pet","id":"CORPUS-P1"}'],
  ['type of the wrong type', '{"type":7,"id":"CORPUS-P1"}'],
  ['person without fields', '{"type":"person"}'],
  ['person with wrong types', '{"type":"person","id":123,"name":[]}'],
  ['account without debtor', '{"type":"account","id":"CORPUS-A1"}'],
  [
    'phone that is not a number',
    '{"type":"phone","personId":"US-001","number":"not a phone","source":"application"}',
  ],
  [
    'relation of an unknown kind',
    '{"type":"relation","from":"US-001","to":"US-002","kind":"nemesis","source":"application"}',
  ],
  [
    'attempt with a bad date',
    '{"type":"attempt","id":"CORPUS-T1","accountId":"ACC-US-001-1","channel":"call","to":"+16467733619","at":"yesterday","outcome":"no_answer"}',
  ],
  ['line over 1,000,000 characters', person(JSON.stringify('x'.repeat(1_000_100)))],
  ['two bad lines', '{"type":"person"}\n{"type":"account"}\n'],
  [
    'nested 50,000 deep',
    `{"type":"person","id":"CORPUS-P1","name":"x","flags":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
  ],
  ['prototype key', '{"__proto__":{"type":"person"},"id":"CORPUS-P1"}'],
  ...NOT_UTF8.map((b): [string, Buffer] => [
    `name holds ${b.toString('hex')}`,
    Buffer.concat([
      Buffer.from('{"type":"person","id":"CORPUS-P1","name":"Mar'),
      b,
      Buffer.from('y"}'),
    ]),
  ]),
  ['NUL in the id', person('"x"').replace('CORPUS-P1', 'CORPUS\\u0000P1')],
  ['escape sequence in the id', person('"x"').replace('CORPUS-P1', 'CORPUS\\u001b[2J')],
];

/** CSV imports in which no row is good (with the query that goes with each). */
const BAD_CSV: [string, string, string | Buffer][] = [
  ['empty body', 'format=csv&type=person', ''],
  ['header only', 'format=csv&type=person', 'id,name,timezone\n'],
  ['no type column and no ?type', 'format=csv', 'id,name\nCORPUS-P1,x\n'],
  ['unknown type column', 'format=csv', 'type,id,name\npet,CORPUS-P1,x\n'],
  ['empty type cells', 'format=csv', 'type,id,name\n,CORPUS-P1,x\n'],
  ['type column against ?type', 'format=csv&type=person', 'type,id,name\naccount,CORPUS-P1,x\n'],
  ['required columns missing', 'format=csv&type=person', 'foo,bar\n1,2\n'],
  ['duplicate column', 'format=csv&type=person', 'id,id,name\nCORPUS-P1,CORPUS-P1,x\n'],
  ['extra fields', 'format=csv&type=person', 'id,name\nCORPUS-P1,x,y,z\n'],
  ['unclosed quote', 'format=csv&type=person', 'id,name\nCORPUS-P1,"x\n'],
  [
    'record over 1,000,000 characters',
    'format=csv&type=person',
    `id,name\nCORPUS-P1,"${'x'.repeat(1_000_100)}"\n`,
  ],
  ['header over 1,000,000 characters', 'format=csv&type=person', `${'h'.repeat(1_000_100)}\n`],
  ...NOT_UTF8.map((b): [string, string, Buffer] => [
    `name holds ${b.toString('hex')}`,
    'format=csv&type=person',
    Buffer.concat([Buffer.from('id,name\nCORPUS-P1,Mar'), b, Buffer.from('y\n')]),
  ]),
  ['unknown ?type', 'format=csv&type=pet', 'id\nCORPUS-P1\n'],
  ['unknown ?format', 'format=xml&type=person', 'id,name\nCORPUS-P1,x\n'],
  ['three-letter ?region', 'format=csv&type=person&region=USA', 'id,name\nCORPUS-P1,x\n'],
];

/** YAML documents built to exhaust or confuse a reader. */
const YAML_BOMBS: [string, string][] = [
  ['alias bomb', aliasBomb()],
  ['small alias bomb', aliasBomb(4)],
  ['flow nested 10,000 deep', deepFlow(10_000)],
  ['flow nested 100 deep', deepFlow(100)],
  ['block nested 200 deep', deepBlock(200)],
];

/** YAML that is within the limits but no policy. */
const BAD_YAML: [string, string][] = [
  ['tab indentation', 'id: x\nrules:\n\t- type: hours\n'],
  ['unclosed flow', 'id: [x\n'],
  ['broken mapping', '{a: [}\n'],
  ['sequence then mapping', '- a\nb: c\n'],
  ['duplicate keys', 'id: a\nid: b\n'],
  ['a bare scalar', 'just words\n'],
  ['empty', ''],
  ['NUL byte', 'id: a\u0000b\n'],
  ['unknown tag', 'id: !!python/object:os.system x\n'],
  ['many documents', '---\nid: a\n---\nid: b\n'],
  ['long key', `${'k'.repeat(2000)}: 1\n`],
];

/** Bad imports and policy documents, NDJSON, CSV and YAML. */
export function textCases(): BadRequest[] {
  const out: BadRequest[] = [];
  for (const [name, body] of BAD_NDJSON)
    out.push({
      group: 'NDJSON import',
      name,
      method: 'POST',
      path: '/v1/ingest',
      body,
      contentType: NDJSON,
    });
  for (const [name, query, body] of BAD_CSV)
    out.push({
      group: 'CSV import',
      name,
      method: 'POST',
      path: `/v1/ingest?${query}`,
      body,
      contentType: CSV,
    });
  const validate = (name: string, body: string | Buffer, more: Partial<BadRequest>) =>
    out.push({
      group: 'YAML',
      name: `validate: ${name}`,
      method: 'POST',
      path: '/v1/policies/validate',
      body,
      contentType: 'application/yaml',
      ...more,
    });
  const simulate = (name: string, policy: string, more: Partial<BadRequest>) =>
    out.push({
      group: 'YAML',
      name: `simulate: ${name}`,
      method: 'POST',
      path: '/v1/policies/simulate',
      body: JSON.stringify({ policy, from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' }),
      contentType: 'application/json',
      ...more,
    });
  for (const [name, body] of YAML_BOMBS) {
    validate(name, body, { status: [400] });
    simulate(name, body, { status: [400] });
  }
  for (const [name, body] of BAD_YAML) {
    validate(name, body, { report: true });
    simulate(name, body, {});
  }
  for (const b of NOT_UTF8)
    validate(
      `bytes ${b.toString('hex')}`,
      Buffer.concat([Buffer.from('id: a'), b, Buffer.from('\n')]),
      { status: [400] },
    );
  out.push({
    group: 'YAML',
    name: 'validate: over the 1 MiB limit',
    method: 'POST',
    path: '/v1/policies/validate',
    body: `id: ${'x'.repeat(1_100_000)}\n`,
    contentType: 'application/yaml',
    status: [413],
  });
  return out;
}
