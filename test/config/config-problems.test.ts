import { describe, expect, it } from 'vitest';
import { parseProviderRates } from '../../src/app/dispatch/rate-spec.js';
import { runAuditCommand } from '../../src/cli/commands/audit.js';
import { parseApiKeys } from '../../src/config/api-keys.js';
import { loadConfig } from '../../src/config/config.js';
import type { ConfigProblem } from '../../src/config/config-problem.js';
import type { Lang } from '../../src/messages/language.js';
import { type MessageParams, renderMessage } from '../../src/messages/render-message.js';
import { Neo4jConfigError, neo4jConfigFromEnv } from '../../src/store/neo4j/neo4j-config.js';

function problemsOf(env: Record<string, string>): ConfigProblem[] {
  const r = loadConfig(env);
  return r.ok ? [] : r.problems;
}

function words(lang: Lang, p: ConfigProblem): string {
  return renderMessage(lang, p.code, p.params as MessageParams);
}

function neo4jProblem(env: Record<string, string>): ConfigProblem | undefined {
  try {
    neo4jConfigFromEnv(env);
  } catch (error) {
    if (error instanceof Neo4jConfigError) return error.problems[0];
    throw error;
  }
  return undefined;
}

describe('configuration problems', () => {
  it('are codes with params naming the variable, keeping the English for logs', () => {
    const [port, store] = problemsOf({ PORT: 'abc', SKIPGRAPH_STORE: 'mysql' });
    expect(port).toEqual({
      code: 'config_variable',
      params: {
        variable: 'PORT',
        issue: [{ code: 'issue_invalid_type', params: { expected: 'number' } }],
      },
      message: expect.stringMatching(/^PORT: /),
    });
    expect(store?.params.variable).toBe('SKIPGRAPH_STORE');
    expect(JSON.parse(JSON.stringify(port))).toEqual(port);
  });

  it('word a bad value as the API words the same issue, in English and in Chinese', () => {
    const problems = problemsOf({
      PORT: 'abc',
      SKIPGRAPH_HEAP_GROWTH: '401',
      SKIPGRAPH_STORE: 'mysql',
    });
    expect(problems.map((p) => words('en', p))).toEqual([
      'PORT: expected a number',
      'SKIPGRAPH_STORE: expected one of "sqlite" or "neo4j"',
      'SKIPGRAPH_HEAP_GROWTH: at most 400',
    ]);
    expect(problems.map((p) => words('zh-CN', p))).toEqual([
      'PORT：应为数字',
      'SKIPGRAPH_STORE：应为以下之一："sqlite"或"neo4j"',
      'SKIPGRAPH_HEAP_GROWTH：应不大于 400',
    ]);
  });

  it('word a bad API key entry by its number, never its text, in both languages', () => {
    const parsed = parseApiKeys('admin-key-0001:admin,secret-value-1:boss');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(words('en', parsed.problem)).toBe(
      'SKIPGRAPH_API_KEYS: API key entry 2 must be KEY:ROLE with ROLE one of collector, investigator, compliance, admin',
    );
    expect(words('zh-CN', parsed.problem)).toBe(
      'SKIPGRAPH_API_KEYS：第 2 条 API 密钥应写成 KEY:ROLE（密钥:角色），角色须为 collector, investigator, compliance, admin 之一',
    );
    expect(JSON.stringify(parsed.problem)).not.toContain('secret-value-1');
    const short = parseApiKeys('short:admin', 'SKIPGRAPH_API_KEYS_FILE');
    expect(!short.ok && words('zh-CN', short.problem)).toBe(
      'SKIPGRAPH_API_KEYS_FILE：第 1 条 API 密钥不足 8 个字符',
    );
  });

  it('word a bad provider rate by its fault, in both languages', () => {
    const rates = parseProviderRates({ sms: '10/fortnight', call: '0/min' });
    expect(rates.ok).toBe(false);
    if (rates.ok) return;
    const [sms, call] = rates.problems;
    expect(sms?.params).toMatchObject({ variable: 'SKIPGRAPH_RATE_SMS', fault: 'unit' });
    expect(words('en', sms!)).toBe(
      'SKIPGRAPH_RATE_SMS: rate "10/fortnight" has an unknown unit "fortnight"; write COUNT/UNIT like 10/s, 600/min, 5/10s or 1000/hour (units: ms, s, min, h, day)',
    );
    expect(words('en', sms!)).toBe(sms?.message);
    expect(words('zh-CN', call!)).toBe(
      'SKIPGRAPH_RATE_CALL：速率“0/min”须至少允许 1 次；请写成“次数/单位”，如 10/s、600/min、5/10s 或 1000/hour（单位：ms、s、min、h、day）',
    );
  });

  it('word a missing or malformed NEO4J_* variable, in both languages', () => {
    const password = neo4jProblem({ NEO4J_URI: 'neo4j://db:7687' });
    expect(password).toMatchObject({
      code: 'config_not_set',
      params: { variable: 'NEO4J_PASSWORD' },
      message: 'NEO4J_PASSWORD is not set',
    });
    expect(words('en', password!)).toBe('NEO4J_PASSWORD is not set');
    expect(words('zh-CN', password!)).toBe('未设置 NEO4J_PASSWORD');
    const scheme = neo4jProblem({ NEO4J_URI: 'ftp://db', NEO4J_PASSWORD: 'pw' });
    expect(scheme?.params.variable).toBe('NEO4J_URI');
    expect(words('zh-CN', scheme!)).toBe(
      'NEO4J_URI 须以 neo4j://、neo4j+s://、bolt://、bolt+s://、http:// 或 https:// 开头',
    );
  });

  it('are worded in the CLI’s language by the commands that read the configuration', async () => {
    const said: string[] = [];
    const io = { out: (l: string) => said.push(l), err: (l: string) => said.push(l) };
    const env = { LANG: 'zh_CN.UTF-8', SKIPGRAPH_STORE: 'mysql', SKIPGRAPH_RATE_LIMIT: '0' };
    expect(await runAuditCommand(['verify'], { env, ...io })).toBe(1);
    expect(await runAuditCommand(['verify', '--lang', 'en'], { env, ...io })).toBe(1);
    expect(said).toEqual([
      '配置有误：SKIPGRAPH_STORE：应为以下之一："sqlite"或"neo4j"；SKIPGRAPH_RATE_LIMIT：应不小于 1',
      'configuration error: SKIPGRAPH_STORE: expected one of "sqlite" or "neo4j"; SKIPGRAPH_RATE_LIMIT: at least 1',
    ]);
  });
});
