import fc from 'fast-check';
import { genArgs, type GenContext, type Hostility } from './generate.js';
import { buildRequest, fuzzFields, type FuzzField } from './operations.js';
import { startFuzzTarget, type Answer, type DatabaseKind, type FuzzTarget } from './target.js';

export interface FuzzOptions {
  /** Runs per field; fixed seeds keep CI deterministic. */
  runs: number;
  seed: number;
  /** The bound on one request, generous for two shared cores. */
  maxMs: number;
}

/** Codes that mean the server, not the request, failed. */
const SERVER_FAULTS = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

const LEVELS: readonly Hostility[] = [
  { p: 0, remaining: 0 }, // plausible throughout: reaches the SQL
  { p: 0.2, remaining: 1 }, // one hostile value among plausible ones
  { p: 0.2, remaining: 1 },
  { p: 0.35, remaining: 3 },
  { p: 0.6, remaining: 1_000 }, // garbage everywhere
];

/** Did the operation's root field fail (so that nothing may have been written)? */
function rootFailed(field: FuzzField, answer: Answer): boolean {
  const { data, errors } = answer.json;
  if (!errors?.length) return false;
  return data == null || data[field.name] == null;
}

/** The tables whose digest differs, `table:rows:md5` each. */
function changedTables(before: string, after: string): string {
  const old = new Set(before.split(' '));
  return after
    .split(' ')
    .filter((entry) => !old.has(entry))
    .map((entry) => entry.split(':').slice(0, 2).join(' now '))
    .join(', ');
}

function problems(answer: Answer, maxMs: number): string[] {
  const found: string[] = [];
  if (answer.status >= 500) found.push(`HTTP ${answer.status}`);
  if (answer.ms > maxMs) found.push(`took ${Math.round(answer.ms)} ms`);
  for (const error of answer.json.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') found.push(`an error without a code: ${error.message}`);
    else if (SERVER_FAULTS.has(code)) found.push(`${code}: ${error.message}`);
    else if (
      code === 'BAD_USER_INPUT' &&
      !(typeof error.extensions?.field === 'string' && error.extensions.field)
    )
      found.push(`BAD_USER_INPUT that names no field: ${error.message}`);
  }
  return found;
}

/**
 * One property per field of the schema: random and hostile arguments, as ADMIN and anonymous,
 * as variables and as literals (now and then as a subscription). It holds when no answer is a
 * server fault (INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE, HTTP 5xx) or slower than maxMs, every
 * error has a code and every BAD_USER_INPUT names its field, and no failed mutation changed a
 * row of any table (a digest of every table, taken after each mutation).
 */
export function describeFuzz(kind: DatabaseKind, options: FuzzOptions): void {
  describe(`every argument of every mutation and search, fuzzed on the ${kind} database`, () => {
    let target: FuzzTarget;
    let lastChecksum = '';
    const tally = new Map<string, Map<string, number>>();

    beforeAll(async () => {
      target = await startFuzzTarget(kind);
      lastChecksum = await target.checksum();
    }, 120_000);
    afterAll(async () => {
      await target?.stop();
      // One line of totals (which codes the runs reached); FUZZ_VERBOSE=1 lists them per field.
      const totals = new Map<string, number>();
      for (const counts of tally.values())
        for (const [code, n] of counts) totals.set(code, (totals.get(code) ?? 0) + n);
      const line = (counts: Map<string, number>) =>
        [...counts.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([code, n]) => `${code} ${n}`)
          .join(', ');
      const perField = process.env.FUZZ_VERBOSE
        ? `\n${[...tally.entries()].map(([coordinate, counts]) => `${coordinate}: ${line(counts)}`).join('\n')}`
        : '';
      console.info(`fuzz outcomes on ${kind}, ${options.runs} runs a field: ${line(totals)}${perField}`);
    });

    it('the catalog checksum changes when a single row does, and not otherwise', async () => {
      const track = await target.db.track.findFirstOrThrow({ select: { id: true, title: true } });
      expect(await target.checksum()).toBe(lastChecksum);
      try {
        await target.db.track.update({ where: { id: track.id }, data: { title: `${track.title}!` } });
        const changed = await target.checksum();
        // The audit log, where there is one, records the change too.
        expect(changedTables(lastChecksum, changed).split(', ')).toContain(
          `track now ${await target.db.track.count()}`,
        );
      } finally {
        await target.db.track.update({ where: { id: track.id }, data: { title: track.title } });
        lastChecksum = await target.checksum();
      }
    });

    for (const [index, field] of fuzzFields().entries()) {
      it(`${field.coordinate} never answers a server fault, a hang or a half-write`, async () => {
        const counts = new Map<string, number>();
        tally.set(field.coordinate, counts);
        const property = fc.asyncProperty(fc.gen(), async (g) => {
          const ctx: GenContext = {
            pick: (arb) => g(() => arb),
            pool: target.pool,
            hostility: { ...g(() => fc.constantFrom(...LEVELS)) },
          };
          const asAdmin = g(() => fc.integer({ min: 0, max: 3 })) < (field.kind === 'mutation' ? 3 : 2);
          const inline = g(() => fc.integer({ min: 0, max: 9 })) < 3;
          const subscription = g(() => fc.integer({ min: 0, max: 19 })) === 0;
          const request = buildRequest(
            field,
            genArgs(ctx, field.args, field.name),
            inline,
            subscription ? 'subscription' : field.kind,
          );
          const answer = await target.send(request.body, asAdmin ? target.adminKey : undefined);
          const codes = answer.json.errors?.map((e) => String(e.extensions?.code)) ?? ['ok'];
          for (const code of new Set(codes)) counts.set(code, (counts.get(code) ?? 0) + 1);

          const found = problems(answer, options.maxMs);
          if (field.kind === 'mutation') {
            const after = await target.checksum();
            if (rootFailed(field, answer) && after !== lastChecksum)
              found.push(`a failed mutation changed the catalog: ${changedTables(lastChecksum, after)}`);
            if (after !== lastChecksum) await target.refreshPool();
            lastChecksum = after;
          }
          if (found.length) {
            throw new Error(
              `${found.join('\n')}\nas ${asAdmin ? 'ADMIN' : 'anonymous'}: ${request.summary}\nanswer: ${JSON.stringify(answer.json).slice(0, 1500)}`,
            );
          }
        });
        await fc.assert(property, { seed: options.seed + index, numRuns: options.runs, endOnFailure: true });
      });
    }
  });
}
