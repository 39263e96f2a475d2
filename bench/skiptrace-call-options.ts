/**
 * The candidate calls a yardstick strategy weighs for one debtor: each with its value, the best
 * one the guard allows chosen last. Shared by the informed and the truth-knowing yardsticks.
 */
import type { Choice, StrategyContext } from './skiptrace-sim.js';
import type { SimDebtor, World } from './skiptrace-world.js';

type Call = Extract<Choice, { kind: 'call' }>;

/** Candidate calls for one debtor, by value. */
export class CallOptions {
  private readonly options: { value: number; choice: Call }[] = [];
  constructor(private readonly debtor: SimDebtor) {}

  /** A call to `e164` for the debtor in person. */
  own(e164: string, value: number): void {
    this.options.push({
      value,
      choice: { kind: 'call', e164, recipientPersonId: this.debtor.id, thirdParty: false },
    });
  }

  /** A call to a third party (a reference) on `e164`. */
  thirdParty(e164: string, recipientPersonId: string, value: number): void {
    this.options.push({
      value,
      choice: { kind: 'call', e164, recipientPersonId, thirdParty: true },
    });
  }

  /** The most valuable call the guard allows and `skip` does not rule out, or why there is none. */
  async best(ctx: StrategyContext, skip: (e164: string) => boolean = () => false): Promise<Choice> {
    const ranked = [...this.options].sort((a, b) => b.value - a.value);
    for (const { choice } of ranked)
      if (!skip(choice.e164) && (await ctx.allowed(choice.e164, choice.recipientPersonId)))
        return choice;
    return { kind: 'none', why: 'no call the policy allows' };
  }
}

/** The switchboard of the debtor's employer on file, if any. */
export function switchboardOf(world: World, d: SimDebtor): string | undefined {
  const job = world.file.employments.find((e) => e.personId === d.id);
  return world.file.phones.find(
    (p) => p.owner.kind === 'employer' && p.owner.id === job?.employerId,
  )?.phone.e164;
}
