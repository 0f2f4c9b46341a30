import type { Demographics } from '@engage/shared/demographics';
import type { AreaChoice, SubscriberPreferences } from '#lib/newsletters/newsletters.ts';
import type { PreferencesInput, SubscribeInput } from '#lib/subscriptions/form.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orRefusal, type Outcome } from '#lib/server/gateway-errors.ts';
import { graphql } from '#lib/graphql/index.ts';

/**
 * A resident's subscription, through the gateway (services/newsletters/API.md, "Residents").
 * Residents have no account: the signed token in their email's link is the only proof.
 */

graphql(`
  fragment SubscriptionAreaFields on PolicingArea {
    id
    name
    neighbourhoods {
      id
      slug
      name
    }
  }
`);

graphql(`
  fragment PreferencesFields on SubscriberPreferences {
    email
    status
    neighbourhoods {
      id
      slug
      name
      policingArea {
        ...SubscriptionAreaFields
      }
    }
    policingAreas {
      ...SubscriptionAreaFields
    }
    interests
    language
    format
    hasDemographics
    manageToken
    unsubscribeToken
  }
`);

export const SUBSCRIBE_TEAM = graphql(`
  query SubscribeTeam($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      policingArea {
        ...SubscriptionAreaFields
      }
    }
  }
`);

export const SUBSCRIBE = graphql(`
  mutation Subscribe($input: SubscribeInput!) {
    subscribe(input: $input) {
      outcome
    }
  }
`);

export const CONFIRM_SUBSCRIPTION = graphql(`
  mutation ConfirmSubscription($token: String!) {
    confirmSubscription(token: $token) {
      ...PreferencesFields
    }
  }
`);

export const SUBSCRIBER_PREFERENCES = graphql(`
  query SubscriberPreferences($token: String!) {
    subscriberPreferences(token: $token) {
      ...PreferencesFields
    }
  }
`);

export const UPDATE_PREFERENCES = graphql(`
  mutation UpdateSubscriberPreferences($token: String!, $input: PreferencesInput!) {
    updateSubscriberPreferences(token: $token, input: $input) {
      ...PreferencesFields
    }
  }
`);

export const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      email
    }
  }
`);

export const UNSUBSCRIBE_ADDRESS = graphql(`
  query UnsubscribeAddress($token: String!) {
    unsubscribeAddress(token: $token) {
      email
    }
  }
`);

export const ERASE_SUBSCRIBER = graphql(`
  mutation EraseSubscriberData($token: String!) {
    eraseSubscriberData(token: $token)
  }
`);

const SEND_DEMOGRAPHICS_LINK = graphql(`
  mutation SendDemographicsLink($token: String!) {
    sendDemographicsLink(token: $token)
  }
`);

const SUBSCRIBER_DEMOGRAPHICS = graphql(`
  query SubscriberDemographics($token: String!) {
    subscriberDemographics(token: $token) {
      ageBand
      ethnicGroup
      disability
      gender
    }
  }
`);

const UPDATE_DEMOGRAPHICS = graphql(`
  mutation UpdateSubscriberDemographics($token: String!, $demographics: DemographicsInput) {
    updateSubscriberDemographics(token: $token, demographics: $demographics) {
      ageBand
    }
  }
`);

/** From the manage page: mails the address a fresh one-hour link to the "about you" answers. */
export const sendDemographicsLink = async (gateway: Gateway, manageToken: string) =>
  (await gateway.request(SEND_DEMOGRAPHICS_LINK, { token: manageToken })).sendDemographicsLink;

/** The answers, for the fresh link only (the manage link is refused: INVALID_LINK). */
export const subscriberDemographics = async (gateway: Gateway, freshToken: string) =>
  (await gateway.request(SUBSCRIBER_DEMOGRAPHICS, { token: freshToken })).subscriberDemographics;

/** Gives, changes or (null) withdraws the answers; uses the fresh link up. */
export const updateDemographics = async (
  gateway: Gateway,
  freshToken: string,
  demographics: Demographics | null,
) => {
  await gateway.request(UPDATE_DEMOGRAPHICS, { token: freshToken, demographics });
};

/** The codes of the newsletters API that a resident's page answers with its own words. */
export const RESIDENT_REFUSALS = ['INVALID_LINK', 'RATE_LIMITED', 'BAD_USER_INPUT'] as const;
export type ResidentRefusal = (typeof RESIDENT_REFUSALS)[number];

/** A call the resident's page answers itself when refused; anything else is thrown on. */
export function asResident<T>(run: () => Promise<T>): Promise<Outcome<T, ResidentRefusal>> {
  return orRefusal(run(), RESIDENT_REFUSALS);
}

/** The link token of an email, from the form (it survives `?/action` URLs) or the address. */
export function tokenOf(form: FormData | null, url: URL): string {
  const posted = form?.get('token');
  if (typeof posted === 'string' && posted.trim()) return posted.trim();
  return url.searchParams.get('token')?.trim() ?? '';
}

export async function subscribeTeam(gateway: Gateway, slug: string) {
  const { neighbourhood } = await gateway.request(SUBSCRIBE_TEAM, { slug });
  return neighbourhood;
}

/**
 * Signs a resident up. The sign-up limits key on the visitor's client key, which `gateway`
 * already carries (signed into its access token in hooks.server.ts): never on an argument.
 */
export const subscribe = (gateway: Gateway, input: SubscribeInput) =>
  gateway.request(SUBSCRIBE, { input });

export const confirmSubscription = async (gateway: Gateway, token: string) =>
  (
    await gateway.request(CONFIRM_SUBSCRIPTION, {
      token,
    })
  ).confirmSubscription;

export const subscriberPreferences = async (gateway: Gateway, token: string) =>
  (await gateway.request(SUBSCRIBER_PREFERENCES, { token })).subscriberPreferences;

export const updatePreferences = async (
  gateway: Gateway,
  token: string,
  input: PreferencesInput & { clearDemographics?: boolean },
) => (await gateway.request(UPDATE_PREFERENCES, { token, input })).updateSubscriberPreferences;

export const unsubscribe = async (gateway: Gateway, token: string) =>
  (await gateway.request(UNSUBSCRIBE, { token })).unsubscribe;

/** Which address an unsubscribe link is for; changes nothing. */
export const unsubscribeAddress = async (gateway: Gateway, token: string) =>
  (
    await gateway.request(UNSUBSCRIBE_ADDRESS, {
      token,
    })
  ).unsubscribeAddress.email;

export const eraseSubscriber = async (gateway: Gateway, token: string) =>
  (await gateway.request(ERASE_SUBSCRIBER, { token })).eraseSubscriberData;

/**
 * The areas a manage form offers: the NPAs the subscriber chose whole, and the NPA of each team
 * they chose (with its other teams), each once, in the order first met.
 */
export function areasOf(preferences: SubscriberPreferences): AreaChoice[] {
  const areas = new Map<string, AreaChoice>();
  for (const area of preferences.policingAreas) areas.set(area.id, area);
  for (const team of preferences.neighbourhoods) {
    if (!areas.has(team.policingArea.id)) areas.set(team.policingArea.id, team.policingArea);
  }
  return [...areas.values()];
}
