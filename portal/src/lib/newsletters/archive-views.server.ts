import { PORTAL_SERVICE, type Actor } from '@engage/shared/auth';
import { graphql } from '#lib/graphql/index.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { log } from '#lib/server/log.ts';
import { gateway as portalGateway } from '#lib/server/services.ts';
import { visitorClient } from '#lib/staff/sessions.server.ts';

const RECORD_VIEW = graphql(`
  mutation RecordNewsletterView($id: ID!) {
    recordNewsletterView(id: $id)
  }
`);

/**
 * Counts one view of a published issue's web page, on the server: no cookie, no pixel, nothing
 * in the browser. Only for visitors not signed in as staff (a team checking its own page is not a
 * reader), and only from the web page (the print page is the same reader putting it on paper).
 * Asked as the portal itself, the only caller the service takes a view from, for this visitor's
 * client key: the gateway's per-client limit applies, and the service counts a visitor once per
 * issue per UK day. A count that fails never fails the page.
 */
export async function countArchiveView(
  viewer: Actor,
  newsletterId: string,
  service: Gateway = portalGateway.as(PORTAL_SERVICE, visitorClient.getStore()),
): Promise<void> {
  if (viewer.kind === 'staff') return;
  try {
    await service.request(RECORD_VIEW, { id: newsletterId });
  } catch (error) {
    log.warn('a newsletter page view was not counted', { error });
  }
}
