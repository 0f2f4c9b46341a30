import type { EventHandlers } from '@engage/shared';
import { UsedInvitation } from './used-invitation.entity.ts';

/**
 * A subscriber who erases their data is forgotten here too: the used-invitation records keep
 * only that some invitation was used. Their answers stay, as they never named them.
 */
export const answeringSubscriptions: EventHandlers = {
  'subscriber.erased': async (em, { subscriberId }) => {
    await em.nativeUpdate(UsedInvitation, { subscriberId }, { subscriberId: null });
  },
};
