import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasBomb } from '../security/yaml-bombs.js';
import { callApp } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Problem {
  path: string;
  code: string;
  message: string;
  line?: number;
}
interface Validation {
  valid: boolean;
  problems: Problem[];
}

// A policy an officer might write: a syntax slip first, then one that parses with schema mistakes.
const BAD_INDENT = 'id: x\nrules:\n  - foo: [\n';
const BAD_SCHEMA = [
  'id: Bad Id',
  'name: 试行策略',
  'appliesTo: { jurisdictions: [CN] }',
  'rules:',
  '  - id: cn.hours',
  '    type: time_window',
  '    from: "8 点"',
  '    to: "21:00"',
  '  - id: cn.hours',
  '    type: time_window',
  '    from: "21:00"',
  '    to: "08:00"',
  '',
].join('\n');

describe('policy problems in the reader’s language', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ demo: false });
  });
  afterAll(async () => svc.close());

  const validate = async (yaml: string, lang: string): Promise<Validation> => {
    const res = await callApp(svc.app, 'POST', '/v1/policies/validate', {
      role: 'compliance',
      raw: yaml,
      headers: { 'content-type': 'application/yaml', 'accept-language': lang },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Validation;
  };

  it('words a YAML syntax error in Chinese and keeps the parser’s sentence beside it', async () => {
    const zh = await validate(BAD_INDENT, 'zh-CN');
    expect(zh.problems[0]).toMatchObject({ code: 'yaml_bad_indent', line: 4 });
    expect(zh.problems[0]?.message).toMatch(/^缩进不对（解析器原文：Flow sequence .+）$/);
    const en = await validate(BAD_INDENT, 'en');
    expect(en.problems[0]?.message).toMatch(/^Flow sequence in block collection must be/);
  });

  it('words each schema problem with its path and line, in both languages', async () => {
    const zh = await validate(BAD_SCHEMA, 'zh-CN');
    const byPath = (v: Validation) => Object.fromEntries(v.problems.map((p) => [p.path, p]));
    expect(byPath(zh)).toMatchObject({
      id: {
        code: 'policy_invalid_format',
        message: '只能用小写字母、数字、“.”、“_”或“-”，并以字母或数字开头',
        line: 1,
      },
      'rules[0].from': { code: 'policy_invalid_format', message: '应为时刻，如“08:00”', line: 7 },
      'rules[1].to': { code: 'policy_custom', message: '“from”应早于“to”（不支持跨午夜的时段）' },
      'rules[1].id': { code: 'policy_custom', message: '规则编号“cn.hours”重复', line: 9 },
    });
    const en = await validate(BAD_SCHEMA, 'en');
    expect(byPath(en)).toMatchObject({
      'rules[0].from': { message: 'a time like "08:00"' },
      'rules[1].id': { message: 'duplicate rule id "cn.hours"' },
    });
    // No English sentence left: only the names quoted from the file (“cn.hours”, “from”).
    for (const problem of zh.problems)
      expect(problem.message.replace(/“[^”]*”/gu, ''), problem.path).not.toMatch(/[A-Za-z]{4,}/u);
  });

  it('names a missing field as required, in Chinese', async () => {
    const zh = await validate('id: x\nname: y\nrules: []\n', 'zh-CN');
    expect(zh.problems.find((p) => p.path === 'appliesTo')?.message).toBe('必填');
    expect(zh.problems.find((p) => p.path === 'rules')?.message).toBe('至少 1 项');
  });

  it('refuses a document past the limits with the figures, in Chinese', async () => {
    const res = await callApp(svc.app, 'POST', '/v1/policies/validate', {
      role: 'compliance',
      raw: aliasBomb(),
      headers: { 'content-type': 'application/yaml', 'accept-language': 'zh-CN' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; details: Problem[] } };
    expect(body.error.message).toBe(
      'YAML 文档超出限制，已拒绝：文档展开的别名超过 100 个（自我复制的文档）。',
    );
    expect(body.error.details[0]?.message).toBe('文档展开的别名超过 100 个（自我复制的文档）');
  });

  it('words a candidate policy’s problems in a simulation refused for them', async () => {
    const res = await callApp(svc.app, 'POST', '/v1/policies/simulate', {
      role: 'compliance',
      body: { policy: BAD_INDENT, from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: Problem[] } };
    expect(body.error.code).toBe('policy_invalid');
    expect(body.error.details[0]?.message).toMatch(/^缩进不对/);
  });
});
