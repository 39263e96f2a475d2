/**
 * The strategies the skip-trace simulation compares: skipgraph through its real use cases, and two
 * collectors working without it (numbers in file order; newest evidence first). Both collectors
 * remember which numbers proved dead or wrong, cycle through the rest, and turn to the references
 * (in file order) once the policy lets them, i.e. once the debtor is lost.
 */
import { getRoutes } from '../src/app/routes/get-routes.js';
import { previewRoute } from '../src/app/routes/preview-route.js';
import { lostPolicyOf } from '../src/domain/lost/lost-policy.js';
import type { Outcome } from '../src/domain/model/index.js';
import type { Reliabilities } from '../src/domain/ranking/reliabilities.js';
import type { Choice, Strategy, StrategyContext } from './skiptrace-sim.js';
import type { SimDebtor } from './skiptrace-world.js';

/** skipgraph: ask for the routes (with the guard's preview) and call the first allowed one. */
export function skipgraphStrategy(reliabilities?: Reliabilities, name = 'skipgraph'): Strategy {
  return {
    name,
    async choose(ctx: StrategyContext): Promise<Choice> {
      const result = await getRoutes(
        {
          store: ctx.store,
          preview: (route, c) => previewRoute(ctx.store, ctx.registry, route, c),
          lostPolicy: (jurisdiction) => lostPolicyOf(ctx.registry.current(), jurisdiction),
          ...(reliabilities ? { reliabilities } : {}),
        },
        { debtorId: ctx.debtor.id, accountId: ctx.debtor.accountId, at: ctx.at, channel: 'call' },
      );
      const route = result.routes.find((r) => r.guard?.outcome === 'allow');
      if (!route) return { kind: 'none', why: result.notes.join('; ') || 'no route allowed' };
      return {
        kind: 'call',
        e164: route.contact.value,
        recipientPersonId: route.recipient.personId,
        thirdParty: route.tier === 'third_party',
      };
    },
  };
}

interface Memory {
  /** Learnt numbers, newest first. */
  learnt: string[];
  bad: Set<string>;
  calls: Map<string, number>;
}

/** A collector without skipgraph; `order` ranks the debtor's own numbers (learnt ones included). */
function collector(
  name: string,
  order: (debtor: SimDebtor, learnt: readonly string[]) => string[],
): Strategy {
  const memory = new Map<string, Memory>();
  const mem = (id: string): Memory => {
    let m = memory.get(id);
    if (!m) {
      m = { learnt: [], bad: new Set(), calls: new Map() };
      memory.set(id, m);
    }
    return m;
  };
  return {
    name,
    async choose(ctx: StrategyContext): Promise<Choice> {
      const m = mem(ctx.debtor.id);
      // Once the policy lets a reference be called, the debtor is lost: ask the people who know them.
      for (const r of ctx.debtor.references) {
        if (m.bad.has(r.e164) || (m.calls.get(r.e164) ?? 0) > 0) continue;
        if (await ctx.allowed(r.e164, r.id))
          return { kind: 'call', e164: r.e164, recipientPersonId: r.id, thirdParty: true };
      }
      const own = order(ctx.debtor, m.learnt).filter((n) => !m.bad.has(n));
      // Cycle: the least-called number first, in the heuristic's order among equals.
      const ranked = own
        .map((e164, i) => ({ e164, i, n: m.calls.get(e164) ?? 0 }))
        .sort((a, b) => a.n - b.n || a.i - b.i);
      for (const { e164 } of ranked)
        if (await ctx.allowed(e164, ctx.debtor.id))
          return { kind: 'call', e164, recipientPersonId: ctx.debtor.id, thirdParty: false };
      return { kind: 'none', why: 'no number left that the policy allows' };
    },
    observe(debtor: SimDebtor, e164: string, outcome: Outcome, learnt?: string): void {
      const m = mem(debtor.id);
      m.calls.set(e164, (m.calls.get(e164) ?? 0) + 1);
      const own = debtor.fileNumbers.some((n) => n.e164 === e164) || m.learnt.includes(e164);
      if (
        outcome === 'invalid_number' ||
        outcome === 'wrong_party' ||
        (own && outcome === 'third_party')
      )
        m.bad.add(e164);
      if (learnt && !m.learnt.includes(learnt)) {
        m.learnt.unshift(learnt);
        m.calls.delete(learnt);
        m.bad.delete(learnt);
      }
    },
  };
}

/** Calls the debtor's numbers in the order the file lists them; learnt numbers go to the end. */
export function fileOrderStrategy(): Strategy {
  return collector('file order', (d, learnt) => {
    const file = d.fileNumbers.map((n) => n.e164);
    return [...file, ...[...learnt].reverse().filter((n) => !file.includes(n))];
  });
}

/** Calls the debtor's numbers newest evidence first; a learnt number is the newest of all. */
export function newestFirstStrategy(): Strategy {
  return collector('newest first', (d, learnt) => {
    const file = [...d.fileNumbers]
      .sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0))
      .map((n) => n.e164);
    return [...learnt, ...file.filter((n) => !learnt.includes(n))];
  });
}
