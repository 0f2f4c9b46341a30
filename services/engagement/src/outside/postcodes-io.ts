import { z } from 'zod';
import { HttpJson, type NotFound, type OutsideLogger, type Unavailable } from './http-json.ts';

/**
 * postcodes.io: where a postcode is (its centroid), and the ward and parish it lies in. Open
 * data from the ONS Postcode Directory; no key needed. We ask it one postcode at a time, only
 * when our own sector coverage has no answer.
 */

export const POSTCODES_IO_URL = 'https://api.postcodes.io';

export type GeocodeResult =
  | { kind: 'found'; latitude: number; longitude: number; ward?: string; parish?: string }
  | NotFound
  | Unavailable;

export interface PostcodesIoOptions {
  baseUrl?: string;
  timeoutMs?: number;
  logger?: OutsideLogger;
}

/** `GET /postcodes/{postcode}`: only the fields we use; postcodes.io sends about thirty more. */
const lookupResponse = z.object({
  status: z.literal(200),
  result: z.object({
    postcode: z.string(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    admin_ward: z.string().nullish(),
    parish: z.string().nullish(),
  }),
});

export class PostcodesIoClient {
  readonly #http: HttpJson;

  constructor(options: PostcodesIoOptions = {}) {
    this.#http = new HttpJson({ ...options, baseUrl: options.baseUrl ?? POSTCODES_IO_URL });
  }

  /** Expects a canonical postcode ("LE1 5WW"); postcodes.io answers 404 for unknown ones. */
  async geocode(postcode: string): Promise<GeocodeResult> {
    const response = await this.#http.get(
      `/postcodes/${encodeURIComponent(postcode)}`,
      lookupResponse,
    );
    if (response.kind !== 'ok') return response;
    const { latitude, longitude, admin_ward, parish } = response.value.result;
    // A few real postcodes (new builds, PO boxes) have no grid reference yet: we cannot place
    // them, which for a resident is the same as not finding them.
    if (latitude === null || longitude === null) return { kind: 'not_found' };
    const ward = admin_ward || undefined;
    const parishOrNone = parishName(parish);
    return {
      kind: 'found',
      latitude,
      longitude,
      ...(ward ? { ward } : {}),
      ...(parishOrNone ? { parish: parishOrNone } : {}),
    };
  }
}

/**
 * Most of a city is "unparished": postcodes.io then names the district ("Leicester, unparished
 * area"), which is not a parish a neighbourhood could cover.
 */
function parishName(parish: string | null | undefined): string | undefined {
  if (!parish || /, unparished area$/i.test(parish)) return undefined;
  return parish;
}
