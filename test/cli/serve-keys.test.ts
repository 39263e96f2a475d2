import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveKeys } from '../../src/cli/commands/serve.js';
import { type Config, loadConfig } from '../../src/config/config.js';
import { type Log, silentLog } from '../../src/log/log.js';

function config(env: Record<string, string>): Config {
  const r = loadConfig(env);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.config;
}

describe('API keys at start-up', () => {
  it('refuses to start a non-demo database without keys', async () => {
    const result = await resolveKeys(config({}), false, silentLog);
    expect(result).toMatchObject({
      code: 'config_no_api_keys',
      params: { variable: 'SKIPGRAPH_API_KEYS' },
      message: expect.stringMatching(/no API keys configured/),
    });
  });

  it('accepts the demo keys on the demo database, with a warning', async () => {
    const warnings: string[] = [];
    const log: Log = { ...silentLog, warn: (_o, msg) => void warnings.push(msg ?? '') };
    const result = await resolveKeys(config({}), true, log);
    expect(result instanceof Map && [...result.entries()]).toEqual([
      ['demo-admin', 'admin'],
      ['demo-collector', 'collector'],
      ['demo-investigator', 'investigator'],
      ['demo-compliance', 'compliance'],
    ]);
    expect(warnings.join(' ')).toMatch(/demo keys/);
  });

  it('configured keys replace the demo keys, from the variable and from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const file = join(dir, 'keys');
    writeFileSync(file, '# team keys\ncollector-key-1:collector\n');
    const result = await resolveKeys(
      config({ SKIPGRAPH_API_KEYS: 'admin-key-0001:admin', SKIPGRAPH_API_KEYS_FILE: file }),
      true,
      silentLog,
    );
    expect(result instanceof Map && Object.fromEntries(result)).toEqual({
      'admin-key-0001': 'admin',
      'collector-key-1': 'collector',
    });
  });

  it('names a malformed entry instead of starting with a partial key list', async () => {
    const result = await resolveKeys(
      config({ SKIPGRAPH_API_KEYS: 'admin-key-0001:admin,oops' }),
      false,
      silentLog,
    );
    expect(result).toMatchObject({
      code: 'config_api_key_entry',
      params: { variable: 'SKIPGRAPH_API_KEYS', entry: 2 },
      message: expect.stringMatching(/entry 2 must be KEY:ROLE/),
    });
  });

  it('names the file, not the variable, when the bad entry is in SKIPGRAPH_API_KEYS_FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const file = join(dir, 'keys');
    writeFileSync(file, 'collector-key-1:collector\nshort:admin\n');
    const env = { SKIPGRAPH_API_KEYS: 'admin-key-0001:admin', SKIPGRAPH_API_KEYS_FILE: file };
    expect(await resolveKeys(config(env), false, silentLog)).toMatchObject({
      code: 'config_api_key_short',
      params: { variable: 'SKIPGRAPH_API_KEYS_FILE', entry: 2, min: 8 },
    });
    const missing = { SKIPGRAPH_API_KEYS_FILE: join(dir, 'absent') };
    expect(await resolveKeys(config(missing), false, silentLog)).toMatchObject({
      code: 'config_api_keys_file_unreadable',
      params: { variable: 'SKIPGRAPH_API_KEYS_FILE', reason: 'ENOENT' },
    });
  });

  it('refuses the demo keys off loopback, naming HOST', async () => {
    expect(await resolveKeys(config({ HOST: '0.0.0.0' }), true, silentLog)).toMatchObject({
      code: 'config_demo_off_loopback',
      params: { variable: 'HOST', host: '0.0.0.0' },
    });
    expect(
      await resolveKeys(
        config({ HOST: '0.0.0.0', SKIPGRAPH_API_KEYS: 'demo-admin:admin' }),
        false,
        silentLog,
      ),
    ).toMatchObject({ code: 'config_demo_key_off_loopback', params: { host: '0.0.0.0' } });
  });
});
