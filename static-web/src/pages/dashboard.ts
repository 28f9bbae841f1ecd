// Where sign-in lands: for each client the user acts for, within their scopes, what needs attention
// first (overdue and soon-due amounts, permits ending soon), then the balance and a year of charges
// and receipts; and the previous sign-in, with a way out if it was not theirs.

import { getDashboard, type DashboardClient, type DashboardSubmission, type PreviousSignIn } from '../api/dashboard';
import { reportFileUrl } from '../api/reports';
import { describeBrowser, formatMoney } from '../formats';
import { formatDate, formatInstant, language, t } from '../i18n';
import type { Link } from '../router';
import { barChart } from '../ui/bar-chart';
import { h } from '../ui/dom';
import { chooseClient } from './clients/current-client';
import { permitPath } from './permits/permit';
import { describeReport } from './reports/reports';

function previousSignIn(link: Link, previous: PreviousSignIn | null): HTMLElement {
  if (!previous) return h('p', { id: 'previous-sign-in' }, t('dashboard.firstSignIn'));
  const { browser, system } = describeBrowser(previous.userAgent);
  const where = `${browser ?? t('dashboard.otherBrowser')} ${t('dashboard.on')} ${system ?? t('dashboard.otherSystem')}`;
  return h(
    'p',
    { id: 'previous-sign-in' },
    `${t('dashboard.previous')} ${formatInstant(previous.at)}, ${t('dashboard.from')} ${previous.ipAddress}, ${where}. `,
    link('/sessions', t('dashboard.notYou')),
  );
}

/** A link to one of a client's pages that first makes the client the current one. */
function clientLink(link: Link, clientId: string, path: string, text: string): HTMLAnchorElement {
  const anchor = link(path, text);
  anchor.addEventListener('click', () => chooseClient(clientId), { capture: true });
  return anchor;
}

function card(label: string, value: string, warning = false): HTMLElement {
  return h('li', { class: warning ? 'card card-warning' : 'card' }, h('span', {}, label), h('span', { class: 'card-value' }, value));
}

/** Drafts to continue and the submissions ES waits on an answer for, each a link to its page. */
function submissionsPart(link: Link, clientId: string, shown: NonNullable<DashboardClient['submissions']>): (Node | null)[] {
  const item = (submission: DashboardSubmission, note: string) =>
    h('li', { 'data-submission': submission.id }, clientLink(link, clientId, `/submission?id=${encodeURIComponent(submission.id)}`, submission.title[language()]), ` – ${note}`);
  const changed = (submission: DashboardSubmission) => t('dashboard.changedBy').replace('{time}', formatInstant(submission.updatedAt)).replace('{who}', submission.updatedBy);
  return [
    h('h3', {}, t('dashboard.submissions')),
    shown.informationRequested.length === 0
      ? null
      : h(
          'div',
          { class: 'dashboard-waiting' },
          h('h4', {}, t('dashboard.waiting')),
          h('ul', {}, ...shown.informationRequested.map((s) => item(s, `${changed(s)}; ${t('dashboard.answer')}`))),
        ),
    h('h4', {}, t('dashboard.drafts').replace('{count}', String(shown.draftCount))),
    shown.drafts.length === 0
      ? h('p', {}, t('dashboard.noDrafts'))
      : h('ul', { class: 'dashboard-drafts' }, ...shown.drafts.map((s) => item(s, `${changed(s)}; ${t('dashboard.lapses').replace('{time}', formatInstant(s.expiresAt ?? s.updatedAt))}`))),
    h('p', {}, clientLink(link, clientId, '/submissions', t('dashboard.toSubmissions'))),
  ];
}

function clientSection(link: Link, client: DashboardClient, index: number): HTMLElement {
  const lang = language();
  const titleId = `client-${index}-title`;
  const parts: (Node | null)[] = [h('h2', { id: titleId }, client.name)];
  const billing = client.billing;
  if (billing) {
    const cards = [
      billing.overdue > 0 ? card(t('dashboard.overdue'), formatMoney(billing.overdue, lang), true) : null,
      card(t('dashboard.dueSoon'), formatMoney(billing.dueSoon, lang)),
      card(t('dashboard.due'), formatMoney(billing.due, lang)),
      billing.credit > 0 ? card(t('dashboard.credit'), formatMoney(billing.credit, lang)) : null,
      billing.awaitingBooking ? card(t('balance.awaitingBooking'), formatMoney(billing.awaitingBooking, lang)) : null,
      billing.paymentInProgress ? card(t('balance.paymentInProgress'), formatMoney(billing.paymentInProgress, lang)) : null,
    ];
    parts.push(
      h('ul', { class: 'cards' }, ...cards),
      billing.nextDueOn ? h('p', {}, `${t('dashboard.nextDue')} ${formatDate(billing.nextDueOn)}.`) : null,
      billing.overdue > 0 || billing.dueSoon > 0 ? h('p', {}, clientLink(link, client.id, '/invoices', t('dashboard.toInvoices'))) : null,
      barChart({
        id: `client-${index}-chart`,
        caption: t('dashboard.chart'),
        tableLabel: t('dashboard.chartTable'),
        categoryHeader: t('dashboard.month'),
        categories: billing.months.map((m) => m.month),
        series: [
          { name: t('dashboard.charged'), className: 'series-charged', values: billing.months.map((m) => m.charged) },
          { name: t('dashboard.received'), className: 'series-received', values: billing.months.map((m) => m.received) },
        ],
        format: (value) => formatMoney(value, lang),
      }),
    );
  }
  if (client.readyReports && client.readyReports.length > 0) {
    parts.push(
      h('h3', {}, t('dashboard.reportsReady')),
      h(
        'ul',
        {},
        ...client.readyReports.map((report) =>
          h('li', {}, `${describeReport(report)} – `, h('a', { href: reportFileUrl(client.id, report.id), download: '' }, `${t('reports.download')} (${report.format.toUpperCase()})`)),
        ),
      ),
      h('p', {}, clientLink(link, client.id, '/reports', t('dashboard.toReports'))),
    );
  }
  if (client.expiringPermits) {
    parts.push(
      h('h3', {}, t('dashboard.expiring')),
      client.expiringPermits.length === 0
        ? h('p', {}, t('dashboard.noneExpiring'))
        : h(
            'ul',
            {},
            ...client.expiringPermits.map((permit) =>
              h('li', {}, clientLink(link, client.id, permitPath(permit.id), permit.number), ` – ${formatDate(permit.validTo)} (${t('dashboard.daysLeft').replace('{days}', String(permit.daysLeft))})`),
            ),
          ),
    );
  }
  if (client.submissions) parts.push(...submissionsPart(link, client.id, client.submissions));
  if (!billing && !client.expiringPermits && !client.submissions) parts.push(h('p', {}, clientLink(link, client.id, '/client', t('dashboard.toClient'))));
  return h('section', { 'aria-labelledby': titleId, class: 'dashboard-client' }, ...parts);
}

export async function dashboard(link: Link): Promise<(Node | null)[]> {
  const board = await getDashboard();
  return [
    h('h1', { tabindex: '-1' }, t('dashboard.title')),
    previousSignIn(link, board.previousSignIn),
    ...(board.clients.length === 0 ? [h('p', {}, t('client.none'), ' ', link('/account', t('nav.account')))] : board.clients.map((client, i) => clientSection(link, client, i))),
  ];
}
