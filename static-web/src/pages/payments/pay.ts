// Paying online: what will be paid (the chosen invoices and their total, or an amount an advance-payment client tops up
// with), the bank when several are offered, and "Pay", which makes the order and posts the bank's form to the bank.

import { getInvoice, type Invoice } from '../../api/billing';
import type { ClientDetails } from '../../api/clients';
import { ApiProblemError, ApiUnavailableError } from '../../api/http';
import { createPaymentOrder, type NewPaymentOrder, type PaymentProvider } from '../../api/payments';
import { formatMoney } from '../../formats';
import { formatDate, language, t } from '../../i18n';
import type { Link, Page } from '../../router';
import { h } from '../../ui/dom';
import { problemText, titleOnly } from '../../ui/problem';
import { dataTable } from '../../ui/table';
import { paymentTag } from '../billing/invoice-state';
import { invoicePath } from '../billing/invoice';
import { clientWith } from '../clients/current-client';
import { postToBank } from './bank-form';
import { banksFor } from './banks';
import { choosable, parseAmount, totalOpen } from './choice';
import { orderPath } from './order-state';
import { payProblems, type PayPlace } from './pay-problem';

/** An invoice asked for by id: as it is now, or null when the client has no such invoice. */
async function invoiceNow(clientId: string, id: string): Promise<Invoice | null> {
  try {
    return (await getInvoice(clientId, id)).invoice;
  } catch (failure) {
    if (failure instanceof ApiProblemError && failure.problem.status === 404) return null;
    throw failure;
  }
}

/** Why an invoice asked for cannot be paid here: a payment of it in flight (with its page), nothing left, or no such invoice. */
function whyNot(link: Link, clientId: string, id: string, invoice: Invoice | null): HTMLElement {
  if (!invoice) return h('li', {}, `${id} – ${t('pay.reason.notFound')}`);
  if (invoice.payment) {
    return h('li', {}, `${invoice.number} – `, paymentTag(invoice.payment), ' ', link(orderPath(clientId, invoice.payment.orderId), t('invoice.seePayment')));
  }
  return h('li', {}, `${invoice.number} – ${t('pay.reason.settled')}`);
}

function invoicesTable(link: Link, invoices: Invoice[]): HTMLElement {
  const lang = language();
  return dataTable(
    { id: 'pay-invoices', caption: t('pay.invoicesCaption'), columns: ['invoices.number', 'invoices.due', 'invoices.open'] },
    invoices.map((invoice) =>
      h('tr', {}, h('td', {}, link(invoicePath(invoice.id), invoice.number)), h('td', { class: 'date' }, formatDate(invoice.dueOn)), h('td', { class: 'amount' }, formatMoney(invoice.open, lang))),
    ),
  );
}

/** The bank: a radio group when several are offered, else the one named. */
function bankChoice(banks: PaymentProvider[], error: HTMLElement): { element: HTMLElement; chosen: () => string | undefined } {
  if (banks.length === 1) return { element: h('p', { id: 'pay-bank' }, t('pay.throughBank').replace('{bank}', banks[0]!.name)), chosen: () => banks[0]!.id };
  const radios = banks.map((bank, i) => h('input', { type: 'radio', name: 'provider', id: `pay-bank-${i}`, value: bank.id, 'aria-describedby': error.id }));
  return {
    element: h(
      'fieldset',
      { class: 'field', id: 'pay-bank' },
      h('legend', {}, t('pay.bank')),
      error,
      ...radios.map((radio, i) => h('label', { class: 'choice', for: radio.id }, radio, banks[i]!.name)),
    ),
    chosen: () => radios.find((radio) => radio.checked)?.value,
  };
}

/** After a 409: the invoices now held by a payment in flight (asked again), or, when none is, that the client has too many payments going. */
async function inProgress(link: Link, clientId: string, invoices: Invoice[]): Promise<Node[]> {
  const now = await Promise.all(invoices.map((invoice) => invoiceNow(clientId, invoice.id).catch(() => null)));
  const held = now.filter((invoice): invoice is Invoice => invoice?.payment != null);
  if (held.length === 0) return [h('p', {}, t('pay.tooMany'), ' ', link('/payments', t('payment.toHistory')))];
  return [h('p', {}, t('pay.inProgress')), h('ul', {}, ...held.map((invoice) => whyNot(link, clientId, invoice.id, invoice)))];
}

function payForm(link: Link, client: ClientDetails, banks: PaymentProvider[], invoices: Invoice[] | null): HTMLElement[] {
  const lang = language();
  const summary = h('div', { class: 'form-error', role: 'alert', id: 'pay-errors' });
  const errors: Record<PayPlace, HTMLElement> = {
    invoices: h('div', { class: 'field-error', id: 'pay-invoices-error' }),
    amount: h('p', { class: 'field-error', id: 'pay-amount-error' }),
    provider: h('p', { class: 'field-error', id: 'pay-bank-error' }),
    form: summary,
  };
  const amount = h('input', { type: 'text', id: 'pay-amount', name: 'amount', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'pay-amount-hint pay-amount-error' });
  const bank = bankChoice(banks, errors.provider);
  const going = h('div', { role: 'status', id: 'pay-going' });
  const total = invoices ? totalOpen(invoices) : 0;
  const submit = h('button', { type: 'submit', class: 'primary', id: 'pay-submit' }, invoices ? t('pay.submitTotal').replace('{total}', formatMoney(total, lang)) : t('pay.submit'));

  const clear = () => {
    for (const slot of Object.values(errors)) slot.replaceChildren();
    amount.removeAttribute('aria-invalid');
    going.replaceChildren();
  };
  const refused = (place: PayPlace, messages: string[]) => {
    errors[place].append(...messages.map((message) => h('p', {}, message)));
    if (place === 'amount') amount.setAttribute('aria-invalid', 'true');
  };

  const send = async (): Promise<void> => {
    clear();
    const typed = invoices ? null : parseAmount(amount.value);
    const provider = bank.chosen();
    const badAmount = !invoices && typed === null;
    if (badAmount || provider === undefined) {
      if (badAmount) refused('amount', [t('pay.error.amount')]);
      if (provider === undefined) refused('provider', [t('pay.error.provider')]);
      summary.append(h('p', {}, t('pay.fix')));
      (badAmount ? amount : form.querySelector<HTMLInputElement>('input[name="provider"]'))?.focus();
      return;
    }
    const order: NewPaymentOrder = invoices ? { invoiceIds: invoices.map((invoice) => invoice.id), provider } : { amount: typed!, provider };
    submit.disabled = true;
    try {
      const started = await createPaymentOrder(client.id, order);
      going.append(h('p', { class: 'notice' }, t('pay.going'), ' ', link(orderPath(client.id, started.order.id), t('pay.orderLink'))));
      postToBank(started.form);
    } catch (failure) {
      submit.disabled = false;
      if (failure instanceof ApiUnavailableError) {
        summary.append(h('p', {}, t('unavailable.retrying')));
        return;
      }
      if (!(failure instanceof ApiProblemError)) throw failure;
      const problem = failure.problem;
      if (problem.status === 409 && invoices) {
        errors.invoices.append(...(await inProgress(link, client.id, invoices)));
        summary.append(h('p', {}, t('pay.notPaid')));
      } else if (problem.status === 400 && problem.errors) {
        for (const [place, messages] of payProblems(problem, invoices?.map((invoice) => invoice.number) ?? [])) refused(place, messages);
        summary.prepend(h('p', {}, t('pay.fix')));
      } else {
        summary.append(h('p', {}, problemText(problem, titleOnly)));
      }
      summary.focus();
    }
  };

  const form = h(
    'form',
    {
      novalidate: true,
      id: 'pay-form',
      onsubmit: ((event: SubmitEvent) => {
        event.preventDefault();
        if (!submit.disabled) void send();
      }) as EventListener,
    },
    summary,
    invoices
      ? [invoicesTable(link, invoices), errors.invoices, h('p', { class: 'pay-total', id: 'pay-total' }, h('strong', {}, `${t('pay.total')}: ${formatMoney(total, lang)}`))]
      : h(
          'div',
          { class: 'field' },
          h('label', { for: amount.id }, t('pay.amount')),
          h('p', { class: 'hint', id: 'pay-amount-hint' }, t('pay.amountHint')),
          errors.amount,
          amount,
        ),
    bank.element,
    submit,
  );
  summary.tabIndex = -1;
  return [form, going];
}

export const payPage: Page = {
  title: () => t('pay.title'),
  render: async (link) => {
    const who = await clientWith('payments', link, 'pay.title');
    if ('page' in who) return who.page;
    const { client } = who;
    const heading = [h('h1', { tabindex: '-1' }, t('pay.title')), h('p', {}, client.name)];
    const banks = await banksFor(client);
    if (banks.length === 0) return [...heading, h('p', {}, t('pay.notOffered'))];

    const ids = [...new Set(new URLSearchParams(location.search).getAll('invoice').filter((id) => id !== ''))];
    if (ids.length === 0) {
      if (client.billingArrangement !== 'advance-payment') return [...heading, h('p', {}, t('pay.nothingChosen'), ' ', link('/invoices', t('payment.toInvoices')))];
      return [...heading, h('p', {}, t('pay.topUpLead')), ...payForm(link, client, banks, null)];
    }

    const found = await Promise.all(ids.map((id) => invoiceNow(client.id, id)));
    const payable = found.filter((invoice): invoice is Invoice => invoice !== null && choosable(invoice));
    const blocked = ids.map((id, i) => [id, found[i] ?? null] as const).filter(([, invoice]) => !invoice || !choosable(invoice));
    return [
      ...heading,
      blocked.length > 0
        ? h('div', { class: 'notice', id: 'pay-blocked' }, h('p', {}, t('pay.notPayable')), h('ul', {}, ...blocked.map(([id, invoice]) => whyNot(link, client.id, id, invoice))))
        : null,
      ...(payable.length > 0 ? payForm(link, client, banks, payable) : [h('p', {}, link('/invoices', t('payment.toInvoices')))]),
    ];
  },
};
