// The token of a one-time link (activation, password reset, email change, invitation) is read once
// and taken out of the address bar at once, so it stays out of the history, bookmarks, screenshots and
// the Referer of anything the page loads. The page keeps it in memory for as long as it is open.

const taken = new Map<string, string>();

/** The `token` of this page's address, taken out of the address bar; the same token on a later render of the page. */
export function takeLinkToken(): string {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token !== null) {
    taken.set(location.pathname, token);
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  return taken.get(location.pathname) ?? '';
}
