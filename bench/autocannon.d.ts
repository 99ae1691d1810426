// The part of autocannon 9's API that bench/load.ts uses (the package ships no types; none are installed).
declare module 'autocannon' {
  interface Options {
    url: string;
    connections: number;
    duration: number;
    method: 'POST' | 'GET';
    headers: Record<string, string>;
    body: string;
    /** A response whose body differs counts in `mismatches`. */
    expectBody?: string;
  }
  interface Result {
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches?: number;
  }
  interface Instance extends PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, ms: number) => void,
    ): this;
  }
  // The module's own shape: a default export (CommonJS module.exports).
  // eslint-disable-next-line no-restricted-exports
  export default function autocannon(options: Options): Instance;
}
