import type { z } from 'zod';
import { createConcurrencyLimit, type ConcurrencyLimit } from './concurrency-limit.ts';
import {
  HttpJson,
  type HttpJsonResult,
  type NotFound,
  type OutsideLogger,
  type Unavailable,
} from './http-json.ts';
import * as schema from './police-api.schemas.ts';
import { createRateLimit, type RateLimit } from './rate-limit.ts';
import { IMPORTER_RETRY, retryWhenBusy, type RetryPolicy } from './retry.ts';

export type {
  BoundaryPoint,
  Force,
  NeighbourhoodDetail,
  NeighbourhoodSummary,
  Person,
  PoliceEvent,
  Priority,
} from './police-api.schemas.ts';

/**
 * data.police.uk: each force's neighbourhoods with their teams, priorities, events and
 * boundaries, and which neighbourhood a point lies in. Open data, no key, rate limited per client.
 */

export const POLICE_API_URL = 'https://data.police.uk/api';

export type LocateNeighbourhoodResult =
  { kind: 'found'; force: string; neighbourhood: string } | NotFound | Unavailable;

export interface PoliceApiOptions {
  baseUrl?: string;
  /** Per request. The importer may want longer: a county's boundaries are big. */
  timeoutMs?: number;
  /** Requests in flight at once, for this client (see concurrency-limit.ts for why 5). */
  maxConcurrent?: number;
  /** For the importer's calls only; a resident's locate is never retried. */
  retry?: RetryPolicy;
  /**
   * The importer's requests a second (each retry counts), default 10, after a first burst of as
   * many: data.police.uk allows 15 a second with a burst of 30. A resident's locate is not held.
   */
  maxPerSecond?: number;
  logger?: OutsideLogger;
}

const DEFAULT_MAX_CONCURRENT = 5;
const DEFAULT_MAX_PER_SECOND = 10;

export class PoliceApiClient {
  readonly #http: HttpJson;
  readonly #limit: ConcurrencyLimit;
  readonly #retry: RetryPolicy;
  readonly #rate: RateLimit;

  constructor(options: PoliceApiOptions = {}) {
    this.#http = new HttpJson({ ...options, baseUrl: options.baseUrl ?? POLICE_API_URL });
    this.#limit = createConcurrencyLimit(options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
    this.#retry = options.retry ?? IMPORTER_RETRY;
    this.#rate = createRateLimit({ perSecond: options.maxPerSecond ?? DEFAULT_MAX_PER_SECOND });
  }

  forces() {
    return this.#importerGet('/forces', schema.idAndNameList);
  }

  neighbourhoods(forceId: string) {
    return this.#importerGet(`/${segment(forceId)}/neighbourhoods`, schema.idAndNameList);
  }

  neighbourhood(forceId: string, id: string) {
    return this.#importerGet(neighbourhoodPath(forceId, id), schema.neighbourhoodDetail);
  }

  boundary(forceId: string, id: string) {
    return this.#importerGet(`${neighbourhoodPath(forceId, id)}/boundary`, schema.boundary);
  }

  people(forceId: string, id: string) {
    return this.#importerGet(`${neighbourhoodPath(forceId, id)}/people`, schema.people);
  }

  priorities(forceId: string, id: string) {
    return this.#importerGet(`${neighbourhoodPath(forceId, id)}/priorities`, schema.priorities);
  }

  events(forceId: string, id: string) {
    return this.#importerGet(`${neighbourhoodPath(forceId, id)}/events`, schema.events);
  }

  /** Which force and neighbourhood a point lies in; 404 (not_found) outside England and Wales. */
  async locateNeighbourhood(
    latitude: number,
    longitude: number,
  ): Promise<LocateNeighbourhoodResult> {
    const path = `/locate-neighbourhood?q=${latitude},${longitude}`;
    const response = await this.#limit(() => this.#http.get(path, schema.locatedNeighbourhood));
    return response.kind === 'ok' ? { kind: 'found', ...response.value } : response;
  }

  /**
   * The retry waits inside the concurrency slot on purpose: when the API says "slow down", the
   * whole import slows down with it instead of other calls filling the gap.
   */
  #importerGet<T>(path: string, shape: z.ZodType<T>): Promise<HttpJsonResult<T>> {
    return this.#limit(() =>
      retryWhenBusy(async () => {
        await this.#rate();
        return this.#http.get(path, shape);
      }, this.#retry),
    );
  }
}

const segment = (value: string) => encodeURIComponent(value);
const neighbourhoodPath = (forceId: string, id: string) => `/${segment(forceId)}/${segment(id)}`;
