import type { Actor } from '@engage/shared/auth';
import type { InvalidPostcode } from '#lib/areas/postcode.ts';
import type { Gateway } from '#lib/server/gateway.ts';

declare global {
  namespace App {
    interface Locals {
      /** Who is asking: anonymous, or the signed-in member of staff. Set in hooks.server.ts. */
      actor: Actor;
      /** The gateway, called as `actor`. */
      gateway: Gateway;
    }
    interface Error {
      status: number;
      message: string;
      /** Set by /find for a postcode it cannot search: its error page shows the form again. */
      invalidPostcode?: InvalidPostcode;
    }
  }
}

export {};
