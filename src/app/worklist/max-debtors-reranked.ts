/**
 * The most debtors one number's change marks stale (a number found dead on a call, or linked or
 * given a status by an import). A hub (an employer's switchboard reaching thousands of employees,
 * a ring's prepaid number) would otherwise make the read and the marking inside the write's
 * transaction as big as the hub. Marking is cheap at this size (a page re-ranks at most 20 stale
 * entries, the rest wait until shown); past it, the remaining entries keep the route until their
 * next change or `skipgraph worklist --refresh`.
 */
export const MAX_DEBTORS_RERANKED = 10_000;
