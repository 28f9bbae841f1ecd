// One of the current client's invoices: its state and what settled it, its lines and VAT, and what to
// quote when paying; shown to a user with the "invoices" capability for the client.

import { getInvoice, invoicePdfUrl, type InvoiceDetail } from '../../api/billing';
import { ApiProblemError } from '../../api/http';
import { formatMoney, formatNumber, missing } from '../../formats';
import { formatDate, language, t } from '../../i18n';
import type { Link, Page } from '../../router';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { clientWith } from '../clients/current-client';
import { banksFor } from '../payments/banks';
import { choosable, payPath } from '../payments/choice';
import { orderPath } from '../payments/order-state';
import { paymentTag, stateTag } from './invoice-state';

export const invoicePath = (id: string): string => `/invoice?id=${encodeURIComponent(id)}`;

function invoiceNotFound(link: Link): (Node | null)[] {
  return [h('h1', { tabindex: '-1' }, t('notFound.title')), h('p', {}, t('notFound.body')), h('p', {}, link('/invoices', t('invoice.back')))];
}

function linesTable(detail: InvoiceDetail): HTMLElement {
  const lang = language();
  return dataTable(
    { id: 'invoice-lines', caption: t('invoice.lines'), columns: ['invoice.description', 'invoice.quantity', 'invoice.unitPrice', 'invoice.vatRate', 'invoice.net'] },
    detail.lines.map((line) =>
      h(
        'tr',
        {},
        h('td', {}, line.description),
        h('td', { class: 'numeric' }, `${formatNumber(line.quantity, lang)}${line.unit ? `\u00a0${line.unit}` : ''}`),
        h('td', { class: 'amount' }, formatMoney(line.unitPrice, lang)),
        h('td', { class: 'numeric' }, `${formatNumber(line.vatRate, lang)}\u00a0%`),
        h('td', { class: 'amount' }, formatMoney(line.amount, lang)),
      ),
    ),
  );
}

function vatTable(detail: InvoiceDetail): HTMLElement {
  const lang = language();
  return dataTable(
    { id: 'invoice-vat', caption: t('invoice.vatTotals'), columns: ['invoice.vatRate', 'invoice.net', 'invoice.vat'] },
    detail.vatTotals.map((total) =>
      h(
        'tr',
        {},
        h('td', { class: 'numeric' }, `${formatNumber(total.rate, lang)}\u00a0%`),
        h('td', { class: 'amount' }, formatMoney(total.net, lang)),
        h('td', { class: 'amount' }, formatMoney(total.vat, lang)),
      ),
    ),
  );
}

function settlementsTable(detail: InvoiceDetail): HTMLElement {
  const lang = language();
  return dataTable(
    { id: 'invoice-settlements', caption: t('invoice.settlements'), columns: ['invoice.settledBy', 'invoice.settledOn', 'invoices.amount'] },
    detail.settlements.map((settlement) =>
      h(
        'tr',
        {},
        h('td', {}, settlement.kind === 'payment' ? t('invoice.payment') : `${t('invoices.kind.credit-note')} ${settlement.number ?? ''}`.trim()),
        h('td', { class: 'date' }, settlement.on ? formatDate(settlement.on) : missing),
        h('td', { class: 'amount' }, formatMoney(settlement.amount, lang)),
      ),
    ),
  );
}

/** The invoice's "Pay online" action: the payment page for this invoice alone. */
function payLink(link: Link, invoiceId: string): HTMLAnchorElement {
  const anchor = link(payPath([invoiceId]), t('invoice.pay'));
  anchor.className = 'button primary';
  anchor.id = 'pay-invoice';
  return anchor;
}

export const invoicePage: Page = {
  title: () => t('invoice.title'),
  render: async (link) => {
    const who = await clientWith('invoices', link, 'invoice.title');
    if ('page' in who) return who.page;
    const id = new URLSearchParams(location.search).get('id') ?? '';
    if (!id) return invoiceNotFound(link);
    let detail: InvoiceDetail;
    try {
      detail = await getInvoice(who.client.id, id);
    } catch (failure) {
      if (failure instanceof ApiProblemError && failure.problem.status === 404) return invoiceNotFound(link);
      throw failure;
    }
    const { invoice, paymentDetails } = detail;
    const lang = language();
    const payable = invoice.kind === 'invoice' && invoice.state !== 'cancelled';
    const mayPay = who.client.capabilities.includes('payments');
    const online = choosable(invoice) && (await banksFor(who.client)).length > 0;
    return [
      h('p', { class: 'no-print' }, link('/invoices', t('invoice.back'))),
      h('h1', { tabindex: '-1' }, `${t(`invoices.kind.${invoice.kind}`)} ${invoice.number}`),
      h('p', {}, who.client.name, ' ', stateTag(invoice), invoice.payment ? [' ', paymentTag(invoice.payment)] : null),
      invoice.payment && mayPay ? h('p', { class: 'no-print' }, link(orderPath(who.client.id, invoice.payment.orderId), t('invoice.seePayment'))) : null,
      online ? h('p', { class: 'no-print' }, payLink(link, invoice.id)) : null,
      detailsList([
        ['invoices.issued', formatDate(invoice.issuedOn)],
        ['invoices.due', invoice.kind === 'invoice' ? formatDate(invoice.dueOn) : null],
        ['invoices.amount', formatMoney(invoice.amount, lang)],
        ['invoices.settled.credited', invoice.credited > 0 ? formatMoney(invoice.credited, lang) : null],
        ['invoices.settled.allocated', invoice.allocated > 0 ? formatMoney(invoice.allocated, lang) : null],
        ['invoices.settled.oldestFirst', invoice.oldestFirst > 0 ? formatMoney(invoice.oldestFirst, lang) : null],
        ['invoices.open', payable ? formatMoney(invoice.open, lang) : null],
        ['invoices.billingAccount', invoice.billingAccount],
      ]),
      invoice.hasPdf ? h('p', {}, h('a', { href: invoicePdfUrl(who.client.id, invoice.id) }, `${t('invoice.download')} (PDF, ${invoice.number})`)) : null,
      payable && invoice.open > 0
        ? h(
            'section',
            { 'aria-labelledby': 'pay-title', class: 'summary-card' },
            h('h2', { id: 'pay-title' }, t('invoice.howToPay')),
            detailsList([
              ['invoice.payee', paymentDetails.payee],
              ['invoice.account', paymentDetails.account],
              ['invoice.bank', paymentDetails.bank],
              ['invoice.reference', paymentDetails.reference],
              ['invoice.toPay', formatMoney(invoice.open, lang)],
            ]),
          )
        : null,
      detail.settlements.length > 0 ? settlementsTable(detail) : null,
      payable ? h('p', { class: 'hint' }, t('invoices.rule')) : null,
      detail.lines.length > 0 ? linesTable(detail) : h('p', {}, t('invoice.noLines')),
      detail.vatTotals.length > 0 ? vatTable(detail) : null,
    ];
  },
};
