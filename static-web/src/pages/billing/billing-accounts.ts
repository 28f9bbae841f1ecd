// The current client's billing accounts; shown to a user with the "billing-accounts" capability.

import { getBillingAccounts, type BillingAccount } from '../../api/billing';
import { missing } from '../../formats';
import { label, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { pagedTable } from '../../ui/paged-table';
import { statusTag } from '../../ui/tag';
import { clientWith } from '../clients/current-client';

export const billingAccountsPage: Page = {
  title: () => t('billingAccounts.title'),
  render: async (link) => {
    const who = await clientWith('billing-accounts', link, 'billingAccounts.title');
    if ('page' in who) return who.page;
    const list = pagedTable<BillingAccount>({
      id: 'billing-accounts-table',
      caption: t('billingAccounts.caption'),
      columns: ['billingAccounts.number', 'billingAccounts.name', 'client.billing', 'billingAccounts.invoiceEmail', 'invoices.status'],
      none: 'billingAccounts.none',
      row: (account) =>
        h(
          'tr',
          {},
          h('td', {}, account.number),
          h('td', {}, account.name ?? missing),
          h('td', {}, label('billing', account.billingArrangement)),
          h('td', {}, account.invoiceEmail ?? missing),
          h('td', {}, statusTag(label('billingAccounts.status', account.status), account.status === 'open' ? 'good' : 'ended')),
        ),
      fetch: (continuationToken) => getBillingAccounts(who.client.id, continuationToken),
    });
    await list.load();
    return [h('h1', { tabindex: '-1' }, t('billingAccounts.title')), h('p', {}, who.client.name), ...list.nodes];
  },
};
