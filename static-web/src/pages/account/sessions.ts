// The user's sessions: where they are signed in, ending one or every other.

import { endSession, getSessions } from '../../api/account';
import { language, t } from '../../i18n';
import { navigate } from '../../navigation';
import type { Page } from '../../router';
import { signedInUser } from '../../session';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { signInFirst } from '../signed-in';

async function end(id: string): Promise<void> {
  await endSession(id);
  navigate('/sessions');
}

export const sessionsPage: Page = {
  title: () => t('sessions.title'),
  render: async (link) => {
    if (!signedInUser()) return signInFirst('sessions.title', link);
    const { items } = await getSessions();
    const when = new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Riga' });
    const button = (text: string, id: string, label: string) =>
      h('button', { type: 'button', class: 'secondary', 'aria-label': label, onclick: (() => void end(id)) as EventListener }, text);
    return [
      h('h1', { tabindex: '-1' }, t('sessions.title')),
      h('p', {}, t('sessions.lead')),
      dataTable(
        { columns: ['sessions.device', 'sessions.ip', 'sessions.started', 'sessions.lastSeen', 'sessions.action'] },
        items.map((item) =>
          h(
            'tr',
            {},
            h('td', {}, item.device || '—'),
            h('td', {}, item.ipAddress),
            h('td', {}, when.format(new Date(item.startedAt))),
            h('td', {}, when.format(new Date(item.lastSeenAt))),
            h('td', {}, item.current ? t('sessions.current') : button(t('sessions.end'), item.id, `${t('sessions.end')}: ${item.device} ${item.ipAddress}`)),
          ),
        ),
      ),
      items.length > 1 ? h('p', {}, button(t('sessions.endOthers'), 'others', t('sessions.endOthers'))) : null,
    ];
  },
};
