// The signed-in API key lives in sessionStorage: it survives a reload of this tab, is shared with the
// explorer page opened from it, and is gone when the tab closes or the user signs out.
const KEY = 'vmr.apiKey';

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeKey(secret: string | null): void {
  if (secret) sessionStorage.setItem(KEY, secret);
  else sessionStorage.removeItem(KEY);
}

export function authHeaders(): Record<string, string> {
  const secret = storedKey();
  return secret ? { authorization: `Bearer ${secret}` } : {};
}
