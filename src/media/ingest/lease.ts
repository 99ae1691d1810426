/** The job was requeued or finished by someone else while this worker ran it: write nothing. */
export class LeaseLost extends Error {
  override readonly name = 'LeaseLost';
  constructor() {
    super('the job is no longer held by this worker');
  }
}

/** Inside the finishing transaction: throwing rolls back everything the job was about to write. */
export function invariantHeld(update: { count: number }): void {
  if (update.count !== 1) throw new LeaseLost();
}
