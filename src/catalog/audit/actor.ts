import type { Prisma } from '../../generated/prisma/client.js';

/** Who makes a change: the API key (null for a CLI or the system) and where it came from. */
export interface Actor {
  keyId: string | null;
  /** e.g. api, ddex, cli:import-ddex. */
  source: string;
}

export const SYSTEM_ACTOR: Actor = { keyId: null, source: 'system' };

/**
 * Names the actor for the audit triggers (migration 20261202040000) for the rest of the
 * transaction: `set_config(..., true)` is SET LOCAL, so a pooled connection never carries one
 * caller's key into another's statements. Call it first inside every writing transaction.
 */
export async function asActor(tx: Prisma.TransactionClient, actor: Actor | null | undefined): Promise<void> {
  const a = actor ?? SYSTEM_ACTOR;
  await tx.$executeRaw`SELECT set_config('vmr.api_key_id', ${a.keyId ?? ''}, true), set_config('vmr.audit_source', ${a.source}, true)`;
}
