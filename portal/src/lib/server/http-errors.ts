import { GatewayError } from './gateway.ts';

/** The HTTP status a page shows when the gateway fails it; the details go to the log only. */
export function statusForGatewayError(error: GatewayError): number {
  switch (error.code) {
    case 'UNAVAILABLE':
      return 503;
    case 'NOT_FOUND':
      return 404;
    case 'FORBIDDEN':
      return 403;
    case 'UNAUTHENTICATED':
      return 401;
    case 'RATE_LIMITED':
      return 429;
    default:
      return 502;
  }
}

export { GatewayError };
