import { h } from '../ui/dom';
import { t } from '../i18n';
import type { Page } from '../router';

export const notFoundPage: Page = {
  title: () => t('notFound.title'),
  render: async (link) => [
    h('h1', { tabindex: '-1' }, t('notFound.title')),
    h('p', {}, t('notFound.body')),
    h('p', {}, link('/', t('notFound.home'))),
  ],
};
