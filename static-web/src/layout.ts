// The parts of the page around the content: the menu button and the language and client switches in
// the header, the help contacts (§36) in the footer and in the "temporarily unavailable" banner.

import { language, languages, t, type Language } from './i18n';
import { h } from './ui/dom';

const phone = '67332179';
const email = 'info@vases.lv';

/** One button per language, each named in itself, so a reader of either finds their own. */
export function languageSwitch(choose: (code: Language) => void): HTMLElement {
  return h(
    'div',
    { class: 'language-switch', role: 'group', 'aria-label': t('lang.switch') },
    languages.map((code) =>
      h(
        'button',
        {
          type: 'button',
          lang: code,
          'aria-pressed': code === language() ? 'true' : 'false',
          'data-language': code,
          onclick: (() => choose(code)) as EventListener,
        },
        t(`lang.${code}`),
      ),
    ),
  );
}

/**
 * The button that shows and hides the header's menu (`menu`, which needs an id) on a screen too narrow
 * for its links in one line; styles.css hides the button, and shows the menu, where they fit. Escape
 * closes the open menu and gives the focus back to the button.
 */
export function menuButton(menu: HTMLElement, open: boolean, toggled: (open: boolean) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'menu-button', 'aria-controls': menu.id, 'aria-expanded': String(open) }, t('nav.menu'));
  const show = (next: boolean) => {
    button.setAttribute('aria-expanded', String(next));
    toggled(next);
  };
  button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    show(false);
    button.focus();
  });
  return button;
}

/** The client the user acts for now (§2.5: one person may act for several). */
export function clientSwitch(clients: { id: string; name: string }[], current: string, choose: (id: string) => void): HTMLElement {
  if (clients.length === 1) return h('span', { class: 'current-client' }, clients[0]!.name);
  const select = h(
    'select',
    {
      id: 'client-switch',
      onchange: ((event: Event) => choose((event.target as HTMLSelectElement).value)) as EventListener,
    },
    clients.map((client) => h('option', { value: client.id, selected: client.id === current }, client.name)),
  );
  return h('span', { class: 'client-switch' }, h('label', { for: 'client-switch' }, t('nav.clientSwitch')), ' ', select);
}

/** The note about the portal (§16.3), naming the page the user is on when they follow it. */
function feedbackLink(): HTMLAnchorElement {
  const anchor = h('a', { href: '/feedback', id: 'feedback-link' }, t('footer.feedback'));
  const aim = () => {
    if (location.pathname !== '/feedback') anchor.href = `/feedback?page=${encodeURIComponent(location.pathname + location.search)}`;
  };
  anchor.addEventListener('pointerdown', aim);
  anchor.addEventListener('focus', aim);
  return anchor;
}

/** ES's phone and email as links (clause 36): the footer, the outage banner and the accessibility statement show them. */
export function contacts(): HTMLElement[] {
  return [
    h('p', {}, `${t('footer.phone')}: `, h('a', { href: `tel:+371${phone}` }, phone)),
    h('p', {}, `${t('footer.email')}: `, h('a', { href: `mailto:${email}` }, email)),
  ];
}

export function siteFooter(): HTMLElement {
  return h(
    'footer',
    { class: 'site-footer' },
    h(
      'div',
      { class: 'inner' },
      h('h2', {}, t('footer.help')),
      h('p', {}, `${t('app.company')}, ${t('footer.department')}`),
      ...contacts(),
      h('p', {}, t('footer.address')),
      h('p', {}, t('footer.cookies')),
      h('p', {}, h('a', { href: '/privacy' }, t('footer.privacy'))),
      h('p', {}, h('a', { href: '/accessibility' }, t('footer.accessibility'))),
      h('p', {}, feedbackLink()),
    ),
  );
}

/** What the banner says while the API does not answer: other ways to reach ES, and that the page keeps trying. */
export function unavailableNotice(): HTMLElement {
  return h('div', { class: 'inner' }, h('strong', {}, t('unavailable.title')), h('p', {}, t('unavailable.body')), ...contacts(), h('p', {}, t('unavailable.retrying')));
}
