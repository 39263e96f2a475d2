import type { PersonDetail, Route } from '../types.js';

/** The debtor page's state: the debtor, the chosen account, its routes, and the boxes they are drawn in. */
export interface DebtorView {
  detail: PersonDetail;
  accountId: string | undefined;
  routes: Route[];
  graphBox: HTMLElement;
  routesBox: HTMLElement;
  sendBox: HTMLElement;
}
