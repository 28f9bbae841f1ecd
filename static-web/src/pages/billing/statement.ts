// The current client's settlement statement by month, between two months the user chooses; shown
// to a user with the "statement" capability.

import { getStatement, type Statement } from '../../api/billing';
import { formatMoney } from '../../formats';
import { language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { dataTable } from '../../ui/table';
import { clientWith } from '../clients/current-client';

/** A month (yyyy-MM) as its name and year in the page's language. */
export function formatMonth(month: string, lang: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** yyyy-MM of the month `back` months before the given day's. */
export function monthBefore(day: Date, back: number): string {
  const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - back, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

function statementNodes(statement: Statement): HTMLElement[] {
  const money = (amount: number) => formatMoney(amount, language());
  const owes = statement.closing > 0 ? 'statement.owes' : statement.closing < 0 ? 'statement.inCredit' : 'statement.settled';
  return [
    dataTable({ id: 'statement-table', caption: t('statement.caption'), columns: ['statement.month', 'statement.charged', 'statement.received', 'statement.closing'] }, [
      h('tr', {}, h('th', { scope: 'row' }, t('statement.opening')), h('td', {}), h('td', {}), h('td', { class: 'amount' }, money(statement.opening))),
      ...statement.months.map((month) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, formatMonth(month.month, language())),
          h('td', { class: 'amount' }, money(month.charged)),
          h('td', { class: 'amount' }, money(month.received)),
          h('td', { class: 'amount' }, money(month.closing)),
        ),
      ),
    ]),
    h('p', { id: 'statement-closing' }, t(owes), ' ', statement.closing === 0 ? '' : money(Math.abs(statement.closing))),
    h('p', {}, h('button', { type: 'button', onclick: () => window.print() }, t('statement.print'))),
  ];
}

export const statementPage: Page = {
  title: () => t('statement.title'),
  render: async (link) => {
    const who = await clientWith('statement', link, 'statement.title');
    if ('page' in who) return who.page;
    const from = h('input', { type: 'month', required: true, value: monthBefore(new Date(), 11) });
    const to = h('input', { type: 'month', required: true, value: monthBefore(new Date(), 0) });
    const result = h('div', { 'aria-live': 'polite' });
    const show = async () => {
      result.replaceChildren(...statementNodes(await getStatement(who.client.id, from.value, to.value)));
    };
    await show();
    const form = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit' }, t('statement.show')),
      show,
      {},
      field('statementFrom', t('statement.from'), from),
      field('statementTo', t('statement.to'), to),
    );
    return [h('h1', { tabindex: '-1' }, t('statement.title')), h('p', {}, who.client.name), h('p', {}, t('statement.intro')), form, result];
  },
};
