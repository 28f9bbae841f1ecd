// The terms of use in force, with their text, and every version published.

import { getCurrentTerms, getTermsHistory, type TermsVersion } from '../../api/terms';
import { formatDate, language, t } from '../../i18n';
import type { Page } from '../../router';
import { parseTerms, type TermsBlock } from '../../terms-format';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';

export const termsPage: Page = {
  title: () => t('terms.title'),
  render: async () => {
    const [current, history] = await Promise.all([getCurrentTerms(), getTermsHistory()]);
    return [
      h('h1', { tabindex: '-1' }, t('terms.title')),
      language() === 'lv' ? null : h('p', { class: 'language-note' }, t('terms.languageNote')),
      h(
        'dl',
        { class: 'terms-meta' },
        h('dt', {}, t('terms.inForce')),
        h('dd', {}, `${current.version}`),
        h('dt', {}, t('terms.approved')),
        h('dd', {}, formatDate(current.approvedOn)),
        h('dt', {}, t('terms.checksum')),
        h('dd', {}, h('code', {}, current.sha256 ?? '')),
      ),
      termsArticle(current),
      historyTable(history.items),
    ];
  },
};

/** The text of a terms version, with its headings and numbered clauses. */
export function termsArticle(version: TermsVersion): HTMLElement {
  return h('article', { class: 'terms-document', lang: version.language }, renderBlocks(parseTerms(version.text ?? '')));
}

function renderBlocks(blocks: TermsBlock[]): HTMLElement[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'preamble':
        return h('div', { class: 'terms-preamble' }, block.lines.map((line) => h('p', {}, line)));
      case 'section':
        return h('h2', {}, `${block.numeral}. ${block.title}`);
      case 'clause':
        return h(
          'div',
          { class: `clause depth-${Math.min(block.depth, 2)}`, id: `p${block.number}` },
          h('span', { class: 'number' }, `${block.number}.`),
          h(
            'div',
            {},
            block.text ? h('p', {}, block.text) : null,
            block.lines.length > 0 ? h('p', { class: 'kept-lines' }, block.lines.join('\n')) : null,
          ),
        );
    }
  });
}

function historyTable(items: TermsVersion[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'terms-history' },
    h('h2', { id: 'terms-history' }, t('terms.history')),
    dataTable(
      { columns: ['terms.version', 'terms.document', 'terms.approved', 'terms.note', 'terms.text'] },
      items.map((item) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${item.version}`),
          h('td', { lang: 'lv' }, item.documentName),
          h('td', {}, formatDate(item.approvedOn)),
          h('td', { lang: 'lv' }, item.validityNote),
          h('td', {}, item.textAvailable ? t('terms.textKept') : t('terms.textNotKept')),
        ),
      ),
    ),
  );
}
