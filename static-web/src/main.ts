// The portal's one page: the header, the banner and the footer around whichever page the address names.
import './styles.css';
import { ApiProblemError, ApiUnavailableError, checkHealth } from './api/http';
import { AvailabilityMonitor } from './availability';
import { clientDetails, knownCapabilities, onCapabilitiesChange } from './client-details';
import { initialLanguage, setLanguage, t, type Language } from './i18n';
import { startIdleWarning } from './idle-warning';
import { clientSwitch, languageSwitch, siteFooter, unavailableNotice } from './layout';
import { setNavigator } from './navigation';
import { chooseClient, clientPages, currentClient } from './pages/clients/current-client';
import { resolve, type Link } from './router';
import { notFoundPage, openDuringSteps, routes } from './routes';
import { isAdmin, loadSession, onSessionChange, signedInStaff, signedInUser, signOut } from './session';
import { h } from './ui/dom';
import { problemParagraphs } from './ui/problem';

const healthCheckIntervalMs = 5000;

const app = document.getElementById('app') as HTMLElement;
const banner = h('div', { class: 'unavailable', role: 'alert' });
const main = h('main', { id: 'content' });
const navList = h('ul', {});
let renderCount = 0;

function go(path: string): void {
  history.pushState({}, '', path);
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

function sessionControls(): HTMLElement[] {
  const staff = signedInStaff();
  if (staff) {
    return [
      h('li', {}, link('/staff/registrations', t('nav.staffApplications'))),
      h('li', {}, link('/staff/users', t('nav.staffUsers'))),
      h('li', {}, link('/staff/invitations', t('nav.staffInvitations'))),
      h('li', {}, link('/staff/clients', t('nav.staffClients'))),
      ...(isAdmin(staff) ? [h('li', {}, link('/staff/terms', t('nav.staffTerms')))] : []),
      signOutButton(),
    ];
  }
  const me = signedInUser();
  if (!me) return [h('li', {}, link('/sign-in', t('nav.signIn')))];
  const client = currentClient(me);
  // The client's pages follow its capabilities for this user; until they are known, none is linked.
  const capabilities = client ? knownCapabilities(client.id) : null;
  if (client && capabilities === null) void clientDetails(client.id).catch(() => undefined);
  return [
    ...(client
      ? [
          h('li', {}, clientSwitch(me.clients, client.id, chooseClientAndShow)),
          h('li', {}, link('/client', t('nav.client'))),
          ...clientPages.filter((page) => capabilities?.includes(page.capability)).map((page) => h('li', {}, link(page.path, t(page.nav)))),
        ]
      : []),
    h('li', {}, link('/account', t('nav.account'))),
    signOutButton(),
  ];
}

function chooseClientAndShow(id: string): void {
  chooseClient(id);
  renderShell();
  void renderPage(false);
}

function navItems(): HTMLElement[] {
  return [h('li', {}, link('/', t('nav.home'))), h('li', {}, link('/terms', t('nav.terms'))), ...sessionControls()];
}

/** The header's links again (the client's capabilities became known), keeping the keyboard focus where it was. */
function refreshNav(): void {
  const focused = document.activeElement instanceof HTMLElement && navList.contains(document.activeElement) ? document.activeElement : null;
  const id = focused?.id;
  const href = focused?.getAttribute('href');
  navList.replaceChildren(...navItems());
  if (!focused) return;
  const again = [...navList.querySelectorAll<HTMLElement>('a, button, select')].find((element) => (id ? element.id === id : element.getAttribute('href') === href));
  again?.focus();
}

function chooseLanguage(code: Language): void {
  setLanguage(code, localStorage, document.documentElement);
  renderShell();
  (app.querySelector(`[data-language="${code}"]`) as HTMLElement | null)?.focus();
  void renderPage(false);
}

function renderShell(): void {
  navList.replaceChildren(...navItems());
  app.replaceChildren(
    h('a', { class: 'skip-link', href: '#content' }, t('nav.skip')),
    h(
      'header',
      { class: 'site-header' },
      h(
        'div',
        { class: 'bar' },
        h('a', { class: 'brand', href: '/' }, t('app.name'), h('small', {}, t('app.company'))),
        h('nav', { 'aria-label': t('nav.main') }, navList),
        languageSwitch(chooseLanguage),
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
  renderShell();
  void renderPage(true);
});
setNavigator(go);
startIdleWarning(() => {
  history.pushState({}, '', '/sign-in');
  renderShell();
  void renderPage(true).then(() => main.prepend(h('p', { class: 'notice', role: 'status' }, t('idle.ended'))));
});
onSessionChange(() => renderShell());
onCapabilitiesChange(() => refreshNav());
renderShell();
monitor.start();
// Who is signed in decides the header and some pages; an outage leaves the page to the banner.
void loadSession()
  .catch(() => null)
  .then(() => renderPage(false));
