import { leetspeakViews, maskedSpellings } from './leetspeak-view.js';
import { type NearHit, type NearPattern, nearMatches } from './near-pattern.js';
import { type NormalisedText, normalisePhrase, normaliseText } from './normalise-text.js';
import { type PhraseEntry, type PhraseMatch, PhraseMatcher, startsWord } from './phrase-matcher.js';
import { hanCharacters, type PinyinText, pinyinReading, soundKeys } from './pinyin-reading.js';

export type { NearPattern } from './near-pattern.js';

/** One category of a lexicon: plain terms, terms matched by sound, and terms near each other. */
export interface LexiconGroup {
  category: string;
  terms: readonly string[];
  /** Terms matched by toneless pinyin too (homophones, pinyin spellings). */
  soundsLike?: readonly string[];
  near?: readonly NearPattern[];
}

/** What an automaton entry stands for. */
type EntryMeaning =
  | { kind: 'term'; category: string; phrase: string }
  | { kind: 'part'; pattern: number; slot: number };

/**
 * A banned-language lexicon compiled once: every term, its masked spellings and every part of
 * every proximity pattern in one Aho–Corasick automaton, the sounds-like terms in a second one over
 * the pinyin reading. A message is read as folded text, as its leetspeak views (only when it has
 * digits or symbols touching letters) and, when the lexicon has sounds-like terms, as pinyin; every
 * hit names the span in the ORIGINAL text.
 */
export class LexiconMatcher {
  private readonly literal: PhraseMatcher;
  private readonly meanings: EntryMeaning[] = [];
  private readonly sound: PhraseMatcher | undefined;
  /** Category and the policy's wording of each sounds-like entry (the automaton holds its pinyin). */
  private readonly soundMeanings: SoundMeaning[] = [];
  /**
   * 1 for each Chinese character of a sounds-like term: a homophone keeps one of them, so text with
   * none is read for pinyin spellings only (reading every character costs more than the scan).
   */
  private readonly soundCharacters = new Uint8Array(0x10000);
  private readonly patterns: { category: string; phrase: string; pattern: NearPattern }[] = [];

  /** Compiles the groups; terms that fold to nothing are skipped (the policy schema rejects them). */
  constructor(groups: readonly LexiconGroup[]) {
    const entries: PhraseEntry[] = [];
    const add = (phrase: string, meaning: EntryMeaning): void => {
      entries.push({ phrase, category: meaning.kind === 'term' ? meaning.category : '' });
      this.meanings.push(meaning);
    };
    const soundEntries: PhraseEntry[] = [];
    for (const group of groups) {
      for (const phrase of group.terms) {
        const meaning: EntryMeaning = { kind: 'term', category: group.category, phrase };
        add(phrase, meaning);
        for (const masked of maskedSpellings(normalisePhrase(phrase))) add(masked, meaning);
      }
      for (const phrase of group.soundsLike ?? [])
        for (const key of soundKeys(phrase)) {
          soundEntries.push({ phrase: key, category: group.category });
          const han = hanCharacters(phrase);
          this.soundMeanings.push({ category: group.category, phrase, han });
          for (const cp of han) if (cp < 0x10000) this.soundCharacters[cp] = 1;
        }
      for (const pattern of group.near ?? []) {
        const index = this.patterns.length;
        this.patterns.push({ category: group.category, phrase: describe(pattern), pattern });
        pattern.terms.forEach((alternatives, slot) => {
          for (const phrase of alternatives) add(phrase, { kind: 'part', pattern: index, slot });
        });
      }
    }
    this.literal = new PhraseMatcher(entries);
    this.sound = soundEntries.length > 0 ? new PhraseMatcher(soundEntries) : undefined;
  }

  /**
   * Every hit, deduplicated by category and span, in order of position.
   * @example new LexiconMatcher([{ category: 'threat_arrest', terms: ['jail'] }]).scan('j@il') // [{ start: 0, end: 4, … }]
   */
  scan(original: string, folded: NormalisedText = normaliseText(original)): PhraseMatch[] {
    const found = new Map<string, PhraseMatch>();
    const keep = (category: string, phrase: string, start: number, end: number): void => {
      const key = `${category}\u0000${start}\u0000${end}`;
      if (!found.has(key))
        found.set(key, { category, phrase, start, end, text: original.slice(start, end) });
    };
    for (const view of [folded, ...leetspeakViews(original)]) this.scanView(view, keep);
    if (this.sound !== undefined)
      this.scanSound(pinyinReading(folded, holdsAny(folded.text, this.soundCharacters)), keep);
    return [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private scanView(
    view: NormalisedText,
    keep: (category: string, phrase: string, start: number, end: number) => void,
  ): void {
    const { text, starts, ends } = view;
    // Slots are collected only for patterns that got a hit: most messages touch few of them.
    const parts = new Map<number, NearHit[][]>();
    this.literal.forEachHit(text, (index, first, last) => {
      if (!startsWord(text, first)) return;
      const meaning = this.meanings[index] as EntryMeaning;
      if (meaning.kind === 'term') {
        keep(meaning.category, meaning.phrase, starts[first] as number, ends[last] as number);
        return;
      }
      let slots = parts.get(meaning.pattern);
      if (slots === undefined) {
        const pattern = this.patterns[meaning.pattern]?.pattern as NearPattern;
        slots = pattern.terms.map(() => []);
        parts.set(meaning.pattern, slots);
      }
      slots[meaning.slot]?.push({ first, last });
    });
    for (const [index, slots] of parts) {
      const { category, phrase, pattern } = this.patterns[index] as (typeof this.patterns)[number];
      for (const { first, last } of nearMatches(slots, pattern.within, pattern.ordered))
        keep(category, phrase, starts[first] as number, ends[last] as number);
    }
  }

  private scanSound(
    view: PinyinText,
    keep: (category: string, phrase: string, start: number, end: number) => void,
  ): void {
    const sound = this.sound as PhraseMatcher;
    sound.forEachHit(view.text, (index, first, last) => {
      // Whole syllables only: "zuolao" starts a syllable or word and does not end inside a syllable.
      if (view.syllableStart[first] !== 1 || view.midSyllable[last] === 1) return;
      const meaning = this.soundMeanings[index] as SoundMeaning;
      if (!plausibleEvasion(view, first, last, meaning.han)) return;
      keep(
        meaning.category,
        meaning.phrase,
        view.starts[first] as number,
        view.ends[last] as number,
      );
    });
  }
}

/** True when `text` holds a BMP code unit marked in `table`. */
function holdsAny(text: string, table: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

interface SoundMeaning {
  category: string;
  phrase: string;
  /** The term's Chinese characters (empty for a term written in pinyin). */
  han: number[];
}

/**
 * A sound-alike is an evasion, not an ordinary word that happens to sound the same ("做老师", to be
 * a teacher, reads "zuolaoshi"), when part of it is spelled in pinyin, or when it keeps at least one
 * of the term's own characters in its place ("做牢", "坐劳" for 坐牢). A term written in pinyin
 * matches pinyin spellings only.
 */
function plausibleEvasion(view: PinyinText, first: number, last: number, han: number[]): boolean {
  let syllable = -1;
  let kept = false;
  for (let i = first; i <= last; i++) {
    const char = view.hanOf[i] as number;
    if (char === 0) return true;
    if (view.syllableStart[i] === 1) {
      syllable++;
      if (han[syllable] === char) kept = true;
    }
  }
  return kept;
}

function describe(pattern: NearPattern): string {
  return pattern.terms.map((alternatives) => alternatives.join('|')).join(' … ');
}
