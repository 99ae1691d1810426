import { useCallback, useEffect, useRef, useState } from 'react';
import { errorStatus, type Status } from './Message';

/** Loads data when `deps` change; `reload` runs it again. Errors become a Status for <Message>. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    load()
      .then((value) => {
        if (mine !== generation.current) return;
        setData(value);
        setStatus(null);
      })
      .catch((error: unknown) => {
        if (mine === generation.current) setStatus(errorStatus(error));
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
  }, deps);
  useEffect(run, [run]);
  return { data, status, loading, reload: run };
}

/** Runs an action, reporting success or the server's error where the action was taken. */
export function useAction() {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const act = useCallback(async (action: () => Promise<string | void>) => {
    setBusy(true);
    setStatus(null);
    try {
      const done = await action();
      setStatus(done ? { kind: 'success', text: done } : null);
      return true;
    } catch (error) {
      setStatus(errorStatus(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { status, setStatus, busy, act };
}
