// The current client's invoices and credit notes, each with its own state: filtered, sorted and found
// by number or payment reference; shown to a user with the "invoices" capability for the client. One who
// may pay for the client ticks the invoices to pay online, where a bank is offered.

import { getBillingAccounts, getInvoices, invoiceExportUrl, invoicePdfUrl, type Invoice, type InvoiceFilter, type InvoiceSort } from '../../api/billing';
import { formatMoney, missing } from '../../formats';
import { formatDate, language, t, type MessageKey } from '../../i18n';
import type { Link, Page } from '../../router';
import { invoicePath } from './invoice';
import { paymentTag, stateTag } from './invoice-state';
import { navigate } from '../../navigation';
import { h } from '../../ui/dom';
import { fieldsToCheck } from '../../ui/problem';
import { field, sendingForm } from '../../ui/forms';
import { pagedTable } from '../../ui/paged-table';
import { clientWith } from '../clients/current-client';
import { banksFor } from '../payments/banks';
import { choosable, InvoiceChoice, payPath } from '../payments/choice';

/** The state, and under it what settled the invoice and by which rule. */
function stateCell(invoice: Invoice): HTMLTableCellElement {
  const lang = language();
  const settled = (
    [
      ['invoices.settled.credited', invoice.credited],
      ['invoices.settled.allocated', invoice.allocated],
      ['invoices.settled.oldestFirst', invoice.oldestFirst],
    ] as const
  )
    .filter(([, amount]) => amount > 0)
    .map(([key, amount]) => h('span', { class: 'hint' }, `${t(key)}: ${formatMoney(amount, lang)}`));
  return h('td', {}, stateTag(invoice), invoice.payment ? [' ', paymentTag(invoice.payment)] : null, ...settled);
}

/**
 * Paying online from the list: a box on each invoice that can be paid (labelled with its number), what the ticked ones come
 * to, and the action that takes them to the payment page. The choice holds while the user pages through and filters.
 */
export function payChoice(link: Link, advance: boolean): { section: HTMLElement; cell: (invoice: Invoice) => HTMLTableCellElement } {
  const choice = new InvoiceChoice();
  const lang = language();
  const chosen = h('p', { id: 'pay-chosen', 'aria-live': 'polite' }, t('invoices.chosenNone'));
  const error = h('div', { class: 'form-error', role: 'alert', id: 'pay-error' });
  const show = () => {
    const count = choice.invoices.length;
    chosen.textContent = count === 0 ? t('invoices.chosenNone') : t('invoices.chosen').replace('{count}', String(count)).replace('{total}', formatMoney(choice.total, lang));
    error.replaceChildren();
  };
  const pay = h('button', { type: 'button', class: 'primary', id: 'pay-selected' }, t('invoices.paySelected'));
  pay.addEventListener('click', () => {
    if (choice.invoices.length === 0) error.replaceChildren(h('p', {}, t('invoices.chooseFirst')));
    else navigate(payPath(choice.invoices.map((invoice) => invoice.id)));
  });
  let boxes = 0;
  const cell = (invoice: Invoice): HTMLTableCellElement => {
    if (!choosable(invoice)) return h('td', {});
    const id = `pay-invoice-${++boxes}`;
    const box = h('input', { type: 'checkbox', id, checked: choice.has(invoice.id) });
    box.addEventListener('change', () => {
      choice.set(invoice, box.checked);
      show();
    });
    return h('td', {}, box, h('label', { for: id, class: 'visually-hidden' }, t('invoices.chooseLabel').replace('{number}', invoice.number)));
  };
  const section = h(
    'section',
    { 'aria-labelledby': 'pay-title' },
    h('h2', { id: 'pay-title' }, t('invoices.payTitle')),
    h('p', { class: 'hint' }, t('invoices.payHint')),
    error,
    chosen,
    h('div', { class: 'actions' }, pay, advance ? link('/pay', t('pay.topUp')) : null),
  );
  return { section, cell };
}


/** An invoice as a row of the list; its number and its document as the page offers them (links for the client, text for staff). */
export function invoiceRow(invoice: Invoice, number: Node | string, document: Node | string): HTMLTableRowElement {
  const lang = language();
  return h(
    'tr',
    {},
    h('td', {}, number),
    h('td', {}, t(`invoices.kind.${invoice.kind}`)),
    h('td', { class: 'date' }, formatDate(invoice.issuedOn)),
    h('td', { class: 'date' }, formatDate(invoice.dueOn)),
    h('td', { class: 'amount' }, formatMoney(invoice.kind === 'credit-note' ? -invoice.amount : invoice.amount, lang)),
    h('td', { class: 'amount' }, invoice.kind === 'invoice' && invoice.state !== 'cancelled' ? formatMoney(invoice.open, lang) : '–'),
    stateCell(invoice),
    h('td', {}, invoice.billingAccount ?? missing),
    h('td', {}, document),
  );
}

export const invoiceColumns = ['invoices.number', 'invoices.kind', 'invoices.issued', 'invoices.due', 'invoices.amount', 'invoices.open', 'invoices.state', 'invoices.billingAccount', 'invoices.document'] as const;

/** The filter form's fields, by the API's parameter names; the label keys name them in errors too. */
const filterFields = [
  ['issuedFrom', 'invoices.filter.issuedFrom', 'date'],
  ['issuedTo', 'invoices.filter.issuedTo', 'date'],
  ['dueFrom', 'invoices.filter.dueFrom', 'date'],
  ['dueTo', 'invoices.filter.dueTo', 'date'],
  ['minAmount', 'invoices.filter.minAmount', 'amount'],
  ['maxAmount', 'invoices.filter.maxAmount', 'amount'],
  ['number', 'invoices.number', 'search'],
  ['reference', 'invoices.filter.reference', 'search'],
] as const satisfies readonly (readonly [keyof InvoiceFilter, MessageKey, string])[];

const stateChoices = ['', 'open,partly-paid,overdue', 'overdue', 'open', 'partly-paid', 'paid', 'credited', 'cancelled', 'applied'] as const;

function choice(value: string, text: string): HTMLOptionElement {
  return h('option', { value }, text);
}

/** A refused filter: which fields to check, in the user's language. */
const filterProblem = fieldsToCheck({
  ...Object.fromEntries(filterFields.map(([field, label]) => [field, label])),
  state: 'invoices.state',
  sort: 'invoices.filter.sort',
});

export const invoicesPage: Page = {
  title: () => t('invoices.title'),
  render: async (link) => {
    const who = await clientWith('invoices', link, 'invoices.title');
    if ('page' in who) return who.page;
    const { client } = who;
    let filter: InvoiceFilter = {};
    // Paying online is offered to a user who may pay for the client, where a bank is offered.
    const paying = (await banksFor(client)).length > 0 ? payChoice(link, client.billingArrangement === 'advance-payment') : null;
    // The invoices list has no ids of its own and no alert: the filter form says a refused filter.
    const list = pagedTable<Invoice>({
      caption: t('invoices.caption'),
      // The choice comes last: each row is named by its number first, as the stacked table on a phone reads it.
      columns: paying ? [...invoiceColumns, 'invoices.choose'] : invoiceColumns,
      none: 'invoices.none',
      row: (invoice) => {
        const row = invoiceRow(
          invoice,
          link(invoicePath(invoice.id), invoice.number),
          invoice.hasPdf ? h('a', { href: invoicePdfUrl(client.id, invoice.id), target: '_blank', rel: 'noopener' }, `PDF ${invoice.number}`) : '–',
        );
        if (paying) row.append(paying.cell(invoice));
        return row;
      },
      fetch: (continuationToken) => getInvoices(client.id, filter, continuationToken),
    });

    const state = h('select', {}, ...stateChoices.map((value) => choice(value, t(value === '' ? 'invoices.filter.all' : value.includes(',') ? 'invoices.filter.unpaid' : (`invoices.state.${value}` as MessageKey)))));
    const sort = h('select', {}, choice('issued', t('invoices.sort.issued')), choice('due', t('invoices.sort.due')), choice('amount', t('invoices.sort.amount')));
    const inputs = filterFields.map(([, , kind]) =>
      kind === 'date' ? h('input', { type: 'date' }) : kind === 'amount' ? h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' }) : h('input', { type: 'search' }),
    );
    // The billing-account filter is offered where the user may see the client's billing accounts.
    const accounts = client.kind === 'legal' ? await getBillingAccounts(client.id, null).then((page) => page.items, () => []) : [];
    const account = h('select', {}, choice('', t('invoices.filter.all')), ...accounts.map((a) => choice(a.id, a.number)));

    // The same list as a file: it follows the filter last shown.
    const exportLink = h('a', { href: invoiceExportUrl(client.id, filter, language()), download: '' }, t('invoices.export'));
    const form = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit', class: 'primary' }, t('invoices.filter.show')),
      async () => {
        const values = Object.fromEntries(
          filterFields.map(([name, , kind], i) => [name, kind === 'amount' ? inputs[i]!.value.trim().replace(',', '.') : inputs[i]!.value.trim()]),
        ) as InvoiceFilter;
        filter = { ...values, state: state.value, sort: sort.value as InvoiceSort, billingAccount: account.value };
        await list.load();
        exportLink.href = invoiceExportUrl(client.id, filter, language());
      },
      filterProblem,
      h(
        'div',
        { class: 'filters' },
        field('invoiceState', t('invoices.state'), state),
        field('invoiceSort', t('invoices.filter.sort'), sort),
        ...filterFields.map(([name, label], i) => field(`invoice-${name}`, t(label), inputs[i]!)),
        accounts.length > 0 ? field('invoiceAccount', t('invoices.billingAccount'), account) : null,
      ),
    );
    await list.load();
    return [
      h('h1', { tabindex: '-1' }, t('invoices.title')),
      h('p', {}, client.name),
      h('p', { class: 'hint' }, t('invoices.rule')),
      form,
      h('p', {}, exportLink),
      paying?.section ?? null,
      ...list.withoutAlert,
    ];
  },
};
