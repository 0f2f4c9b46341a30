import { AsyncLocalStorage } from 'node:async_hooks';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { appError } from '@engage/shared/graphql';
import type { GatewayLimits } from './limits.ts';

type Load = ApolloGateway['load'];
type Fetcher = NonNullable<
  NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']
>;
type Executor = Awaited<ReturnType<Load>>['executor'];

/** The running query's deadline, for the subgraph fetches it makes (see subgraphFetch). */
const deadline = new AsyncLocalStorage<AbortSignal>();

/**
 * Fetches from a subgraph within the running query's deadline, so a query that is abandoned
 * stops its subgraph requests as well as its answer.
 */
export const subgraphFetch: Fetcher = (url, init) =>
  fetch(url, { ...init, signal: deadline.getStore() ?? null });

/**
 * The Apollo Gateway with two limits on each query it runs: a time after which the query is
 * abandoned (QUERY_TIMEOUT, 503), and a size over which its answer is replaced by an error
 * (RESPONSE_TOO_LARGE, 400). Both are answers a client can act on: try later, ask for less.
 */
export class LimitedGateway extends ApolloGateway {
  private limits: Pick<GatewayLimits, 'executionTimeoutMs' | 'maxResponseBytes'>;

  constructor(
    config: ConstructorParameters<typeof ApolloGateway>[0],
    limits: Pick<GatewayLimits, 'executionTimeoutMs' | 'maxResponseBytes'>,
  ) {
    super(config);
    this.limits = limits;
  }

  override async load(...args: Parameters<Load>) {
    const loaded = await super.load(...args);
    return { ...loaded, executor: this.limited(loaded.executor) };
  }

  private limited(executor: Executor): Executor {
    const { executionTimeoutMs, maxResponseBytes } = this.limits;
    return async (requestContext) => {
      const controller = new AbortController();
      const timedOut = new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () =>
          reject(
            appError(
              'QUERY_TIMEOUT',
              `This query took too long (over ${executionTimeoutMs / 1000} seconds) and was ` +
                'stopped. Ask for less at once, or try again later.',
            ),
          ),
        );
      });
      const timer = setTimeout(() => controller.abort(), executionTimeoutMs);
      try {
        const result = await deadline.run(controller.signal, () =>
          Promise.race([executor(requestContext), timedOut]),
        );
        const bytes = Buffer.byteLength(JSON.stringify(result));
        if (bytes > maxResponseBytes) {
          throw appError(
            'RESPONSE_TOO_LARGE',
            `The answer to this query is too big to send (over ${maxResponseBytes} bytes). ` +
              'Ask for fewer items or fields at once.',
            { limitBytes: maxResponseBytes },
          );
        }
        return result;
      } finally {
        clearTimeout(timer);
      }
    };
  }
}
