// Tabs as the WAI-ARIA Authoring Practices describe them: a tab list of buttons, one panel shown at a
// time; the arrow keys move between tabs (Home and End to the first and last), and the chosen tab is the
// only one in the page's tab order. A panel is drawn the first time its tab is chosen, so what it reads
// (an audited read, for staff) is read only when someone looks.

import { h } from './dom';

export interface Tab {
  id: string;
  label: string;
  /** The panel's content, made the first time the tab is chosen. */
  render: () => Promise<(Node | null)[]>;
}

export function tabs(name: string, all: readonly Tab[]): HTMLElement {
  const buttons = all.map((tab) =>
    h('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}`, 'aria-selected': 'false', tabindex: '-1' }, tab.label),
  );
  const panels = all.map((tab) => h('div', { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, tabindex: '0', hidden: true }));
  const drawn = new Set<number>();

  const choose = async (index: number, focus: boolean): Promise<void> => {
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    if (focus) buttons[index]!.focus();
    if (drawn.has(index)) return;
    drawn.add(index);
    const panel = panels[index]!;
    panel.setAttribute('aria-busy', 'true');
    try {
      panel.replaceChildren(...(await all[index]!.render()).filter((node): node is Node => node !== null));
    } finally {
      panel.removeAttribute('aria-busy');
    }
  };

  buttons.forEach((button, i) => {
    button.addEventListener('click', () => void choose(i, false));
    button.addEventListener('keydown', (event: KeyboardEvent) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      void choose((next + buttons.length) % buttons.length, true);
    });
  });
  void choose(0, false);
  return h('div', { class: 'tabs' }, h('div', { role: 'tablist', 'aria-label': name, class: 'tab-list' }, ...buttons), ...panels);
}
