// Payment orders the server flagged for staff (paid late or twice, booked otherwise, not booked in time), the orders made
// longest ago first; "Resolved" takes an order's flags off the list with what staff did, which goes on the client's trail.

import { ApiProblemError } from '../../api/http';
import { getFlaggedPaymentOrders, resolvePaymentFlag, type FlaggedPaymentOrder } from '../../api/staff';
import { label, t, textFor } from '../../i18n';
import type { Link, Page } from '../../router';
import { h } from '../../ui/dom';
import { sendingForm } from '../../ui/forms';
import { problemText } from '../../ui/problem';
import { dataTable } from '../../ui/table';
import { statusTag } from '../../ui/tag';
import { heading, staffOr, time } from './staff-page';

/** The server's limit on the note, in characters (after trimming). */
const noteLength = 500;

/** The flag in words, as a tag: each one needs a look; a flag the UI has no words for yet shows as sent. */
export function flagTag(flag: string): HTMLElement {
  return statusTag(label('staff.paymentFlag', flag), textFor('staff.paymentFlag', flag) === undefined ? 'neutral' : 'warning');
}

/** What the page does once an order is off the list (`resolved`) or was already (`gone`). */
interface Outcomes {
  resolved: (orderId: string) => void;
  gone: (orderId: string) => Promise<void>;
}

/**
 * The "Resolved" button and the form it opens: the note (required, at most 500 characters) and the button that sends it.
 * A 400 on `note` is said beside the note; a 404 means no flag of the order waits any more.
 */
function resolveAction(item: FlaggedPaymentOrder, index: number, flagsOfOrder: number, orderCell: string, outcomes: Outcomes): HTMLElement[] {
  const id = `resolve-note-${index}`;
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const note = h('textarea', { id, name: 'note', rows: '3', maxlength: String(noteLength), required: true, 'aria-describedby': `${id}-hint ${id}-error` });
  const hint = flagsOfOrder > 1 ? `${t('staff.paymentNoteHint')} ${t('staff.paymentNoteAll').replace('{count}', String(flagsOfOrder))}` : t('staff.paymentNoteHint');
  const refuse = () => {
    error.textContent = t('staff.paymentNoteError');
    note.setAttribute('aria-invalid', 'true');
    note.focus();
  };
  const send = async () => {
    error.replaceChildren();
    note.removeAttribute('aria-invalid');
    const text = note.value.trim();
    if (text === '' || text.length > noteLength) return refuse();
    try {
      await resolvePaymentFlag(item.orderId, text);
    } catch (failure) {
      if (!(failure instanceof ApiProblemError) || failure.problem.status !== 404) throw failure;
      return outcomes.gone(item.orderId);
    }
    outcomes.resolved(item.orderId);
  };
  const submit = h('button', { type: 'submit', class: 'primary' }, t('staff.paymentResolveSubmit'));
  const form = sendingForm(
    h('div', { class: 'form-error', role: 'alert' }),
    submit,
    send,
    (problem) => {
      if (problem.status === 400 && problem.errors?.note) {
        refuse();
        return [];
      }
      return [h('p', {}, problemText(problem))];
    },
    h('div', { class: 'field' }, h('label', { for: id }, t('staff.paymentNote')), h('p', { class: 'hint', id: `${id}-hint` }, hint), error, note),
  );
  form.id = `${id}-form`;
  form.hidden = true;
  const open = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': form.id, 'aria-describedby': orderCell }, t('staff.paymentResolve'));
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) note.focus();
  });
  return [open, form];
}

function flagRow(link: Link, item: FlaggedPaymentOrder, index: number, flagsOfOrder: number, outcomes: Outcomes): HTMLTableRowElement {
  const orderCell = `flagged-order-${index}`;
  return h(
    'tr',
    { 'data-order': item.orderId },
    h('td', {}, time(item.at)),
    h('td', { id: orderCell }, item.orderId),
    h('td', {}, flagTag(item.flag)),
    h('td', {}, item.detail),
    h('td', {}, link(`/staff/client?id=${encodeURIComponent(item.clientId)}`, t('staff.paymentClientLink'))),
    h('td', {}, resolveAction(item, index, flagsOfOrder, orderCell, outcomes)),
  );
}

const nothingToCheck = (): HTMLElement => h('p', { id: 'no-flagged-payments' }, t('staff.noPayments'));

/** The list as the server has it now: a table of the flags, or that there is nothing to check. */
async function flaggedList(link: Link, outcomes: Outcomes): Promise<HTMLElement> {
  const { items } = await getFlaggedPaymentOrders();
  if (items.length === 0) return nothingToCheck();
  const perOrder = new Map<string, number>();
  for (const item of items) perOrder.set(item.orderId, (perOrder.get(item.orderId) ?? 0) + 1);
  return dataTable(
    {
      id: 'flagged-payments',
      caption: t('staff.paymentsCaption'),
      columns: ['staff.paymentFlaggedAt', 'payment.id', 'staff.paymentWhy', 'staff.paymentDetail', 'staff.clientTitle', 'staff.actions'],
    },
    items.map((item, index) => flagRow(link, item, index, perOrder.get(item.orderId)!, outcomes)),
  );
}

export const staffPaymentsPage: Page = {
  title: () => t('staff.paymentsTitle'),
  render: async (link) => {
    const who = staffOr('staff.paymentsTitle', link);
    if ('page' in who) return who.page;
    const status = h('div', { role: 'status', id: 'flagged-status', tabindex: '-1' });
    const list = h('div', {});
    const say = (key: 'staff.paymentResolved' | 'staff.paymentAlreadyResolved', orderId: string) => {
      status.replaceChildren(h('p', { class: 'notice' }, t(key).replace('{order}', orderId)));
      status.focus();
    };
    const outcomes: Outcomes = {
      resolved: (orderId) => {
        for (const row of list.querySelectorAll<HTMLTableRowElement>('tbody tr')) if (row.dataset.order === orderId) row.remove();
        if (!list.querySelector('tbody tr')) list.replaceChildren(nothingToCheck());
        say('staff.paymentResolved', orderId);
      },
      gone: async (orderId) => {
        list.replaceChildren(await flaggedList(link, outcomes));
        say('staff.paymentAlreadyResolved', orderId);
      },
    };
    list.append(await flaggedList(link, outcomes));
    return [heading('staff.paymentsTitle'), h('p', {}, t('staff.paymentsLead')), status, list];
  },
};
