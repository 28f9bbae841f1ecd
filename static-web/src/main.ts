import './styles.css';
import { ApiProblemError, ApiUnavailableError, getJson } from './api';
import { AvailabilityMonitor } from './availability';
import { h } from './dom';
import { initialLanguage, language, languages, setLanguage, t, type Language } from './i18n';
import { homePage } from './pages/home';
import { notFoundPage } from './pages/not-found';
import { termsPage } from './pages/terms';
import { accountPage } from './pages/account';
import { activityPage } from './pages/activity';
import { acceptTermsPage } from './pages/accept-terms';
import { sessionsPage } from './pages/sessions';
import { registerPage } from './pages/register';
import { startIdleWarning } from './idle-warning';
import { signInPage } from './pages/sign-in';
import { changePasswordPage, forgotPasswordPage, resetPasswordPage } from './pages/password-pages';
import { activatePage, confirmEmailPage } from './pages/activate';
import { chooseClient, clientPage, clientPages, currentClient, invitationPage, invoicesPage, representativesPage } from './pages/clients';
import { billingAccountsPage, paymentsPage, statementPage } from './pages/billing';
import { permitPage, permitsPage } from './pages/permits';
import { problemParagraphs } from './pages/paged-table';
import { clientDetails, knownCapabilities, onCapabilitiesChange } from './client-details';
import {
  staffClientPage,
  staffClientsPage,
  staffHomePage,
  staffInvitationsPage,
  staffRegistrationPage,
  staffRegistrationsPage,
  staffSignInPage,
  staffTermsPage,
  staffUserPage,
  staffUsersPage,
} from './pages/staff';
import { setNavigator } from './navigation';
import { isAdmin, loadSession, onSessionChange, signedInStaff, signedInUser, signOut } from './session';
import { resolve, type Link } from './router';

const routes = {
  '/': homePage,
  '/terms': termsPage,
  '/sign-in': signInPage,
  '/account': accountPage,
  '/forgot-password': forgotPasswordPage,
  '/reset-password': resetPasswordPage,
  '/change-password': changePasswordPage,
  '/activity': activityPage,
  '/sessions': sessionsPage,
  '/accept-terms': acceptTermsPage,
  '/register': registerPage,
  '/activate': activatePage,
  '/confirm-email': confirmEmailPage,
  '/staff': staffHomePage,
  '/staff/sign-in': staffSignInPage,
  '/staff/registrations': staffRegistrationsPage,
  '/staff/registration': staffRegistrationPage,
  '/staff/users': staffUsersPage,
  '/staff/user': staffUserPage,
  '/staff/terms': staffTermsPage,
  '/staff/invitations': staffInvitationsPage,
  '/staff/clients': staffClientsPage,
  '/staff/client': staffClientPage,
  '/client': clientPage,
  '/representatives': representativesPage,
  '/invitation': invitationPage,
  '/invoices': invoicesPage,
  '/payments': paymentsPage,
  '/statement': statementPage,
  '/billing-accounts': billingAccountsPage,
  '/permits': permitsPage,
  '/permit': permitPage,
};

/** Pages a user with a pending step may still open; anything else leads to the step (the server refuses it too). */
const openDuringSteps = new Set(['/terms', '/change-password', '/accept-terms']);
const healthCheckIntervalMs = 5000;
const phone = '67332179';
const email = 'info@vases.lv';

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
          h('li', {}, clientSwitch(me.clients, client.id)),
          h('li', {}, link('/client', t('nav.client'))),
          ...clientPages.filter((page) => capabilities?.includes(page.capability)).map((page) => h('li', {}, link(page.path, t(page.nav)))),
        ]
      : []),
    h('li', {}, link('/account', t('nav.account'))),
    signOutButton(),
  ];
}

/** The client the user acts for now (§2.5: one person may act for several). */
function clientSwitch(clients: { id: string; name: string }[], current: string): HTMLElement {
  if (clients.length === 1) return h('span', { class: 'current-client' }, clients[0]!.name);
  const select = h(
    'select',
    {
      id: 'client-switch',
      onchange: ((event: Event) => {
        chooseClient((event.target as HTMLSelectElement).value);
        renderShell();
        void renderPage(false);
      }) as EventListener,
    },
    clients.map((client) => h('option', { value: client.id, selected: client.id === current }, client.name)),
  );
  return h('span', { class: 'client-switch' }, h('label', { for: 'client-switch' }, t('nav.clientSwitch')), ' ', select);
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

function languageSwitch(): HTMLElement {
  return h(
    'div',
    { class: 'language-switch', role: 'group', 'aria-label': t('lang.switch') },
    languages.map((code: Language) =>
      h(
        'button',
        {
          type: 'button',
          lang: code,
          'aria-pressed': code === language() ? 'true' : 'false',
          'data-language': code,
          onclick: (() => {
            setLanguage(code, localStorage, document.documentElement);
            renderShell();
            (app.querySelector(`[data-language="${code}"]`) as HTMLElement | null)?.focus();
            void renderPage(false);
          }) as EventListener,
        },
        // Each language named in itself, so a reader of either finds their own.
        t(`lang.${code}`),
      ),
    ),
  );
}

function contacts(): HTMLElement[] {
  return [
    h('p', {}, `${t('footer.phone')}: `, h('a', { href: `tel:+371${phone}` }, phone)),
    h('p', {}, `${t('footer.email')}: `, h('a', { href: `mailto:${email}` }, email)),
  ];
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
        languageSwitch(),
      ),
    ),
    banner,
    main,
    h(
      'footer',
      { class: 'site-footer' },
      h(
        'div',
        { class: 'inner' },
        h('h2', {}, t('footer.help')),
        h('p', {}, `${t('app.company')}, ${t('footer.department')}`),
        ...contacts(),
        h('p', {}, t('footer.address')),
        h('p', {}, t('footer.cookies')),
      ),
    ),
  );
  showAvailability(monitor.isAvailable);
}

function showAvailability(available: boolean): void {
  banner.replaceChildren(
    ...(available
      ? []
      : [
          h(
            'div',
            { class: 'inner' },
            h('strong', {}, t('unavailable.title')),
            h('p', {}, t('unavailable.body')),
            ...contacts(),
            h('p', {}, t('unavailable.retrying')),
          ),
        ]),
  );
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
  () => getJson('/api/health', undefined, { background: true }),
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
