import { futureDateExplanation } from '../../domain/model/index.js';
import type { IngestProblem } from './ingest-problem.js';
import type { InterchangeRecord } from './record-schemas.js';

/**
 * The dates of a record that say when something was observed or happened. Periods (`from`, `to`)
 * are left out: a known move-out or contract end may lie ahead.
 */
function observedDates(record: InterchangeRecord): [path: string, value: string | undefined][] {
  switch (record.type) {
    case 'phone':
      return [
        ['statusAt', record.statusAt],
        ['firstSeen', record.firstSeen],
        ['lastSeen', record.lastSeen],
      ];
    case 'email':
    case 'address':
    case 'employment':
    case 'relation':
      return [
        ['firstSeen', record.firstSeen],
        ['lastSeen', record.lastSeen],
      ];
    case 'attempt':
      return [
        ['at', record.at],
        ['outcomeAt', record.outcomeAt],
      ];
    case 'payment':
      return [['at', record.at]];
    default:
      return [];
  }
}

/**
 * The first date of the record that is observed after `now` (beyond the clock skew allowed), as
 * a `date_in_future` problem; undefined when there is none.
 * @example futureObservation({ type: 'email', personId: 'P1', address: 'a@b.cn', source: 'x', lastSeen: '2099-01-01' }, new Date())
 */
export function futureObservation(
  record: InterchangeRecord,
  now: Date,
): Omit<IngestProblem, 'line'> | undefined {
  for (const [path, value] of observedDates(record)) {
    if (value === undefined) continue;
    const future = futureDateExplanation(`${record.type}.${path}`, value, now);
    if (future) return { code: 'date_in_future', ...future };
  }
  return undefined;
}
