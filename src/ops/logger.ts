// One structured logger for the long-running roles (`serve`, `worker`): pino JSON lines on stdout, the same
// format as Fastify's request logs, so a log shipper parses every line alike. Start-up lines (where the server
// listens, the first admin password) are logged at `info` even when LOG_LEVEL is higher: an operator always
// needs them, and they are printed once.
import { pino, type Logger } from 'pino';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export function createLogger(level: LogLevel, role: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { role, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A child for the few lines an operator must always see (URL, first-start password), unless LOG_LEVEL=silent. */
export function startupLogger(logger: Logger): Logger {
  return logger.level === 'silent' ? logger : logger.child({}, { level: 'info' });
}
