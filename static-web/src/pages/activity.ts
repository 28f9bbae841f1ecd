import { getJson } from '../api';
import { h } from '../dom';
import { language, messages, t, type MessageKey } from '../i18n';
import type { Page } from '../router';
import { signedInUser } from '../session';

interface ActivityItem {
  at: string;
  action: string;
  result: string;
  actor: string;
  ipAddress: string;
  userAgent: string;
}

/** The words for an action or result the table knows; anything newer is shown as the API names it. */
const label = (prefix: string, value: string): string => {
  const key = `${prefix}.${value}`;
  return key in messages.lv ? t(key as MessageKey) : value;
};

export const activityPage: Page = {
  title: () => t('activity.title'),
  render: async (link) => {
    if (!signedInUser()) {
      return [h('h1', { tabindex: '-1' }, t('activity.title')), h('p', {}, t('account.signInFirst'), ' ', link('/sign-in', t('nav.signIn')))];
    }
    const page = await getJson<{ items: ActivityItem[] }>('/api/me/activity');
    const when = new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Riga' });
    return [
      h('h1', { tabindex: '-1' }, t('activity.title')),
      h('p', {}, t('activity.lead')),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h('tr', {}, ...['activity.when', 'activity.what', 'activity.result', 'activity.from'].map((key) => h('th', { scope: 'col' }, t(key as MessageKey)))),
        ),
        h(
          'tbody',
          {},
          page.items.map((item) =>
            h(
              'tr',
              {},
              h('td', {}, when.format(new Date(item.at))),
              h('td', {}, label('action', item.action)),
              h('td', {}, label('result', item.result)),
              h('td', {}, `${item.ipAddress} – ${item.userAgent}`),
            ),
          ),
        ),
      ),
    ];
  },
};
