import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The environment without this machine's locale, keys or service settings. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (
      value !== undefined &&
      !/^(LC_ALL|LC_MESSAGES|LANG|PORT|HOST|SKIPGRAPH_.*|NEO4J_.*)$/.test(name)
    )
      env[name] = value;
  return env;
}

/** `skipgraph serve` run as `npm start` runs it, until it exits: its code and stderr. */
function serve(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...args], {
    env: { ...cleanEnv(), LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not exit:\n${err}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, err });
    });
  });
}

const ZH = { LANG: 'zh_CN.UTF-8' };
const ONE = ['--db', ':memory:', '--workers', '1'];

describe('skipgraph serve refuses to start in the reader’s language', () => {
  it('names each bad variable in Chinese under LANG=zh_CN.UTF-8', async () => {
    const run = await serve(ONE, { ...ZH, PORT: 'abc', SKIPGRAPH_HEAP_GROWTH: '401' });
    expect(run.code).toBe(1);
    expect(run.err).toBe('配置有误：\n  PORT：应为数字\n  SKIPGRAPH_HEAP_GROWTH：应不大于 400\n');
  }, 90_000);

  it('refuses to start without keys, and a bad --workers, in Chinese; --lang en overrides LANG', async () => {
    const [noKeys, workers, english] = await Promise.all([
      serve(ONE, ZH),
      serve(['--db', ':memory:', '--workers', '0'], ZH),
      serve([...ONE, '--lang', 'en'], ZH),
    ]);
    expect(noKeys.code).toBe(1);
    expect(noKeys.err).toBe(
      '拒绝启动：未配置 API 密钥：请设置 SKIPGRAPH_API_KEYS=key:role,… 或 SKIPGRAPH_API_KEYS_FILE（只有演示数据库可以不配置密钥运行）\n',
    );
    expect(workers.code).toBe(1);
    expect(workers.err).toBe('--workers 须为 1 到 256 之间的整数\n');
    expect(english.code).toBe(1);
    expect(english.err).toBe(
      'refusing to start: no API keys configured: set SKIPGRAPH_API_KEYS=key:role,… or SKIPGRAPH_API_KEYS_FILE (only the demo database runs without keys)\n',
    );
  }, 90_000);

  it('names a bad provider rate found while opening, in Chinese, with exit code 1', async () => {
    const run = await serve(ONE, {
      ...ZH,
      SKIPGRAPH_API_KEYS: 'admin-key-0001:admin',
      SKIPGRAPH_RATE_SMS: 'fast',
      SKIPGRAPH_WEBHOOK_CALL: 'ftp://x',
    });
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      '配置有误：\n' +
        '  SKIPGRAPH_RATE_SMS：速率“fast”不符合“次数/时段”的格式；请写成“次数/单位”，如 10/s、600/min、5/10s 或 1000/hour（单位：ms、s、min、h、day）\n' +
        '  SKIPGRAPH_WEBHOOK_CALL：不是 http(s) 地址\n',
    );
  }, 90_000);
});
