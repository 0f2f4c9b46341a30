import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * One JSON line per event, tagged with the process name. The start launcher turns these into the
 * readable combined log; in production they go to the platform's log collector as they are.
 */
export function createLogger(
  name: string,
  level: string = process.env['LOG_LEVEL'] ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = { name, level, base: { service: name } };
  return destination ? pino(options, destination) : pino(options);
}
