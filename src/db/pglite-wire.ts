import { Duplex } from 'node:stream';
import type { PgliteSession } from './pglite-session.js';

/** Frontend messages after which the backend answers (protocol 3.0, "Message Flow"). */
const EXCHANGE_ENDS = new Set(['S', 'Q', 'H', 'p', 'X']);
const SSL_REQUEST_CODE = 80877103;

/**
 * An in-process stand-in for the TCP socket that `pg` talks to, wired to the embedded PGlite
 * (pg's `stream` option, a factory called once per connection). It frames the frontend's bytes
 * into messages and hands them to the session an exchange at a time: the startup message, or
 * every message up to a Sync, Query, Flush or password message. pg writes a query's
 * Parse/Bind/Describe/Execute/Sync together, so one query is one exchange, one call into PGlite.
 */
export class PgliteWireStream extends Duplex {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;
  private gone = false;

  constructor(private readonly session: PgliteSession) {
    super();
  }

  // The parts of net.Socket's surface that pg's Connection calls.
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    // The next write waits for `done`, so one connection's exchanges run in order.
    this.drainExchanges().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.hangUp().then(() => done(), done);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.hangUp().then(
      () => done(error),
      () => done(error),
    );
  }

  private async drainExchanges(): Promise<void> {
    for (;;) {
      const { end, last } = this.started ? this.exchangeEnd() : { end: this.startupEnd(), last: '' };
      if (end === 0) return;
      const message = this.pending.subarray(0, end);
      this.pending = this.pending.subarray(end);
      if (!this.started && message.length === 8 && message.readInt32BE(4) === SSL_REQUEST_CODE) {
        this.push(Buffer.from('N')); // no TLS in-process; pg then sends the startup message
        continue;
      }
      this.started = true;
      if (last === 'X') {
        // Terminate: nothing to answer (pg ends the stream after it); free what this connection holds.
        await this.hangUp();
        return;
      }
      const reply = await this.session.exchange(this, message);
      if (reply.length > 0 && !this.gone) this.push(reply);
    }
  }

  /** Length of the startup (or SSLRequest) message at the head of `pending`, or 0 if incomplete. */
  private startupEnd(): number {
    if (this.pending.length < 4) return 0;
    const length = this.pending.readInt32BE(0);
    return this.pending.length >= length ? length : 0;
  }

  /** Length of the complete messages up to and including the first that ends an exchange (0: none yet), and that one's type. */
  private exchangeEnd(): { end: number; last: string } {
    let offset = 0;
    while (offset + 5 <= this.pending.length) {
      const type = String.fromCharCode(this.pending[offset]!);
      const next = offset + 1 + this.pending.readInt32BE(offset + 1);
      if (next > this.pending.length) break;
      if (EXCHANGE_ENDS.has(type)) return { end: next, last: type };
      offset = next;
    }
    return { end: 0, last: '' };
  }

  private async hangUp(): Promise<void> {
    if (this.gone) return;
    this.gone = true;
    await this.session.disconnect(this);
    this.push(null);
  }
}
