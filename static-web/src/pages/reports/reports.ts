// The current client's reports as documents: the settlement statement for whole months and the ageing
// report as of a day, as PDF or CSV. They are made off the request path; the list shows each one's
// progress, asks again while any is on its way, and offers the file once it is ready.

import { getReports, pending, reportFileUrl, requestReport, type Report, type ReportFormat, type ReportOrder } from '../../api/reports';
import { formatNumber } from '../../formats';
import { formatDate, formatInstant, language, t, type MessageKey } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { fieldsToCheck } from '../../ui/problem';
import { dataTable } from '../../ui/table';
import { statusTag, type Tone } from '../../ui/tag';
import { monthBefore } from '../billing/statement';
import { clientWith } from '../clients/current-client';

const checkFields = fieldsToCheck({ kind: 'reports.kind', from: 'reports.from', to: 'reports.to', asOf: 'reports.asOf', format: 'reports.format' });

/** How often the list asks again while a report is on its way. */
const pollMilliseconds = 1500;

const tones: Record<Report['status'], Tone> = { queued: 'neutral', building: 'neutral', ready: 'good', failed: 'warning' };

/** "Ageing report as of 30.11.2026." or "Settlement statement 2026-01 – 2026-06". */
export function describeReport(report: Pick<Report, 'kind' | 'from' | 'to' | 'asOf'>): string {
  const what = t(`reports.kind.${report.kind}` as MessageKey);
  return report.kind === 'ageing' && report.asOf ? `${what}, ${t('reports.asOfText')} ${formatDate(report.asOf)}` : `${what}, ${report.from} – ${report.to}`;
}

function fileCell(clientId: string, report: Report): HTMLElement {
  if (report.status === 'ready') {
    const size = report.sizeBytes === null ? '' : `, ${formatNumber(Math.max(1, Math.round(report.sizeBytes / 1024)), language())} KB`;
    return h('td', {}, h('a', { href: reportFileUrl(clientId, report.id), download: '' }, `${t('reports.download')} (${report.format.toUpperCase()}${size})`));
  }
  return h('td', {}, report.status === 'failed' ? t('reports.failedHint') : '');
}

function reportRows(clientId: string, reports: Report[]): HTMLTableRowElement[] {
  return reports.map((report) =>
    h(
      'tr',
      { 'data-report': report.id },
      h('td', {}, formatInstant(report.requestedAt)),
      h('td', {}, describeReport(report)),
      h('td', {}, statusTag(t(`reports.status.${report.status}` as MessageKey), tones[report.status])),
      fileCell(clientId, report),
    ),
  );
}

/** yyyy-MM-dd of today in Riga, the business day the server checks "as of" against. */
function rigaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const reportsPage: Page = {
  title: () => t('reports.title'),
  render: async (link) => {
    const who = await clientWith('reports', link, 'reports.title');
    if ('page' in who) return who.page;
    const clientId = who.client.id;
    const statement = who.client.capabilities.includes('statement');

    const kind = h(
      'select',
      {},
      statement ? h('option', { value: 'statement' }, t('reports.kind.statement')) : null,
      h('option', { value: 'ageing' }, t('reports.kind.ageing')),
    );
    const from = h('input', { type: 'month', value: monthBefore(new Date(), 11) });
    const to = h('input', { type: 'month', value: monthBefore(new Date(), 0) });
    const asOf = h('input', { type: 'date', value: rigaToday(), max: rigaToday() });
    const format = h('select', {}, h('option', { value: 'pdf' }, 'PDF'), h('option', { value: 'csv' }, 'CSV'));
    const period = h('div', {}, field('from', t('reports.from'), from), field('to', t('reports.to'), to));
    const day = h('div', {}, field('asOf', t('reports.asOf'), asOf));
    const showFields = () => {
      period.hidden = kind.value !== 'statement';
      day.hidden = kind.value !== 'ageing';
    };
    kind.addEventListener('change', showFields);
    showFields();

    const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    const list = h('div', {});
    let shown: Report[] = [];
    let timer: number | undefined;
    let onPage = false;
    const refresh = async () => {
      timer = undefined;
      const { items } = await getReports(clientId);
      const readyNow = items.filter((report) => report.status === 'ready' && shown.some((before) => before.id === report.id && pending(before)));
      if (readyNow.length > 0) announce.textContent = t('reports.nowReady');
      shown = items;
      list.replaceChildren(
        items.length === 0
          ? h('p', { id: 'reports-none' }, t('reports.none'))
          : dataTable({ id: 'reports-table', caption: t('reports.caption'), columns: ['reports.requestedAt', 'reports.what', 'reports.status', 'reports.file'] }, reportRows(clientId, items)),
      );
      // Asks again while something is on its way, until the user leaves the page (the first answer comes before it is shown).
      onPage ||= list.isConnected;
      if (items.some(pending) && (list.isConnected || !onPage)) timer = window.setTimeout(() => void refresh().catch(() => undefined), pollMilliseconds);
    };
    await refresh();

    const submit = h('button', { type: 'submit' }, t('reports.request'));
    const form = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      submit,
      async () => {
        const chosen = format.value as ReportFormat;
        const order: ReportOrder =
          kind.value === 'statement'
            ? { kind: 'statement', from: from.value, to: to.value, format: chosen, language: language() }
            : { kind: 'ageing', asOf: asOf.value, format: chosen, language: language() };
        await requestReport(clientId, order);
        if (timer !== undefined) window.clearTimeout(timer);
        await refresh();
      },
      (problem) => (problem.status === 429 ? [h('p', {}, t('reports.tooMany'))] : checkFields(problem)),
      field('kind', t('reports.kind'), kind),
      period,
      day,
      field('format', t('reports.format'), format),
    );
    return [h('h1', { tabindex: '-1' }, t('reports.title')), h('p', {}, who.client.name), h('p', {}, t('reports.intro')), form, announce, list];
  },
};
