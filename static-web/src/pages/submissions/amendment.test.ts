import { beforeEach, describe, expect, it } from 'vitest';
import type { FormField } from '../../api/submissions';
import { setLanguage } from '../../i18n';
import { h } from '../../ui/dom';
import { besidePermit, wasText, type Shown } from './amendment';

const field: FormField = { path: 'frequencyMHz', input: 'number', label: { lv: 'Frekvence (MHz)', en: 'Frequency (MHz)' } };
const shown: Shown = (_field, value) => String(value);
const before = { stations: [{ frequencies: [{ frequencyMHz: 446.1125 }] }] };
const path = ['stations', 0, 'frequencies', 0, 'frequencyMHz'];

describe('an amendment beside its permit', () => {
  beforeEach(() => setLanguage('en', { setItem: () => undefined }, document.createElement('html')));

  it('shows the permit value, names it and the change mark on the input, and marks a change in words as the user types', async () => {
    let value: unknown = 446.1125;
    const input = h('input', { id: 'f', 'aria-describedby': 'f-error' });
    const { was, mark } = besidePermit(before, path, field, input, 'f', () => value, shown);
    const wrapper = h('div', { class: 'field compare' }, was, input, mark);
    await Promise.resolve();

    expect(was.textContent).toBe('In the permit now: 446.1125');
    expect(input.getAttribute('aria-describedby')).toBe('f-error f-was f-change');
    expect(mark.textContent).toBe('');
    expect(wrapper.dataset['changed']).toBe('false');

    value = 447;
    input.dispatchEvent(new Event('input'));
    expect(mark.textContent).toBe('Changed');
    expect(wrapper.dataset['changed']).toBe('true');

    value = 446.1125;
    input.dispatchEvent(new Event('input'));
    expect(mark.textContent).toBe('');
  });

  it('says a value of a station or frequency the permit does not have is not in it', () => {
    const { was } = besidePermit(before, ['stations', 1, 'name'], field, h('input', {}), 'g', () => 'Jauna', shown);

    expect(was.textContent).toBe('In the permit now: not in the permit');
  });

  it('gives the review the permit value only where it changed', () => {
    expect(wasText(before, path, field, 446.1125, shown)).toBe('');
    expect(wasText(before, path, field, 447, shown)).toBe(' (in the permit now: 446.1125)');
    expect(wasText(null, path, field, 447, shown)).toBe('');
  });
});
