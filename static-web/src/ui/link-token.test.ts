import { describe, expect, it } from 'vitest';
import { takeLinkToken } from './link-token';

describe('takeLinkToken', () => {
  it('takes the token out of the address bar and gives it again on a later render', () => {
    history.replaceState(null, '', '/activate?token=abc123&lang=lv#top');

    expect(takeLinkToken()).toBe('abc123');
    expect(location.pathname + location.search + location.hash).toBe('/activate?lang=lv#top');
    expect(takeLinkToken()).toBe('abc123');
  });

  it('gives nothing on a page whose address never had one', () => {
    history.replaceState(null, '', '/password-reset');

    expect(takeLinkToken()).toBe('');
  });
});
