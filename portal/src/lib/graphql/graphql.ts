/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Age bands residents may choose from (as the census groups them), or prefer not to say. */
export type AgeBand =
  /** 18 to 24. */
  | 'AGE_18_24'
  /** 25 to 34. */
  | 'AGE_25_34'
  /** 35 to 44. */
  | 'AGE_35_44'
  /** 45 to 54. */
  | 'AGE_45_54'
  /** 55 to 64. */
  | 'AGE_55_64'
  /** 65 to 74. */
  | 'AGE_65_74'
  /** 75 or over. */
  | 'AGE_75_PLUS'
  /** Chose not to say. */
  | 'PREFER_NOT_TO_SAY'
  /** Under 18. */
  | 'UNDER_18';

/** TEAM: the team’s subscribers; AREA: every subscriber of the NPA or its teams. */
export type AlertAudience =
  /** The subscribers of every team in an NPA, and of the NPA itself. */
  | 'AREA'
  /** One team’s subscribers. */
  | 'TEAM';

/** A short message: for a team (neighbourhoodId) or an NPA (policingAreaId). */
export type AlertInput = {
  /** The message, plain text. */
  body: string;
  /** A web page to read more, https only. */
  linkUrl?: string | null | undefined;
  /** The team, for its subscribers. */
  neighbourhoodId?: string | null | undefined;
  /** The NPA, for all its subscribers. */
  policingAreaId?: string | null | undefined;
  /** The subject line, plain text. */
  title: string;
};

/** Who wrote an alert: staff, or a commander’s update mailed to subscribers. */
export type AlertSource =
  /** A commander’s update, mailed on as an alert. */
  | 'COMMANDER_UPDATE'
  /** Written by staff as an alert. */
  | 'STAFF';

/** Where an alert is: a draft, in review, sent back with changes requested, or sent. */
export type AlertStatus =
  /** Sent back by a reviewer with a comment. */
  | 'CHANGES_REQUESTED'
  /** Being written. */
  | 'DRAFT'
  /** Waiting for a reviewer. */
  | 'IN_REVIEW'
  /** Mailed to subscribers. */
  | 'SENT';

/** The agree/disagree scale every "Your Views" question is answered on. */
export type AnswerChoice =
  /** Agree. */
  | 'AGREE'
  /** Disagree. */
  | 'DISAGREE'
  /** Don’t know: not counted in the question’s score. */
  | 'DONT_KNOW'
  /** Neither agree nor disagree. */
  | 'NEITHER'
  /** Strongly agree. */
  | 'STRONGLY_AGREE'
  /** Strongly disagree. */
  | 'STRONGLY_DISAGREE';

/** A resident’s answer to one question. */
export type AnswerInput = {
  /** The answer chosen. */
  choice: AnswerChoice;
  /** The question answered. */
  questionId: string;
};

/** What the gateway did with a request made with an API token. */
export type ApiTokenOutcome =
  /** It ran (its answer may still hold errors, such as a field refused). */
  | 'OK'
  /** The gateway refused it before it ran (a mutation, a limit). */
  | 'REFUSED';

/** Which kind of area a figure is for: the whole force, a policing area (NPA) or a team. */
export type AreaLevel =
  /** The whole force. */
  | 'FORCE'
  /** One neighbourhood team’s area. */
  | 'NEIGHBOURHOOD'
  /** One neighbourhood policing area (NPA). */
  | 'POLICING_AREA';

/** A breakdown of confidence figures: by what respondents chose to tell us about themselves, or by the language they answered in; NONE for the whole area. Staff only. */
export type Breakdown =
  /** By the age band respondents gave. */
  | 'AGE_BAND'
  /** By the language respondents answered in (the questions’ language on the page), a ResidentLanguage value. */
  | 'ANSWER_LANGUAGE'
  /** By whether respondents said they have a disability. */
  | 'DISABILITY'
  /** By the ethnic group respondents gave. */
  | 'ETHNIC_GROUP'
  /** By the gender respondents gave. */
  | 'GENDER'
  /** No breakdown: everyone who answered in the area. */
  | 'NONE';

/** A commander’s weekly update for their NPA. */
export type CommanderUpdateInput = {
  /** The text residents read, plain text. */
  body: string;
  /** Also email it to the NPA’s subscribers who want news and updates. */
  emailSubscribers?: boolean;
  /** The NPA the update is for: the commander’s own (an admin may choose any). */
  policingAreaId: string;
  /** The headline, 1 to 150 characters of plain text. */
  title: string;
  /** A link to the video, for a vlog. */
  videoUrl?: string | null | undefined;
};

/** A public event; it starts as a DRAFT until published. */
export type CommunityEventInput = {
  /** Step-free access, hearing loop, parking, interpreters… */
  accessibilityNotes?: string | null | undefined;
  /** More about the event, plain text; null or left out for none. */
  description?: string | null | undefined;
  /** After startsAt. */
  endsAt?: string | null | undefined;
  /** The team holding the event: one the caller manages. */
  neighbourhoodId: string;
  /** Where it is, as people would look for it. */
  place: string;
  /** When it starts, as a date-time with its offset. */
  startsAt: string;
  /** What the event is called, plain text. */
  title: string;
};

/** Where a community event is in its life: a draft only its team sees, published for residents, or cancelled (still shown, marked as cancelled). */
export type CommunityEventStatus =
  /** Called off: still shown to residents, marked as cancelled. */
  | 'CANCELLED'
  /** Being written; only staff see it. */
  | 'DRAFT'
  /** Shown to residents. */
  | 'PUBLISHED';

/** MET; DUE (can still be met, by dueBy); MISSED; NOT_APPLICABLE (the team did not exist yet). */
export type ComplianceStatus =
  /** Not met yet, but there is still time in the period. */
  | 'DUE'
  /** Done as often as the standard asks in the period. */
  | 'MET'
  /** Not met, and the period has ended (or no longer leaves time). */
  | 'MISSED'
  /** Does not apply to the team in this period (it started too recently). */
  | 'NOT_APPLICABLE';

/** What sort of council area a team covers: an electoral ward or a parish. */
export type CoverageKind =
  /** A civil parish. */
  | 'PARISH'
  /** An electoral ward. */
  | 'WARD';

/** A new quick poll: its question, options and where it is shown. */
export type CreatePollInput = {
  /** When voting stops; null or left out to close it by hand. */
  closesAt?: string | null | undefined;
  /** The teams whose pages show it: teams the caller manages. */
  neighbourhoodIds: Array<string>;
  /** 2 to 6 answers. */
  options: Array<string>;
  /** With no teams either: force-wide. */
  policingAreaIds: Array<string>;
  /** The question, plain text. */
  question: string;
};

/** A new priority; it starts as a DRAFT the public cannot see. */
export type CreatePriorityInput = {
  /** The team it is for: one the caller manages. */
  neighbourhoodId: string;
  /** 1 to 4: January–March is 1. */
  quarter: number;
  /** “You said”: the concern, in residents’ words. */
  residentsSaid: string;
  /** How the team learnt of it. */
  source: PrioritySource;
  /** What the priority is about, plain text. */
  title: string;
  /** The calendar year of its quarter. */
  year: number;
};

/** One of the optional, consented demographic questions a sample can be broken down by. */
export type DemographicDimension =
  /** Age band. */
  | 'AGE_BAND'
  /** Whether they have a disability. */
  | 'DISABILITY'
  /** Ethnic group (the census’s high-level groups). */
  | 'ETHNIC_GROUP'
  /** Gender. */
  | 'GENDER';

/** Optional, separately consented, used only in aggregate. Each question has PREFER_NOT_TO_SAY; leave the whole input out to not answer. */
export type DemographicsInput = {
  /** Their age band, or PREFER_NOT_TO_SAY. */
  ageBand: AgeBand;
  /** Whether they have a disability, or PREFER_NOT_TO_SAY. */
  disability: Disability;
  /** Their ethnic group, or PREFER_NOT_TO_SAY. */
  ethnicGroup: EthnicGroup;
  /** Their gender, or PREFER_NOT_TO_SAY. */
  gender: Gender;
};

/** Whether a resident has a disability, as they tell us, or prefer not to say. */
export type Disability =
  /** Has no disability. */
  | 'NO'
  /** Chose not to say. */
  | 'PREFER_NOT_TO_SAY'
  /** Has a disability. */
  | 'YES';

/** How a subscriber’s mail is laid out: HTML, plain text, or large print. */
export type EmailFormat =
  /** Formatted mail with pictures and links. */
  | 'HTML'
  /** Formatted mail in large type. */
  | 'LARGE_PRINT'
  /** Text only, for any mail program or screen reader. */
  | 'PLAIN_TEXT';

/** An engagement as the team records it. */
export type EngagementInput = {
  /** How many residents took part, if counted. */
  attendance?: number | null | undefined;
  /** The communities the team reached, each a short phrase; left out or null for none. */
  communitiesReached?: Array<string> | null | undefined;
  /** Not in the future. */
  heldOn: string;
  /** What sort of engagement it was. */
  kind: EngagementKind;
  /** The team that held it: one the caller manages. */
  neighbourhoodId: string;
  /** Up to 2,000 characters. */
  notes?: string | null | undefined;
  /** Partners who joined. A patch walk with none does not count for the standard. */
  partners?: Array<string> | null | undefined;
  /** Where it was held, 1 to 200 characters. */
  place: string;
};

/** What sort of engagement a team recorded: a ward or parish meeting, a patch walk, a beat surgery, a community event, or something else. */
export type EngagementKind =
  /** A drop-in session where residents can talk to the team. */
  | 'BEAT_SURGERY'
  /** A community event the team held or attended. */
  | 'COMMUNITY_EVENT'
  /** Anything else. */
  | 'OTHER'
  /** A walk around the area to meet residents. */
  | 'PATCH_WALK'
  /** A ward or parish council meeting the team attended. */
  | 'WARD_OR_PARISH_MEETING';

/** Broad ethnic groups (the census’s high-level groups), or prefer not to say. */
export type EthnicGroup =
  /** Asian, Asian British, Asian Welsh. */
  | 'ASIAN'
  /** Black, Black British, Black Welsh, Caribbean or African. */
  | 'BLACK'
  /** Mixed or multiple ethnic groups. */
  | 'MIXED'
  /** Another ethnic group. */
  | 'OTHER'
  /** Chose not to say. */
  | 'PREFER_NOT_TO_SAY'
  /** White. */
  | 'WHITE';

/** A resident’s gender as they describe it, or prefer not to say. */
export type Gender =
  /** Describes their gender in another way. */
  | 'IN_ANOTHER_WAY'
  /** Man. */
  | 'MAN'
  /** Chose not to say. */
  | 'PREFER_NOT_TO_SAY'
  /** Woman. */
  | 'WOMAN';

/** Why a postcode was refused: nothing typed, or not shaped like a UK postcode. */
export type InvalidPostcodeReason =
  /** Nothing was typed. */
  | 'EMPTY'
  /** The text is not shaped like a UK postcode. */
  | 'MALFORMED';

/** Who signs a newsletter issue. */
export type NewsletterAuthorInput = {
  /** The name printed under the issue. */
  name: string;
  /** The officer, when the author is one of the team’s officers; null otherwise. */
  officerId?: string | null | undefined;
  /** A photo of the author from this portal (PNG or JPEG); null for none. */
  photoUrl?: string | null | undefined;
  /** Their role as printed (PC, Sergeant, PCSO…). */
  role: string;
};

/** Everything a newsletter issue says: saved whole each time. */
export type NewsletterContentInput = {
  /** HTML; sanitised when stored. */
  advice: string;
  /** Who signs it; null for nobody. */
  author?: NewsletterAuthorInput | null | undefined;
  /** How to reach the team, plain text, at most 2,000 characters. */
  contact: string;
  /** HTML; sanitised when stored. */
  introduction: string;
  /** The team’s work now, to feature afresh (the service chooses what); null keeps what the issue features. */
  teamWork?: TeamWorkInput | null | undefined;
  /** The issue’s title, 1 to 150 characters. */
  title: string;
};

/** Which team and month a new newsletter issue is for. */
export type NewsletterDraftInput = {
  /** "YYYY-MM" */
  month: string;
  /** The team: one the caller manages. */
  neighbourhoodId: string;
};

/** Where a newsletter issue is: draft, in review, changes requested, approved, scheduled, published, or withdrawn. */
export type NewsletterStatus =
  /** Approved, ready to publish. */
  | 'APPROVED'
  /** Sent back by a reviewer with a comment for the team. */
  | 'CHANGES_REQUESTED'
  /** Being written by the team; only staff see it. */
  | 'DRAFT'
  /** Waiting for a reviewer. */
  | 'IN_REVIEW'
  /** Public, and mailed to subscribers. */
  | 'PUBLISHED'
  /** Approved, and to be published at scheduledFor. */
  | 'SCHEDULED'
  /** Withdrawn by an admin after publishing by mistake: its page answers 410 Gone. */
  | 'WITHDRAWN';

/** An issue in one language other than English: saved whole each time. */
export type NewsletterTranslationInput = {
  /** The advice in this language: HTML, sanitised when stored. */
  advice: string;
  /** The introduction in this language: HTML, sanitised when stored. */
  introduction: string;
  /** The language it is in: any but English. */
  language: ResidentLanguage;
  /** The title in this language, 1 to 150 characters. */
  title: string;
};

/** A month, a quarter, or a year to date. Defaults to the current month. */
export type PeriodInput = {
  /** Month, quarter or year to date. */
  kind: PeriodKind;
  /** The month (1–12) or quarter (1–4). */
  number?: number | null | undefined;
  /** The calendar year, such as 2026. */
  year: number;
};

/** How long a compliance period is: a calendar month, a quarter (January to March, …), or the year so far. */
export type PeriodKind =
  /** A calendar month. */
  | 'MONTH'
  /** A calendar quarter: January to March, April to June, July to September or October to December. */
  | 'QUARTER'
  /** From 1 January to today. */
  | 'YEAR_TO_DATE';

/** Where a quick poll is: a draft only staff see, open for votes, or closed. */
export type PollStatus =
  /** No longer taking votes; results stay shown. */
  | 'CLOSED'
  /** Being written; only staff see it. */
  | 'DRAFT'
  /** Taking votes. */
  | 'OPEN';

/** What a subscriber wants to get, as they change it from their manage link. */
export type PreferencesInput = {
  /** Withdraw consent: forget the demographic answers given before. Giving or changing them needs a fresh link (updateSubscriberDemographics), never the manage link. */
  clearDemographics?: boolean | null | undefined;
  /** The format of the mail. */
  format: EmailFormat;
  /** What to get: at least one. */
  interests: Array<SubscriptionInterest>;
  /** The language of the mail. */
  language: ResidentLanguage;
  /** The teams to follow, at most 50. */
  neighbourhoodIds: Array<string>;
  /** The NPAs to follow, at most 20. */
  policingAreaIds: Array<string>;
};

/** Where the community information behind a priority came from. */
export type PrioritySource =
  /** Residents raised it at a beat surgery. */
  | 'BEAT_SURGERY'
  /** The force’s analysis of crime and incidents showed it. */
  | 'CRIME_PATTERN_ANALYSIS'
  /** It came up at a community or council meeting. */
  | 'MEETING'
  /** Anywhere else. */
  | 'OTHER'
  /** Residents raised it in a survey. */
  | 'SURVEY';

/** Where a priority is: a draft only its team sees, active (published and being worked on), or completed. */
export type PriorityStatus =
  /** Published, and the team is working on it. */
  | 'ACTIVE'
  /** Published, and the team has finished it. */
  | 'COMPLETED'
  /** Being written; only the team’s staff see it. */
  | 'DRAFT';

/** A priority’s title and “You said” in one language other than English. */
export type PriorityTranslationInput = {
  /** The language: any but English. */
  language: ResidentLanguage;
  /** “You said”, translated: plain text, 1 to 2000 characters. */
  residentsSaid: string;
  /** The title, translated: plain text, 1 to 200 characters. */
  title: string;
};

/** “We did”: an action the team took on a priority. */
export type PriorityUpdateInput = {
  /** The day it was done: today or earlier. */
  actionOn: string;
  /** What the team did, in plain words. */
  weDid: string;
};

/** A “We did” update in one language other than English. */
export type PriorityUpdateTranslationInput = {
  /** The language: any but English. */
  language: ResidentLanguage;
  /** “We did”, translated: plain text, 1 to 2000 characters. */
  weDid: string;
};

/** One standard question of a new question set version. */
export type QuestionTextInput = {
  /** "Q1".."Q5". */
  code: string;
  /** The question in Welsh. */
  cy: string;
  /** The question in English. */
  en: string;
  /** The question in other languages, each at most once. Null or left out: an unchanged English question keeps the previous version’s translations. A language without one shows residents the English, marked as such. */
  translations?: Array<QuestionTranslationInput> | null | undefined;
};

/** A question’s wording in one language besides English and Welsh. */
export type QuestionTranslationInput = {
  /** The language (not EN or CY). */
  language: ResidentLanguage;
  /** The question in that language. */
  text: string;
};

/** Whose reach: confirmed newsletter SUBSCRIBERS, or verified "Your Views" RESPONDENTS of a round. */
export type ReachSample =
  /** Residents who answered a round of “Your Views” by invitation (verified). */
  | 'RESPONDENTS'
  /** Confirmed newsletter subscribers who told us about themselves. */
  | 'SUBSCRIBERS';

/** A language residents can choose: English, Welsh, Arabic, Gujarati, Polish, Punjabi (Gurmukhi), Somali, Urdu. */
export type ResidentLanguage =
  /** Arabic (العربية). */
  | 'AR'
  /** Welsh (Cymraeg). */
  | 'CY'
  /** English. */
  | 'EN'
  /** Gujarati (ગુજરાતી). */
  | 'GU'
  /** Punjabi (Gurmukhi) (ਪੰਜਾਬੀ). */
  | 'PA'
  /** Polish (Polski). */
  | 'PL'
  /** Somali (Soomaali). */
  | 'SO'
  /** Urdu (اردو). */
  | 'UR';

/** What a member of staff may do: see README "Who uses it". */
export type Role =
  /** Does everything, for the whole force. */
  | 'ADMIN'
  /** Reads the whole force’s records and figures; changes nothing. */
  | 'ANALYST'
  /** An NPA commander: reads and acts for every team in their NPA. */
  | 'COMMANDER'
  /** A neighbourhood officer: manages their own team’s records. */
  | 'OFFICER'
  /** Reviews newsletters and alerts before they are sent. */
  | 'REVIEWER';

/** Which answers a figure is from: VERIFIED (invitations, the default and the published headline), OPEN_LINK (the public link, unverified) or ALL. */
export type ScoreSample =
  /** Both together. */
  | 'ALL'
  /** Answers through the public link: unverified, anyone may answer. */
  | 'OPEN_LINK'
  /** Answers from residents invited by email: the headline figures. */
  | 'VERIFIED';

/** Where a team posted: the social network or channel. */
export type SocialChannel =
  /** Facebook. */
  | 'FACEBOOK'
  /** Instagram. */
  | 'INSTAGRAM'
  /** Nextdoor. */
  | 'NEXTDOOR'
  /** Any other channel. */
  | 'OTHER'
  /** WhatsApp (a community group or channel). */
  | 'WHATSAPP'
  /** X (formerly Twitter). */
  | 'X';

/** A post the team made on social media. */
export type SocialPostInput = {
  /** Where it was posted. */
  channel: SocialChannel;
  /** The post’s web address (https). */
  link?: string | null | undefined;
  /** The team that posted: one the caller manages. */
  neighbourhoodId: string;
  /** Not in the future. */
  postedOn: string;
  /** True when the post is a “You said – We did” update. */
  youSaidWeDid: boolean;
};

/** The seven community engagement standards. */
export type Standard =
  /** Post on social media every day. */
  | 'DAILY_SOCIAL_MEDIA'
  /** Publish a newsletter every month. */
  | 'MONTHLY_NEWSLETTER'
  /** At least two patch walks a year with a partner agency. */
  | 'PATCH_WALKS'
  /** At least one priority published for every quarter. */
  | 'QUARTERLY_PRIORITIES'
  /** A “Your Views” survey round in every quarter. */
  | 'QUARTERLY_SURVEY'
  /** At least one ward or parish meeting a year. */
  | 'WARD_MEETING'
  /** The NPA commander posts an update every week. */
  | 'WEEKLY_COMMANDER_UPDATE';

/** Either an invitation token (verified, single use) or the open link: roundId and, optionally, neighbourhoodId. */
export type SubmitSurveyInput = {
  /** Every question of the round for that neighbourhood, each once. */
  answers: Array<AnswerInput>;
  /** Age band, ethnic group, disability and gender, only if the resident chooses to say. */
  demographics?: DemographicsInput | null | undefined;
  /** The language the questions were shown in (the page’s). Recorded with the answers so analysts can compare by language; scores count every language alike. */
  language?: ResidentLanguage;
  /** The team, for an open-link answer; left out with a token. */
  neighbourhoodId?: string | null | undefined;
  /** The round, for an open-link answer; left out with a token (the invitation names it). */
  roundId?: string | null | undefined;
  /** The token from a resident’s invitation link; null for an open-link answer. */
  token?: string | null | undefined;
};

/** A resident’s sign-up: their address, what they want, and (if they choose) who they are. */
export type SubscribeInput = {
  /** Age band, ethnic group, disability and gender, only if the resident chooses to say; used for reach figures, never shown alone. */
  demographics?: DemographicsInput | null | undefined;
  /** The resident’s email address; a confirmation link is mailed to it. */
  email: string;
  /** The format of the mail. */
  format: EmailFormat;
  /** What to get: at least one. */
  interests: Array<SubscriptionInterest>;
  /** The language of the mail. */
  language: ResidentLanguage;
  /** The teams to follow, at most 50. */
  neighbourhoodIds: Array<string>;
  /** The NPAs to follow, at most 20. */
  policingAreaIds: Array<string>;
};

/** The only outcome: it never reveals whether the address was already known. */
export type SubscribeOutcome =
  /** A confirmation link has been mailed (or the address was already signed up: the answer is the same). */
  | 'CHECK_YOUR_EMAIL';

/** Where a subscription is: pending confirmation, confirmed, unsubscribed, or suppressed after the address bounced. */
export type SubscriberStatus =
  /** Confirmed: gets what they chose. */
  | 'CONFIRMED'
  /** Signed up but has not confirmed yet: gets no mail. */
  | 'PENDING'
  /** Mail to the address bounced: gets no mail until they sign up again. */
  | 'SUPPRESSED'
  /** Unsubscribed: gets no mail. */
  | 'UNSUBSCRIBED';

/** What a subscriber wants to get: the monthly newsletter, commander’s updates, event news, or survey invitations. */
export type SubscriptionInterest =
  /** News of community events. */
  | 'EVENTS'
  /** The team’s monthly newsletter. */
  | 'NEWSLETTER'
  /** Invitations to the “Your Views” survey. */
  | 'SURVEYS'
  /** The commander’s updates and alerts. */
  | 'UPDATES';

/** Where a round is: scheduled (not open yet), open for answers, or closed. */
export type SurveyRoundStatus =
  /** Finished: its figures are final. */
  | 'CLOSED'
  /** Taking answers: its figures change as answers arrive. */
  | 'OPEN'
  /** Not open yet: local questions can still be added. */
  | 'SCHEDULED';

/** One of the team’s upcoming events, as engagement gives it. */
export type TeamEventInput = {
  /** The event in engagement. */
  eventId: string;
  /** Where it is held. */
  place: string;
  /** When it starts. */
  startsAt: string;
  /** Its title. */
  title: string;
};

/** One of the team’s priorities, as engagement gives it. */
export type TeamPriorityInput = {
  /** The priority in engagement. */
  priorityId: string;
  /** Its quarter, 1 to 4. */
  quarter: number;
  /** What residents said (“You said”). */
  residentsSaid: string;
  /** Where the priority is now. */
  status: PriorityStatus;
  /** Its title. */
  title: string;
  /** What the team did, oldest first. */
  updates: Array<TeamPriorityUpdateInput>;
  /** The calendar year of its quarter. */
  year: number;
};

/** “We did”: one dated action on a priority. */
export type TeamPriorityUpdateInput = {
  /** The day the team acted (UK date). */
  actionOn: string;
  /** What the team did, plain text. */
  weDid: string;
};

/** The team’s priorities and upcoming events as they are now, from which the service chooses what an issue features. */
export type TeamWorkInput = {
  /** Upcoming events, soonest first. */
  events: Array<TeamEventInput>;
  /** Every priority the team has, drafts too. */
  priorities: Array<TeamPriorityInput>;
};

/** The fields to change; those left out (or null) stay as they are. */
export type UpdatePriorityInput = {
  /** A new quarter, 1 to 4; left out to keep it. */
  quarter?: number | null | undefined;
  /** What residents said, in their words (“You said”); left out to keep it. */
  residentsSaid?: string | null | undefined;
  /** How the team learnt of it; left out to keep it. */
  source?: PrioritySource | null | undefined;
  /** A new title; left out to keep it. */
  title?: string | null | undefined;
  /** A new calendar year for its quarter; left out to keep it. */
  year?: number | null | undefined;
};

/** Why a figure is not shown: TOO_FEW_ANSWERS (fewer respondents than the threshold, default 10) or PROTECTS_SMALLER_GROUP (held back so that a small figure beside it cannot be worked out by subtraction). */
export type WithheldReason =
  /** Enough answered, but showing it would let a hidden figure beside it be worked out by subtraction. */
  | 'PROTECTS_SMALLER_GROUP'
  /** Fewer than 10 people answered. */
  | 'TOO_FEW_ANSWERS';

export type AlertFieldsFragment = { id: string, audience: AlertAudience, source: AlertSource, audienceName: string, title: string, body: string, linkUrl: string | null, status: AlertStatus, urgent: boolean, reviewComment: string | null, createdAt: string, sentAt: string | null, recipientCount: number | null };

export type TeamAlertsQueryVariables = Exact<{
  neighbourhoodId: string;
}>;


export type TeamAlertsQuery = { alertsNeedReview: boolean, teamAlerts: Array<{ id: string, audience: AlertAudience, source: AlertSource, audienceName: string, title: string, body: string, linkUrl: string | null, status: AlertStatus, urgent: boolean, reviewComment: string | null, createdAt: string, sentAt: string | null, recipientCount: number | null }> };

export type AlertRuleQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRuleQuery = { alertsNeedReview: boolean };

export type AreaAlertsQueryVariables = Exact<{
  slug: string;
}>;


export type AreaAlertsQuery = { alertsNeedReview: boolean, policingArea: { id: string, slug: string, name: string } | null };

export type AreaAlertListQueryVariables = Exact<{
  policingAreaId: string;
}>;


export type AreaAlertListQuery = { areaAlerts: Array<{ id: string, audience: AlertAudience, source: AlertSource, audienceName: string, title: string, body: string, linkUrl: string | null, status: AlertStatus, urgent: boolean, reviewComment: string | null, createdAt: string, sentAt: string | null, recipientCount: number | null }> };

export type AlertReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertReviewQueueQuery = { alertReviewQueue: Array<{ id: string, audience: AlertAudience, source: AlertSource, audienceName: string, title: string, body: string, linkUrl: string | null, status: AlertStatus, urgent: boolean, reviewComment: string | null, createdAt: string, sentAt: string | null, recipientCount: number | null }> };

export type CreateAlertDraftMutationVariables = Exact<{
  input: AlertInput;
}>;


export type CreateAlertDraftMutation = { createAlertDraft: { id: string } };

export type SubmitAlertForReviewMutationVariables = Exact<{
  id: string;
}>;


export type SubmitAlertForReviewMutation = { submitAlertForReview: { id: string, status: AlertStatus } };

export type SendAlertMutationVariables = Exact<{
  id: string;
}>;


export type SendAlertMutation = { sendAlert: { id: string, status: AlertStatus } };

export type SendUrgentAlertMutationVariables = Exact<{
  id: string;
}>;


export type SendUrgentAlertMutation = { sendUrgentAlert: { id: string, status: AlertStatus } };

export type ApproveAlertMutationVariables = Exact<{
  id: string;
}>;


export type ApproveAlertMutation = { approveAlert: { id: string, title: string, status: AlertStatus, recipientCount: number | null } };

export type RequestAlertChangesMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type RequestAlertChangesMutation = { requestAlertChanges: { id: string, title: string, status: AlertStatus } };

export type PolicingAreaSummaryFieldsFragment = { id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> };

export type PeriodFieldsFragment = { kind: PeriodKind, label: string, startsOn: string, endsOn: string, asOf: string };

export type RollupFieldsFragment = { standard: Standard, met: number, due: number, missed: number, notApplicable: number };

export type RecordNewsletterViewMutationVariables = Exact<{
  id: string;
}>;


export type RecordNewsletterViewMutation = { recordNewsletterView: boolean };

export type NewsletterFieldsFragment = { id: string, month: string, title: string, status: NewsletterStatus, introduction: string, advice: string, contact: string, publishedAt: string | null, author: { officerId: string | null, name: string, role: string, photoUrl: string | null } | null, priorities: Array<{ priorityId: string | null, title: string, youSaid: string, weDid: Array<string> }>, events: Array<{ eventId: string | null, title: string, startsAt: string, place: string }>, poll: { id: string, question: string } | null };

export type ArchiveTeamFieldsFragment = { id: string, slug: string, name: string, policingArea: { slug: string, name: string } };

export type NewsletterArchiveQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type NewsletterArchiveQuery = { neighbourhood: { id: string, slug: string, name: string, newsletters: { totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, month: string, title: string, status: NewsletterStatus, publishedAt: string | null }> }, policingArea: { slug: string, name: string } } | null };

export type NewsletterIssueQueryVariables = Exact<{
  slug: string;
  month: string;
  language: ResidentLanguage;
}>;


export type NewsletterIssueQuery = { neighbourhood: { newsletterWithdrawn: boolean, id: string, slug: string, name: string, newsletter: { id: string, month: string, title: string, status: NewsletterStatus, introduction: string, advice: string, contact: string, publishedAt: string | null, translation: { language: ResidentLanguage, title: string, introduction: string, advice: string } | null, author: { officerId: string | null, name: string, role: string, photoUrl: string | null } | null, priorities: Array<{ priorityId: string | null, title: string, youSaid: string, weDid: Array<string> }>, events: Array<{ eventId: string | null, title: string, startsAt: string, place: string }>, poll: { id: string, question: string } | null } | null, policingArea: { slug: string, name: string } } | null };

export type NewsletterTeamWorkQueryVariables = Exact<{
  slug: string;
}>;


export type NewsletterTeamWorkQuery = { neighbourhood: { id: string, priorities: Array<{ id: string, year: number, quarter: number, title: string, residentsSaid: string, status: PriorityStatus, updates: Array<{ actionOn: string, weDid: string }> }>, upcomingEvents: Array<{ id: string, title: string, startsAt: string, place: string }> } | null };

export type ResidentCountFieldsFragment = { value: number | null, fewerThan: number | null };

export type NewsletterEngagementFieldsFragment = { archiveViews: number, delivered: { value: number | null, fewerThan: number | null }, bounced: { value: number | null, fewerThan: number | null }, unsubscribed: { value: number | null, fewerThan: number | null } };

export type NewsletterEngagementTrendQueryVariables = Exact<{
  slug: string;
}>;


export type NewsletterEngagementTrendQuery = { neighbourhood: { id: string, newsletterEngagementTrend: Array<{ month: string, issuesPublished: number, archiveViews: number, delivered: { value: number | null, fewerThan: number | null }, bounced: { value: number | null, fewerThan: number | null }, unsubscribed: { value: number | null, fewerThan: number | null } }> } | null };

export type StaffNewsletterFieldsFragment = { reviewComment: string | null, scheduledFor: string | null, updatedAt: string, id: string, month: string, title: string, status: NewsletterStatus, introduction: string, advice: string, contact: string, publishedAt: string | null, translations: Array<{ language: ResidentLanguage }>, delivery: { total: number, queued: number, sent: number, failed: number, suppressed: number, finished: boolean } | null, author: { officerId: string | null, name: string, role: string, photoUrl: string | null } | null, priorities: Array<{ priorityId: string | null, title: string, youSaid: string, weDid: Array<string> }>, events: Array<{ eventId: string | null, title: string, startsAt: string, place: string }>, poll: { id: string, question: string } | null };

export type TeamNewslettersQueryVariables = Exact<{
  slug: string;
}>;


export type TeamNewslettersQuery = { neighbourhood: { id: string, subscriberCount: number | null, newsletterDrafts: Array<{ id: string, month: string, title: string, status: NewsletterStatus, publishedAt: string | null }>, newsletters: { nodes: Array<{ id: string, month: string, title: string, status: NewsletterStatus, publishedAt: string | null, engagement: { archiveViews: number, delivered: { value: number | null, fewerThan: number | null }, bounced: { value: number | null, fewerThan: number | null }, unsubscribed: { value: number | null, fewerThan: number | null } } | null }> } } | null };

export type StaffNewsletterQueryVariables = Exact<{
  slug: string;
  month: string;
}>;


export type StaffNewsletterQuery = { neighbourhood: { id: string, officers: Array<{ id: string, name: string, role: string, bio: string | null, photoUrl: string | null }>, newsletter: { reviewComment: string | null, scheduledFor: string | null, updatedAt: string, id: string, month: string, title: string, status: NewsletterStatus, introduction: string, advice: string, contact: string, publishedAt: string | null, translations: Array<{ language: ResidentLanguage }>, delivery: { total: number, queued: number, sent: number, failed: number, suppressed: number, finished: boolean } | null, author: { officerId: string | null, name: string, role: string, photoUrl: string | null } | null, priorities: Array<{ priorityId: string | null, title: string, youSaid: string, weDid: Array<string> }>, events: Array<{ eventId: string | null, title: string, startsAt: string, place: string }>, poll: { id: string, question: string } | null } | null } | null };

export type NewsletterEmailPreviewQueryVariables = Exact<{
  id: string;
  format: EmailFormat;
  language: ResidentLanguage;
}>;


export type NewsletterEmailPreviewQuery = { newsletterEmailPreview: { subject: string, html: string, text: string } };

export type NewsletterReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsletterReviewQueueQuery = { newsletterReviewQueue: Array<{ id: string, month: string, title: string, status: NewsletterStatus, updatedAt: string, neighbourhood: { id: string, slug: string, name: string } }> };

export type NewsletterByIdQueryVariables = Exact<{
  id: string;
}>;


export type NewsletterByIdQuery = { newsletterById: { reviewComment: string | null, scheduledFor: string | null, updatedAt: string, id: string, month: string, title: string, status: NewsletterStatus, introduction: string, advice: string, contact: string, publishedAt: string | null, neighbourhood: { id: string, slug: string, name: string }, translations: Array<{ language: ResidentLanguage }>, delivery: { total: number, queued: number, sent: number, failed: number, suppressed: number, finished: boolean } | null, author: { officerId: string | null, name: string, role: string, photoUrl: string | null } | null, priorities: Array<{ priorityId: string | null, title: string, youSaid: string, weDid: Array<string> }>, events: Array<{ eventId: string | null, title: string, startsAt: string, place: string }>, poll: { id: string, question: string } | null } | null };

export type NewsletterTranslationsQueryVariables = Exact<{
  id: string;
}>;


export type NewsletterTranslationsQuery = { newsletterById: { id: string, month: string, title: string, status: NewsletterStatus, introduction: string, advice: string, neighbourhood: { id: string, slug: string, name: string }, translations: Array<{ language: ResidentLanguage, title: string, introduction: string, advice: string, updatedAt: string, updatedByName: string | null }> } | null };

export type SaveNewsletterTranslationMutationVariables = Exact<{
  id: string;
  input: NewsletterTranslationInput;
}>;


export type SaveNewsletterTranslationMutation = { saveNewsletterTranslation: { language: ResidentLanguage } };

export type RemoveNewsletterTranslationMutationVariables = Exact<{
  id: string;
  language: ResidentLanguage;
}>;


export type RemoveNewsletterTranslationMutation = { removeNewsletterTranslation: { id: string } };

export type CreateNewsletterDraftMutationVariables = Exact<{
  input: NewsletterDraftInput;
}>;


export type CreateNewsletterDraftMutation = { createNewsletterDraft: { id: string, month: string } };

export type UpdateNewsletterDraftMutationVariables = Exact<{
  id: string;
  input: NewsletterContentInput;
}>;


export type UpdateNewsletterDraftMutation = { updateNewsletterDraft: { id: string, status: NewsletterStatus } };

export type SubmitNewsletterForReviewMutationVariables = Exact<{
  id: string;
}>;


export type SubmitNewsletterForReviewMutation = { submitNewsletterForReview: { id: string, status: NewsletterStatus } };

export type PublishNewsletterMutationVariables = Exact<{
  id: string;
  at?: string | null | undefined;
}>;


export type PublishNewsletterMutation = { publishNewsletter: { id: string, status: NewsletterStatus } };

export type ApproveNewsletterMutationVariables = Exact<{
  id: string;
}>;


export type ApproveNewsletterMutation = { approveNewsletter: { id: string, status: NewsletterStatus } };

export type RequestNewsletterChangesMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type RequestNewsletterChangesMutation = { requestNewsletterChanges: { id: string, status: NewsletterStatus } };

export type WithdrawNewsletterMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type WithdrawNewsletterMutation = { withdrawNewsletter: { id: string, status: NewsletterStatus } };

export type ReachTableFieldsFragment = { sample: ReachSample, level: AreaLevel, areaId: string | null, areaName: string, dimension: DemographicDimension, roundId: string | null, roundLabel: string | null, asOf: string | null, total: number | null, totalSuppressed: boolean, answered: number | null, notSaid: number | null, population: number | null, perThousandResidents: number | null, isDemoPopulation: boolean, groups: Array<{ group: string, count: number | null, suppressed: boolean, share: number | null, lowBase: boolean, populationShare: number | null, ratio: number | null, ratioLow: number | null, ratioHigh: number | null, seldomHeard: boolean }> };

export type ReachRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReachRoundsQuery = { surveyRounds: Array<{ id: string, label: string, closesOn: string, status: SurveyRoundStatus, policingAreaIds: Array<string>, voidedAt: string | null }> };

export type ReachQueryVariables = Exact<{
  level: AreaLevel;
  areaId?: string | null | undefined;
  dimension: DemographicDimension;
  byArea: boolean;
}>;


export type ReachQuery = { subscribers: { sample: ReachSample, level: AreaLevel, areaId: string | null, areaName: string, dimension: DemographicDimension, roundId: string | null, roundLabel: string | null, asOf: string | null, total: number | null, totalSuppressed: boolean, answered: number | null, notSaid: number | null, population: number | null, perThousandResidents: number | null, isDemoPopulation: boolean, groups: Array<{ group: string, count: number | null, suppressed: boolean, share: number | null, lowBase: boolean, populationShare: number | null, ratio: number | null, ratioLow: number | null, ratioHigh: number | null, seldomHeard: boolean }> }, trend: Array<{ sample: ReachSample, level: AreaLevel, areaId: string | null, areaName: string, dimension: DemographicDimension, roundId: string | null, roundLabel: string | null, asOf: string | null, total: number | null, totalSuppressed: boolean, answered: number | null, notSaid: number | null, population: number | null, perThousandResidents: number | null, isDemoPopulation: boolean, groups: Array<{ group: string, count: number | null, suppressed: boolean, share: number | null, lowBase: boolean, populationShare: number | null, ratio: number | null, ratioLow: number | null, ratioHigh: number | null, seldomHeard: boolean }> }>, subscriberAreas?: Array<{ sample: ReachSample, level: AreaLevel, areaId: string | null, areaName: string, dimension: DemographicDimension, roundId: string | null, roundLabel: string | null, asOf: string | null, total: number | null, totalSuppressed: boolean, answered: number | null, notSaid: number | null, population: number | null, perThousandResidents: number | null, isDemoPopulation: boolean, groups: Array<{ group: string, count: number | null, suppressed: boolean, share: number | null, lowBase: boolean, populationShare: number | null, ratio: number | null, ratioLow: number | null, ratioHigh: number | null, seldomHeard: boolean }> }> };

export type ReachRoundQueryVariables = Exact<{
  level: AreaLevel;
  areaId?: string | null | undefined;
  dimension: DemographicDimension;
  roundId: string;
  byArea: boolean;
}>;


export type ReachRoundQuery = { respondents: { sample: ReachSample, level: AreaLevel, areaId: string | null, areaName: string, dimension: DemographicDimension, roundId: string | null, roundLabel: string | null, asOf: string | null, total: number | null, totalSuppressed: boolean, answered: number | null, notSaid: number | null, population: number | null, perThousandResidents: number | null, isDemoPopulation: boolean, groups: Array<{ group: string, count: number | null, suppressed: boolean, share: number | null, lowBase: boolean, populationShare: number | null, ratio: number | null, ratioLow: number | null, ratioHigh: number | null, seldomHeard: boolean }> }, respondentAreas?: Array<{ sample: ReachSample, level: AreaLevel, areaId: string | null, areaName: string, dimension: DemographicDimension, roundId: string | null, roundLabel: string | null, asOf: string | null, total: number | null, totalSuppressed: boolean, answered: number | null, notSaid: number | null, population: number | null, perThousandResidents: number | null, isDemoPopulation: boolean, groups: Array<{ group: string, count: number | null, suppressed: boolean, share: number | null, lowBase: boolean, populationShare: number | null, ratio: number | null, ratioLow: number | null, ratioHigh: number | null, seldomHeard: boolean }> }> };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, active: boolean }> };

export type AllApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AllApiTokensQuery = { apiTokens: Array<{ id: string, name: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, active: boolean, owner: { id: string, name: string } }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  expiresInDays: number;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, expiresAt: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type ApiTokenUsesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  tokenId?: string | null | undefined;
}>;


export type ApiTokenUsesQuery = { apiTokenUses: { totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, tokenId: string, tokenName: string | null, staffName: string | null, operationName: string | null, cost: number | null, durationMs: number, at: string, outcome: ApiTokenOutcome }> } };

export type AuthenticateStaffMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AuthenticateStaffMutation = { authenticateStaff: { token: string, staff: { id: string, name: string, role: Role, neighbourhoodId: string | null, policingAreaId: string | null } } | null };

export type StaffSessionQueryVariables = Exact<{
  token: string;
}>;


export type StaffSessionQuery = { staffSession: { id: string, name: string, role: Role, neighbourhoodId: string | null, policingAreaId: string | null } | null };

export type EndStaffSessionMutationVariables = Exact<{
  token: string;
}>;


export type EndStaffSessionMutation = { endStaffSession: boolean };

export type SubscriptionAreaFieldsFragment = { id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> };

export type PreferencesFieldsFragment = { email: string, status: SubscriberStatus, interests: Array<SubscriptionInterest>, language: ResidentLanguage, format: EmailFormat, hasDemographics: boolean, manageToken: string, unsubscribeToken: string, neighbourhoods: Array<{ id: string, slug: string, name: string, policingArea: { id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> } }>, policingAreas: Array<{ id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type SubscribeTeamQueryVariables = Exact<{
  slug: string;
}>;


export type SubscribeTeamQuery = { neighbourhood: { id: string, slug: string, name: string, policingArea: { id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> } } | null };

export type SubscribeMutationVariables = Exact<{
  input: SubscribeInput;
}>;


export type SubscribeMutation = { subscribe: { outcome: SubscribeOutcome } };

export type ConfirmSubscriptionMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmSubscriptionMutation = { confirmSubscription: { email: string, status: SubscriberStatus, interests: Array<SubscriptionInterest>, language: ResidentLanguage, format: EmailFormat, hasDemographics: boolean, manageToken: string, unsubscribeToken: string, neighbourhoods: Array<{ id: string, slug: string, name: string, policingArea: { id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> } }>, policingAreas: Array<{ id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> } };

export type SubscriberPreferencesQueryVariables = Exact<{
  token: string;
}>;


export type SubscriberPreferencesQuery = { subscriberPreferences: { email: string, status: SubscriberStatus, interests: Array<SubscriptionInterest>, language: ResidentLanguage, format: EmailFormat, hasDemographics: boolean, manageToken: string, unsubscribeToken: string, neighbourhoods: Array<{ id: string, slug: string, name: string, policingArea: { id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> } }>, policingAreas: Array<{ id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> } };

export type UpdateSubscriberPreferencesMutationVariables = Exact<{
  token: string;
  input: PreferencesInput;
}>;


export type UpdateSubscriberPreferencesMutation = { updateSubscriberPreferences: { email: string, status: SubscriberStatus, interests: Array<SubscriptionInterest>, language: ResidentLanguage, format: EmailFormat, hasDemographics: boolean, manageToken: string, unsubscribeToken: string, neighbourhoods: Array<{ id: string, slug: string, name: string, policingArea: { id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> } }>, policingAreas: Array<{ id: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> } };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: { email: string } };

export type UnsubscribeAddressQueryVariables = Exact<{
  token: string;
}>;


export type UnsubscribeAddressQuery = { unsubscribeAddress: { email: string } };

export type EraseSubscriberDataMutationVariables = Exact<{
  token: string;
}>;


export type EraseSubscriberDataMutation = { eraseSubscriberData: boolean };

export type SendDemographicsLinkMutationVariables = Exact<{
  token: string;
}>;


export type SendDemographicsLinkMutation = { sendDemographicsLink: boolean };

export type SubscriberDemographicsQueryVariables = Exact<{
  token: string;
}>;


export type SubscriberDemographicsQuery = { subscriberDemographics: { ageBand: AgeBand, ethnicGroup: EthnicGroup, disability: Disability, gender: Gender } | null };

export type UpdateSubscriberDemographicsMutationVariables = Exact<{
  token: string;
  demographics?: DemographicsInput | null | undefined;
}>;


export type UpdateSubscriberDemographicsMutation = { updateSubscriberDemographics: { ageBand: AgeBand } | null };

export type StaffSurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffSurveyRoundsQuery = { surveyRounds: Array<{ questionSetVersion: number, policingAreaIds: Array<string>, responseCount: number, nationalComparison: number | null, id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus, localQuestions: Array<{ policingAreaId: string, question: { id: string, code: string, text: string } }> }>, policingAreas: Array<{ id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type CreateSurveyRoundMutationVariables = Exact<{
  label: string;
  opensOn: string;
  closesOn: string;
  policingAreaIds: Array<string> | string;
}>;


export type CreateSurveyRoundMutation = { createSurveyRound: { id: string } };

export type AddLocalQuestionMutationVariables = Exact<{
  roundId: string;
  policingAreaId: string;
  text: string;
  textCy?: string | null | undefined;
}>;


export type AddLocalQuestionMutation = { addLocalQuestion: { id: string } };

export type OpenSurveyRoundMutationVariables = Exact<{
  id: string;
}>;


export type OpenSurveyRoundMutation = { openSurveyRound: { id: string, status: SurveyRoundStatus } };

export type CloseSurveyRoundMutationVariables = Exact<{
  id: string;
}>;


export type CloseSurveyRoundMutation = { closeSurveyRound: { id: string, status: SurveyRoundStatus } };

export type SetNationalComparisonMutationVariables = Exact<{
  roundId: string;
  value: number;
}>;


export type SetNationalComparisonMutation = { setNationalComparison: { id: string, nationalComparison: number | null } };

export type RoundToPutRightQueryVariables = Exact<{
  id: string;
}>;


export type RoundToPutRightQuery = { surveyRound: { voidedAt: string | null, responseCount: number, excludedResponseCount: number, id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus, openLinkDays: Array<{ day: string, answers: number, excluded: number }>, auditEntries: Array<{ id: string, at: string, actorName: string, actorRole: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } | null };

export type VoidSurveyRoundMutationVariables = Exact<{
  roundId: string;
  reason: string;
}>;


export type VoidSurveyRoundMutation = { voidSurveyRound: { id: string, voidedAt: string | null } };

export type ExcludeOpenLinkAnswersMutationVariables = Exact<{
  roundId: string;
  days: Array<string> | string;
  reason: string;
}>;


export type ExcludeOpenLinkAnswersMutation = { excludeOpenLinkAnswers: { changed: number } };

export type IncludeOpenLinkAnswersMutationVariables = Exact<{
  roundId: string;
  days: Array<string> | string;
  reason: string;
}>;


export type IncludeOpenLinkAnswersMutation = { includeOpenLinkAnswers: { changed: number } };

export type RoundFieldsFragment = { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus };

export type SurveyInvitationQueryVariables = Exact<{
  token: string;
}>;


export type SurveyInvitationQuery = { surveyInvitation: { alreadyAnswered: boolean, neighbourhood: { id: string, slug: string, name: string }, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus } } };

export type SurveyRoundQuestionsQueryVariables = Exact<{
  id: string;
  neighbourhoodId?: string | null | undefined;
  language?: ResidentLanguage | null | undefined;
}>;


export type SurveyRoundQuestionsQuery = { surveyRound: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus, questions: Array<{ id: string, code: string, text: string, textLanguage: ResidentLanguage, standard: boolean }> } | null };

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { verified: boolean, neighbourhood: { id: string, slug: string } | null, round: { id: string } } };

export type SurveyPostcodeQueryVariables = Exact<{
  postcode: string;
}>;


export type SurveyPostcodeQuery = { findNeighbourhood:
    | { __typename: 'InvalidPostcode' }
    | { __typename: 'PostcodeMatch', neighbourhood: { id: string, slug: string, name: string } }
    | { __typename: 'PostcodeNotFound' }
   };

export type OpenRoundsForAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenRoundsForAreasQuery = { surveyRounds: Array<{ id: string, label: string, closesOn: string, status: SurveyRoundStatus, policingAreaIds: Array<string> }> };

export type PollFieldsFragment = { id: string, question: string, closesAt: string | null, open: boolean, status: PollStatus, totalVotes: number | null, options: Array<{ id: string, label: string, votes: number | null, share: number | null }> };

export type StaffTeamPollsQueryVariables = Exact<{
  neighbourhoodId: string;
}>;


export type StaffTeamPollsQuery = { teamPolls: Array<{ openedAt: string | null, policingAreaIds: Array<string>, neighbourhoodIds: Array<string>, manageable: boolean, id: string, question: string, closesAt: string | null, open: boolean, status: PollStatus, totalVotes: number | null, options: Array<{ id: string, label: string, votes: number | null, share: number | null }> }> };

export type CreatePollMutationVariables = Exact<{
  input: CreatePollInput;
}>;


export type CreatePollMutation = { createPoll: { id: string } };

export type OpenPollMutationVariables = Exact<{
  id: string;
}>;


export type OpenPollMutation = { openPoll: { id: string } };

export type ClosePollMutationVariables = Exact<{
  id: string;
}>;


export type ClosePollMutation = { closePoll: { id: string } };

export type PollQueryVariables = Exact<{
  id: string;
}>;


export type PollQuery = { poll: { id: string, question: string, closesAt: string | null, open: boolean, status: PollStatus, totalVotes: number | null, options: Array<{ id: string, label: string, votes: number | null, share: number | null }> } | null };

export type TeamPollsQueryVariables = Exact<{
  neighbourhoodId?: string | null | undefined;
}>;


export type TeamPollsQuery = { polls: Array<{ id: string, question: string, closesAt: string | null, open: boolean, status: PollStatus, totalVotes: number | null, options: Array<{ id: string, label: string, votes: number | null, share: number | null }> }> };

export type VotePollMutationVariables = Exact<{
  pollId: string;
  optionId: string;
}>;


export type VotePollMutation = { votePoll: { id: string } };

export type CurrentQuestionSetQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentQuestionSetQuery = { currentQuestionSet: { version: number, createdAt: string, questions: Array<{ code: string, en: string, cy: string }> } };

export type PublishQuestionSetMutationVariables = Exact<{
  input: Array<QuestionTextInput> | QuestionTextInput;
}>;


export type PublishQuestionSetMutation = { publishQuestionSet: { version: number } };

export type FigureFieldsFragment = { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean };

export type ConfidenceTrendQueryVariables = Exact<{
  level: AreaLevel;
  areaId?: string | null | undefined;
}>;


export type ConfidenceTrendQuery = { confidenceTrend: Array<{ national: number | null, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } }> };

export type HeadlineRoundFieldsFragment = { responses: number | null, withheld: WithheldReason | null, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } };

export type ConfidenceHeadlineQueryVariables = Exact<{
  level: AreaLevel;
  areaId?: string | null | undefined;
}>;


export type ConfidenceHeadlineQuery = { confidenceHeadline: { latest: { responses: number | null, withheld: WithheldReason | null, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } }, shown: { responses: number | null, withheld: WithheldReason | null, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } } | null } | null };

export type ConfidenceScoresQueryVariables = Exact<{
  level: AreaLevel;
  groupBy?: Breakdown | null | undefined;
  roundIds?: Array<string> | string | null | undefined;
  areaIds?: Array<string> | string | null | undefined;
  sample?: ScoreSample | null | undefined;
  language?: ResidentLanguage | null | undefined;
}>;


export type ConfidenceScoresQuery = { confidenceScores: Array<{ level: AreaLevel, policingAreaId: string | null, neighbourhoodId: string | null, groupBy: Breakdown, group: string | null, sample: ScoreSample, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean }, questions: Array<{ question: { id: string, code: string, text: string, textLanguage: ResidentLanguage }, figure: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } }>, change: { points: number | null, significant: boolean, suppressed: boolean } | null, openLink: { responses: number | null, anomaly: boolean, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } } | null }> };

export type ResultsNeighbourhoodQueryVariables = Exact<{
  slug: string;
}>;


export type ResultsNeighbourhoodQuery = { neighbourhood: { id: string, slug: string, name: string, policingArea: { slug: string, name: string } } | null };

export type ResultsPolicingAreaQueryVariables = Exact<{
  slug: string;
}>;


export type ResultsPolicingAreaQuery = { policingArea: { id: string, slug: string, name: string } | null };

export type PublicSurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicSurveyRoundsQuery = { surveyRounds: Array<{ id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }> };

export type ImportEngagementsMutationVariables = Exact<{
  neighbourhoodId: string;
  csv: string;
  dryRun: boolean;
}>;


export type ImportEngagementsMutation = { importEngagements: { imported: number, dryRun: boolean, errors: Array<{ row: number, column: string | null, message: string }> } };

export type ImportSocialPostsMutationVariables = Exact<{
  neighbourhoodId: string;
  csv: string;
  dryRun: boolean;
}>;


export type ImportSocialPostsMutation = { importSocialPosts: { imported: number, dryRun: boolean, errors: Array<{ row: number, column: string | null, message: string }> } };

export type ImportResultFieldsFragment = { imported: number, dryRun: boolean, errors: Array<{ row: number, column: string | null, message: string }> };

export type EngagementFieldsFragment = { id: string, kind: EngagementKind, heldOn: string, place: string, attendance: number | null, partners: Array<string>, communitiesReached: Array<string>, notes: string | null };

export type TeamEngagementsQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TeamEngagementsQuery = { neighbourhood: { id: string, engagements: { totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, kind: EngagementKind, heldOn: string, place: string, attendance: number | null, partners: Array<string>, communitiesReached: Array<string>, notes: string | null }> } } | null };

export type RecordEngagementMutationVariables = Exact<{
  input: EngagementInput;
}>;


export type RecordEngagementMutation = { recordEngagement: { id: string } };

export type UpdateEngagementMutationVariables = Exact<{
  id: string;
  input: EngagementInput;
}>;


export type UpdateEngagementMutation = { updateEngagement: { id: string } };

export type DeleteEngagementMutationVariables = Exact<{
  id: string;
}>;


export type DeleteEngagementMutation = { deleteEngagement: boolean };

export type TeamEventsQueryVariables = Exact<{
  slug: string;
}>;


export type TeamEventsQuery = { neighbourhood: { id: string, events: Array<{ id: string, title: string, description: string | null, startsAt: string, endsAt: string | null, place: string, accessibilityNotes: string | null, status: CommunityEventStatus }> } | null };

export type CreateCommunityEventMutationVariables = Exact<{
  input: CommunityEventInput;
}>;


export type CreateCommunityEventMutation = { createCommunityEvent: { id: string } };

export type UpdateCommunityEventMutationVariables = Exact<{
  id: string;
  input: CommunityEventInput;
}>;


export type UpdateCommunityEventMutation = { updateCommunityEvent: { id: string } };

export type PublishCommunityEventMutationVariables = Exact<{
  id: string;
}>;


export type PublishCommunityEventMutation = { publishCommunityEvent: { id: string, status: CommunityEventStatus } };

export type CancelCommunityEventMutationVariables = Exact<{
  id: string;
}>;


export type CancelCommunityEventMutation = { cancelCommunityEvent: { id: string, status: CommunityEventStatus } };

export type TeamPrioritiesQueryVariables = Exact<{
  slug: string;
}>;


export type TeamPrioritiesQuery = { neighbourhood: { id: string, priorities: Array<{ id: string, year: number, quarter: number, title: string, residentsSaid: string, source: PrioritySource, status: PriorityStatus, publishedAt: string | null, translations: Array<{ language: ResidentLanguage, title: string, residentsSaid: string, outOfDate: boolean }>, updates: Array<{ id: string, actionOn: string, weDid: string, translations: Array<{ language: ResidentLanguage, weDid: string, outOfDate: boolean }> }> }> } | null };

export type SetPriorityStatusMutationVariables = Exact<{
  id: string;
  status: PriorityStatus;
}>;


export type SetPriorityStatusMutation = { setPriorityStatus: { id: string, status: PriorityStatus } };

export type TeamSocialPostsQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TeamSocialPostsQuery = { neighbourhood: { id: string, socialPosts: { totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, postedOn: string, channel: SocialChannel, link: string | null, youSaidWeDid: boolean }> } } | null };

export type RecordSocialPostMutationVariables = Exact<{
  input: SocialPostInput;
}>;


export type RecordSocialPostMutation = { recordSocialPost: { id: string } };

export type DeleteSocialPostMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSocialPostMutation = { deleteSocialPost: boolean };

export type TeamFieldsFragment = { id: string, slug: string, name: string, policingArea: { id: string, slug: string, name: string } };

export type StaffTeamQueryVariables = Exact<{
  slug: string;
}>;


export type StaffTeamQuery = { neighbourhood: { id: string, slug: string, name: string, policingArea: { id: string, slug: string, name: string } } | null };

export type PolicingAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicingAreasQuery = { policingAreas: Array<{ id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type BrowseAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowseAreasQuery = { policingAreas: Array<{ id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type PolicingAreaQueryVariables = Exact<{
  slug: string;
  updates: number;
}>;


export type PolicingAreaQuery = { policingArea: { id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string, latestNewsletter: { title: string, month: string, publishedAt: string | null } | null }>, commanderUpdates: Array<{ id: string, title: string, body: string, videoUrl: string | null, publishedAt: string, authorName: string }> } | null };

export type FindNeighbourhoodQueryVariables = Exact<{
  postcode: string;
}>;


export type FindNeighbourhoodQuery = { findNeighbourhood:
    | { __typename: 'InvalidPostcode', reason: InvalidPostcodeReason }
    | { __typename: 'PostcodeMatch', postcode: string, neighbourhood: { slug: string } }
    | { __typename: 'PostcodeNotFound', postcode: string, lookupUnavailable: boolean }
  , policingAreas: Array<{ id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type NeighbourhoodQueryVariables = Exact<{
  slug: string;
  language: ResidentLanguage;
}>;


export type NeighbourhoodQuery = { neighbourhood: { id: string, slug: string, name: string, description: string | null, contactPhone: string | null, contactEmail: string | null, postcodeSectors: Array<string>, policingArea: { id: string, slug: string, name: string, latestCommanderUpdate: { title: string, body: string, publishedAt: string, authorName: string } | null }, officers: Array<{ id: string, name: string, role: string, bio: string | null, photoUrl: string | null }>, coverage: Array<{ name: string, kind: CoverageKind }>, profile: { population: number, deprivationDecile: number, mainLanguages: Array<string>, isDemoData: boolean, ageBands: Array<{ group: string, code: string, share: number }>, ethnicity: Array<{ group: string, code: string, share: number }>, sources: Array<{ table: string, release: string }> } | null, confidenceHeadline: { latest: { responses: number | null, withheld: WithheldReason | null, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } }, shown: { responses: number | null, withheld: WithheldReason | null, round: { id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }, confidence: { value: number | null, lower: number | null, upper: number | null, respondents: number | null, suppressed: boolean } } | null } | null, latestNewsletter: { title: string, month: string, publishedAt: string | null } | null, priorities: Array<{ id: string, year: number, quarter: number, title: string, residentsSaid: string, source: PrioritySource, status: PriorityStatus, translation: { title: string, residentsSaid: string } | null, updates: Array<{ id: string, actionOn: string, weDid: string, translation: { weDid: string } | null }> }>, upcomingEvents: Array<{ id: string, title: string, startsAt: string, endsAt: string | null, place: string, accessibilityNotes: string | null }> } | null };

export type MeQueryVariables = Exact<{
  everyArea: boolean;
}>;


export type MeQuery = { me: { id: string, name: string, email: string, role: Role, neighbourhood: { id: string, slug: string, name: string } | null, policingArea: { id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> } | null } | null, policingAreas?: Array<{ id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type AreaComplianceQueryVariables = Exact<{
  slug: string;
  period?: PeriodInput | null | undefined;
}>;


export type AreaComplianceQuery = { policingArea: { id: string, slug: string, name: string, compliance: { period: { kind: PeriodKind, label: string, startsOn: string, endsOn: string, asOf: string }, teams: Array<{ neighbourhood: { id: string, slug: string, name: string }, standards: Array<{ standard: Standard, status: ComplianceStatus, dueBy: string | null, required: number, achieved: number }> }>, rollup: Array<{ standard: Standard, met: number, due: number, missed: number, notApplicable: number }> } } | null };

export type StaffAreaQueryVariables = Exact<{
  slug: string;
}>;


export type StaffAreaQuery = { policingArea: { id: string, slug: string, name: string } | null };

export type ReachAreaProfilesQueryVariables = Exact<{
  slug: string;
}>;


export type ReachAreaProfilesQuery = { policingArea: { id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string, profile: { mainLanguages: Array<string>, isDemoData: boolean, languages: Array<{ language: string, count: number, share: number }> } | null }> } | null };

export type AreaUpdatesQueryVariables = Exact<{
  slug: string;
  first: number;
}>;


export type AreaUpdatesQuery = { policingArea: { id: string, slug: string, name: string, commanderUpdates: Array<{ id: string, title: string, body: string, videoUrl: string | null, publishedAt: string, authorName: string }> } | null };

export type PostCommanderUpdateMutationVariables = Exact<{
  input: CommanderUpdateInput;
}>;


export type PostCommanderUpdateMutation = { postCommanderUpdate: { id: string } };

export type DeleteCommanderUpdateMutationVariables = Exact<{
  id: string;
}>;


export type DeleteCommanderUpdateMutation = { deleteCommanderUpdate: boolean };

export type ExplorerRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerRoundsQuery = { surveyRounds: Array<{ id: string, status: SurveyRoundStatus }> };

export type ForceComplianceQueryVariables = Exact<{
  period?: PeriodInput | null | undefined;
}>;


export type ForceComplianceQuery = { forceCompliance: { period: { kind: PeriodKind, label: string, startsOn: string, endsOn: string, asOf: string }, areas: Array<{ policingArea: { id: string, slug: string, name: string }, rollup: Array<{ standard: Standard, met: number, due: number, missed: number, notApplicable: number }> }>, rollup: Array<{ standard: Standard, met: number, due: number, missed: number, notApplicable: number }> } };

export type ReachForceProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReachForceProfilesQuery = { policingAreas: Array<{ id: string, slug: string, name: string, profile: { mainLanguages: Array<string>, isDemoData: boolean, languages: Array<{ language: string, count: number, share: number }> } | null }> };

export type ResultsChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResultsChoicesQuery = { surveyRounds: Array<{ id: string, label: string, opensOn: string, closesOn: string, status: SurveyRoundStatus }>, policingAreas: Array<{ id: string, slug: string, name: string, neighbourhoods: Array<{ id: string, slug: string, name: string }> }> };

export type TeamComplianceQueryVariables = Exact<{
  slug: string;
  period?: PeriodInput | null | undefined;
}>;


export type TeamComplianceQuery = { neighbourhood: { id: string, compliance: { period: { kind: PeriodKind, label: string, startsOn: string, endsOn: string, asOf: string }, standards: Array<{ standard: Standard, status: ComplianceStatus, dueBy: string | null, required: number, achieved: number, evidenceCount: number, evidence: Array<{ date: string, description: string }> }> } } | null };

export type UpdatePriorityMutationVariables = Exact<{
  id: string;
  input: UpdatePriorityInput;
}>;


export type UpdatePriorityMutation = { updatePriority: { id: string } };

export type AddPriorityUpdateMutationVariables = Exact<{
  priorityId: string;
  input: PriorityUpdateInput;
}>;


export type AddPriorityUpdateMutation = { addPriorityUpdate: { id: string } };

export type SavePriorityTranslationMutationVariables = Exact<{
  priorityId: string;
  input: PriorityTranslationInput;
}>;


export type SavePriorityTranslationMutation = { savePriorityTranslation: { language: ResidentLanguage } };

export type SavePriorityUpdateTranslationMutationVariables = Exact<{
  updateId: string;
  input: PriorityUpdateTranslationInput;
}>;


export type SavePriorityUpdateTranslationMutation = { savePriorityUpdateTranslation: { language: ResidentLanguage } };

export type RemovePriorityTranslationMutationVariables = Exact<{
  priorityId: string;
  language: ResidentLanguage;
}>;


export type RemovePriorityTranslationMutation = { removePriorityTranslation: boolean };

export type RemovePriorityUpdateTranslationMutationVariables = Exact<{
  updateId: string;
  language: ResidentLanguage;
}>;


export type RemovePriorityUpdateTranslationMutation = { removePriorityUpdateTranslation: boolean };

export type DeletePriorityMutationVariables = Exact<{
  id: string;
}>;


export type DeletePriorityMutation = { deletePriority: boolean };

export type CreatePriorityMutationVariables = Exact<{
  input: CreatePriorityInput;
}>;


export type CreatePriorityMutation = { createPriority: { id: string } };

export type ReachTeamProfileQueryVariables = Exact<{
  slug: string;
}>;


export type ReachTeamProfileQuery = { neighbourhood: { id: string, profile: { mainLanguages: Array<string>, isDemoData: boolean, languages: Array<{ language: string, count: number, share: number }> } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AlertFieldsFragmentDoc = new TypedDocumentString(`
    fragment AlertFields on Alert {
  id
  audience
  source
  audienceName
  title
  body
  linkUrl
  status
  urgent
  reviewComment
  createdAt
  sentAt
  recipientCount
}
    `, {"fragmentName":"AlertFields"}) as unknown as TypedDocumentString<AlertFieldsFragment, unknown>;
export const PolicingAreaSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}
    `, {"fragmentName":"PolicingAreaSummaryFields"}) as unknown as TypedDocumentString<PolicingAreaSummaryFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on CompliancePeriod {
  kind
  label
  startsOn
  endsOn
  asOf
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const RollupFieldsFragmentDoc = new TypedDocumentString(`
    fragment RollupFields on StandardRollup {
  standard
  met
  due
  missed
  notApplicable
}
    `, {"fragmentName":"RollupFields"}) as unknown as TypedDocumentString<RollupFieldsFragment, unknown>;
export const ArchiveTeamFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArchiveTeamFields on Neighbourhood {
  id
  slug
  name
  policingArea {
    slug
    name
  }
}
    `, {"fragmentName":"ArchiveTeamFields"}) as unknown as TypedDocumentString<ArchiveTeamFieldsFragment, unknown>;
export const ResidentCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResidentCountFields on NewsletterResidentCount {
  value
  fewerThan
}
    `, {"fragmentName":"ResidentCountFields"}) as unknown as TypedDocumentString<ResidentCountFieldsFragment, unknown>;
export const NewsletterEngagementFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterEngagementFields on NewsletterEngagement {
  delivered {
    ...ResidentCountFields
  }
  bounced {
    ...ResidentCountFields
  }
  unsubscribed {
    ...ResidentCountFields
  }
  archiveViews
}
    fragment ResidentCountFields on NewsletterResidentCount {
  value
  fewerThan
}`, {"fragmentName":"NewsletterEngagementFields"}) as unknown as TypedDocumentString<NewsletterEngagementFieldsFragment, unknown>;
export const NewsletterFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterFields on Newsletter {
  id
  month
  title
  status
  introduction
  author {
    officerId
    name
    role
    photoUrl
  }
  priorities {
    priorityId
    title
    youSaid
    weDid
  }
  events {
    eventId
    title
    startsAt
    place
  }
  advice
  contact
  publishedAt
  poll {
    id
    question
  }
}
    `, {"fragmentName":"NewsletterFields"}) as unknown as TypedDocumentString<NewsletterFieldsFragment, unknown>;
export const StaffNewsletterFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffNewsletterFields on Newsletter {
  ...NewsletterFields
  reviewComment
  scheduledFor
  updatedAt
  translations {
    language
  }
  delivery {
    total
    queued
    sent
    failed
    suppressed
    finished
  }
}
    fragment NewsletterFields on Newsletter {
  id
  month
  title
  status
  introduction
  author {
    officerId
    name
    role
    photoUrl
  }
  priorities {
    priorityId
    title
    youSaid
    weDid
  }
  events {
    eventId
    title
    startsAt
    place
  }
  advice
  contact
  publishedAt
  poll {
    id
    question
  }
}`, {"fragmentName":"StaffNewsletterFields"}) as unknown as TypedDocumentString<StaffNewsletterFieldsFragment, unknown>;
export const ReachTableFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReachTableFields on ReachTable {
  sample
  level
  areaId
  areaName
  dimension
  roundId
  roundLabel
  asOf
  total
  totalSuppressed
  answered
  notSaid
  population
  perThousandResidents
  isDemoPopulation
  groups {
    group
    count
    suppressed
    share
    lowBase
    populationShare
    ratio
    ratioLow
    ratioHigh
    seldomHeard
  }
}
    `, {"fragmentName":"ReachTableFields"}) as unknown as TypedDocumentString<ReachTableFieldsFragment, unknown>;
export const SubscriptionAreaFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriptionAreaFields on PolicingArea {
  id
  name
  neighbourhoods {
    id
    slug
    name
  }
}
    `, {"fragmentName":"SubscriptionAreaFields"}) as unknown as TypedDocumentString<SubscriptionAreaFieldsFragment, unknown>;
export const PreferencesFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment SubscriptionAreaFields on PolicingArea {
  id
  name
  neighbourhoods {
    id
    slug
    name
  }
}`, {"fragmentName":"PreferencesFields"}) as unknown as TypedDocumentString<PreferencesFieldsFragment, unknown>;
export const PollFieldsFragmentDoc = new TypedDocumentString(`
    fragment PollFields on Poll {
  id
  question
  options {
    id
    label
    votes
    share
  }
  closesAt
  open
  status
  totalVotes
}
    `, {"fragmentName":"PollFields"}) as unknown as TypedDocumentString<PollFieldsFragment, unknown>;
export const RoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}
    `, {"fragmentName":"RoundFields"}) as unknown as TypedDocumentString<RoundFieldsFragment, unknown>;
export const FigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureFields on ScoreFigure {
  value
  lower
  upper
  respondents
  suppressed
}
    `, {"fragmentName":"FigureFields"}) as unknown as TypedDocumentString<FigureFieldsFragment, unknown>;
export const HeadlineRoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment HeadlineRoundFields on HeadlineRound {
  round {
    ...RoundFields
  }
  confidence {
    ...FigureFields
  }
  responses
  withheld
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}
fragment FigureFields on ScoreFigure {
  value
  lower
  upper
  respondents
  suppressed
}`, {"fragmentName":"HeadlineRoundFields"}) as unknown as TypedDocumentString<HeadlineRoundFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportResultFields on ImportResult {
  imported
  dryRun
  errors {
    row
    column
    message
  }
}
    `, {"fragmentName":"ImportResultFields"}) as unknown as TypedDocumentString<ImportResultFieldsFragment, unknown>;
export const EngagementFieldsFragmentDoc = new TypedDocumentString(`
    fragment EngagementFields on Engagement {
  id
  kind
  heldOn
  place
  attendance
  partners
  communitiesReached
  notes
}
    `, {"fragmentName":"EngagementFields"}) as unknown as TypedDocumentString<EngagementFieldsFragment, unknown>;
export const TeamFieldsFragmentDoc = new TypedDocumentString(`
    fragment TeamFields on Neighbourhood {
  id
  slug
  name
  policingArea {
    id
    slug
    name
  }
}
    `, {"fragmentName":"TeamFields"}) as unknown as TypedDocumentString<TeamFieldsFragment, unknown>;
export const TeamAlertsDocument = new TypedDocumentString(`
    query TeamAlerts($neighbourhoodId: ID!) {
  alertsNeedReview
  teamAlerts(neighbourhoodId: $neighbourhoodId, first: 20) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  audience
  source
  audienceName
  title
  body
  linkUrl
  status
  urgent
  reviewComment
  createdAt
  sentAt
  recipientCount
}`) as unknown as TypedDocumentString<TeamAlertsQuery, TeamAlertsQueryVariables>;
export const AlertRuleDocument = new TypedDocumentString(`
    query AlertRule {
  alertsNeedReview
}
    `) as unknown as TypedDocumentString<AlertRuleQuery, AlertRuleQueryVariables>;
export const AreaAlertsDocument = new TypedDocumentString(`
    query AreaAlerts($slug: String!) {
  alertsNeedReview
  policingArea(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<AreaAlertsQuery, AreaAlertsQueryVariables>;
export const AreaAlertListDocument = new TypedDocumentString(`
    query AreaAlertList($policingAreaId: ID!) {
  areaAlerts(policingAreaId: $policingAreaId, first: 20) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  audience
  source
  audienceName
  title
  body
  linkUrl
  status
  urgent
  reviewComment
  createdAt
  sentAt
  recipientCount
}`) as unknown as TypedDocumentString<AreaAlertListQuery, AreaAlertListQueryVariables>;
export const AlertReviewQueueDocument = new TypedDocumentString(`
    query AlertReviewQueue {
  alertReviewQueue {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  audience
  source
  audienceName
  title
  body
  linkUrl
  status
  urgent
  reviewComment
  createdAt
  sentAt
  recipientCount
}`) as unknown as TypedDocumentString<AlertReviewQueueQuery, AlertReviewQueueQueryVariables>;
export const CreateAlertDraftDocument = new TypedDocumentString(`
    mutation CreateAlertDraft($input: AlertInput!) {
  createAlertDraft(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAlertDraftMutation, CreateAlertDraftMutationVariables>;
export const SubmitAlertForReviewDocument = new TypedDocumentString(`
    mutation SubmitAlertForReview($id: ID!) {
  submitAlertForReview(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitAlertForReviewMutation, SubmitAlertForReviewMutationVariables>;
export const SendAlertDocument = new TypedDocumentString(`
    mutation SendAlert($id: ID!) {
  sendAlert(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SendAlertMutation, SendAlertMutationVariables>;
export const SendUrgentAlertDocument = new TypedDocumentString(`
    mutation SendUrgentAlert($id: ID!) {
  sendUrgentAlert(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SendUrgentAlertMutation, SendUrgentAlertMutationVariables>;
export const ApproveAlertDocument = new TypedDocumentString(`
    mutation ApproveAlert($id: ID!) {
  approveAlert(id: $id) {
    id
    title
    status
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<ApproveAlertMutation, ApproveAlertMutationVariables>;
export const RequestAlertChangesDocument = new TypedDocumentString(`
    mutation RequestAlertChanges($id: ID!, $comment: String!) {
  requestAlertChanges(id: $id, comment: $comment) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<RequestAlertChangesMutation, RequestAlertChangesMutationVariables>;
export const RecordNewsletterViewDocument = new TypedDocumentString(`
    mutation RecordNewsletterView($id: ID!) {
  recordNewsletterView(id: $id)
}
    `) as unknown as TypedDocumentString<RecordNewsletterViewMutation, RecordNewsletterViewMutationVariables>;
export const NewsletterArchiveDocument = new TypedDocumentString(`
    query NewsletterArchive($slug: String!, $first: Int!, $after: String) {
  neighbourhood(slug: $slug) {
    ...ArchiveTeamFields
    newsletters(first: $first, after: $after) {
      nodes {
        id
        month
        title
        status
        publishedAt
      }
      totalCount
      hasNextPage
      endCursor
    }
  }
}
    fragment ArchiveTeamFields on Neighbourhood {
  id
  slug
  name
  policingArea {
    slug
    name
  }
}`) as unknown as TypedDocumentString<NewsletterArchiveQuery, NewsletterArchiveQueryVariables>;
export const NewsletterIssueDocument = new TypedDocumentString(`
    query NewsletterIssue($slug: String!, $month: String!, $language: ResidentLanguage!) {
  neighbourhood(slug: $slug) {
    ...ArchiveTeamFields
    newsletter(month: $month) {
      ...NewsletterFields
      translation(language: $language) {
        language
        title
        introduction
        advice
      }
    }
    newsletterWithdrawn(month: $month)
  }
}
    fragment NewsletterFields on Newsletter {
  id
  month
  title
  status
  introduction
  author {
    officerId
    name
    role
    photoUrl
  }
  priorities {
    priorityId
    title
    youSaid
    weDid
  }
  events {
    eventId
    title
    startsAt
    place
  }
  advice
  contact
  publishedAt
  poll {
    id
    question
  }
}
fragment ArchiveTeamFields on Neighbourhood {
  id
  slug
  name
  policingArea {
    slug
    name
  }
}`) as unknown as TypedDocumentString<NewsletterIssueQuery, NewsletterIssueQueryVariables>;
export const NewsletterTeamWorkDocument = new TypedDocumentString(`
    query NewsletterTeamWork($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    priorities {
      id
      year
      quarter
      title
      residentsSaid
      status
      updates {
        actionOn
        weDid
      }
    }
    upcomingEvents {
      id
      title
      startsAt
      place
    }
  }
}
    `) as unknown as TypedDocumentString<NewsletterTeamWorkQuery, NewsletterTeamWorkQueryVariables>;
export const NewsletterEngagementTrendDocument = new TypedDocumentString(`
    query NewsletterEngagementTrend($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    newsletterEngagementTrend(months: 12) {
      month
      issuesPublished
      delivered {
        ...ResidentCountFields
      }
      bounced {
        ...ResidentCountFields
      }
      unsubscribed {
        ...ResidentCountFields
      }
      archiveViews
    }
  }
}
    fragment ResidentCountFields on NewsletterResidentCount {
  value
  fewerThan
}`) as unknown as TypedDocumentString<NewsletterEngagementTrendQuery, NewsletterEngagementTrendQueryVariables>;
export const TeamNewslettersDocument = new TypedDocumentString(`
    query TeamNewsletters($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    subscriberCount
    newsletterDrafts {
      id
      month
      title
      status
      publishedAt
    }
    newsletters(first: 12) {
      nodes {
        id
        month
        title
        status
        publishedAt
        engagement {
          ...NewsletterEngagementFields
        }
      }
    }
  }
}
    fragment ResidentCountFields on NewsletterResidentCount {
  value
  fewerThan
}
fragment NewsletterEngagementFields on NewsletterEngagement {
  delivered {
    ...ResidentCountFields
  }
  bounced {
    ...ResidentCountFields
  }
  unsubscribed {
    ...ResidentCountFields
  }
  archiveViews
}`) as unknown as TypedDocumentString<TeamNewslettersQuery, TeamNewslettersQueryVariables>;
export const StaffNewsletterDocument = new TypedDocumentString(`
    query StaffNewsletter($slug: String!, $month: String!) {
  neighbourhood(slug: $slug) {
    id
    officers {
      id
      name
      role
      bio
      photoUrl
    }
    newsletter(month: $month) {
      ...StaffNewsletterFields
    }
  }
}
    fragment NewsletterFields on Newsletter {
  id
  month
  title
  status
  introduction
  author {
    officerId
    name
    role
    photoUrl
  }
  priorities {
    priorityId
    title
    youSaid
    weDid
  }
  events {
    eventId
    title
    startsAt
    place
  }
  advice
  contact
  publishedAt
  poll {
    id
    question
  }
}
fragment StaffNewsletterFields on Newsletter {
  ...NewsletterFields
  reviewComment
  scheduledFor
  updatedAt
  translations {
    language
  }
  delivery {
    total
    queued
    sent
    failed
    suppressed
    finished
  }
}`) as unknown as TypedDocumentString<StaffNewsletterQuery, StaffNewsletterQueryVariables>;
export const NewsletterEmailPreviewDocument = new TypedDocumentString(`
    query NewsletterEmailPreview($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {
  newsletterEmailPreview(id: $id, format: $format, language: $language) {
    subject
    html
    text
  }
}
    `) as unknown as TypedDocumentString<NewsletterEmailPreviewQuery, NewsletterEmailPreviewQueryVariables>;
export const NewsletterReviewQueueDocument = new TypedDocumentString(`
    query NewsletterReviewQueue {
  newsletterReviewQueue {
    id
    month
    title
    status
    updatedAt
    neighbourhood {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NewsletterReviewQueueQuery, NewsletterReviewQueueQueryVariables>;
export const NewsletterByIdDocument = new TypedDocumentString(`
    query NewsletterById($id: ID!) {
  newsletterById(id: $id) {
    ...StaffNewsletterFields
    neighbourhood {
      id
      slug
      name
    }
  }
}
    fragment NewsletterFields on Newsletter {
  id
  month
  title
  status
  introduction
  author {
    officerId
    name
    role
    photoUrl
  }
  priorities {
    priorityId
    title
    youSaid
    weDid
  }
  events {
    eventId
    title
    startsAt
    place
  }
  advice
  contact
  publishedAt
  poll {
    id
    question
  }
}
fragment StaffNewsletterFields on Newsletter {
  ...NewsletterFields
  reviewComment
  scheduledFor
  updatedAt
  translations {
    language
  }
  delivery {
    total
    queued
    sent
    failed
    suppressed
    finished
  }
}`) as unknown as TypedDocumentString<NewsletterByIdQuery, NewsletterByIdQueryVariables>;
export const NewsletterTranslationsDocument = new TypedDocumentString(`
    query NewsletterTranslations($id: ID!) {
  newsletterById(id: $id) {
    id
    month
    title
    status
    introduction
    advice
    neighbourhood {
      id
      slug
      name
    }
    translations {
      language
      title
      introduction
      advice
      updatedAt
      updatedByName
    }
  }
}
    `) as unknown as TypedDocumentString<NewsletterTranslationsQuery, NewsletterTranslationsQueryVariables>;
export const SaveNewsletterTranslationDocument = new TypedDocumentString(`
    mutation SaveNewsletterTranslation($id: ID!, $input: NewsletterTranslationInput!) {
  saveNewsletterTranslation(id: $id, input: $input) {
    language
  }
}
    `) as unknown as TypedDocumentString<SaveNewsletterTranslationMutation, SaveNewsletterTranslationMutationVariables>;
export const RemoveNewsletterTranslationDocument = new TypedDocumentString(`
    mutation RemoveNewsletterTranslation($id: ID!, $language: ResidentLanguage!) {
  removeNewsletterTranslation(id: $id, language: $language) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveNewsletterTranslationMutation, RemoveNewsletterTranslationMutationVariables>;
export const CreateNewsletterDraftDocument = new TypedDocumentString(`
    mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {
  createNewsletterDraft(input: $input) {
    id
    month
  }
}
    `) as unknown as TypedDocumentString<CreateNewsletterDraftMutation, CreateNewsletterDraftMutationVariables>;
export const UpdateNewsletterDraftDocument = new TypedDocumentString(`
    mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {
  updateNewsletterDraft(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateNewsletterDraftMutation, UpdateNewsletterDraftMutationVariables>;
export const SubmitNewsletterForReviewDocument = new TypedDocumentString(`
    mutation SubmitNewsletterForReview($id: ID!) {
  submitNewsletterForReview(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitNewsletterForReviewMutation, SubmitNewsletterForReviewMutationVariables>;
export const PublishNewsletterDocument = new TypedDocumentString(`
    mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {
  publishNewsletter(id: $id, at: $at) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishNewsletterMutation, PublishNewsletterMutationVariables>;
export const ApproveNewsletterDocument = new TypedDocumentString(`
    mutation ApproveNewsletter($id: ID!) {
  approveNewsletter(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveNewsletterMutation, ApproveNewsletterMutationVariables>;
export const RequestNewsletterChangesDocument = new TypedDocumentString(`
    mutation RequestNewsletterChanges($id: ID!, $comment: String!) {
  requestNewsletterChanges(id: $id, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestNewsletterChangesMutation, RequestNewsletterChangesMutationVariables>;
export const WithdrawNewsletterDocument = new TypedDocumentString(`
    mutation WithdrawNewsletter($id: ID!, $reason: String!) {
  withdrawNewsletter(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawNewsletterMutation, WithdrawNewsletterMutationVariables>;
export const ReachRoundsDocument = new TypedDocumentString(`
    query ReachRounds {
  surveyRounds {
    id
    label
    closesOn
    status
    policingAreaIds
    voidedAt
  }
}
    `) as unknown as TypedDocumentString<ReachRoundsQuery, ReachRoundsQueryVariables>;
export const ReachDocument = new TypedDocumentString(`
    query Reach($level: AreaLevel!, $areaId: ID, $dimension: DemographicDimension!, $byArea: Boolean!) {
  subscribers: subscriberReach(
    level: $level
    areaId: $areaId
    dimension: $dimension
  ) {
    ...ReachTableFields
  }
  trend: respondentReachTrend(
    level: $level
    areaId: $areaId
    dimension: $dimension
  ) {
    ...ReachTableFields
  }
  subscriberAreas: subscriberReachByArea(
    level: $level
    areaId: $areaId
    dimension: $dimension
  ) @include(if: $byArea) {
    ...ReachTableFields
  }
}
    fragment ReachTableFields on ReachTable {
  sample
  level
  areaId
  areaName
  dimension
  roundId
  roundLabel
  asOf
  total
  totalSuppressed
  answered
  notSaid
  population
  perThousandResidents
  isDemoPopulation
  groups {
    group
    count
    suppressed
    share
    lowBase
    populationShare
    ratio
    ratioLow
    ratioHigh
    seldomHeard
  }
}`) as unknown as TypedDocumentString<ReachQuery, ReachQueryVariables>;
export const ReachRoundDocument = new TypedDocumentString(`
    query ReachRound($level: AreaLevel!, $areaId: ID, $dimension: DemographicDimension!, $roundId: ID!, $byArea: Boolean!) {
  respondents: respondentReach(
    level: $level
    areaId: $areaId
    dimension: $dimension
    roundId: $roundId
  ) {
    ...ReachTableFields
  }
  respondentAreas: respondentReachByArea(
    level: $level
    areaId: $areaId
    dimension: $dimension
    roundId: $roundId
  ) @include(if: $byArea) {
    ...ReachTableFields
  }
}
    fragment ReachTableFields on ReachTable {
  sample
  level
  areaId
  areaName
  dimension
  roundId
  roundLabel
  asOf
  total
  totalSuppressed
  answered
  notSaid
  population
  perThousandResidents
  isDemoPopulation
  groups {
    group
    count
    suppressed
    share
    lowBase
    populationShare
    ratio
    ratioLow
    ratioHigh
    seldomHeard
  }
}`) as unknown as TypedDocumentString<ReachRoundQuery, ReachRoundQueryVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  myApiTokens {
    id
    name
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
  }
}
    `) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const AllApiTokensDocument = new TypedDocumentString(`
    query AllApiTokens {
  apiTokens {
    id
    name
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AllApiTokensQuery, AllApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $expiresInDays: Int!) {
  createApiToken(name: $name, expiresInDays: $expiresInDays) {
    secret
    token {
      id
      name
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ApiTokenUsesDocument = new TypedDocumentString(`
    query ApiTokenUses($first: Int!, $after: String, $tokenId: ID) {
  apiTokenUses(first: $first, after: $after, tokenId: $tokenId) {
    nodes {
      id
      tokenId
      tokenName
      staffName
      operationName
      cost
      durationMs
      at
      outcome
    }
    totalCount
    hasNextPage
    endCursor
  }
}
    `) as unknown as TypedDocumentString<ApiTokenUsesQuery, ApiTokenUsesQueryVariables>;
export const AuthenticateStaffDocument = new TypedDocumentString(`
    mutation AuthenticateStaff($email: String!, $password: String!) {
  authenticateStaff(email: $email, password: $password) {
    token
    staff {
      id
      name
      role
      neighbourhoodId
      policingAreaId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthenticateStaffMutation, AuthenticateStaffMutationVariables>;
export const StaffSessionDocument = new TypedDocumentString(`
    query StaffSession($token: String!) {
  staffSession(token: $token) {
    id
    name
    role
    neighbourhoodId
    policingAreaId
  }
}
    `) as unknown as TypedDocumentString<StaffSessionQuery, StaffSessionQueryVariables>;
export const EndStaffSessionDocument = new TypedDocumentString(`
    mutation EndStaffSession($token: String!) {
  endStaffSession(token: $token)
}
    `) as unknown as TypedDocumentString<EndStaffSessionMutation, EndStaffSessionMutationVariables>;
export const SubscribeTeamDocument = new TypedDocumentString(`
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
    fragment SubscriptionAreaFields on PolicingArea {
  id
  name
  neighbourhoods {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<SubscribeTeamQuery, SubscribeTeamQueryVariables>;
export const SubscribeDocument = new TypedDocumentString(`
    mutation Subscribe($input: SubscribeInput!) {
  subscribe(input: $input) {
    outcome
  }
}
    `) as unknown as TypedDocumentString<SubscribeMutation, SubscribeMutationVariables>;
export const ConfirmSubscriptionDocument = new TypedDocumentString(`
    mutation ConfirmSubscription($token: String!) {
  confirmSubscription(token: $token) {
    ...PreferencesFields
  }
}
    fragment SubscriptionAreaFields on PolicingArea {
  id
  name
  neighbourhoods {
    id
    slug
    name
  }
}
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
}`) as unknown as TypedDocumentString<ConfirmSubscriptionMutation, ConfirmSubscriptionMutationVariables>;
export const SubscriberPreferencesDocument = new TypedDocumentString(`
    query SubscriberPreferences($token: String!) {
  subscriberPreferences(token: $token) {
    ...PreferencesFields
  }
}
    fragment SubscriptionAreaFields on PolicingArea {
  id
  name
  neighbourhoods {
    id
    slug
    name
  }
}
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
}`) as unknown as TypedDocumentString<SubscriberPreferencesQuery, SubscriberPreferencesQueryVariables>;
export const UpdateSubscriberPreferencesDocument = new TypedDocumentString(`
    mutation UpdateSubscriberPreferences($token: String!, $input: PreferencesInput!) {
  updateSubscriberPreferences(token: $token, input: $input) {
    ...PreferencesFields
  }
}
    fragment SubscriptionAreaFields on PolicingArea {
  id
  name
  neighbourhoods {
    id
    slug
    name
  }
}
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
}`) as unknown as TypedDocumentString<UpdateSubscriberPreferencesMutation, UpdateSubscriberPreferencesMutationVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($token: String!) {
  unsubscribe(token: $token) {
    email
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const UnsubscribeAddressDocument = new TypedDocumentString(`
    query UnsubscribeAddress($token: String!) {
  unsubscribeAddress(token: $token) {
    email
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeAddressQuery, UnsubscribeAddressQueryVariables>;
export const EraseSubscriberDataDocument = new TypedDocumentString(`
    mutation EraseSubscriberData($token: String!) {
  eraseSubscriberData(token: $token)
}
    `) as unknown as TypedDocumentString<EraseSubscriberDataMutation, EraseSubscriberDataMutationVariables>;
export const SendDemographicsLinkDocument = new TypedDocumentString(`
    mutation SendDemographicsLink($token: String!) {
  sendDemographicsLink(token: $token)
}
    `) as unknown as TypedDocumentString<SendDemographicsLinkMutation, SendDemographicsLinkMutationVariables>;
export const SubscriberDemographicsDocument = new TypedDocumentString(`
    query SubscriberDemographics($token: String!) {
  subscriberDemographics(token: $token) {
    ageBand
    ethnicGroup
    disability
    gender
  }
}
    `) as unknown as TypedDocumentString<SubscriberDemographicsQuery, SubscriberDemographicsQueryVariables>;
export const UpdateSubscriberDemographicsDocument = new TypedDocumentString(`
    mutation UpdateSubscriberDemographics($token: String!, $demographics: DemographicsInput) {
  updateSubscriberDemographics(token: $token, demographics: $demographics) {
    ageBand
  }
}
    `) as unknown as TypedDocumentString<UpdateSubscriberDemographicsMutation, UpdateSubscriberDemographicsMutationVariables>;
export const StaffSurveyRoundsDocument = new TypedDocumentString(`
    query StaffSurveyRounds {
  surveyRounds {
    ...RoundFields
    questionSetVersion
    policingAreaIds
    localQuestions {
      policingAreaId
      question {
        id
        code
        text
      }
    }
    responseCount
    nationalComparison
  }
  policingAreas {
    ...PolicingAreaSummaryFields
  }
}
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}
fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}`) as unknown as TypedDocumentString<StaffSurveyRoundsQuery, StaffSurveyRoundsQueryVariables>;
export const CreateSurveyRoundDocument = new TypedDocumentString(`
    mutation CreateSurveyRound($label: String!, $opensOn: LocalDate!, $closesOn: LocalDate!, $policingAreaIds: [ID!]!) {
  createSurveyRound(
    input: {label: $label, opensOn: $opensOn, closesOn: $closesOn, policingAreaIds: $policingAreaIds}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyRoundMutation, CreateSurveyRoundMutationVariables>;
export const AddLocalQuestionDocument = new TypedDocumentString(`
    mutation AddLocalQuestion($roundId: ID!, $policingAreaId: ID!, $text: String!, $textCy: String) {
  addLocalQuestion(
    roundId: $roundId
    policingAreaId: $policingAreaId
    text: $text
    textCy: $textCy
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddLocalQuestionMutation, AddLocalQuestionMutationVariables>;
export const OpenSurveyRoundDocument = new TypedDocumentString(`
    mutation OpenSurveyRound($id: ID!) {
  openSurveyRound(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSurveyRoundMutation, OpenSurveyRoundMutationVariables>;
export const CloseSurveyRoundDocument = new TypedDocumentString(`
    mutation CloseSurveyRound($id: ID!) {
  closeSurveyRound(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables>;
export const SetNationalComparisonDocument = new TypedDocumentString(`
    mutation SetNationalComparison($roundId: ID!, $value: Float!) {
  setNationalComparison(roundId: $roundId, value: $value) {
    id
    nationalComparison
  }
}
    `) as unknown as TypedDocumentString<SetNationalComparisonMutation, SetNationalComparisonMutationVariables>;
export const RoundToPutRightDocument = new TypedDocumentString(`
    query RoundToPutRight($id: ID!) {
  surveyRound(id: $id) {
    ...RoundFields
    voidedAt
    responseCount
    excludedResponseCount
    openLinkDays {
      day
      answers
      excluded
    }
    auditEntries {
      id
      at
      actorName
      actorRole
      action
      reason
      before
      after
    }
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}`) as unknown as TypedDocumentString<RoundToPutRightQuery, RoundToPutRightQueryVariables>;
export const VoidSurveyRoundDocument = new TypedDocumentString(`
    mutation VoidSurveyRound($roundId: ID!, $reason: String!) {
  voidSurveyRound(input: {roundId: $roundId, reason: $reason}) {
    id
    voidedAt
  }
}
    `) as unknown as TypedDocumentString<VoidSurveyRoundMutation, VoidSurveyRoundMutationVariables>;
export const ExcludeOpenLinkAnswersDocument = new TypedDocumentString(`
    mutation ExcludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {
  excludeOpenLinkAnswers(input: {roundId: $roundId, days: $days, reason: $reason}) {
    changed
  }
}
    `) as unknown as TypedDocumentString<ExcludeOpenLinkAnswersMutation, ExcludeOpenLinkAnswersMutationVariables>;
export const IncludeOpenLinkAnswersDocument = new TypedDocumentString(`
    mutation IncludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {
  includeOpenLinkAnswers(input: {roundId: $roundId, days: $days, reason: $reason}) {
    changed
  }
}
    `) as unknown as TypedDocumentString<IncludeOpenLinkAnswersMutation, IncludeOpenLinkAnswersMutationVariables>;
export const SurveyInvitationDocument = new TypedDocumentString(`
    query SurveyInvitation($token: String!) {
  surveyInvitation(token: $token) {
    alreadyAnswered
    neighbourhood {
      id
      slug
      name
    }
    round {
      ...RoundFields
    }
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}`) as unknown as TypedDocumentString<SurveyInvitationQuery, SurveyInvitationQueryVariables>;
export const SurveyRoundQuestionsDocument = new TypedDocumentString(`
    query SurveyRoundQuestions($id: ID!, $neighbourhoodId: ID, $language: ResidentLanguage) {
  surveyRound(id: $id) {
    ...RoundFields
    questions(neighbourhoodId: $neighbourhoodId) {
      id
      code
      text(language: $language)
      textLanguage(language: $language)
      standard
    }
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}`) as unknown as TypedDocumentString<SurveyRoundQuestionsQuery, SurveyRoundQuestionsQueryVariables>;
export const SubmitSurveyResponseDocument = new TypedDocumentString(`
    mutation SubmitSurveyResponse($input: SubmitSurveyInput!) {
  submitSurveyResponse(input: $input) {
    verified
    neighbourhood {
      id
      slug
    }
    round {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const SurveyPostcodeDocument = new TypedDocumentString(`
    query SurveyPostcode($postcode: String!) {
  findNeighbourhood(postcode: $postcode) {
    __typename
    ... on PostcodeMatch {
      neighbourhood {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyPostcodeQuery, SurveyPostcodeQueryVariables>;
export const OpenRoundsForAreasDocument = new TypedDocumentString(`
    query OpenRoundsForAreas {
  surveyRounds {
    id
    label
    closesOn
    status
    policingAreaIds
  }
}
    `) as unknown as TypedDocumentString<OpenRoundsForAreasQuery, OpenRoundsForAreasQueryVariables>;
export const StaffTeamPollsDocument = new TypedDocumentString(`
    query StaffTeamPolls($neighbourhoodId: ID!) {
  teamPolls(neighbourhoodId: $neighbourhoodId) {
    ...PollFields
    openedAt
    policingAreaIds
    neighbourhoodIds
    manageable
  }
}
    fragment PollFields on Poll {
  id
  question
  options {
    id
    label
    votes
    share
  }
  closesAt
  open
  status
  totalVotes
}`) as unknown as TypedDocumentString<StaffTeamPollsQuery, StaffTeamPollsQueryVariables>;
export const CreatePollDocument = new TypedDocumentString(`
    mutation CreatePoll($input: CreatePollInput!) {
  createPoll(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePollMutation, CreatePollMutationVariables>;
export const OpenPollDocument = new TypedDocumentString(`
    mutation OpenPoll($id: ID!) {
  openPoll(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenPollMutation, OpenPollMutationVariables>;
export const ClosePollDocument = new TypedDocumentString(`
    mutation ClosePoll($id: ID!) {
  closePoll(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClosePollMutation, ClosePollMutationVariables>;
export const PollDocument = new TypedDocumentString(`
    query Poll($id: ID!) {
  poll(id: $id) {
    ...PollFields
  }
}
    fragment PollFields on Poll {
  id
  question
  options {
    id
    label
    votes
    share
  }
  closesAt
  open
  status
  totalVotes
}`) as unknown as TypedDocumentString<PollQuery, PollQueryVariables>;
export const TeamPollsDocument = new TypedDocumentString(`
    query TeamPolls($neighbourhoodId: ID) {
  polls(neighbourhoodId: $neighbourhoodId) {
    ...PollFields
  }
}
    fragment PollFields on Poll {
  id
  question
  options {
    id
    label
    votes
    share
  }
  closesAt
  open
  status
  totalVotes
}`) as unknown as TypedDocumentString<TeamPollsQuery, TeamPollsQueryVariables>;
export const VotePollDocument = new TypedDocumentString(`
    mutation VotePoll($pollId: ID!, $optionId: ID!) {
  votePoll(pollId: $pollId, optionId: $optionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<VotePollMutation, VotePollMutationVariables>;
export const CurrentQuestionSetDocument = new TypedDocumentString(`
    query CurrentQuestionSet {
  currentQuestionSet {
    version
    createdAt
    questions {
      code
      en: text(language: EN)
      cy: text(language: CY)
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentQuestionSetQuery, CurrentQuestionSetQueryVariables>;
export const PublishQuestionSetDocument = new TypedDocumentString(`
    mutation PublishQuestionSet($input: [QuestionTextInput!]!) {
  publishQuestionSet(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<PublishQuestionSetMutation, PublishQuestionSetMutationVariables>;
export const ConfidenceTrendDocument = new TypedDocumentString(`
    query ConfidenceTrend($level: AreaLevel!, $areaId: ID) {
  confidenceTrend(level: $level, areaId: $areaId) {
    round {
      ...RoundFields
    }
    confidence {
      ...FigureFields
    }
    national
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}
fragment FigureFields on ScoreFigure {
  value
  lower
  upper
  respondents
  suppressed
}`) as unknown as TypedDocumentString<ConfidenceTrendQuery, ConfidenceTrendQueryVariables>;
export const ConfidenceHeadlineDocument = new TypedDocumentString(`
    query ConfidenceHeadline($level: AreaLevel!, $areaId: ID) {
  confidenceHeadline(level: $level, areaId: $areaId) {
    latest {
      ...HeadlineRoundFields
    }
    shown {
      ...HeadlineRoundFields
    }
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}
fragment FigureFields on ScoreFigure {
  value
  lower
  upper
  respondents
  suppressed
}
fragment HeadlineRoundFields on HeadlineRound {
  round {
    ...RoundFields
  }
  confidence {
    ...FigureFields
  }
  responses
  withheld
}`) as unknown as TypedDocumentString<ConfidenceHeadlineQuery, ConfidenceHeadlineQueryVariables>;
export const ConfidenceScoresDocument = new TypedDocumentString(`
    query ConfidenceScores($level: AreaLevel!, $groupBy: Breakdown, $roundIds: [ID!], $areaIds: [ID!], $sample: ScoreSample, $language: ResidentLanguage) {
  confidenceScores(
    level: $level
    groupBy: $groupBy
    roundIds: $roundIds
    areaIds: $areaIds
    sample: $sample
  ) {
    round {
      ...RoundFields
    }
    level
    policingAreaId
    neighbourhoodId
    groupBy
    group
    confidence {
      ...FigureFields
    }
    questions {
      question {
        id
        code
        text(language: $language)
        textLanguage(language: $language)
      }
      figure {
        ...FigureFields
      }
    }
    change {
      points
      significant
      suppressed
    }
    sample
    openLink {
      responses
      anomaly
      confidence {
        ...FigureFields
      }
    }
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}
fragment FigureFields on ScoreFigure {
  value
  lower
  upper
  respondents
  suppressed
}`) as unknown as TypedDocumentString<ConfidenceScoresQuery, ConfidenceScoresQueryVariables>;
export const ResultsNeighbourhoodDocument = new TypedDocumentString(`
    query ResultsNeighbourhood($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    slug
    name
    policingArea {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ResultsNeighbourhoodQuery, ResultsNeighbourhoodQueryVariables>;
export const ResultsPolicingAreaDocument = new TypedDocumentString(`
    query ResultsPolicingArea($slug: String!) {
  policingArea(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<ResultsPolicingAreaQuery, ResultsPolicingAreaQueryVariables>;
export const PublicSurveyRoundsDocument = new TypedDocumentString(`
    query PublicSurveyRounds {
  surveyRounds {
    ...RoundFields
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}`) as unknown as TypedDocumentString<PublicSurveyRoundsQuery, PublicSurveyRoundsQueryVariables>;
export const ImportEngagementsDocument = new TypedDocumentString(`
    mutation ImportEngagements($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {
  importEngagements(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {
    ...ImportResultFields
  }
}
    fragment ImportResultFields on ImportResult {
  imported
  dryRun
  errors {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<ImportEngagementsMutation, ImportEngagementsMutationVariables>;
export const ImportSocialPostsDocument = new TypedDocumentString(`
    mutation ImportSocialPosts($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {
  importSocialPosts(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {
    ...ImportResultFields
  }
}
    fragment ImportResultFields on ImportResult {
  imported
  dryRun
  errors {
    row
    column
    message
  }
}`) as unknown as TypedDocumentString<ImportSocialPostsMutation, ImportSocialPostsMutationVariables>;
export const TeamEngagementsDocument = new TypedDocumentString(`
    query TeamEngagements($slug: String!, $first: Int!, $after: String) {
  neighbourhood(slug: $slug) {
    id
    engagements(first: $first, after: $after) {
      nodes {
        ...EngagementFields
      }
      totalCount
      hasNextPage
      endCursor
    }
  }
}
    fragment EngagementFields on Engagement {
  id
  kind
  heldOn
  place
  attendance
  partners
  communitiesReached
  notes
}`) as unknown as TypedDocumentString<TeamEngagementsQuery, TeamEngagementsQueryVariables>;
export const RecordEngagementDocument = new TypedDocumentString(`
    mutation RecordEngagement($input: EngagementInput!) {
  recordEngagement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordEngagementMutation, RecordEngagementMutationVariables>;
export const UpdateEngagementDocument = new TypedDocumentString(`
    mutation UpdateEngagement($id: ID!, $input: EngagementInput!) {
  updateEngagement(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateEngagementMutation, UpdateEngagementMutationVariables>;
export const DeleteEngagementDocument = new TypedDocumentString(`
    mutation DeleteEngagement($id: ID!) {
  deleteEngagement(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteEngagementMutation, DeleteEngagementMutationVariables>;
export const TeamEventsDocument = new TypedDocumentString(`
    query TeamEvents($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    events {
      id
      title
      description
      startsAt
      endsAt
      place
      accessibilityNotes
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TeamEventsQuery, TeamEventsQueryVariables>;
export const CreateCommunityEventDocument = new TypedDocumentString(`
    mutation CreateCommunityEvent($input: CommunityEventInput!) {
  createCommunityEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCommunityEventMutation, CreateCommunityEventMutationVariables>;
export const UpdateCommunityEventDocument = new TypedDocumentString(`
    mutation UpdateCommunityEvent($id: ID!, $input: CommunityEventInput!) {
  updateCommunityEvent(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCommunityEventMutation, UpdateCommunityEventMutationVariables>;
export const PublishCommunityEventDocument = new TypedDocumentString(`
    mutation PublishCommunityEvent($id: ID!) {
  publishCommunityEvent(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishCommunityEventMutation, PublishCommunityEventMutationVariables>;
export const CancelCommunityEventDocument = new TypedDocumentString(`
    mutation CancelCommunityEvent($id: ID!) {
  cancelCommunityEvent(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelCommunityEventMutation, CancelCommunityEventMutationVariables>;
export const TeamPrioritiesDocument = new TypedDocumentString(`
    query TeamPriorities($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    priorities(includeDrafts: true) {
      id
      year
      quarter
      title
      residentsSaid
      source
      status
      publishedAt
      translations {
        language
        title
        residentsSaid
        outOfDate
      }
      updates {
        id
        actionOn
        weDid
        translations {
          language
          weDid
          outOfDate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamPrioritiesQuery, TeamPrioritiesQueryVariables>;
export const SetPriorityStatusDocument = new TypedDocumentString(`
    mutation SetPriorityStatus($id: ID!, $status: PriorityStatus!) {
  setPriorityStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetPriorityStatusMutation, SetPriorityStatusMutationVariables>;
export const TeamSocialPostsDocument = new TypedDocumentString(`
    query TeamSocialPosts($slug: String!, $first: Int!, $after: String) {
  neighbourhood(slug: $slug) {
    id
    socialPosts(first: $first, after: $after) {
      nodes {
        id
        postedOn
        channel
        link
        youSaidWeDid
      }
      totalCount
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TeamSocialPostsQuery, TeamSocialPostsQueryVariables>;
export const RecordSocialPostDocument = new TypedDocumentString(`
    mutation RecordSocialPost($input: SocialPostInput!) {
  recordSocialPost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordSocialPostMutation, RecordSocialPostMutationVariables>;
export const DeleteSocialPostDocument = new TypedDocumentString(`
    mutation DeleteSocialPost($id: ID!) {
  deleteSocialPost(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSocialPostMutation, DeleteSocialPostMutationVariables>;
export const StaffTeamDocument = new TypedDocumentString(`
    query StaffTeam($slug: String!) {
  neighbourhood(slug: $slug) {
    ...TeamFields
  }
}
    fragment TeamFields on Neighbourhood {
  id
  slug
  name
  policingArea {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<StaffTeamQuery, StaffTeamQueryVariables>;
export const PolicingAreasDocument = new TypedDocumentString(`
    query PolicingAreas {
  policingAreas {
    ...PolicingAreaSummaryFields
  }
}
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<PolicingAreasQuery, PolicingAreasQueryVariables>;
export const BrowseAreasDocument = new TypedDocumentString(`
    query BrowseAreas {
  policingAreas {
    ...PolicingAreaSummaryFields
  }
}
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<BrowseAreasQuery, BrowseAreasQueryVariables>;
export const PolicingAreaDocument = new TypedDocumentString(`
    query PolicingArea($slug: String!, $updates: Int!) {
  policingArea(slug: $slug) {
    id
    slug
    name
    neighbourhoods {
      id
      slug
      name
      latestNewsletter {
        title
        month
        publishedAt
      }
    }
    commanderUpdates(first: $updates) {
      id
      title
      body
      videoUrl
      publishedAt
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<PolicingAreaQuery, PolicingAreaQueryVariables>;
export const FindNeighbourhoodDocument = new TypedDocumentString(`
    query FindNeighbourhood($postcode: String!) {
  findNeighbourhood(postcode: $postcode) {
    __typename
    ... on PostcodeMatch {
      postcode
      neighbourhood {
        slug
      }
    }
    ... on PostcodeNotFound {
      postcode
      lookupUnavailable
    }
    ... on InvalidPostcode {
      reason
    }
  }
  policingAreas {
    ...PolicingAreaSummaryFields
  }
}
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<FindNeighbourhoodQuery, FindNeighbourhoodQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($slug: String!, $language: ResidentLanguage!) {
  neighbourhood(slug: $slug) {
    id
    slug
    name
    description
    contactPhone
    contactEmail
    policingArea {
      id
      slug
      name
      latestCommanderUpdate {
        title
        body
        publishedAt
        authorName
      }
    }
    officers {
      id
      name
      role
      bio
      photoUrl
    }
    coverage {
      name
      kind
    }
    postcodeSectors
    profile {
      population
      deprivationDecile
      ageBands {
        group
        code
        share
      }
      ethnicity {
        group
        code
        share
      }
      mainLanguages
      isDemoData
      sources {
        table
        release
      }
    }
    confidenceHeadline {
      latest {
        ...HeadlineRoundFields
      }
      shown {
        ...HeadlineRoundFields
      }
    }
    latestNewsletter {
      title
      month
      publishedAt
    }
    priorities {
      id
      year
      quarter
      title
      residentsSaid
      source
      status
      translation(language: $language) {
        title
        residentsSaid
      }
      updates {
        id
        actionOn
        weDid
        translation(language: $language) {
          weDid
        }
      }
    }
    upcomingEvents {
      id
      title
      startsAt
      endsAt
      place
      accessibilityNotes
    }
  }
}
    fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}
fragment FigureFields on ScoreFigure {
  value
  lower
  upper
  respondents
  suppressed
}
fragment HeadlineRoundFields on HeadlineRound {
  round {
    ...RoundFields
  }
  confidence {
    ...FigureFields
  }
  responses
  withheld
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me($everyArea: Boolean!) {
  me {
    id
    name
    email
    role
    neighbourhood {
      id
      slug
      name
    }
    policingArea {
      id
      slug
      name
      neighbourhoods {
        id
        slug
        name
      }
    }
  }
  policingAreas @include(if: $everyArea) {
    ...PolicingAreaSummaryFields
  }
}
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AreaComplianceDocument = new TypedDocumentString(`
    query AreaCompliance($slug: String!, $period: PeriodInput) {
  policingArea(slug: $slug) {
    id
    slug
    name
    compliance(period: $period) {
      period {
        ...PeriodFields
      }
      teams {
        neighbourhood {
          id
          slug
          name
        }
        standards {
          standard
          status
          dueBy
          required
          achieved
        }
      }
      rollup {
        ...RollupFields
      }
    }
  }
}
    fragment PeriodFields on CompliancePeriod {
  kind
  label
  startsOn
  endsOn
  asOf
}
fragment RollupFields on StandardRollup {
  standard
  met
  due
  missed
  notApplicable
}`) as unknown as TypedDocumentString<AreaComplianceQuery, AreaComplianceQueryVariables>;
export const StaffAreaDocument = new TypedDocumentString(`
    query StaffArea($slug: String!) {
  policingArea(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<StaffAreaQuery, StaffAreaQueryVariables>;
export const ReachAreaProfilesDocument = new TypedDocumentString(`
    query ReachAreaProfiles($slug: String!) {
  policingArea(slug: $slug) {
    id
    slug
    name
    neighbourhoods {
      id
      slug
      name
      profile {
        mainLanguages
        languages {
          language
          count
          share
        }
        isDemoData
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReachAreaProfilesQuery, ReachAreaProfilesQueryVariables>;
export const AreaUpdatesDocument = new TypedDocumentString(`
    query AreaUpdates($slug: String!, $first: Int!) {
  policingArea(slug: $slug) {
    id
    slug
    name
    commanderUpdates(first: $first) {
      id
      title
      body
      videoUrl
      publishedAt
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<AreaUpdatesQuery, AreaUpdatesQueryVariables>;
export const PostCommanderUpdateDocument = new TypedDocumentString(`
    mutation PostCommanderUpdate($input: CommanderUpdateInput!) {
  postCommanderUpdate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostCommanderUpdateMutation, PostCommanderUpdateMutationVariables>;
export const DeleteCommanderUpdateDocument = new TypedDocumentString(`
    mutation DeleteCommanderUpdate($id: ID!) {
  deleteCommanderUpdate(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCommanderUpdateMutation, DeleteCommanderUpdateMutationVariables>;
export const ExplorerRoundsDocument = new TypedDocumentString(`
    query ExplorerRounds {
  surveyRounds {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ExplorerRoundsQuery, ExplorerRoundsQueryVariables>;
export const ForceComplianceDocument = new TypedDocumentString(`
    query ForceCompliance($period: PeriodInput) {
  forceCompliance(period: $period) {
    period {
      ...PeriodFields
    }
    areas {
      policingArea {
        id
        slug
        name
      }
      rollup {
        ...RollupFields
      }
    }
    rollup {
      ...RollupFields
    }
  }
}
    fragment PeriodFields on CompliancePeriod {
  kind
  label
  startsOn
  endsOn
  asOf
}
fragment RollupFields on StandardRollup {
  standard
  met
  due
  missed
  notApplicable
}`) as unknown as TypedDocumentString<ForceComplianceQuery, ForceComplianceQueryVariables>;
export const ReachForceProfilesDocument = new TypedDocumentString(`
    query ReachForceProfiles {
  policingAreas {
    id
    slug
    name
    profile {
      mainLanguages
      languages {
        language
        count
        share
      }
      isDemoData
    }
  }
}
    `) as unknown as TypedDocumentString<ReachForceProfilesQuery, ReachForceProfilesQueryVariables>;
export const ResultsChoicesDocument = new TypedDocumentString(`
    query ResultsChoices {
  surveyRounds {
    ...RoundFields
  }
  policingAreas {
    ...PolicingAreaSummaryFields
  }
}
    fragment PolicingAreaSummaryFields on PolicingArea {
  id
  slug
  name
  neighbourhoods {
    id
    slug
    name
  }
}
fragment RoundFields on SurveyRound {
  id
  label
  opensOn
  closesOn
  status
}`) as unknown as TypedDocumentString<ResultsChoicesQuery, ResultsChoicesQueryVariables>;
export const TeamComplianceDocument = new TypedDocumentString(`
    query TeamCompliance($slug: String!, $period: PeriodInput) {
  neighbourhood(slug: $slug) {
    id
    compliance(period: $period) {
      period {
        ...PeriodFields
      }
      standards {
        standard
        status
        dueBy
        required
        achieved
        evidence {
          date
          description
        }
        evidenceCount
      }
    }
  }
}
    fragment PeriodFields on CompliancePeriod {
  kind
  label
  startsOn
  endsOn
  asOf
}`) as unknown as TypedDocumentString<TeamComplianceQuery, TeamComplianceQueryVariables>;
export const UpdatePriorityDocument = new TypedDocumentString(`
    mutation UpdatePriority($id: ID!, $input: UpdatePriorityInput!) {
  updatePriority(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePriorityMutation, UpdatePriorityMutationVariables>;
export const AddPriorityUpdateDocument = new TypedDocumentString(`
    mutation AddPriorityUpdate($priorityId: ID!, $input: PriorityUpdateInput!) {
  addPriorityUpdate(priorityId: $priorityId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddPriorityUpdateMutation, AddPriorityUpdateMutationVariables>;
export const SavePriorityTranslationDocument = new TypedDocumentString(`
    mutation SavePriorityTranslation($priorityId: ID!, $input: PriorityTranslationInput!) {
  savePriorityTranslation(priorityId: $priorityId, input: $input) {
    language
  }
}
    `) as unknown as TypedDocumentString<SavePriorityTranslationMutation, SavePriorityTranslationMutationVariables>;
export const SavePriorityUpdateTranslationDocument = new TypedDocumentString(`
    mutation SavePriorityUpdateTranslation($updateId: ID!, $input: PriorityUpdateTranslationInput!) {
  savePriorityUpdateTranslation(updateId: $updateId, input: $input) {
    language
  }
}
    `) as unknown as TypedDocumentString<SavePriorityUpdateTranslationMutation, SavePriorityUpdateTranslationMutationVariables>;
export const RemovePriorityTranslationDocument = new TypedDocumentString(`
    mutation RemovePriorityTranslation($priorityId: ID!, $language: ResidentLanguage!) {
  removePriorityTranslation(priorityId: $priorityId, language: $language)
}
    `) as unknown as TypedDocumentString<RemovePriorityTranslationMutation, RemovePriorityTranslationMutationVariables>;
export const RemovePriorityUpdateTranslationDocument = new TypedDocumentString(`
    mutation RemovePriorityUpdateTranslation($updateId: ID!, $language: ResidentLanguage!) {
  removePriorityUpdateTranslation(updateId: $updateId, language: $language)
}
    `) as unknown as TypedDocumentString<RemovePriorityUpdateTranslationMutation, RemovePriorityUpdateTranslationMutationVariables>;
export const DeletePriorityDocument = new TypedDocumentString(`
    mutation DeletePriority($id: ID!) {
  deletePriority(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePriorityMutation, DeletePriorityMutationVariables>;
export const CreatePriorityDocument = new TypedDocumentString(`
    mutation CreatePriority($input: CreatePriorityInput!) {
  createPriority(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePriorityMutation, CreatePriorityMutationVariables>;
export const ReachTeamProfileDocument = new TypedDocumentString(`
    query ReachTeamProfile($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    profile {
      mainLanguages
      languages {
        language
        count
        share
      }
      isDemoData
    }
  }
}
    `) as unknown as TypedDocumentString<ReachTeamProfileQuery, ReachTeamProfileQueryVariables>;