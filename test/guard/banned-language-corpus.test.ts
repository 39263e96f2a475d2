import { describe, expect, it } from 'vitest';
import {
  type CorpusFigures,
  loadCorpus,
  measure,
  packMatcher,
  row,
} from './banned-language-corpus.js';

/**
 * The labelled corpus (test/fixtures/banned-language-corpus): threats written the way collectors
 * dodge filters and harmless messages that look like them, run through the reference packs'
 * banned-language rules. Targets: recall ≥ 95% at ≤ 2% false positives, per language, on the part
 * the lexicons were grown on ("tune"). The held-out part was written after the lexicons and never
 * tuned on: its recall is printed (and quoted in the README), not asserted, because it measures how
 * far a phrase list generalises to paraphrases it has not seen; its false-positive rate is held to
 * the same 2%.
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
  lines.push(
    row(language, 'tune', tune),
    row(language, 'held-out', heldout),
    row(language, 'all', all),
  );

  it('holds at least 200 messages, threats and harmless look-alikes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(all.banned).toBeGreaterThanOrEqual(100);
    expect(all.harmless).toBeGreaterThanOrEqual(100);
    expect(heldout.banned + heldout.harmless).toBeGreaterThanOrEqual(50);
  });

  it('reaches recall ≥ 95% at ≤ 2% false positives on the tuned part', () => {
    const failures = describeFailures(tune);
    expect(tune.caught / tune.banned, failures).toBeGreaterThanOrEqual(0.95);
    expect(tune.falsePositives / tune.harmless, failures).toBeLessThanOrEqual(0.02);
  });

  it('keeps false positives ≤ 2% on the held-out part', () => {
    expect(
      heldout.falsePositives / heldout.harmless,
      describeFailures(heldout),
    ).toBeLessThanOrEqual(0.02);
  });

  it('does not exempt negations: a negated listed threat is denied (an ambiguous message is reworded)', () => {
    const negated =
      language === 'zh' ? '我们不会通知您的单位' : 'We will not contact your employer.';
    expect(scan(negated).map((m) => m.category)).toContain('shaming');
    // Counted apart from recall and false positives; the README quotes this row too.
    expect(tune.negatedDenied).toBeGreaterThanOrEqual(tune.negated - 2);
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
