import { type Attempt, nodeKey } from '../../domain/model/index.js';
import {
  type CalibrationSample,
  calibrationLabel,
} from '../../domain/ranking/calibration-sample.js';
import { type GraphIndex, indexGraph } from '../../domain/ranking/graph-index.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { loadRouteGraph } from '../routes/route-graph.js';

/** The portfolio's decided attempts as calibration samples, and how many attempts were read. */
export interface PortfolioSamples {
  attempts: number;
  samples: CalibrationSample[];
}

/** True when the person is someone the debtor knows (a third party's route), not the debtor or a co-obligor. */
function knownPerson(index: GraphIndex, debtorId: string, personId: string): boolean {
  const debtor = nodeKey('person', debtorId);
  const other = nodeKey('person', personId);
  return (
    index.out(debtor, 'KNOWS').some((e) => e.to === other) ||
    index.into(debtor, 'KNOWS').some((e) => e.from === other)
  );
}

/**
 * Reads every outbound attempt recorded before `at` and turns the decided ones into samples: per
 * account, the debtor's route graph (loaded once) and, per attempt, whether it reached whom it
 * was meant for (calibrationLabel). Attempts on accounts that are gone are counted, not used.
 */
export async function portfolioSamples(
  store: GraphReads & AttemptLog,
  at: Date,
): Promise<PortfolioSamples> {
  const attempts = await store.listAttempts({ to: new Date(at.getTime() + 1).toISOString() });
  const byAccount = new Map<string, Attempt[]>();
  for (const a of attempts) {
    if (a.direction === 'inbound' || a.outcome === undefined) continue;
    const list = byAccount.get(a.accountId);
    if (list) list.push(a);
    else byAccount.set(a.accountId, [a]);
  }
  const samples: CalibrationSample[] = [];
  for (const [accountId, list] of [...byAccount].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const account = await store.getAccount(accountId);
    if (!account) continue;
    const debtorId = account.debtorId;
    const index = indexGraph(await loadRouteGraph(store, debtorId, accountId));
    for (const a of list) {
      const toDebtor =
        a.personId === undefined ||
        a.personId === debtorId ||
        !knownPerson(index, debtorId, a.personId);
      const reached = calibrationLabel(a.outcome!, toDebtor);
      if (reached === undefined) continue;
      samples.push({ index, debtorId, accountId, at: new Date(a.at), contact: a.contact, reached });
    }
  }
  return { attempts: attempts.length, samples };
}
