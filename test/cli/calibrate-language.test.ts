import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, simulateOn } from '../../bench/skiptrace-sim.js';
import { skipgraphStrategy } from '../../bench/skiptrace-strategies.js';
import { generateWorld, WORLD_SETTINGS } from '../../bench/skiptrace-world.js';
import { runCalibrateCommand } from '../../src/cli/commands/calibrate.js';
import { formatCalibration } from '../../src/cli/commands/calibration-report.js';
import { textWidth } from '../../src/cli/text-width.js';
import type { Calibration } from '../../src/domain/ranking/calibration-file.js';
import { DEFAULT_RELIABILITIES } from '../../src/domain/ranking/reliabilities.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

/** A small fit: two sources, one relation, two age buckets, a table of two rows, one of 1,250 attempts. */
const FIT: Calibration = {
  format: 'skipgraph-calibration',
  version: 1,
  id: 'cal-20261201T000000Z',
  fittedAt: '2026-12-01T00:00:00.000Z',
  attempts: 2400,
  samples: 1300,
  priorStrength: 20,
  source: { application: 0.5234, bureau: 0.8 },
  relation: { spouse: 0.9 },
  age: [
    { fromDays: 0, factor: 1.1 },
    { fromDays: 365, factor: 0.85 },
  ],
  employment: 0.7,
  support: {
    source: { bureau: 50, application: 1250 },
    relation: { spouse: 40 },
    age: [1000, 300],
    employment: 12,
  },
  report: {
    before: {
      samples: 1300,
      brier: 0.25771,
      table: [
        { from: 0, to: 0.1, count: 1250, meanPredicted: 0.0841, observedRate: 0.2732 },
        { from: 0.7, to: 0.8, count: 50, meanPredicted: 0.748, observedRate: 0.75 },
      ],
    },
    after: {
      samples: 1300,
      brier: 0.2141,
      table: [{ from: 0.5, to: 0.6, count: 1300, meanPredicted: 0.5312, observedRate: 1 }],
    },
  },
};

/** The terminal columns where a table line's cells start (after two or more spaces). */
function columnStarts(line: string): number[] {
  const starts: number[] = [];
  let column = 0;
  let spaces = 0;
  for (const ch of line) {
    if (ch !== ' ' && spaces >= 2) starts.push(column);
    spaces = ch === ' ' ? spaces + 1 : 0;
    column += textWidth(ch);
  }
  return starts;
}

describe('skipgraph calibrate in the reader’s language', () => {
  it('reports the fit in English, figures grouped and rounded as before', () => {
    expect(formatCalibration('en', FIT, DEFAULT_RELIABILITIES.source).split('\n')).toEqual([
      'calibration cal-20261201T000000Z (format skipgraph-calibration v1): 1,300 decided of 2,400 attempts, prior worth 20 attempts',
      '',
      'source reliability (default → fitted, attempts):',
      '  loan application     0.80 → 0.52  (1,250)',
      '  credit bureau        0.75 → 0.80  (50)',
      'relation reliability (fitted, attempts):',
      '  spouse               0.90  (40)',
      'employment reliability (workplace routes; default → fitted, attempts):',
      '  employment           0.85 → 0.70  (12)',
      'age factor on a contact’s evidence (fitted, attempts):',
      '  from 0 days          1.10  (1,000)',
      '  from 365 days        0.85  (300)',
      '',
      'with the defaults: Brier 0.2577 on 1,300 decided attempts',
      '  predicted    attempts  mean predicted  observed',
      '  0.0–0.1      1,250     0.084           0.273',
      '  0.7–0.8      50        0.748           0.750',
      '',
      'with the calibration: Brier 0.2141 on 1,300 decided attempts',
      '  predicted    attempts  mean predicted  observed',
      '  0.5–0.6      1,300     0.531           1.000',
    ]);
  });

  it('reports it in Chinese, the columns lined up however wide the Chinese headings are', () => {
    const lines = formatCalibration('zh-CN', FIT, DEFAULT_RELIABILITIES.source).split('\n');
    expect(lines).toEqual([
      '校准 cal-20261201T000000Z（格式 skipgraph-calibration v1）：共读取 2,400 次联系，其中 1,300 次结果明确；先验权重相当于 20 次联系',
      '',
      '各来源的可靠度（默认 → 拟合，依据的联系次数）：',
      '  借款申请             0.80 → 0.52（1,250 次）',
      '  征信机构             0.75 → 0.80（50 次）',
      '各关系的可靠度（拟合，依据的联系次数）：',
      '  配偶                 0.90（40 次）',
      '在职关系的可靠度（经工作单位联系的路径；默认 → 拟合，依据的联系次数）：',
      '  在职关系             0.85 → 0.70（12 次）',
      '联系方式证据的时效系数（拟合，依据的联系次数）：',
      '  0 天起               1.10（1,000 次）',
      '  365 天起             0.85（300 次）',
      '',
      '采用默认参数：Brier 分数 0.2577（基于 1,300 次结果明确的联系）',
      '  预测区间     联系次数  平均预测值      实际触达率',
      '  0.0–0.1      1,250     0.084           0.273',
      '  0.7–0.8      50        0.748           0.750',
      '',
      '采用校准参数：Brier 分数 0.2141（基于 1,300 次结果明确的联系）',
      '  预测区间     联系次数  平均预测值      实际触达率',
      '  0.5–0.6      1,300     0.531           1.000',
    ]);
    // Each heading starts at the terminal column of its cells below (a Chinese character takes two).
    for (const table of [lines.slice(14, 17), lines.slice(19, 21)])
      for (const row of table) expect(columnStarts(row)).toEqual(columnStarts(table[0] as string));
  });
});

describe('skipgraph calibrate on a small portfolio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-calibrate-lang-'));
  const db = join(dir, 'portfolio.db');
  beforeAll(async () => {
    const store = await openSqliteStore(db);
    const setting = WORLD_SETTINGS.find((s) => s.name === 'dead-applications')!;
    const world = generateWorld(setting, 1, 20, new Date('2026-11-23T00:00:00Z'));
    await seedWorld(store, world);
    await simulateOn(store, world, skipgraphStrategy());
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function calibrate(args: string[], env: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const file = join(dir, 'calibration.json');
    const code = await runCalibrateCommand(
      ['--db', db, '--out', file, '--at', '2026-12-01T00:00:00Z', ...args],
      { env, out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    return { code, out: out.join('\n'), err: err.join('\n'), file };
  }

  it('follows LANG=zh_CN.UTF-8, and --lang en over it', async () => {
    const zh = await calibrate([], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(
      /^校准 cal-20261201T000000Z（格式 skipgraph-calibration v1）：共读取 [\d,]+ 次联系/,
    );
    expect(zh.out).toMatch(
      /\n采用默认参数：Brier 分数 0\.\d{4}（基于 [\d,]+ 次结果明确的联系）\n {2}预测区间 /,
    );
    expect(zh.out).toMatch(/\n采用校准参数：Brier 分数 0\.\d{4}/);
    expect(zh.err).toBe(`校准 cal-20261201T000000Z 已写入 ${zh.file}（重启服务后生效）。`);
    const en = await calibrate(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.out).toMatch(
      /\nwith the defaults: Brier 0\.\d{4} on [\d,]+ decided attempts\n {2}predicted {4}attempts {2}mean predicted {2}observed\n/,
    );
    expect(en.err).toBe(
      `calibration cal-20261201T000000Z written to ${en.file} (restart the service to apply it)`,
    );
  }, 60_000);
});
