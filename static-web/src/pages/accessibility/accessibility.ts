// The accessibility statement, as Latvian public bodies publish one for each site: the standard the
// portal follows, how it was checked, what is known not to meet it, and how to report a barrier.

import { t, type MessageKey } from '../../i18n';
import { contacts } from '../../layout';
import type { Page } from '../../router';
import { h } from '../../ui/dom';

const sections: readonly { title: MessageKey; paragraphs: readonly MessageKey[] }[] = [
  { title: 'accessibility.standard.title', paragraphs: ['accessibility.standard.body', 'accessibility.standard.status'] },
  { title: 'accessibility.checked.title', paragraphs: ['accessibility.checked.body', 'accessibility.checked.date'] },
  { title: 'accessibility.gaps.title', paragraphs: ['accessibility.gaps.pdf', 'accessibility.gaps.tables', 'accessibility.gaps.dates'] },
  { title: 'accessibility.report.title', paragraphs: ['accessibility.report.body', 'accessibility.report.contacts', 'accessibility.report.appeal'] },
];

export const accessibilityPage: Page = {
  title: () => t('accessibility.title'),
  render: async () => [
    h('h1', { tabindex: '-1' }, t('accessibility.title')),
    h('p', {}, t('accessibility.intro')),
    ...sections.flatMap((section) => [
      h('h2', {}, t(section.title)),
      ...section.paragraphs.flatMap((key) => (key === 'accessibility.report.contacts' ? [h('p', {}, t(key)), ...contacts()] : [h('p', {}, t(key))])),
    ]),
  ],
};
