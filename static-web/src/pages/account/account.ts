// The user's profile: who they are, the clients they act for, and their own details to change.

import { getReminders, renewCalendar, saveReminders, updateProfile, type ReminderChoices } from '../../api/account';
import { myDataPath } from '../../api/privacy';
import { language, t, textFor } from '../../i18n';
import type { Page } from '../../router';
import { loadSession, signedInUser, type Me } from '../../session';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { titleOnly } from '../../ui/problem';
import { scopeList } from '../../ui/scopes';
import { signInFirst } from '../signed-in';

/** The user's own details (§15.7): phone, address and language save at once; a new email waits for its confirmation link. */
function profileForm(me: Me): HTMLElement {
  const error = h('div', { class: 'form-error', role: 'alert' });
  const done = h('div', { role: 'status' });
  const phone = h('input', { type: 'tel', autocomplete: 'tel', value: me.phone });
  const address = h('input', { type: 'text', autocomplete: 'street-address', value: me.address });
  const lang = h(
    'select',
    {},
    (['lv', 'en'] as const).map((code) => h('option', { value: code, selected: code === me.language }, t(`lang.${code}`))),
  );
  const email = h('input', { type: 'email', autocomplete: 'email', value: me.email });
  const password = h('input', { type: 'password', autocomplete: 'current-password' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('profile.save'));
  const form = sendingForm(
    error,
    submit,
    async () => {
      done.replaceChildren();
      const result = await updateProfile({
        phone: phone.value,
        address: address.value,
        language: lang.value,
        ...(email.value.trim().toLowerCase() !== me.email ? { email: email.value, currentPassword: password.value } : {}),
      });
      await loadSession();
      done.append(h('p', { class: 'notice' }, t(result.emailConfirmationSent ? 'profile.emailSent' : 'profile.saved')));
    },
    // Each field the API refuses, said in the user's language (the API words its errors in English for scripts);
    // a 429 is the step-up paused after too many wrong passwords.
    (problem) =>
      problem.status === 429
        ? [h('p', {}, t('password.checksPaused'))]
        : Object.keys(problem.errors ?? {}).map((name) => h('p', {}, textFor('profile.error', name) ?? t('profile.error.other'))),
    done,
    field('phone', t('profile.phone'), phone),
    field('address', t('profile.address'), address),
    field('language', t('profile.language'), lang),
    field('email', t('profile.email'), email, 'email-hint'),
    h('p', { id: 'email-hint', class: 'hint' }, t('profile.emailHint')),
    field('currentPassword', t('password.current'), password),
  );
  return h('section', { 'aria-labelledby': 'profile-title' }, h('h2', { id: 'profile-title' }, t('profile.title')), form);
}

/** The calendar feed's address: made or renewed on request (a new one ends the old), shown to copy into a calendar application. */
function calendarSection(): HTMLElement {
  const address = h('input', { type: 'text', readonly: true, id: 'calendarUrl', class: 'wide' });
  const shown = h('div', { hidden: true }, field('calendarUrl', t('calendar.address'), address));
  const button = h('button', { type: 'submit', class: 'secondary' }, t('calendar.make'));
  const form = sendingForm(h('div', { class: 'form-error', role: 'alert' }), button, async () => {
    address.value = (await renewCalendar()).url;
    shown.hidden = false;
    button.textContent = t('calendar.renew');
    address.select();
  }, titleOnly, shown);
  return h(
    'section',
    { 'aria-labelledby': 'calendar-title' },
    h('h2', { id: 'calendar-title' }, t('calendar.title')),
    h('p', {}, t('calendar.explain')),
    h('p', { class: 'hint' }, t('calendar.secret')),
    form,
  );
}

/** The reminder digests the user gets by email: four choices saved at once (all on until switched off). */
function remindersSection(choices: ReminderChoices): HTMLElement {
  const done = h('div', { role: 'status' });
  const kinds = ['invoicesDueSoon', 'invoicesOverdue', 'permitsExpiring', 'draftsLapsing'] as const;
  const boxes = kinds.map((kind) => {
    const box = h('input', { type: 'checkbox', id: `reminders-${kind}`, name: kind });
    box.checked = choices[kind];
    return box;
  });
  const [dueSoon, overdue, expiring, drafts] = boxes;
  const form = sendingForm(
    h('div', { class: 'form-error', role: 'alert' }),
    h('button', { type: 'submit', class: 'secondary' }, t('reminders.save')),
    async () => {
      done.replaceChildren();
      await saveReminders({ invoicesDueSoon: dueSoon.checked, invoicesOverdue: overdue.checked, permitsExpiring: expiring.checked, draftsLapsing: drafts.checked });
      done.append(h('p', { class: 'notice' }, t('reminders.saved')));
    },
    titleOnly,
    done,
    h(
      'fieldset',
      {},
      h('legend', {}, t('reminders.legend')),
      kinds.map((kind, i) => h('div', { class: 'check' }, boxes[i], h('label', { for: boxes[i].id }, t(`reminders.${kind}`)))),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'reminders-title' },
    h('h2', { id: 'reminders-title' }, t('reminders.title')),
    h('p', {}, t('reminders.explain')),
    form,
  );
}

export const accountPage: Page = {
  title: () => t('account.title'),
  render: async (link) => {
    const me = signedInUser();
    if (!me) return signInFirst('account.title', link);
    const reminders = await getReminders();
    const expires = new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Riga',
    }).format(new Date(me.session.expiresAt));
    return [
      h('h1', { tabindex: '-1' }, t('account.title')),
      me.mustChangePassword ? h('p', { class: 'notice' }, t('account.passwordDue'), ' ', link('/change-password', t('password.change'))) : null,
      me.mustAcceptTerms ? h('p', { class: 'notice' }, t('account.termsDue'), ' ', link('/terms', t('nav.terms'))) : null,
      h(
        'dl',
        { class: 'terms-meta' },
        h('dt', {}, t('account.name')),
        h('dd', {}, `${me.firstName} ${me.lastName}`),
        h('dt', {}, t('account.email')),
        h('dd', {}, me.email),
        h('dt', {}, t('account.sessionEnds')),
        h('dd', {}, expires),
      ),
      h('p', {}, link('/change-password', t('password.change')), ' · ', link('/sessions', t('sessions.title')), ' · ', link('/activity', t('activity.title'))),
      h('p', {}, h('a', { href: myDataPath, download: '', class: 'button' }, t('account.downloadData'))),
      h('h2', {}, t('account.clients')),
      me.clients.length === 0
        ? h('p', {}, t('account.noClients'))
        : h('ul', {}, me.clients.map((client) => h('li', {}, `${client.name} (${scopeList(client.scopes)})`))),
      profileForm(me),
      remindersSection(reminders),
      calendarSection(),
    ];
  },
};
