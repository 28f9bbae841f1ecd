// The user's profile: who they are, the clients they act for, and their own details to change.

import { getReminders, renewCalendar, saveReminders, updateProfile, type ReminderChoices } from '../../api/account';
import { getLogins, linkLogin, unlinkLogin, type Logins } from '../../api/external';
import { myDataPath } from '../../api/privacy';
import { language, t, textFor } from '../../i18n';
import type { Page } from '../../router';
import { loadSession, signedInUser, type Me } from '../../session';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { problemText, titleOnly } from '../../ui/problem';
import { reauthenticate } from '../../ui/reauthenticate';
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
        ...(email.value.trim().toLowerCase() !== me.email ? { email: email.value, ...(me.hasPassword ? { currentPassword: password.value } : {}) } : {}),
      });
      await loadSession();
      done.append(h('p', { class: 'notice' }, t(result.emailConfirmationSent ? 'profile.emailSent' : 'profile.saved')));
    },
    // Each field the API refuses, said in the user's language (the API words its errors in English for scripts);
    // a 429 is the step-up paused after too many wrong passwords.
    (problem) =>
      problem.type?.endsWith('/reauthentication-required')
        ? [reauthenticate('/account')]
        : problem.status === 429
          ? [h('p', {}, t('password.checksPaused'))]
          : Object.keys(problem.errors ?? {}).map((name) => h('p', {}, textFor('profile.error', name) ?? t('profile.error.other'))),
    done,
    field('phone', t('profile.phone'), phone),
    field('address', t('profile.address'), address),
    field('language', t('profile.language'), lang),
    field('email', t('profile.email'), email, 'email-hint'),
    h('p', { id: 'email-hint', class: 'hint' }, t('profile.emailHint')),
    me.hasPassword ? field('currentPassword', t('password.current'), password) : null,
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

/**
 * The ways in (§2.8): the password and the unified login. Linking asks for the password first and then goes to the provider; removing
 * asks for the password too. An account without a password keeps its only way in, and sets a password through the reset procedure.
 */
function loginsSection(me: Me, logins: Logins): HTMLElement {
  const params = new URLSearchParams(location.search);
  const outcome = params.get('linked');
  const status = h('div', { role: 'status' }, outcome === 'yes' ? h('p', { class: 'notice' }, t('logins.linked')) : null);
  const alert = h('div', { role: 'alert' }, outcome === 'refused' ? h('p', { class: 'form-error' }, t('logins.linkRefused')) : null);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(new Date(iso));
  const stepUp = (id: string, buttonKey: 'logins.link' | 'logins.unlink', act: (password: string) => Promise<void>): HTMLElement => {
    const error = h('div', { class: 'form-error', role: 'alert' });
    const password = h('input', { type: 'password', autocomplete: 'current-password' });
    const submit = h('button', { type: 'submit' }, t(buttonKey));
    return sendingForm(
      error,
      submit,
      () => act(password.value),
      (problem) =>
        problem.status === 429
          ? [h('p', {}, t('password.checksPaused'))]
          : problem.errors
            ? [h('p', {}, t('logins.wrongPassword'))]
            : [h('p', {}, problemText(problem, titleOnly))],
      field(id, t('password.current'), password),
    );
  };
  const rows = logins.logins.map((login) =>
    h(
      'li',
      {},
      h('p', {}, h('strong', {}, login.providerName), ' – ', t('logins.lastUsed').replace('{time}', when(login.lastUsedAt))),
      logins.hasPassword
        ? stepUp(`unlink-${login.provider}`, 'logins.unlink', async (password) => {
            await unlinkLogin(login.provider, password);
            location.assign('/account');
          })
        : h('p', { class: 'hint' }, t('logins.onlyWay'), ' ', h('a', { href: '/forgot-password' }, t('logins.setPassword'))),
    ),
  );
  const offers = logins.hasPassword
    ? logins.available.map((provider) =>
        h(
          'div',
          {},
          h('p', {}, t('logins.offer').replace('{provider}', provider === 'vpm' ? 'Latvija.lv' : provider)),
          stepUp(`link-${provider}`, 'logins.link', async (password) => {
            const next = await linkLogin(provider, password);
            location.assign(next.location);
          }),
        ),
      )
    : [];
  return h(
    'section',
    { 'aria-labelledby': 'logins-title' },
    h('h2', { id: 'logins-title' }, t('logins.title')),
    status,
    alert,
    h('p', {}, logins.hasPassword ? t('logins.password') : t('logins.noPassword').replace('{email}', me.email)),
    rows.length > 0 ? h('ul', { class: 'plain' }, rows) : null,
    ...offers,
  );
}

export const accountPage: Page = {
  title: () => t('account.title'),
  render: async (link) => {
    const me = signedInUser();
    if (!me) return signInFirst('account.title', link);
    const [reminders, logins] = await Promise.all([getReminders(), getLogins()]);
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
      h(
        'p',
        {},
        logins.hasPassword ? link('/change-password', t('password.change')) : link('/forgot-password', t('logins.setPassword')),
        ' · ',
        link('/sessions', t('sessions.title')),
        ' · ',
        link('/activity', t('activity.title')),
      ),
      h('p', {}, h('a', { href: myDataPath, download: '', class: 'button' }, t('account.downloadData'))),
      h('h2', {}, t('account.clients')),
      me.clients.length === 0
        ? h('p', {}, t('account.noClients'))
        : h('ul', {}, me.clients.map((client) => h('li', {}, `${client.name} (${scopeList(client.scopes)})`))),
      loginsSection(me, logins),
      profileForm(me),
      remindersSection(reminders),
      calendarSection(),
    ];
  },
};
