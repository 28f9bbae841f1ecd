import { afterEach, describe, expect, it, vi } from 'vitest';
import { bankForm, postToBank } from './bank-form';

const form = {
  action: 'https://bank.example/banklink?x=1',
  fields: [
    { name: 'VK_SERVICE', value: '1012' },
    { name: 'VK_MSG', value: 'Rēķini: RE-1, "RE-2" <&>' },
    { name: 'VK_AMOUNT', value: '12.30' },
    { name: 'VK_MAC', value: 'a+b/c==' },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('the bank’s form', () => {
  it('posts the bank’s fields to the bank, hidden, in the bank’s order and as signed', () => {
    const element = bankForm(form);
    const sent = new FormData(element);

    expect([element.method, element.getAttribute('action'), element.hidden]).toEqual(['post', form.action, true]);
    expect([...sent.entries()]).toEqual(form.fields.map((field) => [field.name, field.value]));
    expect([...element.querySelectorAll('input')].every((input) => input.type === 'hidden')).toBe(true);
  });

  it('is submitted by the form’s own method, even when a field is named "submit"', () => {
    const submitted: HTMLFormElement[] = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      submitted.push(this);
    });

    postToBank({ action: form.action, fields: [{ name: 'submit', value: 'x' }, ...form.fields] });

    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.isConnected).toBe(true);
    expect(new FormData(submitted[0]!).get('submit')).toBe('x');
  });
});
