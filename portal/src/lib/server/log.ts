/**
 * The portal's log: one JSON line per event on stderr, with the stack of any error, so an
 * operator always has the detail a visitor must never see.
 */
type Fields = Record<string, unknown>;

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      stack: value.stack,
      ...(value.cause === undefined ? {} : { cause: serialise(value.cause) }),
    };
  }
  return value;
}

function write(level: 'error' | 'warn' | 'info', message: string, fields: Fields = {}): void {
  const entry: Fields = { time: new Date().toISOString(), level, name: 'portal', message };
  for (const [key, value] of Object.entries(fields)) entry[key] = serialise(value);
  process.stderr.write(`${JSON.stringify(entry)}\n`);
}

export const log = {
  error: (message: string, fields?: Fields) => write('error', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  info: (message: string, fields?: Fields) => write('info', message, fields),
};
