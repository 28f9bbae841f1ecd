import { beforeEach, describe, expect, it } from 'vitest';
import { forgetLinkToken, takeLinkToken } from './link-token';

describe('takeLinkToken', () => {
  beforeEach(() => sessionStorage.clear());

  it('takes the token out of the address bar and gives it again on a later render', () => {
    history.replaceState(null, '', '/activate?token=abc123&lang=lv#top');

    expect(takeLinkToken()).toBe('abc123');
    expect(location.pathname + location.search + location.hash).toBe('/activate?lang=lv#top');
    expect(takeLinkToken()).toBe('abc123');
  });

  it('keeps it across a reload of the page in this tab, for that page only', () => {
    history.replaceState(null, '', '/reset-password?token=r1');
    takeLinkToken();

    // A reload starts the page's script afresh: only the tab's storage is left.
    history.replaceState(null, '', '/reset-password');
    expect(takeLinkToken()).toBe('r1');
    history.replaceState(null, '', '/activate');
    expect(takeLinkToken()).toBe('');
  });

  it('forgets the token once the link has been used', () => {
    history.replaceState(null, '', '/confirm-email?token=c1');
    takeLinkToken();

    forgetLinkToken();

    expect(takeLinkToken()).toBe('');
  });

  it('gives nothing on a page whose address never had one', () => {
    history.replaceState(null, '', '/password-reset');

    expect(takeLinkToken()).toBe('');
  });
});
