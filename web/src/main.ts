import { ApiClient, ApiFailure } from './api.js';
import { can, type PageContext } from './context.js';
import { el, replace } from './dom.js';
import { restoreDrafts, takeDrafts } from './drafts.js';
import { addFavicon } from './favicon.js';
import { parseHash } from './hash-route.js';
import { type Lang, lang, setLang, t } from './i18n.js';
import { errorNotice } from './notice.js';
import { forgetOutcomePanels } from './outcome-panels.js';
import { compliancePage } from './pages/compliance.js';
import { debtorSearchPage } from './pages/debtor-search.js';
import { debtorPage } from './pages/debtors.js';
import { linksPage } from './pages/links.js';
import { signInPage } from './pages/sign-in.js';
import { worklistPage } from './pages/worklist.js';
import { browserRegion } from './region.js';
import { forgetSentRequests } from './sent-requests.js';
import { clearKey, storedKey, storeKey } from './session.js';
import type { Role } from './types.js';

const app = document.getElementById('app') as HTMLElement;
let ctx: PageContext | undefined;
/** Stops putting the last page's drafts back; the next page drawn calls it. */
let stopRestoring: () => void = () => {};

/** The landing page for a role: the first page it may use. */
function home(role: Role): string {
  if (can(role, 'send')) return '#/worklist';
  if (can(role, 'debtors')) return '#/debtors';
  if (can(role, 'links')) return '#/links';
  return '#/compliance';
}

function header(): HTMLElement {
  const langSelect = el(
    'select',
    { id: 'lang', 'aria-label': t('language') },
    (['zh-CN', 'en'] as Lang[]).map((l) =>
      el('option', { value: l, selected: l === lang() }, l === 'zh-CN' ? '中文' : 'English'),
    ),
  );
  langSelect.addEventListener('change', () => {
    const main = app.querySelector('main');
    const drafts = main ? takeDrafts(main) : [];
    setLang(langSelect.value as Lang);
    render();
    const next = app.querySelector('main');
    if (next) stopRestoring = restoreDrafts(next, drafts);
  });
  const nav = ctx
    ? el(
        'nav',
        {},
        can(ctx.role, 'send')
          ? el('a', { href: '#/worklist', id: 'nav-worklist' }, t('page_worklist'))
          : null,
        can(ctx.role, 'debtors')
          ? el('a', { href: '#/debtors', id: 'nav-debtors' }, t('page_collector'))
          : null,
        can(ctx.role, 'links')
          ? el('a', { href: '#/links', id: 'nav-links' }, t('page_investigator'))
          : null,
        can(ctx.role, 'compliance')
          ? el('a', { href: '#/compliance', id: 'nav-compliance' }, t('page_compliance'))
          : null,
      )
    : null;
  const who = ctx
    ? el(
        'span',
        { class: 'who' },
        el(
          'span',
          { id: 'role', 'data-role': ctx.role },
          t('signedInAs', { role: t(`role_${ctx.role}`) }),
        ),
        el('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('signOut')),
      )
    : null;
  return el(
    'header',
    { class: 'top' },
    el('a', { href: '#/', class: 'brand' }, t('appName')),
    nav,
    el('span', { class: 'spacer' }),
    who,
    langSelect,
  );
}

function signOut(): void {
  forgetOutcomePanels();
  forgetSentRequests();
  clearKey();
  ctx = undefined;
  location.hash = '';
  render();
}

/** Checks a key with the service (`GET /v1/me`) and, when accepted, keeps it for the session. */
async function signIn(key: string): Promise<void> {
  const api = new ApiClient(key);
  const { role } = await api.get<{ role: Role }>('/v1/me');
  storeKey(key);
  ctx = {
    api,
    role,
    region: browserRegion(),
    go: (hash, options) => {
      if (location.hash === hash) render();
      else if (options?.replace) location.replace(hash);
      else location.hash = hash;
    },
  };
  if (location.hash === '' || location.hash === '#/') location.hash = home(role);
  else render();
}

function render(): void {
  stopRestoring();
  stopRestoring = () => {};
  const main = el('main', {});
  replace(app, header(), main);
  if (!ctx) {
    signInPage(main, signIn);
    return;
  }
  const { parts, params } = parseHash(location.hash);
  try {
    if (parts[0] === 'worklist' && can(ctx.role, 'send'))
      worklistPage(ctx, main, params.get('at') ?? undefined);
    else if (parts[0] === 'debtors' && can(ctx.role, 'debtors')) {
      if (parts[1]) void debtorPage(ctx, main, parts[1], params.get('account') ?? undefined);
      else debtorSearchPage(ctx, main, params.get('q') ?? '');
    } else if (parts[0] === 'links' && can(ctx.role, 'links'))
      linksPage(ctx, main, params.get('kind') ?? 'phone', params.get('value') ?? '');
    else if (parts[0] === 'compliance' && can(ctx.role, 'compliance')) compliancePage(ctx, main);
    else location.hash = home(ctx.role);
  } catch (error) {
    replace(main, errorNotice(error));
  }
}

async function start(): Promise<void> {
  document.documentElement.lang = lang();
  addFavicon();
  const key = storedKey();
  if (key) {
    try {
      await signIn(key);
      return;
    } catch (error) {
      clearKey();
      ctx = undefined;
      render();
      if (error instanceof ApiFailure && error.status !== 401)
        replace(app.querySelector('main') as HTMLElement, errorNotice(error));
      return;
    }
  }
  render();
}

window.addEventListener('hashchange', () => {
  // Another page: an outcome left unrecorded on the last one is not carried over (it never was).
  forgetOutcomePanels();
  forgetSentRequests();
  render();
});
void start();
