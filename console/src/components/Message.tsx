import type { ReactNode } from 'react';

export type Status = { kind: 'error' | 'success' | 'info'; text: string } | null;

/** A message shown where the action happened: red for errors, green for success. */
export function Message({ status }: { status: Status }): ReactNode {
  if (!status) return null;
  return (
    <p className={`message message-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}

export function errorStatus(error: unknown): Status {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  return { kind: 'error', text: code ? `${text} (${code})` : text };
}
