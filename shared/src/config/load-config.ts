import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads settings from the environment once, at start-up. A bad or missing variable stops the
 * process with a message that names it, rather than failing later in some unrelated place.
 */
export function loadConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const value = env[name];
    const described = value === undefined ? 'is not set' : 'is not valid';
    return `  - ${name} ${described}: ${issue.message}`;
  });
  throw new ConfigError(`Configuration problem:\n${problems.join('\n')}`);
}

/** Reusable variable shapes, so every process describes the same setting the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  url: () => z.url({ message: 'expected a URL such as http://127.0.0.1:4000' }),
  databaseUrl: () =>
    z.string().regex(/^postgres(ql)?:\/\//, 'expected postgres://user@host:port/database'),
  /** HMAC secrets: 32 characters or more, so a guessable word is refused. */
  smtpUrl: () =>
    z.url({
      protocol: /^smtps?$/,
      message: 'expected an SMTP URL such as smtp://user:password@mail.example.org:587',
    }),
  secret: () => z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)'),
  host: () => z.string().min(1).default('127.0.0.1'),
  /** A whole number within bounds, such as a count of proxies or a limit. */
  count: (fallback: number, max: number) =>
    z.coerce.number().int().min(0).max(max).default(fallback),
  logLevel: () =>
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0'])
      .default(fallback ? 'true' : 'false')
      .transform((value) => value === 'true' || value === '1'),
};
