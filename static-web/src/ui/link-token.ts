// The token of a one-time link (activation, password reset, email change, invitation) is read once
// and taken out of the address bar at once, so it stays out of the history, bookmarks, screenshots and
// the Referer of anything the page loads. The tab keeps it (session storage, by page) so a reload
// still works, until the link has done its work and the page forgets it.

const memory = new Map<string, string>();
const keyOf = (path: string): string => `link-token:${path}`;

function store(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    return window.sessionStorage;
  } catch {
    // Storage refused (a locked-down browser): the page keeps the token in memory instead.
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value), removeItem: (key) => void memory.delete(key) };
  }
}

/** The `token` of this page's address, taken out of the address bar; the same token on a later render or a reload of the page in this tab. */
export function takeLinkToken(): string {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token !== null) {
    store().setItem(keyOf(location.pathname), token);
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  return store().getItem(keyOf(location.pathname)) ?? '';
}

/** Forgets this page's token once its link has been used, so nothing keeps it longer than needed. */
export function forgetLinkToken(): void {
  store().removeItem(keyOf(location.pathname));
}
