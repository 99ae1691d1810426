import type { PGlite } from '@electric-sql/pglite';

/**
 * Schedules the wire-protocol traffic of several client connections onto PGlite's one backend
 * session. PGlite is a single Postgres backend: every "connection" shares its unnamed
 * statement, its portal and its transaction. So a connection gets the session for one whole
 * exchange (everything up to a Sync or a simple Query, see pglite-wire.ts), never for a lone
 * message, and a connection that leaves the session inside a transaction keeps it, to the
 * exclusion of every other connection, until its transaction ends or it disconnects (then
 * ROLLBACK). That is what lets a failed statement be just an error: Postgres itself ends the
 * failed exchange at the Sync, and no other connection ever sees a half-done one.
 *
 * @electric-sql/pglite-socket (the TCP server this replaces) queues single messages, so two
 * connections' Parse/Bind/Execute interleave, which is why it had to be served to a pool of one;
 * and it frees a connection's slot only some ticks after the socket closes, while pg-pool drops
 * and reopens a connection after every failed query (pg-pool `_release(client, _, err)`). The
 * reopened connection hit the limit of one, got the text "Too many connections", and every
 * caller queued on it saw "Connection terminated unexpectedly".
 */
export class PgliteSession {
  /** The connection whose transaction is open in the session, if any. */
  private owner: object | null = null;
  private busy = false;
  private readonly waiters: Array<{ connection: object; grant: () => void }> = [];

  constructor(private readonly db: PGlite) {}

  /** Runs one complete exchange of `connection` and returns every byte the backend answered. */
  async exchange(connection: object, message: Uint8Array): Promise<Uint8Array> {
    // PGlite runs synchronously on this thread, and in-process the whole round trip is promise
    // callbacks: without this turn of the event loop, a run of statements (an import) would
    // starve timers and sockets, so that no HTTP request is even read until it ends.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await this.acquire(connection);
    try {
      return await this.execute(message);
    } finally {
      this.owner = this.db.isInTransaction() ? connection : null;
      this.handOn();
    }
  }

  /** A connection is gone: roll back the transaction it left open, so the others can go on. */
  async disconnect(connection: object): Promise<void> {
    const queued = this.waiters.findIndex((w) => w.connection === connection);
    if (queued !== -1) this.waiters.splice(queued, 1);
    if (this.owner !== connection) return;
    await this.acquire(connection);
    try {
      await this.execute(ROLLBACK);
    } finally {
      this.owner = null;
      this.handOn();
    }
  }

  private async execute(message: Uint8Array): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    await this.db.runExclusive(() =>
      // The chunks are views of the WASM heap, reused by the next call: copy them.
      this.db.execProtocolRawStream(message, { onRawData: (data) => chunks.push(Buffer.from(data)) }),
    );
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }

  private acquire(connection: object): Promise<void> {
    if (!this.busy && this.mayRun(connection)) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiters.push({ connection, grant }));
  }

  private mayRun(connection: object): boolean {
    return this.owner === null || this.owner === connection;
  }

  /** First come, first served, except that while a transaction is open only its owner runs. */
  private handOn(): void {
    const next = this.waiters.findIndex((w) => this.mayRun(w.connection));
    if (next === -1) {
      this.busy = false;
      return;
    }
    const [waiter] = this.waiters.splice(next, 1);
    waiter!.grant();
  }
}

/** A simple-protocol Query message: 'Q', int32 length, "ROLLBACK\0". */
const ROLLBACK = (() => {
  const sql = Buffer.from('ROLLBACK\0');
  const message = Buffer.alloc(5 + sql.length);
  message.write('Q', 0);
  message.writeInt32BE(4 + sql.length, 1);
  sql.copy(message, 5);
  return message;
})();
