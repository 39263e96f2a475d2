/**
 * Guard benchmark: decisions per second of the pure `decide` with both reference policies, each
 * carrying 1,000 extra banned phrases, on 500-character messages; and scan throughput of the
 * banned-language matcher against a plain loop of `includes` over the same phrases.
 * Writes the figures into bench/RESULTS.md under "## Guard". Run: npx tsx bench/guard.bench.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import AhoCorasick from 'modern-ahocorasick';
import { parse, stringify } from 'yaml';
import { seededRandom } from '../src/demo/seeded-random.js';
import { bannedLanguageMatcher } from '../src/domain/guard/banned-language.js';
import { decide } from '../src/domain/guard/decide.js';
import type { GuardContext, GuardRequest } from '../src/domain/guard/guard-context.js';
import { normalisePhrase, normaliseText } from '../src/domain/language/normalise-text.js';
import { PhraseMatcher } from '../src/domain/language/phrase-matcher.js';
import { Account, type Attempt, Person } from '../src/domain/model/index.js';
import { type CompiledPolicy, compilePolicy } from '../src/domain/policy/compile-policy.js';
import { parsePolicy } from '../src/domain/policy/parse-policy.js';

const EXTRA_PHRASES = 1_000;
const MESSAGE_CHARS = 500;

const HAN =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切';
const WORDS =
  'account balance please call back regarding your recent statement thank you for contacting our office we would like to discuss available options today customer service hours are monday through friday'.split(
    ' ',
  );

function generatedPhrases(rand: () => number): string[] {
  const phrases = new Set<string>();
  while (phrases.size < EXTRA_PHRASES) {
    if (rand() < 0.6) {
      const n = 3 + Math.floor(rand() * 2);
      let p = '';
      for (let i = 0; i < n; i++) p += HAN[Math.floor(rand() * HAN.length)];
      phrases.add(p);
    } else {
      phrases.add(
        `${WORDS[Math.floor(rand() * WORDS.length)]} zq${Math.floor(rand() * 1e6).toString(36)}`,
      );
    }
  }
  return [...phrases];
}

const SENTENCES = [
  '您好，这里是某某消费金融客服中心，',
  '请您在方便的时候回电，',
  '我们的工作时间是周一至周五早上九点到晚上六点，',
  '如您已处理，请忽略本消息，',
  '感谢您的配合与支持，祝您生活愉快。',
  '如需了解更多信息，请登录手机应用查看，',
  'Hello, this is Acme Servicing calling about your recent statement. ',
  'Please call us back at your earliest convenience. ',
  'Our office hours are Monday through Friday, 9 a.m. to 6 p.m. ',
  'Reply STOP to opt out of text messages. ',
];

/** A 500-character notice from ordinary collection wording; every tenth carries a real banned phrase. */
function message(rand: () => number, index: number): string {
  let m = index % 10 === 3 ? '再不还钱就让你坐牢，' : '';
  while (m.length < MESSAGE_CHARS) m += SENTENCES[Math.floor(rand() * SENTENCES.length)];
  return m.slice(0, MESSAGE_CHARS);
}

/** A reference policy with the generated phrases added to its banned-language rule. */
function policyWithPhrases(file: string, phrases: string[]): CompiledPolicy {
  const doc = parse(readFileSync(file, 'utf8')) as {
    rules: { type: string; phrases?: { category: string; terms: string[] }[] }[];
  };
  const language = doc.rules.find((r) => r.type === 'banned_language');
  language?.phrases?.push({ category: 'bench_generated', terms: phrases });
  const parsed = parsePolicy(file, stringify(doc));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return compilePolicy(parsed.loaded);
}

function scenario(
  jurisdiction: 'US-CA' | 'CN',
  msg: string,
  at: number,
): { request: GuardRequest; context: GuardContext } {
  const e164 = jurisdiction === 'CN' ? '+8613800138000' : '+14155550100';
  const debtor = Person.parse({ id: 'D1', name: 'Debtor' });
  const account = Account.parse({
    id: 'A1',
    debtorId: 'D1',
    product: 'card',
    currency: 'USD',
    principal: 1000,
    balance: 900,
    dueDate: '2026-01-01',
    jurisdiction,
  });
  const contact = { kind: 'phone' as const, value: e164 };
  const history: Attempt[] = Array.from({ length: 20 }, (_, i) => ({
    id: `h${i}`,
    accountId: 'A1',
    at: new Date(at - (i + 1) * 9 * 3_600_000).toISOString(),
    channel: i % 3 === 0 ? 'call' : 'sms',
    contact,
    personId: 'D1',
    outcome: 'no_answer',
  }));
  return {
    request: { accountId: 'A1', channel: 'sms', contact, message: msg },
    context: {
      account,
      debtor,
      debtorAccountIds: ['A1'],
      recipient: {
        person: debtor,
        relations: ['self'],
        currentAddress: {
          id: 'X',
          line: 'x',
          city: 'x',
          region: jurisdiction === 'CN' ? '' : 'CA',
          country: jurisdiction === 'CN' ? 'CN' : 'US',
        },
      },
      contact: {
        point: contact,
        phone: { e164, country: jurisdiction === 'CN' ? 'CN' : 'US' },
        workplace: false,
      },
      history,
    },
  };
}

function timeLoop(seconds: number, body: (i: number) => void): { ops: number; perSecond: number } {
  for (let i = 0; i < 2_000; i++) body(i); // warm-up
  // CPU time of this process, not wall time: the figure holds on a busy machine too.
  const start = process.cpuUsage();
  const deadline = performance.now() + seconds * 1000;
  let ops = 0;
  while (performance.now() < deadline) {
    for (let k = 0; k < 200; k++) body(ops++);
  }
  const used = process.cpuUsage(start);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { ops, perSecond: ops / cpuSeconds };
}

export interface GuardBenchFigures {
  decisionsPerSecond: number;
  allowShare: number;
  matcherScansPerSecond: number;
  includesScansPerSecond: number;
  libraryScansPerSecond: number;
  /** The CN pack's whole banned-language rule (folded, leetspeak and pinyin readings, near patterns). */
  lexiconScansPerSecond: number;
  speedup: number;
  phrasesPerPolicy: number;
}

/** Runs the guard benchmark, prints the figures and writes them into bench/RESULTS.md. */
export async function main(seconds = 2): Promise<GuardBenchFigures> {
  const rand = seededRandom(20260303);
  const phrases = generatedPhrases(rand);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const policies = [
    policyWithPhrases(`${root}policies/us-reg-f.yaml`, phrases),
    policyWithPhrases(`${root}policies/cn-collection.yaml`, phrases),
  ];
  const at = new Date('2026-03-03T06:00:00Z'); // 14:00 in Shanghai, 22:00 the day before in California
  const atUs = new Date('2026-03-03T20:00:00Z'); // 12:00 Pacific
  const messages = Array.from({ length: 64 }, (_, i) => message(rand, i));
  const scenarios = messages.map((m, i) =>
    i % 2 === 0
      ? { ...scenario('US-CA', m, atUs.getTime()), at: atUs }
      : { ...scenario('CN', m, at.getTime()), at },
  );

  const decisions = timeLoop(seconds, (i) => {
    const s = scenarios[i % scenarios.length] as (typeof scenarios)[number];
    decide(s.request, s.context, policies, s.at);
  });
  const allowed = scenarios.filter(
    (s) => decide(s.request, s.context, policies, s.at).outcome === 'allow',
  ).length;

  // Matcher against a plain includes loop over the same folded phrases, on the same folded text.
  const entries = phrases.map((phrase) => ({ phrase, category: 'c' }));
  const matcher = new PhraseMatcher(entries);
  const folded = phrases.map(normalisePhrase);
  const texts = messages.map(normaliseText);
  let hits = 0;
  const matcherRun = timeLoop(seconds, (i) => {
    const n = texts[i % texts.length] as (typeof texts)[number];
    hits += matcher.scan(messages[i % messages.length] as string, n).length;
  });
  let includesHits = 0;
  const includesRun = timeLoop(seconds, (i) => {
    const text = (texts[i % texts.length] as (typeof texts)[number]).text;
    for (const p of folded) if (text.includes(p)) includesHits++;
  });
  const library = new AhoCorasick(folded);
  const libraryRun = timeLoop(Math.min(seconds, 1), (i) => {
    hits += library.search((texts[i % texts.length] as (typeof texts)[number]).text).length;
  });
  const cnRule = policies[1]?.source.rules.find((r) => r.type === 'banned_language');
  if (cnRule?.type !== 'banned_language')
    throw new Error('the CN pack has no banned_language rule');
  const lexicon = bannedLanguageMatcher(cnRule);
  const lexiconRun = timeLoop(seconds, (i) => {
    const n = texts[i % texts.length] as (typeof texts)[number];
    hits += lexicon.scan(messages[i % messages.length] as string, n).length;
  });
  if (hits < 0 || includesHits < 0) throw new Error('unreachable');

  const figures: GuardBenchFigures = {
    decisionsPerSecond: decisions.perSecond,
    allowShare: allowed / scenarios.length,
    matcherScansPerSecond: matcherRun.perSecond,
    includesScansPerSecond: includesRun.perSecond,
    libraryScansPerSecond: libraryRun.perSecond,
    lexiconScansPerSecond: lexiconRun.perSecond,
    speedup: matcherRun.perSecond / includesRun.perSecond,
    phrasesPerPolicy: policies
      .map(
        (p) =>
          p.source.rules
            .filter((r) => r.type === 'banned_language')
            .flatMap((r) => (r.type === 'banned_language' ? r.phrases.flatMap((g) => g.terms) : []))
            .length,
      )
      .reduce((a, b) => Math.max(a, b), 0),
  };
  const section = render(figures);
  process.stdout.write(section);
  writeSection(`${root}bench/RESULTS.md`, section);
  return figures;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function render(f: GuardBenchFigures): string {
  const mbPerSecond = (scans: number): string => ((scans * MESSAGE_CHARS * 2) / 1e6).toFixed(1);
  return `## Guard

Measured by \`npx tsx bench/guard.bench.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.versions.node}, ${process.platform}/${process.arch},
${availableParallelism()} cores, load average ${(loadavg()[0] ?? 0).toFixed(1)} from other work while it ran). Rates are per CPU-second of the
benchmark process, so other load does not count as guard time (it still slows the CPU it shares).
Both reference policies, each with ${EXTRA_PHRASES.toLocaleString('en-US')} generated banned phrases added (${f.phrasesPerPolicy.toLocaleString('en-US')} per policy in all),
${MESSAGE_CHARS}-character notices made of ordinary collection wording in Chinese and English (every tenth with a real
banned phrase), 20 attempts of history, alternating US-CA and CN accounts, SMS to the debtor at noon local time.

| measure | figure |
|---|---|
| pure \`decide\` (normalise message + every rule of the applicable policy) | **${fmt(f.decisionsPerSecond)} decisions/s** (${(f.allowShare * 100).toFixed(0)}% allow) |
| banned-language matcher (Aho–Corasick, code units), per ${MESSAGE_CHARS}-char message | **${fmt(f.matcherScansPerSecond)} scans/s** (${mbPerSecond(f.matcherScansPerSecond)} MB/s of UTF-16) |
| plain loop of \`includes\` over the same ${EXTRA_PHRASES.toLocaleString('en-US')} phrases | ${fmt(f.includesScansPerSecond)} scans/s |
| matcher vs \`includes\` loop | **${f.speedup.toFixed(1)}×** |
| modern-ahocorasick 3.3 (grapheme segmentation per scan), same phrases, for reference | ${fmt(f.libraryScansPerSecond)} scans/s |
| the CN pack's whole banned-language rule (folded text, leetspeak views, pinyin reading, near patterns) | ${fmt(f.lexiconScansPerSecond)} scans/s |

Targets: ≥ 50,000 decisions/s and a matcher ≥ 10× the \`includes\` loop. The matcher is our own
Aho–Corasick over UTF-16 code units of the folded text: modern-ahocorasick segments every input into
graphemes with \`Intl.Segmenter\`, which makes it slower than the \`includes\` loop at this size.

Since the banned-language rule reads evasions (look-alike letters, leetspeak, pinyin, near patterns),
\`decide\` does more per message: in interleaved runs on 2026-12-02 (three each, medians, load average
about 20) the version before it decided 45,145/s and this one 20,432/s (0.45×). Most of the difference
is the pinyin reading of the CN pack's messages (about 15 µs of CPU per 500-character message: every
Chinese character looked up and its syllable written out) and the larger lexicons' near patterns;
the target of 50,000 decisions/s is not met since then.

`;
}

/** Replaces (or appends) the "## Guard" section, leaving every other section as it is. */
function writeSection(path: string, section: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\n';
  const start = current.search(/^## Guard\s*$/m);
  let next: string;
  if (start === -1) {
    next = `${current.replace(/\n*$/, '\n\n')}${section}`;
  } else {
    const rest = current.slice(start + 1);
    const end = rest.search(/^## /m);
    next = current.slice(0, start) + section + (end === -1 ? '' : rest.slice(end));
  }
  writeFileSync(path, next);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
