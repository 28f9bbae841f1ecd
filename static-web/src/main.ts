// The portal's one page: the header, the banner and the footer around whichever page the address names.
import './styles.css';
import { ApiProblemError, ApiUnavailableError, checkHealth } from './api/http';
import { AvailabilityMonitor } from './availability';
import { clientDetails, knownCapabilities, onCapabilitiesChange } from './client-details';
import { initialLanguage, setLanguage, t, type Language } from './i18n';
import { startIdleWarning } from './idle-warning';
import { clientSwitch, languageSwitch, menuButton, siteFooter, unavailableNotice } from './layout';
import { setNavigator } from './navigation';
import { chooseClient, clientPages, currentClient, onClientChosen } from './pages/clients/current-client';
import { resolve, type Link } from './router';
import { notFoundPage, openDuringSteps, routes } from './routes';
import { isAdmin, loadSession, onSessionChange, signedInStaff, signedInUser, signOut } from './session';
import { clearLocalDrafts } from './pages/submissions/content';
import { h } from './ui/dom';
import { problemParagraphs } from './ui/problem';

const healthCheckIntervalMs = 5000;

const app = document.getElementById('app') as HTMLElement;
const banner = h('div', { class: 'unavailable', role: 'alert' });
const main = h('main', { id: 'content' });
const navList = h('ul', {});
let renderCount = 0;
// Whether the header's menu is open on a narrow screen: kept while the header is drawn again, closed by moving to another page.
let menuOpen = false;

function go(path: string): void {
  history.pushState({}, '', path);
  menuOpen = false;
  renderShell();
  void renderPage(true);
}

const link: Link = (path, text) =>
  h(
    'a',
    {
      href: path,
      'aria-current': location.pathname === path ? 'page' : undefined,
      onclick: ((event: MouseEvent) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        go(path);
      }) as EventListener,
    },
    text,
  );

function signOutButton(): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onclick: (async () => {
          await signOut();
          go('/');
        }) as unknown as EventListener,
      },
      t('nav.signOut'),
    ),
  );
}

/** The pages the header links to: the public ones, then the staff pages or the current client's that this user may see. */
function pageLinks(): HTMLElement[] {
  const links = [link('/', t('nav.home')), link('/terms', t('nav.terms'))];
  const staff = signedInStaff();
  if (staff) {
    links.push(
      link('/staff/registrations', t('nav.staffApplications')),
      link('/staff/users', t('nav.staffUsers')),
      link('/staff/invitations', t('nav.staffInvitations')),
      link('/staff/clients', t('nav.staffClients')),
      link('/staff/feedback', t('nav.staffFeedback')),
      link('/staff/payments', t('nav.staffPayments')),
      ...(isAdmin(staff) ? [link('/staff/terms', t('nav.staffTerms'))] : []),
    );
  } else {
    const client = currentClient(signedInUser());
    // The client's pages follow its capabilities for this user; until they are known, none is linked.
    const capabilities = client ? knownCapabilities(client.id) : null;
    if (client && capabilities === null) void clientDetails(client.id).catch(() => undefined);
    if (client) {
      links.push(link('/client', t('nav.client')), ...clientPages.filter((page) => capabilities?.includes(page.capability)).map((page) => link(page.path, t(page.nav))));
    }
  }
  return links.map((item) => h('li', {}, item));
}

/** Signing in, or the signed-in person's profile and signing out. */
function accountControls(): HTMLElement[] {
  if (signedInStaff()) return [signOutButton()];
  if (!signedInUser()) return [h('li', {}, link('/sign-in', t('nav.signIn')))];
  return [h('li', {}, link('/account', t('nav.account'))), signOutButton()];
}

/** The client a signed-in person acts for, and the switch to another; none for staff or a person without clients. */
function clientControl(): HTMLElement | null {
  const me = signedInStaff() ? null : signedInUser();
  const client = currentClient(me);
  return me && client ? clientSwitch(me.clients, client.id, chooseClientAndShow) : null;
}

function chooseClientAndShow(id: string): void {
  chooseClient(id);
  document.getElementById('client-switch')?.focus();
  void renderPage(false);
}

/** The header's links again (the client's capabilities became known), keeping the keyboard focus where it was. */
function refreshNav(): void {
  const focused = document.activeElement instanceof HTMLElement && navList.contains(document.activeElement) ? document.activeElement : null;
  const href = focused?.getAttribute('href');
  navList.replaceChildren(...pageLinks());
  if (!focused) return;
  [...navList.querySelectorAll('a')].find((element) => element.getAttribute('href') === href)?.focus();
}

function chooseLanguage(code: Language): void {
  setLanguage(code, localStorage, document.documentElement);
  renderShell();
  (app.querySelector(`[data-language="${code}"]`) as HTMLElement | null)?.focus();
  void renderPage(false);
}

function renderShell(): void {
  navList.replaceChildren(...pageLinks());
  // On a wide screen the menu's parts sit in the header's two rows; on a narrow one they fold behind the menu button.
  const menu = h(
    'div',
    { id: 'site-menu', class: 'site-menu' },
    clientControl(),
    h('ul', { class: 'account-links' }, accountControls()),
    languageSwitch(chooseLanguage),
    h('nav', { 'aria-label': t('nav.main') }, navList),
  );
  app.replaceChildren(
    h('a', { class: 'skip-link', href: '#content' }, t('nav.skip')),
    h(
      'header',
      { class: 'site-header' },
      h(
        'div',
        { class: 'bar' },
        h('a', { class: 'brand', href: '/' }, t('app.name'), h('small', {}, t('app.company'))),
        menuButton(menu, menuOpen, (open) => (menuOpen = open)),
        menu,
      ),
    ),
    banner,
    main,
    siteFooter(),
  );
  showAvailability(monitor.isAvailable);
}

function showAvailability(available: boolean): void {
  banner.replaceChildren(...(available ? [] : [unavailableNotice()]));
}

function pendingStep(): string | null {
  const me = signedInUser();
  if (!me || openDuringSteps.has(location.pathname)) return null;
  if (me.mustChangePassword) return '/change-password';
  if (me.mustAcceptTerms) return '/accept-terms';
  return null;
}

async function renderPage(moveFocus: boolean): Promise<void> {
  const step = pendingStep();
  if (step) {
    history.replaceState({}, '', step);
    renderShell();
  }
  const token = ++renderCount;
  const page = resolve(routes, notFoundPage, location.pathname);
  document.title = `${page.title()} – ${t('app.company')}`;
  main.setAttribute('aria-busy', 'true');
  let content: (Node | null)[];
  try {
    content = await page.render(link);
  } catch (error) {
    if (!(error instanceof ApiUnavailableError || error instanceof ApiProblemError)) throw error;
    // The banner explains an outage; a problem from the API is shown as it says.
    content = [
      h('h1', { tabindex: '-1' }, page.title()),
      ...(error instanceof ApiProblemError ? problemParagraphs(error.problem) : [h('p', {}, t('unavailable.retrying'))]),
    ];
  }
  if (token !== renderCount) return;
  main.replaceChildren(...content.filter((node): node is Node => node !== null));
  main.removeAttribute('aria-busy');
  if (moveFocus) (main.querySelector('h1') as HTMLElement | null)?.focus();
}

const monitor = new AvailabilityMonitor(
  () => checkHealth(),
  healthCheckIntervalMs,
  (available) => {
    showAvailability(available);
    if (available) void renderPage(false);
  },
);

setLanguage(initialLanguage(localStorage), localStorage, document.documentElement);
window.addEventListener('popstate', () => {
  menuOpen = false;
  renderShell();
  void renderPage(true);
});
setNavigator(go);
startIdleWarning(() => {
  history.pushState({}, '', '/sign-in');
  renderShell();
  void renderPage(true).then(() => main.prepend(h('p', { class: 'notice', role: 'status' }, t('idle.ended'))));
});
onSessionChange((me) => {
  // Drafts typed in this browser are forgotten when no one is signed in any more (sign-out, the session's end).
  if (!me) clearLocalDrafts(localStorage);
  renderShell();
});
onCapabilitiesChange(() => refreshNav());
// Another client chosen, in the header or by a page that names its client: the header shows it and its pages.
onClientChosen(() => renderShell());
renderShell();
monitor.start();
// Who is signed in decides the header and some pages; an outage leaves the page to the banner.
void loadSession()
  .catch(() => null)
  .then(() => renderPage(false));
