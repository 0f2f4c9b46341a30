/** A "Your Views" round a resident of the place can answer now, through the open link. */
export interface OpenRoundHere {
  id: string;
  label: string;
  closesOn: string;
}

/** A team's latest published newsletter, as a link to its page. */
export interface LatestNewsletterLink {
  teamSlug: string;
  /** Shown when the list is an area's: each team's latest. */
  teamName: string;
  month: string;
  title: string;
}
