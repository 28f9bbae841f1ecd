import { describe, expect, it } from 'vitest';
import { h } from './dom';

describe('h', () => {
  it('puts text in as text, never as markup §19', () => {
    const element = h('p', { title: 'x' }, '<img src=x onerror=alert(1)>');

    expect(element.children).toHaveLength(0);
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
