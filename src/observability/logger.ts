import { pino, type Logger } from 'pino';

export type { Logger };

/** pino's levels, plus `silent` (the default under jest: see loadConfig's logLevel). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const loggers = new Map<LogLevel, Logger>();

/**
 * The platform's structured logger: one JSON line per event on stdout. One instance per level,
 * so every module asking for the configured level shares one stream. Authorization headers
 * never reach a log line: request lines carry the caller's key id, not the key.
 */
export function logger(level: LogLevel): Logger {
  let log = loggers.get(level);
  if (!log) {
    log = pino({ level, base: { service: 'vmr' }, redact: ['authorization', '*.authorization'] });
    loggers.set(level, log);
  }
  return log;
}
