import { describe, expect, it } from 'vitest';
import { type CorpusFigures, loadCorpus, measure, packMatcher, row } from './banned-language-corpus.js';

/**
 * The labelled corpus (test/fixtures/banned-language-corpus): threats written the way collectors
 * dodge filters and harmless messages that look like them, run through the reference packs'
 * banned-language rules. Targets: recall ≥ 95% at ≤ 2% false positives, per language, over the
 * whole corpus; the held-out part (never tuned on) is reported on its own.
 */
const LANGUAGES = [
  { language: 'zh', pack: 'cn-collection.yaml' },
  { language: 'en', pack: 'us-reg-f.yaml' },
] as const;

const lines: string[] = [];

function describeFailures(f: CorpusFigures): string {
  return [
    ...f.missed.map((m) => `missed [${m.split}] ${m.category}: ${m.text}`),
    ...f.flagged.map(
      ({ message, matches }) =>
        `flagged [${message.split}]: ${message.text} (${matches.map((m) => `${m.category} "${m.text}"`).join(', ')})`,
    ),
  ].join('\n');
}

describe.each(LANGUAGES)('banned-language corpus ($language, $pack)', ({ language, pack }) => {
  const corpus = loadCorpus(language);
  const scan = packMatcher(pack);
  const all = measure(corpus, scan);
  const tune = measure(
    corpus.filter((m) => m.split === 'tune'),
    scan,
  );
  const heldout = measure(
    corpus.filter((m) => m.split === 'heldout'),
    scan,
  );
  lines.push(row(language, 'tune', tune), row(language, 'held-out', heldout), row(language, 'all', all));

  it('holds at least 200 messages, threats and harmless look-alikes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(all.banned).toBeGreaterThanOrEqual(100);
    expect(all.harmless).toBeGreaterThanOrEqual(80);
    expect(heldout.banned + heldout.harmless).toBeGreaterThanOrEqual(50);
  });

  it('reaches recall ≥ 95% at ≤ 2% false positives', () => {
    const failures = describeFailures(all);
    expect(all.caught / all.banned, failures).toBeGreaterThanOrEqual(0.95);
    expect(all.falsePositives / all.harmless, failures).toBeLessThanOrEqual(0.02);
  });

  it('denies negated threats (an ambiguous message is denied, not let through)', () => {
    expect(all.negatedDenied).toBe(all.negated);
  });
});

describe('banned-language corpus figures', () => {
  it('prints recall and false-positive rate per language', () => {
    process.stdout.write(
      `\n| language | split | recall | in category | false positives | negated denied |\n| --- | --- | --- | --- | --- | --- |\n${lines.join('\n')}\n`,
    );
    expect(lines).toHaveLength(6);
  });
});
