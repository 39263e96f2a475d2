import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { guardPreview } from '../guard/guard-preview.js';
import type { PolicySource } from '../policy/policy-registry.js';
import type { WorklistPreview } from './get-worklist.js';

/**
 * The worklist's guard: `guardPreview` on a stored route at `at` (unaudited, a message's content
 * rules set apart as what it must carry once written).
 * @example getWorklist({ store, preview: worklistPreview(store, registry) }, { at })
 */
export function worklistPreview(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
): WorklistPreview {
  return (route, at) =>
    guardPreview(
      store,
      registry,
      {
        accountId: route.accountId,
        channel: route.channel,
        contact: route.contact,
        recipientPersonId: route.recipientPersonId,
      },
      at,
    );
}
