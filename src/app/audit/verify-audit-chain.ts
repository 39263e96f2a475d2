import { type ChainVerdict, ChainVerifier } from '../../domain/audit/audit-chain.js';
import type { AuditLog } from '../../store/graph-store.js';

/** Records read per round trip while walking the chain: bounded memory for any size of log. */
export const CHAIN_PAGE = 1000;

/**
 * Walks a store's audit hash chain from its first record and reports the first broken link.
 * @example const v = await verifyAuditChain(store); if (!v.ok) console.log(v.broken.seq)
 */
export async function verifyAuditChain(
  store: Pick<AuditLog, 'auditChain'>,
  pageSize = CHAIN_PAGE,
): Promise<ChainVerdict> {
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const page = await store.auditChain(after, pageSize);
    for (const link of page) if (!verifier.add(link)) return verifier.verdict();
    const last = page.at(-1);
    if (!last || page.length < pageSize) return verifier.verdict();
    after = last.seq;
  }
}
