import {
  isSpacedWordUnit,
  type NormalisedText,
  normalisePhrase,
  normaliseText,
} from './normalise-text.js';

/** A phrase to look for and the category it belongs to. */
export interface PhraseEntry {
  phrase: string;
  category: string;
}

/** One hit: which phrase, its category, and where it sits in the ORIGINAL text. */
export interface PhraseMatch {
  category: string;
  phrase: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Word phrases (Latin letters, digits) match only at the start of a word; Chinese phrases anywhere.
 *
 * Aho–Corasick automaton over UTF-16 code units of normalised text.
 * modern-ahocorasick segments its input into graphemes with Intl.Segmenter on every scan, which
 * costs ~350 µs per 500-character message (slower than a loop of `includes` over 1,000 phrases);
 * our normaliser already folds the text, so code-unit matching is exact and ~100× cheaper.
 * States are dense integers; each state's transitions live in one Map keyed by code unit.
 */
export class PhraseMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Entries ending at each state, including those reached through failure links. */
  private readonly outputs: number[][] = [[]];
  private readonly entries: { phrase: string; category: string; length: number; source: number }[] =
    [];
  /** Scan tables (a double-array automaton), built once after linking; see `flatten`. */
  private readonly classOf = new Uint16Array(0x10000);
  private base: Int32Array = new Int32Array(0);
  private check: Int32Array = new Int32Array(0);
  private failSlot: Int32Array = new Int32Array(0);
  private outputsBySlot: number[][] = [];

  /** Compiles the phrases once; phrases that fold to nothing are skipped (the schema rejects them). */
  constructor(private readonly inputs: readonly PhraseEntry[]) {
    const entries = inputs;
    entries.forEach((entry, source) => {
      const folded = normalisePhrase(entry.phrase);
      if (folded === '') return;
      this.insert(folded, this.entries.length);
      this.entries.push({ ...entry, length: folded.length, source });
    });
    this.link();
    this.flatten();
  }

  /**
   * Lays the trie out as a double array over a compressed alphabet: every code unit used by a phrase
   * gets a class 1…K (others 0, which sends the scan straight back to the root), and the transition
   * from slot s on class c is slot base[s] + c when check[base[s] + c] === s. Scanning is then typed
   * array reads only, no hashing.
   */
  private flatten(): void {
    let classes = 0;
    for (const transitions of this.next) {
      for (const unit of transitions.keys())
        if (this.classOf[unit] === 0) this.classOf[unit] = ++classes;
    }
    const states = this.next.length;
    const layout = new SlotLayout(Math.max(16, states + classes + 1));
    const slot = new Int32Array(states);
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head] as number;
      const transitions = this.next[state] as Map<number, number>;
      if (transitions.size === 0) continue;
      const children = [...transitions]
        .map(([unit, child]) => [this.classOf[unit] as number, child] as const)
        .sort((a, b) => a[0] - b[0]);
      const b = layout.place(
        children.map(([c]) => c),
        slot[state] as number,
      );
      for (const [c, child] of children) {
        slot[child] = b + c;
        order.push(child);
      }
    }
    this.base = layout.base;
    this.check = layout.check;
    const size = layout.check.length;
    this.failSlot = new Int32Array(size);
    this.outputsBySlot = new Array<number[]>(size);
    for (let state = 0; state < states; state++) {
      const at = slot[state] as number;
      this.failSlot[at] = slot[this.fail[state] as number] as number;
      this.outputsBySlot[at] = this.outputs[state] as number[];
    }
  }

  /** Number of phrases compiled. */
  get size(): number {
    return this.entries.length;
  }

  private insert(folded: string, index: number): void {
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const unit = folded.charCodeAt(i);
      const transitions = this.next[state] as Map<number, number>;
      let target = transitions.get(unit);
      if (target === undefined) {
        target = this.next.length;
        transitions.set(unit, target);
        this.next.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
      }
      state = target;
    }
    (this.outputs[state] as number[]).push(index);
  }

  /** Breadth-first failure links; outputs inherit their failure state's outputs. */
  private link(): void {
    const queue: number[] = [];
    for (const child of (this.next[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [unit, child] of this.next[state] as Map<number, number>) {
        let f = this.fail[state] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(unit))
          f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.outputs[this.fail[child] as number] as number[];
        if (inherited.length > 0)
          this.outputs[child] = [...(this.outputs[child] as number[]), ...inherited];
        queue.push(child);
      }
    }
  }

  /**
   * Every occurrence of every phrase, with spans in the original text, in order of position.
   * @example new PhraseMatcher([{ phrase: '坐牢', category: 'threat' }]).scan('让你坐　牢') // [{ start: 2, end: 5, … }]
   */
  scan(original: string, normalised: NormalisedText = normaliseText(original)): PhraseMatch[] {
    const { text, starts, ends } = normalised;
    const found: PhraseMatch[] = [];
    this.forEachHit(text, (source, first, last) => {
      // A word phrase must start a word: "irs" is not in "first" (endings may vary: "arrest" → "arrested").
      if (!startsWord(text, first)) return;
      const entry = this.inputs[source] as PhraseEntry;
      const start = starts[first] as number;
      const end = ends[last] as number;
      found.push({
        category: entry.category,
        phrase: entry.phrase,
        start,
        end,
        text: original.slice(start, end),
      });
    });
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * Calls `visit` with the entry's index in the constructor's list and the first and last folded
   * unit of every occurrence, with no word-boundary check.
   */
  forEachHit(text: string, visit: (index: number, first: number, last: number) => void): void {
    const { classOf, base, check } = this;
    const fail = this.failSlot;
    const outputs = this.outputsBySlot;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = classOf[text.charCodeAt(i)] as number;
      if (c === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        const t = (base[state] as number) + c;
        if (check[t] === state && t !== 0) {
          state = t;
          break;
        }
        if (state === 0) break;
        state = fail[state] as number;
      }
      const out = outputs[state];
      if (out === undefined || out.length === 0) continue;
      for (let k = 0; k < out.length; k++) {
        const entry = this.entries[out[k] as number] as { length: number; source: number };
        visit(entry.source, i - entry.length + 1, i);
      }
    }
  }
}

/** True when folded unit `first` starts a word, or belongs to a script that does not space words. */
export function startsWord(text: string, first: number): boolean {
  return !(
    first > 0 &&
    isWordChar(text.charCodeAt(first)) &&
    isWordChar(text.charCodeAt(first - 1))
  );
}

/** A letter or digit of a script that spaces its words (a space itself is not). */
function isWordChar(unit: number): boolean {
  return unit !== 32 && isSpacedWordUnit(unit);
}

function grown(from: Int32Array, size: number, fill: number): Int32Array {
  const to = new Int32Array(size).fill(fill);
  to.set(from);
  return to;
}

/**
 * Double-array slot allocation with a list of free slots, so finding a base for a state's children
 * visits free slots only (near-linear build instead of scanning every base). The list is a hint that
 * only ever moves forward; `check` alone decides whether a slot is free.
 */
class SlotLayout {
  base: Int32Array;
  check: Int32Array;
  private nextFree: Int32Array;
  private prevFree: Int32Array;
  /** First free slot; slots ≥ `size` are free and not yet listed. */
  private head: number;

  constructor(size: number) {
    this.base = new Int32Array(size);
    this.check = new Int32Array(size).fill(-1);
    this.nextFree = new Int32Array(size);
    this.prevFree = new Int32Array(size);
    this.check[0] = 0; // the root lives in slot 0
    for (let i = 1; i < size; i++) {
      this.nextFree[i] = i + 1;
      this.prevFree[i] = i - 1;
    }
    this.head = 1;
  }

  private grow(min: number): void {
    const old = this.check.length;
    const size = Math.max(old * 2, min + 1);
    this.base = grown(this.base, size, 0);
    this.check = grown(this.check, size, -1);
    this.nextFree = grown(this.nextFree, size, 0);
    this.prevFree = grown(this.prevFree, size, 0);
    for (let i = old; i < size; i++) {
      this.nextFree[i] = i + 1;
      this.prevFree[i] = i - 1;
    }
  }

  private take(slot: number): void {
    const next = this.nextFree[slot] as number;
    const prev = this.prevFree[slot] as number;
    if (slot === this.head) this.head = next;
    else this.nextFree[prev] = next;
    if (next < this.check.length) this.prevFree[next] = prev;
  }

  /** Finds a base where every class (sorted ascending) lands on a free slot, claims them for `parent`. */
  place(classes: readonly number[], parent: number): number {
    const lowest = classes[0] as number;
    const highest = classes[classes.length - 1] as number;
    for (
      let free = this.head;
      ;
      free = free < this.check.length ? (this.nextFree[free] as number) : free + 1
    ) {
      const b = free - lowest;
      if (b < 1) continue;
      if (b + highest >= this.check.length) this.grow(b + highest);
      if (!classes.every((c) => this.check[b + c] === -1)) continue;
      this.base[parent] = b;
      for (const c of classes) {
        this.check[b + c] = parent;
        this.take(b + c);
      }
      return b;
    }
  }
}
