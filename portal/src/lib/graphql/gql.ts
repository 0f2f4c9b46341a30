/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AlertFields on Alert {\n    id\n    audience\n    source\n    audienceName\n    title\n    body\n    linkUrl\n    status\n    urgent\n    reviewComment\n    createdAt\n    sentAt\n    recipientCount\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  query TeamAlerts($neighbourhoodId: ID!) {\n    alertsNeedReview\n    teamAlerts(neighbourhoodId: $neighbourhoodId, first: 20) {\n      ...AlertFields\n    }\n  }\n": typeof types.TeamAlertsDocument,
    "\n  query AlertRule {\n    alertsNeedReview\n  }\n": typeof types.AlertRuleDocument,
    "\n  query AreaAlerts($slug: String!) {\n    alertsNeedReview\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AreaAlertsDocument,
    "\n  query AreaAlertList($policingAreaId: ID!) {\n    areaAlerts(policingAreaId: $policingAreaId, first: 20) {\n      ...AlertFields\n    }\n  }\n": typeof types.AreaAlertListDocument,
    "\n  query AlertReviewQueue {\n    alertReviewQueue {\n      ...AlertFields\n    }\n  }\n": typeof types.AlertReviewQueueDocument,
    "\n  mutation CreateAlertDraft($input: AlertInput!) {\n    createAlertDraft(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAlertDraftDocument,
    "\n  mutation SubmitAlertForReview($id: ID!) {\n    submitAlertForReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitAlertForReviewDocument,
    "\n  mutation SendAlert($id: ID!) {\n    sendAlert(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SendAlertDocument,
    "\n  mutation SendUrgentAlert($id: ID!) {\n    sendUrgentAlert(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SendUrgentAlertDocument,
    "\n  mutation ApproveAlert($id: ID!) {\n    approveAlert(id: $id) {\n      id\n      title\n      status\n      recipientCount\n    }\n  }\n": typeof types.ApproveAlertDocument,
    "\n  mutation RequestAlertChanges($id: ID!, $comment: String!) {\n    requestAlertChanges(id: $id, comment: $comment) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.RequestAlertChangesDocument,
    "\n  fragment PolicingAreaSummaryFields on PolicingArea {\n    id\n    slug\n    name\n    neighbourhoods {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.PolicingAreaSummaryFieldsFragmentDoc,
    "\n  fragment PeriodFields on CompliancePeriod {\n    kind\n    label\n    startsOn\n    endsOn\n    asOf\n  }\n": typeof types.PeriodFieldsFragmentDoc,
    "\n  fragment RollupFields on StandardRollup {\n    standard\n    met\n    due\n    missed\n    notApplicable\n  }\n": typeof types.RollupFieldsFragmentDoc,
    "\n  mutation RecordNewsletterView($id: ID!) {\n    recordNewsletterView(id: $id)\n  }\n": typeof types.RecordNewsletterViewDocument,
    "\n  fragment NewsletterFields on Newsletter {\n    id\n    month\n    title\n    status\n    introduction\n    author {\n      officerId\n      name\n      role\n      photoUrl\n    }\n    priorities {\n      priorityId\n      title\n      youSaid\n      weDid\n    }\n    events {\n      eventId\n      title\n      startsAt\n      place\n    }\n    advice\n    contact\n    publishedAt\n    poll {\n      id\n      question\n    }\n  }\n": typeof types.NewsletterFieldsFragmentDoc,
    "\n  fragment ArchiveTeamFields on Neighbourhood {\n    id\n    slug\n    name\n    policingArea {\n      slug\n      name\n    }\n  }\n": typeof types.ArchiveTeamFieldsFragmentDoc,
    "\n  query NewsletterArchive($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      ...ArchiveTeamFields\n      newsletters(first: $first, after: $after) {\n        nodes {\n          id\n          month\n          title\n          status\n          publishedAt\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NewsletterArchiveDocument,
    "\n  query NewsletterIssue($slug: String!, $month: String!, $language: ResidentLanguage!) {\n    neighbourhood(slug: $slug) {\n      ...ArchiveTeamFields\n      newsletter(month: $month) {\n        ...NewsletterFields\n        translation(language: $language) {\n          language\n          title\n          introduction\n          advice\n        }\n      }\n      newsletterWithdrawn(month: $month)\n    }\n  }\n": typeof types.NewsletterIssueDocument,
    "\n  query NewsletterTeamWork($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      priorities {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        status\n        updates {\n          actionOn\n          weDid\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        place\n      }\n    }\n  }\n": typeof types.NewsletterTeamWorkDocument,
    "\n  fragment ResidentCountFields on NewsletterResidentCount {\n    value\n    fewerThan\n  }\n": typeof types.ResidentCountFieldsFragmentDoc,
    "\n  fragment NewsletterEngagementFields on NewsletterEngagement {\n    delivered {\n      ...ResidentCountFields\n    }\n    bounced {\n      ...ResidentCountFields\n    }\n    unsubscribed {\n      ...ResidentCountFields\n    }\n    archiveViews\n  }\n": typeof types.NewsletterEngagementFieldsFragmentDoc,
    "\n  query NewsletterEngagementTrend($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      newsletterEngagementTrend(months: 12) {\n        month\n        issuesPublished\n        delivered {\n          ...ResidentCountFields\n        }\n        bounced {\n          ...ResidentCountFields\n        }\n        unsubscribed {\n          ...ResidentCountFields\n        }\n        archiveViews\n      }\n    }\n  }\n": typeof types.NewsletterEngagementTrendDocument,
    "\n  fragment StaffNewsletterFields on Newsletter {\n    ...NewsletterFields\n    reviewComment\n    scheduledFor\n    updatedAt\n    translations {\n      language\n    }\n    delivery {\n      total\n      queued\n      sent\n      failed\n      suppressed\n      finished\n    }\n  }\n": typeof types.StaffNewsletterFieldsFragmentDoc,
    "\n  query TeamNewsletters($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      subscriberCount\n      newsletterDrafts {\n        id\n        month\n        title\n        status\n        publishedAt\n      }\n      newsletters(first: 12) {\n        nodes {\n          id\n          month\n          title\n          status\n          publishedAt\n          engagement {\n            ...NewsletterEngagementFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamNewslettersDocument,
    "\n  query StaffNewsletter($slug: String!, $month: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      officers {\n        id\n        name\n        role\n        bio\n        photoUrl\n      }\n      newsletter(month: $month) {\n        ...StaffNewsletterFields\n      }\n    }\n  }\n": typeof types.StaffNewsletterDocument,
    "\n  query NewsletterEmailPreview($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {\n    newsletterEmailPreview(id: $id, format: $format, language: $language) {\n      subject\n      html\n      text\n    }\n  }\n": typeof types.NewsletterEmailPreviewDocument,
    "\n  query NewsletterReviewQueue {\n    newsletterReviewQueue {\n      id\n      month\n      title\n      status\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.NewsletterReviewQueueDocument,
    "\n  query NewsletterById($id: ID!) {\n    newsletterById(id: $id) {\n      ...StaffNewsletterFields\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.NewsletterByIdDocument,
    "\n  query NewsletterTranslations($id: ID!) {\n    newsletterById(id: $id) {\n      id\n      month\n      title\n      status\n      introduction\n      advice\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      translations {\n        language\n        title\n        introduction\n        advice\n        updatedAt\n        updatedByName\n      }\n    }\n  }\n": typeof types.NewsletterTranslationsDocument,
    "\n  mutation SaveNewsletterTranslation($id: ID!, $input: NewsletterTranslationInput!) {\n    saveNewsletterTranslation(id: $id, input: $input) {\n      language\n    }\n  }\n": typeof types.SaveNewsletterTranslationDocument,
    "\n  mutation RemoveNewsletterTranslation($id: ID!, $language: ResidentLanguage!) {\n    removeNewsletterTranslation(id: $id, language: $language) {\n      id\n    }\n  }\n": typeof types.RemoveNewsletterTranslationDocument,
    "\n  mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {\n    createNewsletterDraft(input: $input) {\n      id\n      month\n    }\n  }\n": typeof types.CreateNewsletterDraftDocument,
    "\n  mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {\n    updateNewsletterDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateNewsletterDraftDocument,
    "\n  mutation SubmitNewsletterForReview($id: ID!) {\n    submitNewsletterForReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitNewsletterForReviewDocument,
    "\n  mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {\n    publishNewsletter(id: $id, at: $at) {\n      id\n      status\n    }\n  }\n": typeof types.PublishNewsletterDocument,
    "\n  mutation ApproveNewsletter($id: ID!) {\n    approveNewsletter(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveNewsletterDocument,
    "\n  mutation RequestNewsletterChanges($id: ID!, $comment: String!) {\n    requestNewsletterChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.RequestNewsletterChangesDocument,
    "\n  mutation WithdrawNewsletter($id: ID!, $reason: String!) {\n    withdrawNewsletter(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawNewsletterDocument,
    "\n  fragment ReachTableFields on ReachTable {\n    sample\n    level\n    areaId\n    areaName\n    dimension\n    roundId\n    roundLabel\n    asOf\n    total\n    totalSuppressed\n    answered\n    notSaid\n    population\n    perThousandResidents\n    isDemoPopulation\n    groups {\n      group\n      count\n      suppressed\n      share\n      lowBase\n      populationShare\n      ratio\n      ratioLow\n      ratioHigh\n      seldomHeard\n    }\n  }\n": typeof types.ReachTableFieldsFragmentDoc,
    "\n  query ReachRounds {\n    surveyRounds {\n      id\n      label\n      closesOn\n      status\n      policingAreaIds\n      voidedAt\n    }\n  }\n": typeof types.ReachRoundsDocument,
    "\n  query Reach(\n    $level: AreaLevel!\n    $areaId: ID\n    $dimension: DemographicDimension!\n    $byArea: Boolean!\n  ) {\n    subscribers: subscriberReach(level: $level, areaId: $areaId, dimension: $dimension) {\n      ...ReachTableFields\n    }\n    trend: respondentReachTrend(level: $level, areaId: $areaId, dimension: $dimension) {\n      ...ReachTableFields\n    }\n    subscriberAreas: subscriberReachByArea(level: $level, areaId: $areaId, dimension: $dimension)\n      @include(if: $byArea) {\n      ...ReachTableFields\n    }\n  }\n": typeof types.ReachDocument,
    "\n  query ReachRound(\n    $level: AreaLevel!\n    $areaId: ID\n    $dimension: DemographicDimension!\n    $roundId: ID!\n    $byArea: Boolean!\n  ) {\n    respondents: respondentReach(\n      level: $level\n      areaId: $areaId\n      dimension: $dimension\n      roundId: $roundId\n    ) {\n      ...ReachTableFields\n    }\n    respondentAreas: respondentReachByArea(\n      level: $level\n      areaId: $areaId\n      dimension: $dimension\n      roundId: $roundId\n    ) @include(if: $byArea) {\n      ...ReachTableFields\n    }\n  }\n": typeof types.ReachRoundDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  query AllApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AllApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresInDays: Int!) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ApiTokenUses($first: Int!, $after: String, $tokenId: ID) {\n    apiTokenUses(first: $first, after: $after, tokenId: $tokenId) {\n      nodes {\n        id\n        tokenId\n        tokenName\n        staffName\n        operationName\n        cost\n        durationMs\n        at\n        outcome\n      }\n      totalCount\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ApiTokenUsesDocument,
    "\n  mutation AuthenticateStaff($email: String!, $password: String!) {\n    authenticateStaff(email: $email, password: $password) {\n      token\n      staff {\n        id\n        name\n        role\n        neighbourhoodId\n        policingAreaId\n      }\n    }\n  }\n": typeof types.AuthenticateStaffDocument,
    "\n  query StaffSession($token: String!) {\n    staffSession(token: $token) {\n      id\n      name\n      role\n      neighbourhoodId\n      policingAreaId\n    }\n  }\n": typeof types.StaffSessionDocument,
    "\n  mutation EndStaffSession($token: String!) {\n    endStaffSession(token: $token)\n  }\n": typeof types.EndStaffSessionDocument,
    "\n  fragment SubscriptionAreaFields on PolicingArea {\n    id\n    name\n    neighbourhoods {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.SubscriptionAreaFieldsFragmentDoc,
    "\n  fragment PreferencesFields on SubscriberPreferences {\n    email\n    status\n    neighbourhoods {\n      id\n      slug\n      name\n      policingArea {\n        ...SubscriptionAreaFields\n      }\n    }\n    policingAreas {\n      ...SubscriptionAreaFields\n    }\n    interests\n    language\n    format\n    hasDemographics\n    manageToken\n    unsubscribeToken\n  }\n": typeof types.PreferencesFieldsFragmentDoc,
    "\n  query SubscribeTeam($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      policingArea {\n        ...SubscriptionAreaFields\n      }\n    }\n  }\n": typeof types.SubscribeTeamDocument,
    "\n  mutation Subscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      outcome\n    }\n  }\n": typeof types.SubscribeDocument,
    "\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      ...PreferencesFields\n    }\n  }\n": typeof types.ConfirmSubscriptionDocument,
    "\n  query SubscriberPreferences($token: String!) {\n    subscriberPreferences(token: $token) {\n      ...PreferencesFields\n    }\n  }\n": typeof types.SubscriberPreferencesDocument,
    "\n  mutation UpdateSubscriberPreferences($token: String!, $input: PreferencesInput!) {\n    updateSubscriberPreferences(token: $token, input: $input) {\n      ...PreferencesFields\n    }\n  }\n": typeof types.UpdateSubscriberPreferencesDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query UnsubscribeAddress($token: String!) {\n    unsubscribeAddress(token: $token) {\n      email\n    }\n  }\n": typeof types.UnsubscribeAddressDocument,
    "\n  mutation EraseSubscriberData($token: String!) {\n    eraseSubscriberData(token: $token)\n  }\n": typeof types.EraseSubscriberDataDocument,
    "\n  mutation SendDemographicsLink($token: String!) {\n    sendDemographicsLink(token: $token)\n  }\n": typeof types.SendDemographicsLinkDocument,
    "\n  query SubscriberDemographics($token: String!) {\n    subscriberDemographics(token: $token) {\n      ageBand\n      ethnicGroup\n      disability\n      gender\n    }\n  }\n": typeof types.SubscriberDemographicsDocument,
    "\n  mutation UpdateSubscriberDemographics($token: String!, $demographics: DemographicsInput) {\n    updateSubscriberDemographics(token: $token, demographics: $demographics) {\n      ageBand\n    }\n  }\n": typeof types.UpdateSubscriberDemographicsDocument,
    "\n  query StaffSurveyRounds {\n    surveyRounds {\n      ...RoundFields\n      questionSetVersion\n      policingAreaIds\n      localQuestions {\n        policingAreaId\n        question {\n          id\n          code\n          text\n        }\n      }\n      responseCount\n      nationalComparison\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": typeof types.StaffSurveyRoundsDocument,
    "\n  mutation CreateSurveyRound(\n    $label: String!\n    $opensOn: LocalDate!\n    $closesOn: LocalDate!\n    $policingAreaIds: [ID!]!\n  ) {\n    # The input's fields spelled out: API.md does not name its input type.\n    createSurveyRound(\n      input: {\n        label: $label\n        opensOn: $opensOn\n        closesOn: $closesOn\n        policingAreaIds: $policingAreaIds\n      }\n    ) {\n      id\n    }\n  }\n": typeof types.CreateSurveyRoundDocument,
    "\n  mutation AddLocalQuestion($roundId: ID!, $policingAreaId: ID!, $text: String!, $textCy: String) {\n    addLocalQuestion(\n      roundId: $roundId\n      policingAreaId: $policingAreaId\n      text: $text\n      textCy: $textCy\n    ) {\n      id\n    }\n  }\n": typeof types.AddLocalQuestionDocument,
    "\n  mutation OpenSurveyRound($id: ID!) {\n    openSurveyRound(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OpenSurveyRoundDocument,
    "\n  mutation CloseSurveyRound($id: ID!) {\n    closeSurveyRound(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseSurveyRoundDocument,
    "\n  mutation SetNationalComparison($roundId: ID!, $value: Float!) {\n    setNationalComparison(roundId: $roundId, value: $value) {\n      id\n      nationalComparison\n    }\n  }\n": typeof types.SetNationalComparisonDocument,
    "\n  query RoundToPutRight($id: ID!) {\n    surveyRound(id: $id) {\n      ...RoundFields\n      voidedAt\n      responseCount\n      excludedResponseCount\n      openLinkDays {\n        day\n        answers\n        excluded\n      }\n      auditEntries {\n        id\n        at\n        actorName\n        actorRole\n        action\n        reason\n        before\n        after\n      }\n    }\n  }\n": typeof types.RoundToPutRightDocument,
    "\n  mutation VoidSurveyRound($roundId: ID!, $reason: String!) {\n    voidSurveyRound(input: { roundId: $roundId, reason: $reason }) {\n      id\n      voidedAt\n    }\n  }\n": typeof types.VoidSurveyRoundDocument,
    "\n  mutation ExcludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {\n    excludeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {\n      changed\n    }\n  }\n": typeof types.ExcludeOpenLinkAnswersDocument,
    "\n  mutation IncludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {\n    includeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {\n      changed\n    }\n  }\n": typeof types.IncludeOpenLinkAnswersDocument,
    "\n  fragment RoundFields on SurveyRound {\n    id\n    label\n    opensOn\n    closesOn\n    status\n  }\n": typeof types.RoundFieldsFragmentDoc,
    "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      alreadyAnswered\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      round {\n        ...RoundFields\n      }\n    }\n  }\n": typeof types.SurveyInvitationDocument,
    "\n  query SurveyRoundQuestions($id: ID!, $neighbourhoodId: ID, $language: ResidentLanguage) {\n    surveyRound(id: $id) {\n      ...RoundFields\n      questions(neighbourhoodId: $neighbourhoodId) {\n        id\n        code\n        text(language: $language)\n        textLanguage(language: $language)\n        standard\n      }\n    }\n  }\n": typeof types.SurveyRoundQuestionsDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyInput!) {\n    submitSurveyResponse(input: $input) {\n      verified\n      neighbourhood {\n        id\n        slug\n      }\n      round {\n        id\n      }\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  query SurveyPostcode($postcode: String!) {\n    findNeighbourhood(postcode: $postcode) {\n      __typename\n      ... on PostcodeMatch {\n        neighbourhood {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.SurveyPostcodeDocument,
    "\n  query OpenRoundsForAreas {\n    surveyRounds {\n      id\n      label\n      closesOn\n      status\n      policingAreaIds\n    }\n  }\n": typeof types.OpenRoundsForAreasDocument,
    "\n  fragment PollFields on Poll {\n    id\n    question\n    options {\n      id\n      label\n      votes\n      share\n    }\n    closesAt\n    open\n    status\n    totalVotes\n  }\n": typeof types.PollFieldsFragmentDoc,
    "\n  query StaffTeamPolls($neighbourhoodId: ID!) {\n    teamPolls(neighbourhoodId: $neighbourhoodId) {\n      ...PollFields\n      openedAt\n      policingAreaIds\n      neighbourhoodIds\n      manageable\n    }\n  }\n": typeof types.StaffTeamPollsDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePollDocument,
    "\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n    }\n  }\n": typeof types.OpenPollDocument,
    "\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n    }\n  }\n": typeof types.ClosePollDocument,
    "\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n  }\n": typeof types.PollDocument,
    "\n  query TeamPolls($neighbourhoodId: ID) {\n    polls(neighbourhoodId: $neighbourhoodId) {\n      ...PollFields\n    }\n  }\n": typeof types.TeamPollsDocument,
    "\n  mutation VotePoll($pollId: ID!, $optionId: ID!) {\n    votePoll(pollId: $pollId, optionId: $optionId) {\n      id\n    }\n  }\n": typeof types.VotePollDocument,
    "\n  query CurrentQuestionSet {\n    currentQuestionSet {\n      version\n      createdAt\n      questions {\n        code\n        en: text(language: EN)\n        cy: text(language: CY)\n      }\n    }\n  }\n": typeof types.CurrentQuestionSetDocument,
    "\n  mutation PublishQuestionSet($input: [QuestionTextInput!]!) {\n    publishQuestionSet(input: $input) {\n      version\n    }\n  }\n": typeof types.PublishQuestionSetDocument,
    "\n  fragment FigureFields on ScoreFigure {\n    value\n    lower\n    upper\n    respondents\n    suppressed\n  }\n": typeof types.FigureFieldsFragmentDoc,
    "\n  query ConfidenceTrend($level: AreaLevel!, $areaId: ID) {\n    confidenceTrend(level: $level, areaId: $areaId) {\n      round {\n        ...RoundFields\n      }\n      confidence {\n        ...FigureFields\n      }\n      national\n    }\n  }\n": typeof types.ConfidenceTrendDocument,
    "\n  fragment HeadlineRoundFields on HeadlineRound {\n    round {\n      ...RoundFields\n    }\n    confidence {\n      ...FigureFields\n    }\n    responses\n    withheld\n  }\n": typeof types.HeadlineRoundFieldsFragmentDoc,
    "\n  query ConfidenceHeadline($level: AreaLevel!, $areaId: ID) {\n    confidenceHeadline(level: $level, areaId: $areaId) {\n      latest {\n        ...HeadlineRoundFields\n      }\n      shown {\n        ...HeadlineRoundFields\n      }\n    }\n  }\n": typeof types.ConfidenceHeadlineDocument,
    "\n  query ConfidenceScores(\n    $level: AreaLevel!\n    $groupBy: Breakdown\n    $roundIds: [ID!]\n    $areaIds: [ID!]\n    $sample: ScoreSample\n    $language: ResidentLanguage\n  ) {\n    confidenceScores(\n      level: $level\n      groupBy: $groupBy\n      roundIds: $roundIds\n      areaIds: $areaIds\n      sample: $sample\n    ) {\n      round {\n        ...RoundFields\n      }\n      level\n      policingAreaId\n      neighbourhoodId\n      groupBy\n      group\n      confidence {\n        ...FigureFields\n      }\n      questions {\n        question {\n          id\n          code\n          text(language: $language)\n          textLanguage(language: $language)\n        }\n        figure {\n          ...FigureFields\n        }\n      }\n      change {\n        points\n        significant\n        suppressed\n      }\n      sample\n      openLink {\n        responses\n        anomaly\n        confidence {\n          ...FigureFields\n        }\n      }\n    }\n  }\n": typeof types.ConfidenceScoresDocument,
    "\n  query ResultsNeighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      policingArea {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ResultsNeighbourhoodDocument,
    "\n  query ResultsPolicingArea($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ResultsPolicingAreaDocument,
    "\n  query PublicSurveyRounds {\n    surveyRounds {\n      ...RoundFields\n    }\n  }\n": typeof types.PublicSurveyRoundsDocument,
    "\n  mutation ImportEngagements($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importEngagements(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportEngagementsDocument,
    "\n  mutation ImportSocialPosts($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importSocialPosts(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportSocialPostsDocument,
    "\n  fragment ImportResultFields on ImportResult {\n    imported\n    dryRun\n    errors {\n      row\n      column\n      message\n    }\n  }\n": typeof types.ImportResultFieldsFragmentDoc,
    "\n  fragment EngagementFields on Engagement {\n    id\n    kind\n    heldOn\n    place\n    attendance\n    partners\n    communitiesReached\n    notes\n  }\n": typeof types.EngagementFieldsFragmentDoc,
    "\n  query TeamEngagements($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      id\n      engagements(first: $first, after: $after) {\n        nodes {\n          ...EngagementFields\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TeamEngagementsDocument,
    "\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordEngagementDocument,
    "\n  mutation UpdateEngagement($id: ID!, $input: EngagementInput!) {\n    updateEngagement(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateEngagementDocument,
    "\n  mutation DeleteEngagement($id: ID!) {\n    deleteEngagement(id: $id)\n  }\n": typeof types.DeleteEngagementDocument,
    "\n  query TeamEvents($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      events {\n        id\n        title\n        description\n        startsAt\n        endsAt\n        place\n        accessibilityNotes\n        status\n      }\n    }\n  }\n": typeof types.TeamEventsDocument,
    "\n  mutation CreateCommunityEvent($input: CommunityEventInput!) {\n    createCommunityEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCommunityEventDocument,
    "\n  mutation UpdateCommunityEvent($id: ID!, $input: CommunityEventInput!) {\n    updateCommunityEvent(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCommunityEventDocument,
    "\n  mutation PublishCommunityEvent($id: ID!) {\n    publishCommunityEvent(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishCommunityEventDocument,
    "\n  mutation CancelCommunityEvent($id: ID!) {\n    cancelCommunityEvent(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelCommunityEventDocument,
    "\n  query TeamPriorities($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      priorities(includeDrafts: true) {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        source\n        status\n        publishedAt\n        translations {\n          language\n          title\n          residentsSaid\n          outOfDate\n        }\n        updates {\n          id\n          actionOn\n          weDid\n          translations {\n            language\n            weDid\n            outOfDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamPrioritiesDocument,
    "\n  mutation SetPriorityStatus($id: ID!, $status: PriorityStatus!) {\n    setPriorityStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetPriorityStatusDocument,
    "\n  query TeamSocialPosts($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      id\n      socialPosts(first: $first, after: $after) {\n        nodes {\n          id\n          postedOn\n          channel\n          link\n          youSaidWeDid\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TeamSocialPostsDocument,
    "\n  mutation RecordSocialPost($input: SocialPostInput!) {\n    recordSocialPost(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordSocialPostDocument,
    "\n  mutation DeleteSocialPost($id: ID!) {\n    deleteSocialPost(id: $id)\n  }\n": typeof types.DeleteSocialPostDocument,
    "\n  fragment TeamFields on Neighbourhood {\n    id\n    slug\n    name\n    policingArea {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.TeamFieldsFragmentDoc,
    "\n  query StaffTeam($slug: String!) {\n    neighbourhood(slug: $slug) {\n      ...TeamFields\n    }\n  }\n": typeof types.StaffTeamDocument,
    "\n  query PolicingAreas {\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": typeof types.PolicingAreasDocument,
    "\n  query BrowseAreas {\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": typeof types.BrowseAreasDocument,
    "\n  query PolicingArea($slug: String!, $updates: Int!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      neighbourhoods {\n        id\n        slug\n        name\n        latestNewsletter {\n          title\n          month\n          publishedAt\n        }\n      }\n      commanderUpdates(first: $updates) {\n        id\n        title\n        body\n        videoUrl\n        publishedAt\n        authorName\n      }\n    }\n  }\n": typeof types.PolicingAreaDocument,
    "\n  query FindNeighbourhood($postcode: String!) {\n    findNeighbourhood(postcode: $postcode) {\n      __typename\n      ... on PostcodeMatch {\n        postcode\n        neighbourhood {\n          slug\n        }\n      }\n      ... on PostcodeNotFound {\n        postcode\n        lookupUnavailable\n      }\n      ... on InvalidPostcode {\n        reason\n      }\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": typeof types.FindNeighbourhoodDocument,
    "\n  query Neighbourhood($slug: String!, $language: ResidentLanguage!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      contactPhone\n      contactEmail\n      policingArea {\n        id\n        slug\n        name\n        latestCommanderUpdate {\n          title\n          body\n          publishedAt\n          authorName\n        }\n      }\n      officers {\n        id\n        name\n        role\n        bio\n        photoUrl\n      }\n      coverage {\n        name\n        kind\n      }\n      postcodeSectors\n      profile {\n        population\n        deprivationDecile\n        ageBands {\n          group\n          code\n          share\n        }\n        ethnicity {\n          group\n          code\n          share\n        }\n        mainLanguages\n        isDemoData\n        sources {\n          table\n          release\n        }\n      }\n      confidenceHeadline {\n        latest {\n          ...HeadlineRoundFields\n        }\n        shown {\n          ...HeadlineRoundFields\n        }\n      }\n      latestNewsletter {\n        title\n        month\n        publishedAt\n      }\n      priorities {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        source\n        status\n        translation(language: $language) {\n          title\n          residentsSaid\n        }\n        updates {\n          id\n          actionOn\n          weDid\n          translation(language: $language) {\n            weDid\n          }\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        accessibilityNotes\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Me($everyArea: Boolean!) {\n    me {\n      id\n      name\n      email\n      role\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      policingArea {\n        id\n        slug\n        name\n        neighbourhoods {\n          id\n          slug\n          name\n        }\n      }\n    }\n    policingAreas @include(if: $everyArea) {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AreaCompliance($slug: String!, $period: PeriodInput) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      compliance(period: $period) {\n        period {\n          ...PeriodFields\n        }\n        teams {\n          neighbourhood {\n            id\n            slug\n            name\n          }\n          standards {\n            standard\n            status\n            dueBy\n            required\n            achieved\n          }\n        }\n        rollup {\n          ...RollupFields\n        }\n      }\n    }\n  }\n": typeof types.AreaComplianceDocument,
    "\n  query StaffArea($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.StaffAreaDocument,
    "\n  query ReachAreaProfiles($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      neighbourhoods {\n        id\n        slug\n        name\n        profile {\n          mainLanguages\n          languages {\n            language\n            count\n            share\n          }\n          isDemoData\n        }\n      }\n    }\n  }\n": typeof types.ReachAreaProfilesDocument,
    "\n  query AreaUpdates($slug: String!, $first: Int!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      commanderUpdates(first: $first) {\n        id\n        title\n        body\n        videoUrl\n        publishedAt\n        authorName\n      }\n    }\n  }\n": typeof types.AreaUpdatesDocument,
    "\n  mutation PostCommanderUpdate($input: CommanderUpdateInput!) {\n    postCommanderUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.PostCommanderUpdateDocument,
    "\n  mutation DeleteCommanderUpdate($id: ID!) {\n    deleteCommanderUpdate(id: $id)\n  }\n": typeof types.DeleteCommanderUpdateDocument,
    "\n  query ExplorerRounds {\n    surveyRounds {\n      id\n      status\n    }\n  }\n": typeof types.ExplorerRoundsDocument,
    "\n  query ForceCompliance($period: PeriodInput) {\n    forceCompliance(period: $period) {\n      period {\n        ...PeriodFields\n      }\n      areas {\n        policingArea {\n          id\n          slug\n          name\n        }\n        rollup {\n          ...RollupFields\n        }\n      }\n      rollup {\n        ...RollupFields\n      }\n    }\n  }\n": typeof types.ForceComplianceDocument,
    "\n  query ReachForceProfiles {\n    policingAreas {\n      id\n      slug\n      name\n      profile {\n        mainLanguages\n        languages {\n          language\n          count\n          share\n        }\n        isDemoData\n      }\n    }\n  }\n": typeof types.ReachForceProfilesDocument,
    "\n  query ResultsChoices {\n    surveyRounds {\n      ...RoundFields\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": typeof types.ResultsChoicesDocument,
    "\n  query TeamCompliance($slug: String!, $period: PeriodInput) {\n    neighbourhood(slug: $slug) {\n      id\n      compliance(period: $period) {\n        period {\n          ...PeriodFields\n        }\n        standards {\n          standard\n          status\n          dueBy\n          required\n          achieved\n          evidence {\n            date\n            description\n          }\n          evidenceCount\n        }\n      }\n    }\n  }\n": typeof types.TeamComplianceDocument,
    "\n  mutation UpdatePriority($id: ID!, $input: UpdatePriorityInput!) {\n    updatePriority(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePriorityDocument,
    "\n  mutation AddPriorityUpdate($priorityId: ID!, $input: PriorityUpdateInput!) {\n    addPriorityUpdate(priorityId: $priorityId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddPriorityUpdateDocument,
    "\n  mutation SavePriorityTranslation($priorityId: ID!, $input: PriorityTranslationInput!) {\n    savePriorityTranslation(priorityId: $priorityId, input: $input) {\n      language\n    }\n  }\n": typeof types.SavePriorityTranslationDocument,
    "\n  mutation SavePriorityUpdateTranslation($updateId: ID!, $input: PriorityUpdateTranslationInput!) {\n    savePriorityUpdateTranslation(updateId: $updateId, input: $input) {\n      language\n    }\n  }\n": typeof types.SavePriorityUpdateTranslationDocument,
    "\n  mutation RemovePriorityTranslation($priorityId: ID!, $language: ResidentLanguage!) {\n    removePriorityTranslation(priorityId: $priorityId, language: $language)\n  }\n": typeof types.RemovePriorityTranslationDocument,
    "\n  mutation RemovePriorityUpdateTranslation($updateId: ID!, $language: ResidentLanguage!) {\n    removePriorityUpdateTranslation(updateId: $updateId, language: $language)\n  }\n": typeof types.RemovePriorityUpdateTranslationDocument,
    "\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n": typeof types.DeletePriorityDocument,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePriorityDocument,
    "\n  query ReachTeamProfile($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      profile {\n        mainLanguages\n        languages {\n          language\n          count\n          share\n        }\n        isDemoData\n      }\n    }\n  }\n": typeof types.ReachTeamProfileDocument,
};
const documents: Documents = {
    "\n  fragment AlertFields on Alert {\n    id\n    audience\n    source\n    audienceName\n    title\n    body\n    linkUrl\n    status\n    urgent\n    reviewComment\n    createdAt\n    sentAt\n    recipientCount\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  query TeamAlerts($neighbourhoodId: ID!) {\n    alertsNeedReview\n    teamAlerts(neighbourhoodId: $neighbourhoodId, first: 20) {\n      ...AlertFields\n    }\n  }\n": types.TeamAlertsDocument,
    "\n  query AlertRule {\n    alertsNeedReview\n  }\n": types.AlertRuleDocument,
    "\n  query AreaAlerts($slug: String!) {\n    alertsNeedReview\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": types.AreaAlertsDocument,
    "\n  query AreaAlertList($policingAreaId: ID!) {\n    areaAlerts(policingAreaId: $policingAreaId, first: 20) {\n      ...AlertFields\n    }\n  }\n": types.AreaAlertListDocument,
    "\n  query AlertReviewQueue {\n    alertReviewQueue {\n      ...AlertFields\n    }\n  }\n": types.AlertReviewQueueDocument,
    "\n  mutation CreateAlertDraft($input: AlertInput!) {\n    createAlertDraft(input: $input) {\n      id\n    }\n  }\n": types.CreateAlertDraftDocument,
    "\n  mutation SubmitAlertForReview($id: ID!) {\n    submitAlertForReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitAlertForReviewDocument,
    "\n  mutation SendAlert($id: ID!) {\n    sendAlert(id: $id) {\n      id\n      status\n    }\n  }\n": types.SendAlertDocument,
    "\n  mutation SendUrgentAlert($id: ID!) {\n    sendUrgentAlert(id: $id) {\n      id\n      status\n    }\n  }\n": types.SendUrgentAlertDocument,
    "\n  mutation ApproveAlert($id: ID!) {\n    approveAlert(id: $id) {\n      id\n      title\n      status\n      recipientCount\n    }\n  }\n": types.ApproveAlertDocument,
    "\n  mutation RequestAlertChanges($id: ID!, $comment: String!) {\n    requestAlertChanges(id: $id, comment: $comment) {\n      id\n      title\n      status\n    }\n  }\n": types.RequestAlertChangesDocument,
    "\n  fragment PolicingAreaSummaryFields on PolicingArea {\n    id\n    slug\n    name\n    neighbourhoods {\n      id\n      slug\n      name\n    }\n  }\n": types.PolicingAreaSummaryFieldsFragmentDoc,
    "\n  fragment PeriodFields on CompliancePeriod {\n    kind\n    label\n    startsOn\n    endsOn\n    asOf\n  }\n": types.PeriodFieldsFragmentDoc,
    "\n  fragment RollupFields on StandardRollup {\n    standard\n    met\n    due\n    missed\n    notApplicable\n  }\n": types.RollupFieldsFragmentDoc,
    "\n  mutation RecordNewsletterView($id: ID!) {\n    recordNewsletterView(id: $id)\n  }\n": types.RecordNewsletterViewDocument,
    "\n  fragment NewsletterFields on Newsletter {\n    id\n    month\n    title\n    status\n    introduction\n    author {\n      officerId\n      name\n      role\n      photoUrl\n    }\n    priorities {\n      priorityId\n      title\n      youSaid\n      weDid\n    }\n    events {\n      eventId\n      title\n      startsAt\n      place\n    }\n    advice\n    contact\n    publishedAt\n    poll {\n      id\n      question\n    }\n  }\n": types.NewsletterFieldsFragmentDoc,
    "\n  fragment ArchiveTeamFields on Neighbourhood {\n    id\n    slug\n    name\n    policingArea {\n      slug\n      name\n    }\n  }\n": types.ArchiveTeamFieldsFragmentDoc,
    "\n  query NewsletterArchive($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      ...ArchiveTeamFields\n      newsletters(first: $first, after: $after) {\n        nodes {\n          id\n          month\n          title\n          status\n          publishedAt\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NewsletterArchiveDocument,
    "\n  query NewsletterIssue($slug: String!, $month: String!, $language: ResidentLanguage!) {\n    neighbourhood(slug: $slug) {\n      ...ArchiveTeamFields\n      newsletter(month: $month) {\n        ...NewsletterFields\n        translation(language: $language) {\n          language\n          title\n          introduction\n          advice\n        }\n      }\n      newsletterWithdrawn(month: $month)\n    }\n  }\n": types.NewsletterIssueDocument,
    "\n  query NewsletterTeamWork($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      priorities {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        status\n        updates {\n          actionOn\n          weDid\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        place\n      }\n    }\n  }\n": types.NewsletterTeamWorkDocument,
    "\n  fragment ResidentCountFields on NewsletterResidentCount {\n    value\n    fewerThan\n  }\n": types.ResidentCountFieldsFragmentDoc,
    "\n  fragment NewsletterEngagementFields on NewsletterEngagement {\n    delivered {\n      ...ResidentCountFields\n    }\n    bounced {\n      ...ResidentCountFields\n    }\n    unsubscribed {\n      ...ResidentCountFields\n    }\n    archiveViews\n  }\n": types.NewsletterEngagementFieldsFragmentDoc,
    "\n  query NewsletterEngagementTrend($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      newsletterEngagementTrend(months: 12) {\n        month\n        issuesPublished\n        delivered {\n          ...ResidentCountFields\n        }\n        bounced {\n          ...ResidentCountFields\n        }\n        unsubscribed {\n          ...ResidentCountFields\n        }\n        archiveViews\n      }\n    }\n  }\n": types.NewsletterEngagementTrendDocument,
    "\n  fragment StaffNewsletterFields on Newsletter {\n    ...NewsletterFields\n    reviewComment\n    scheduledFor\n    updatedAt\n    translations {\n      language\n    }\n    delivery {\n      total\n      queued\n      sent\n      failed\n      suppressed\n      finished\n    }\n  }\n": types.StaffNewsletterFieldsFragmentDoc,
    "\n  query TeamNewsletters($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      subscriberCount\n      newsletterDrafts {\n        id\n        month\n        title\n        status\n        publishedAt\n      }\n      newsletters(first: 12) {\n        nodes {\n          id\n          month\n          title\n          status\n          publishedAt\n          engagement {\n            ...NewsletterEngagementFields\n          }\n        }\n      }\n    }\n  }\n": types.TeamNewslettersDocument,
    "\n  query StaffNewsletter($slug: String!, $month: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      officers {\n        id\n        name\n        role\n        bio\n        photoUrl\n      }\n      newsletter(month: $month) {\n        ...StaffNewsletterFields\n      }\n    }\n  }\n": types.StaffNewsletterDocument,
    "\n  query NewsletterEmailPreview($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {\n    newsletterEmailPreview(id: $id, format: $format, language: $language) {\n      subject\n      html\n      text\n    }\n  }\n": types.NewsletterEmailPreviewDocument,
    "\n  query NewsletterReviewQueue {\n    newsletterReviewQueue {\n      id\n      month\n      title\n      status\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.NewsletterReviewQueueDocument,
    "\n  query NewsletterById($id: ID!) {\n    newsletterById(id: $id) {\n      ...StaffNewsletterFields\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.NewsletterByIdDocument,
    "\n  query NewsletterTranslations($id: ID!) {\n    newsletterById(id: $id) {\n      id\n      month\n      title\n      status\n      introduction\n      advice\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      translations {\n        language\n        title\n        introduction\n        advice\n        updatedAt\n        updatedByName\n      }\n    }\n  }\n": types.NewsletterTranslationsDocument,
    "\n  mutation SaveNewsletterTranslation($id: ID!, $input: NewsletterTranslationInput!) {\n    saveNewsletterTranslation(id: $id, input: $input) {\n      language\n    }\n  }\n": types.SaveNewsletterTranslationDocument,
    "\n  mutation RemoveNewsletterTranslation($id: ID!, $language: ResidentLanguage!) {\n    removeNewsletterTranslation(id: $id, language: $language) {\n      id\n    }\n  }\n": types.RemoveNewsletterTranslationDocument,
    "\n  mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {\n    createNewsletterDraft(input: $input) {\n      id\n      month\n    }\n  }\n": types.CreateNewsletterDraftDocument,
    "\n  mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {\n    updateNewsletterDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateNewsletterDraftDocument,
    "\n  mutation SubmitNewsletterForReview($id: ID!) {\n    submitNewsletterForReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitNewsletterForReviewDocument,
    "\n  mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {\n    publishNewsletter(id: $id, at: $at) {\n      id\n      status\n    }\n  }\n": types.PublishNewsletterDocument,
    "\n  mutation ApproveNewsletter($id: ID!) {\n    approveNewsletter(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveNewsletterDocument,
    "\n  mutation RequestNewsletterChanges($id: ID!, $comment: String!) {\n    requestNewsletterChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.RequestNewsletterChangesDocument,
    "\n  mutation WithdrawNewsletter($id: ID!, $reason: String!) {\n    withdrawNewsletter(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawNewsletterDocument,
    "\n  fragment ReachTableFields on ReachTable {\n    sample\n    level\n    areaId\n    areaName\n    dimension\n    roundId\n    roundLabel\n    asOf\n    total\n    totalSuppressed\n    answered\n    notSaid\n    population\n    perThousandResidents\n    isDemoPopulation\n    groups {\n      group\n      count\n      suppressed\n      share\n      lowBase\n      populationShare\n      ratio\n      ratioLow\n      ratioHigh\n      seldomHeard\n    }\n  }\n": types.ReachTableFieldsFragmentDoc,
    "\n  query ReachRounds {\n    surveyRounds {\n      id\n      label\n      closesOn\n      status\n      policingAreaIds\n      voidedAt\n    }\n  }\n": types.ReachRoundsDocument,
    "\n  query Reach(\n    $level: AreaLevel!\n    $areaId: ID\n    $dimension: DemographicDimension!\n    $byArea: Boolean!\n  ) {\n    subscribers: subscriberReach(level: $level, areaId: $areaId, dimension: $dimension) {\n      ...ReachTableFields\n    }\n    trend: respondentReachTrend(level: $level, areaId: $areaId, dimension: $dimension) {\n      ...ReachTableFields\n    }\n    subscriberAreas: subscriberReachByArea(level: $level, areaId: $areaId, dimension: $dimension)\n      @include(if: $byArea) {\n      ...ReachTableFields\n    }\n  }\n": types.ReachDocument,
    "\n  query ReachRound(\n    $level: AreaLevel!\n    $areaId: ID\n    $dimension: DemographicDimension!\n    $roundId: ID!\n    $byArea: Boolean!\n  ) {\n    respondents: respondentReach(\n      level: $level\n      areaId: $areaId\n      dimension: $dimension\n      roundId: $roundId\n    ) {\n      ...ReachTableFields\n    }\n    respondentAreas: respondentReachByArea(\n      level: $level\n      areaId: $areaId\n      dimension: $dimension\n      roundId: $roundId\n    ) @include(if: $byArea) {\n      ...ReachTableFields\n    }\n  }\n": types.ReachRoundDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  query AllApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.AllApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresInDays: Int!) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ApiTokenUses($first: Int!, $after: String, $tokenId: ID) {\n    apiTokenUses(first: $first, after: $after, tokenId: $tokenId) {\n      nodes {\n        id\n        tokenId\n        tokenName\n        staffName\n        operationName\n        cost\n        durationMs\n        at\n        outcome\n      }\n      totalCount\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ApiTokenUsesDocument,
    "\n  mutation AuthenticateStaff($email: String!, $password: String!) {\n    authenticateStaff(email: $email, password: $password) {\n      token\n      staff {\n        id\n        name\n        role\n        neighbourhoodId\n        policingAreaId\n      }\n    }\n  }\n": types.AuthenticateStaffDocument,
    "\n  query StaffSession($token: String!) {\n    staffSession(token: $token) {\n      id\n      name\n      role\n      neighbourhoodId\n      policingAreaId\n    }\n  }\n": types.StaffSessionDocument,
    "\n  mutation EndStaffSession($token: String!) {\n    endStaffSession(token: $token)\n  }\n": types.EndStaffSessionDocument,
    "\n  fragment SubscriptionAreaFields on PolicingArea {\n    id\n    name\n    neighbourhoods {\n      id\n      slug\n      name\n    }\n  }\n": types.SubscriptionAreaFieldsFragmentDoc,
    "\n  fragment PreferencesFields on SubscriberPreferences {\n    email\n    status\n    neighbourhoods {\n      id\n      slug\n      name\n      policingArea {\n        ...SubscriptionAreaFields\n      }\n    }\n    policingAreas {\n      ...SubscriptionAreaFields\n    }\n    interests\n    language\n    format\n    hasDemographics\n    manageToken\n    unsubscribeToken\n  }\n": types.PreferencesFieldsFragmentDoc,
    "\n  query SubscribeTeam($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      policingArea {\n        ...SubscriptionAreaFields\n      }\n    }\n  }\n": types.SubscribeTeamDocument,
    "\n  mutation Subscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      outcome\n    }\n  }\n": types.SubscribeDocument,
    "\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      ...PreferencesFields\n    }\n  }\n": types.ConfirmSubscriptionDocument,
    "\n  query SubscriberPreferences($token: String!) {\n    subscriberPreferences(token: $token) {\n      ...PreferencesFields\n    }\n  }\n": types.SubscriberPreferencesDocument,
    "\n  mutation UpdateSubscriberPreferences($token: String!, $input: PreferencesInput!) {\n    updateSubscriberPreferences(token: $token, input: $input) {\n      ...PreferencesFields\n    }\n  }\n": types.UpdateSubscriberPreferencesDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query UnsubscribeAddress($token: String!) {\n    unsubscribeAddress(token: $token) {\n      email\n    }\n  }\n": types.UnsubscribeAddressDocument,
    "\n  mutation EraseSubscriberData($token: String!) {\n    eraseSubscriberData(token: $token)\n  }\n": types.EraseSubscriberDataDocument,
    "\n  mutation SendDemographicsLink($token: String!) {\n    sendDemographicsLink(token: $token)\n  }\n": types.SendDemographicsLinkDocument,
    "\n  query SubscriberDemographics($token: String!) {\n    subscriberDemographics(token: $token) {\n      ageBand\n      ethnicGroup\n      disability\n      gender\n    }\n  }\n": types.SubscriberDemographicsDocument,
    "\n  mutation UpdateSubscriberDemographics($token: String!, $demographics: DemographicsInput) {\n    updateSubscriberDemographics(token: $token, demographics: $demographics) {\n      ageBand\n    }\n  }\n": types.UpdateSubscriberDemographicsDocument,
    "\n  query StaffSurveyRounds {\n    surveyRounds {\n      ...RoundFields\n      questionSetVersion\n      policingAreaIds\n      localQuestions {\n        policingAreaId\n        question {\n          id\n          code\n          text\n        }\n      }\n      responseCount\n      nationalComparison\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": types.StaffSurveyRoundsDocument,
    "\n  mutation CreateSurveyRound(\n    $label: String!\n    $opensOn: LocalDate!\n    $closesOn: LocalDate!\n    $policingAreaIds: [ID!]!\n  ) {\n    # The input's fields spelled out: API.md does not name its input type.\n    createSurveyRound(\n      input: {\n        label: $label\n        opensOn: $opensOn\n        closesOn: $closesOn\n        policingAreaIds: $policingAreaIds\n      }\n    ) {\n      id\n    }\n  }\n": types.CreateSurveyRoundDocument,
    "\n  mutation AddLocalQuestion($roundId: ID!, $policingAreaId: ID!, $text: String!, $textCy: String) {\n    addLocalQuestion(\n      roundId: $roundId\n      policingAreaId: $policingAreaId\n      text: $text\n      textCy: $textCy\n    ) {\n      id\n    }\n  }\n": types.AddLocalQuestionDocument,
    "\n  mutation OpenSurveyRound($id: ID!) {\n    openSurveyRound(id: $id) {\n      id\n      status\n    }\n  }\n": types.OpenSurveyRoundDocument,
    "\n  mutation CloseSurveyRound($id: ID!) {\n    closeSurveyRound(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseSurveyRoundDocument,
    "\n  mutation SetNationalComparison($roundId: ID!, $value: Float!) {\n    setNationalComparison(roundId: $roundId, value: $value) {\n      id\n      nationalComparison\n    }\n  }\n": types.SetNationalComparisonDocument,
    "\n  query RoundToPutRight($id: ID!) {\n    surveyRound(id: $id) {\n      ...RoundFields\n      voidedAt\n      responseCount\n      excludedResponseCount\n      openLinkDays {\n        day\n        answers\n        excluded\n      }\n      auditEntries {\n        id\n        at\n        actorName\n        actorRole\n        action\n        reason\n        before\n        after\n      }\n    }\n  }\n": types.RoundToPutRightDocument,
    "\n  mutation VoidSurveyRound($roundId: ID!, $reason: String!) {\n    voidSurveyRound(input: { roundId: $roundId, reason: $reason }) {\n      id\n      voidedAt\n    }\n  }\n": types.VoidSurveyRoundDocument,
    "\n  mutation ExcludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {\n    excludeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {\n      changed\n    }\n  }\n": types.ExcludeOpenLinkAnswersDocument,
    "\n  mutation IncludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {\n    includeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {\n      changed\n    }\n  }\n": types.IncludeOpenLinkAnswersDocument,
    "\n  fragment RoundFields on SurveyRound {\n    id\n    label\n    opensOn\n    closesOn\n    status\n  }\n": types.RoundFieldsFragmentDoc,
    "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      alreadyAnswered\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      round {\n        ...RoundFields\n      }\n    }\n  }\n": types.SurveyInvitationDocument,
    "\n  query SurveyRoundQuestions($id: ID!, $neighbourhoodId: ID, $language: ResidentLanguage) {\n    surveyRound(id: $id) {\n      ...RoundFields\n      questions(neighbourhoodId: $neighbourhoodId) {\n        id\n        code\n        text(language: $language)\n        textLanguage(language: $language)\n        standard\n      }\n    }\n  }\n": types.SurveyRoundQuestionsDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyInput!) {\n    submitSurveyResponse(input: $input) {\n      verified\n      neighbourhood {\n        id\n        slug\n      }\n      round {\n        id\n      }\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  query SurveyPostcode($postcode: String!) {\n    findNeighbourhood(postcode: $postcode) {\n      __typename\n      ... on PostcodeMatch {\n        neighbourhood {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.SurveyPostcodeDocument,
    "\n  query OpenRoundsForAreas {\n    surveyRounds {\n      id\n      label\n      closesOn\n      status\n      policingAreaIds\n    }\n  }\n": types.OpenRoundsForAreasDocument,
    "\n  fragment PollFields on Poll {\n    id\n    question\n    options {\n      id\n      label\n      votes\n      share\n    }\n    closesAt\n    open\n    status\n    totalVotes\n  }\n": types.PollFieldsFragmentDoc,
    "\n  query StaffTeamPolls($neighbourhoodId: ID!) {\n    teamPolls(neighbourhoodId: $neighbourhoodId) {\n      ...PollFields\n      openedAt\n      policingAreaIds\n      neighbourhoodIds\n      manageable\n    }\n  }\n": types.StaffTeamPollsDocument,
    "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n": types.CreatePollDocument,
    "\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n    }\n  }\n": types.OpenPollDocument,
    "\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n    }\n  }\n": types.ClosePollDocument,
    "\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n  }\n": types.PollDocument,
    "\n  query TeamPolls($neighbourhoodId: ID) {\n    polls(neighbourhoodId: $neighbourhoodId) {\n      ...PollFields\n    }\n  }\n": types.TeamPollsDocument,
    "\n  mutation VotePoll($pollId: ID!, $optionId: ID!) {\n    votePoll(pollId: $pollId, optionId: $optionId) {\n      id\n    }\n  }\n": types.VotePollDocument,
    "\n  query CurrentQuestionSet {\n    currentQuestionSet {\n      version\n      createdAt\n      questions {\n        code\n        en: text(language: EN)\n        cy: text(language: CY)\n      }\n    }\n  }\n": types.CurrentQuestionSetDocument,
    "\n  mutation PublishQuestionSet($input: [QuestionTextInput!]!) {\n    publishQuestionSet(input: $input) {\n      version\n    }\n  }\n": types.PublishQuestionSetDocument,
    "\n  fragment FigureFields on ScoreFigure {\n    value\n    lower\n    upper\n    respondents\n    suppressed\n  }\n": types.FigureFieldsFragmentDoc,
    "\n  query ConfidenceTrend($level: AreaLevel!, $areaId: ID) {\n    confidenceTrend(level: $level, areaId: $areaId) {\n      round {\n        ...RoundFields\n      }\n      confidence {\n        ...FigureFields\n      }\n      national\n    }\n  }\n": types.ConfidenceTrendDocument,
    "\n  fragment HeadlineRoundFields on HeadlineRound {\n    round {\n      ...RoundFields\n    }\n    confidence {\n      ...FigureFields\n    }\n    responses\n    withheld\n  }\n": types.HeadlineRoundFieldsFragmentDoc,
    "\n  query ConfidenceHeadline($level: AreaLevel!, $areaId: ID) {\n    confidenceHeadline(level: $level, areaId: $areaId) {\n      latest {\n        ...HeadlineRoundFields\n      }\n      shown {\n        ...HeadlineRoundFields\n      }\n    }\n  }\n": types.ConfidenceHeadlineDocument,
    "\n  query ConfidenceScores(\n    $level: AreaLevel!\n    $groupBy: Breakdown\n    $roundIds: [ID!]\n    $areaIds: [ID!]\n    $sample: ScoreSample\n    $language: ResidentLanguage\n  ) {\n    confidenceScores(\n      level: $level\n      groupBy: $groupBy\n      roundIds: $roundIds\n      areaIds: $areaIds\n      sample: $sample\n    ) {\n      round {\n        ...RoundFields\n      }\n      level\n      policingAreaId\n      neighbourhoodId\n      groupBy\n      group\n      confidence {\n        ...FigureFields\n      }\n      questions {\n        question {\n          id\n          code\n          text(language: $language)\n          textLanguage(language: $language)\n        }\n        figure {\n          ...FigureFields\n        }\n      }\n      change {\n        points\n        significant\n        suppressed\n      }\n      sample\n      openLink {\n        responses\n        anomaly\n        confidence {\n          ...FigureFields\n        }\n      }\n    }\n  }\n": types.ConfidenceScoresDocument,
    "\n  query ResultsNeighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      policingArea {\n        slug\n        name\n      }\n    }\n  }\n": types.ResultsNeighbourhoodDocument,
    "\n  query ResultsPolicingArea($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": types.ResultsPolicingAreaDocument,
    "\n  query PublicSurveyRounds {\n    surveyRounds {\n      ...RoundFields\n    }\n  }\n": types.PublicSurveyRoundsDocument,
    "\n  mutation ImportEngagements($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importEngagements(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportEngagementsDocument,
    "\n  mutation ImportSocialPosts($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importSocialPosts(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportSocialPostsDocument,
    "\n  fragment ImportResultFields on ImportResult {\n    imported\n    dryRun\n    errors {\n      row\n      column\n      message\n    }\n  }\n": types.ImportResultFieldsFragmentDoc,
    "\n  fragment EngagementFields on Engagement {\n    id\n    kind\n    heldOn\n    place\n    attendance\n    partners\n    communitiesReached\n    notes\n  }\n": types.EngagementFieldsFragmentDoc,
    "\n  query TeamEngagements($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      id\n      engagements(first: $first, after: $after) {\n        nodes {\n          ...EngagementFields\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TeamEngagementsDocument,
    "\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n": types.RecordEngagementDocument,
    "\n  mutation UpdateEngagement($id: ID!, $input: EngagementInput!) {\n    updateEngagement(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateEngagementDocument,
    "\n  mutation DeleteEngagement($id: ID!) {\n    deleteEngagement(id: $id)\n  }\n": types.DeleteEngagementDocument,
    "\n  query TeamEvents($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      events {\n        id\n        title\n        description\n        startsAt\n        endsAt\n        place\n        accessibilityNotes\n        status\n      }\n    }\n  }\n": types.TeamEventsDocument,
    "\n  mutation CreateCommunityEvent($input: CommunityEventInput!) {\n    createCommunityEvent(input: $input) {\n      id\n    }\n  }\n": types.CreateCommunityEventDocument,
    "\n  mutation UpdateCommunityEvent($id: ID!, $input: CommunityEventInput!) {\n    updateCommunityEvent(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCommunityEventDocument,
    "\n  mutation PublishCommunityEvent($id: ID!) {\n    publishCommunityEvent(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishCommunityEventDocument,
    "\n  mutation CancelCommunityEvent($id: ID!) {\n    cancelCommunityEvent(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelCommunityEventDocument,
    "\n  query TeamPriorities($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      priorities(includeDrafts: true) {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        source\n        status\n        publishedAt\n        translations {\n          language\n          title\n          residentsSaid\n          outOfDate\n        }\n        updates {\n          id\n          actionOn\n          weDid\n          translations {\n            language\n            weDid\n            outOfDate\n          }\n        }\n      }\n    }\n  }\n": types.TeamPrioritiesDocument,
    "\n  mutation SetPriorityStatus($id: ID!, $status: PriorityStatus!) {\n    setPriorityStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetPriorityStatusDocument,
    "\n  query TeamSocialPosts($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      id\n      socialPosts(first: $first, after: $after) {\n        nodes {\n          id\n          postedOn\n          channel\n          link\n          youSaidWeDid\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TeamSocialPostsDocument,
    "\n  mutation RecordSocialPost($input: SocialPostInput!) {\n    recordSocialPost(input: $input) {\n      id\n    }\n  }\n": types.RecordSocialPostDocument,
    "\n  mutation DeleteSocialPost($id: ID!) {\n    deleteSocialPost(id: $id)\n  }\n": types.DeleteSocialPostDocument,
    "\n  fragment TeamFields on Neighbourhood {\n    id\n    slug\n    name\n    policingArea {\n      id\n      slug\n      name\n    }\n  }\n": types.TeamFieldsFragmentDoc,
    "\n  query StaffTeam($slug: String!) {\n    neighbourhood(slug: $slug) {\n      ...TeamFields\n    }\n  }\n": types.StaffTeamDocument,
    "\n  query PolicingAreas {\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": types.PolicingAreasDocument,
    "\n  query BrowseAreas {\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": types.BrowseAreasDocument,
    "\n  query PolicingArea($slug: String!, $updates: Int!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      neighbourhoods {\n        id\n        slug\n        name\n        latestNewsletter {\n          title\n          month\n          publishedAt\n        }\n      }\n      commanderUpdates(first: $updates) {\n        id\n        title\n        body\n        videoUrl\n        publishedAt\n        authorName\n      }\n    }\n  }\n": types.PolicingAreaDocument,
    "\n  query FindNeighbourhood($postcode: String!) {\n    findNeighbourhood(postcode: $postcode) {\n      __typename\n      ... on PostcodeMatch {\n        postcode\n        neighbourhood {\n          slug\n        }\n      }\n      ... on PostcodeNotFound {\n        postcode\n        lookupUnavailable\n      }\n      ... on InvalidPostcode {\n        reason\n      }\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": types.FindNeighbourhoodDocument,
    "\n  query Neighbourhood($slug: String!, $language: ResidentLanguage!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      contactPhone\n      contactEmail\n      policingArea {\n        id\n        slug\n        name\n        latestCommanderUpdate {\n          title\n          body\n          publishedAt\n          authorName\n        }\n      }\n      officers {\n        id\n        name\n        role\n        bio\n        photoUrl\n      }\n      coverage {\n        name\n        kind\n      }\n      postcodeSectors\n      profile {\n        population\n        deprivationDecile\n        ageBands {\n          group\n          code\n          share\n        }\n        ethnicity {\n          group\n          code\n          share\n        }\n        mainLanguages\n        isDemoData\n        sources {\n          table\n          release\n        }\n      }\n      confidenceHeadline {\n        latest {\n          ...HeadlineRoundFields\n        }\n        shown {\n          ...HeadlineRoundFields\n        }\n      }\n      latestNewsletter {\n        title\n        month\n        publishedAt\n      }\n      priorities {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        source\n        status\n        translation(language: $language) {\n          title\n          residentsSaid\n        }\n        updates {\n          id\n          actionOn\n          weDid\n          translation(language: $language) {\n            weDid\n          }\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        accessibilityNotes\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Me($everyArea: Boolean!) {\n    me {\n      id\n      name\n      email\n      role\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      policingArea {\n        id\n        slug\n        name\n        neighbourhoods {\n          id\n          slug\n          name\n        }\n      }\n    }\n    policingAreas @include(if: $everyArea) {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": types.MeDocument,
    "\n  query AreaCompliance($slug: String!, $period: PeriodInput) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      compliance(period: $period) {\n        period {\n          ...PeriodFields\n        }\n        teams {\n          neighbourhood {\n            id\n            slug\n            name\n          }\n          standards {\n            standard\n            status\n            dueBy\n            required\n            achieved\n          }\n        }\n        rollup {\n          ...RollupFields\n        }\n      }\n    }\n  }\n": types.AreaComplianceDocument,
    "\n  query StaffArea($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": types.StaffAreaDocument,
    "\n  query ReachAreaProfiles($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      neighbourhoods {\n        id\n        slug\n        name\n        profile {\n          mainLanguages\n          languages {\n            language\n            count\n            share\n          }\n          isDemoData\n        }\n      }\n    }\n  }\n": types.ReachAreaProfilesDocument,
    "\n  query AreaUpdates($slug: String!, $first: Int!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      commanderUpdates(first: $first) {\n        id\n        title\n        body\n        videoUrl\n        publishedAt\n        authorName\n      }\n    }\n  }\n": types.AreaUpdatesDocument,
    "\n  mutation PostCommanderUpdate($input: CommanderUpdateInput!) {\n    postCommanderUpdate(input: $input) {\n      id\n    }\n  }\n": types.PostCommanderUpdateDocument,
    "\n  mutation DeleteCommanderUpdate($id: ID!) {\n    deleteCommanderUpdate(id: $id)\n  }\n": types.DeleteCommanderUpdateDocument,
    "\n  query ExplorerRounds {\n    surveyRounds {\n      id\n      status\n    }\n  }\n": types.ExplorerRoundsDocument,
    "\n  query ForceCompliance($period: PeriodInput) {\n    forceCompliance(period: $period) {\n      period {\n        ...PeriodFields\n      }\n      areas {\n        policingArea {\n          id\n          slug\n          name\n        }\n        rollup {\n          ...RollupFields\n        }\n      }\n      rollup {\n        ...RollupFields\n      }\n    }\n  }\n": types.ForceComplianceDocument,
    "\n  query ReachForceProfiles {\n    policingAreas {\n      id\n      slug\n      name\n      profile {\n        mainLanguages\n        languages {\n          language\n          count\n          share\n        }\n        isDemoData\n      }\n    }\n  }\n": types.ReachForceProfilesDocument,
    "\n  query ResultsChoices {\n    surveyRounds {\n      ...RoundFields\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n": types.ResultsChoicesDocument,
    "\n  query TeamCompliance($slug: String!, $period: PeriodInput) {\n    neighbourhood(slug: $slug) {\n      id\n      compliance(period: $period) {\n        period {\n          ...PeriodFields\n        }\n        standards {\n          standard\n          status\n          dueBy\n          required\n          achieved\n          evidence {\n            date\n            description\n          }\n          evidenceCount\n        }\n      }\n    }\n  }\n": types.TeamComplianceDocument,
    "\n  mutation UpdatePriority($id: ID!, $input: UpdatePriorityInput!) {\n    updatePriority(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePriorityDocument,
    "\n  mutation AddPriorityUpdate($priorityId: ID!, $input: PriorityUpdateInput!) {\n    addPriorityUpdate(priorityId: $priorityId, input: $input) {\n      id\n    }\n  }\n": types.AddPriorityUpdateDocument,
    "\n  mutation SavePriorityTranslation($priorityId: ID!, $input: PriorityTranslationInput!) {\n    savePriorityTranslation(priorityId: $priorityId, input: $input) {\n      language\n    }\n  }\n": types.SavePriorityTranslationDocument,
    "\n  mutation SavePriorityUpdateTranslation($updateId: ID!, $input: PriorityUpdateTranslationInput!) {\n    savePriorityUpdateTranslation(updateId: $updateId, input: $input) {\n      language\n    }\n  }\n": types.SavePriorityUpdateTranslationDocument,
    "\n  mutation RemovePriorityTranslation($priorityId: ID!, $language: ResidentLanguage!) {\n    removePriorityTranslation(priorityId: $priorityId, language: $language)\n  }\n": types.RemovePriorityTranslationDocument,
    "\n  mutation RemovePriorityUpdateTranslation($updateId: ID!, $language: ResidentLanguage!) {\n    removePriorityUpdateTranslation(updateId: $updateId, language: $language)\n  }\n": types.RemovePriorityUpdateTranslationDocument,
    "\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n": types.DeletePriorityDocument,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n": types.CreatePriorityDocument,
    "\n  query ReachTeamProfile($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      profile {\n        mainLanguages\n        languages {\n          language\n          count\n          share\n        }\n        isDemoData\n      }\n    }\n  }\n": types.ReachTeamProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    id\n    audience\n    source\n    audienceName\n    title\n    body\n    linkUrl\n    status\n    urgent\n    reviewComment\n    createdAt\n    sentAt\n    recipientCount\n  }\n"): typeof import('./graphql').AlertFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamAlerts($neighbourhoodId: ID!) {\n    alertsNeedReview\n    teamAlerts(neighbourhoodId: $neighbourhoodId, first: 20) {\n      ...AlertFields\n    }\n  }\n"): typeof import('./graphql').TeamAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertRule {\n    alertsNeedReview\n  }\n"): typeof import('./graphql').AlertRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaAlerts($slug: String!) {\n    alertsNeedReview\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').AreaAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaAlertList($policingAreaId: ID!) {\n    areaAlerts(policingAreaId: $policingAreaId, first: 20) {\n      ...AlertFields\n    }\n  }\n"): typeof import('./graphql').AreaAlertListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertReviewQueue {\n    alertReviewQueue {\n      ...AlertFields\n    }\n  }\n"): typeof import('./graphql').AlertReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlertDraft($input: AlertInput!) {\n    createAlertDraft(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAlertDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAlertForReview($id: ID!) {\n    submitAlertForReview(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitAlertForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendAlert($id: ID!) {\n    sendAlert(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SendAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendUrgentAlert($id: ID!) {\n    sendUrgentAlert(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SendUrgentAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAlert($id: ID!) {\n    approveAlert(id: $id) {\n      id\n      title\n      status\n      recipientCount\n    }\n  }\n"): typeof import('./graphql').ApproveAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAlertChanges($id: ID!, $comment: String!) {\n    requestAlertChanges(id: $id, comment: $comment) {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').RequestAlertChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicingAreaSummaryFields on PolicingArea {\n    id\n    slug\n    name\n    neighbourhoods {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').PolicingAreaSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodFields on CompliancePeriod {\n    kind\n    label\n    startsOn\n    endsOn\n    asOf\n  }\n"): typeof import('./graphql').PeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollupFields on StandardRollup {\n    standard\n    met\n    due\n    missed\n    notApplicable\n  }\n"): typeof import('./graphql').RollupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNewsletterView($id: ID!) {\n    recordNewsletterView(id: $id)\n  }\n"): typeof import('./graphql').RecordNewsletterViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsletterFields on Newsletter {\n    id\n    month\n    title\n    status\n    introduction\n    author {\n      officerId\n      name\n      role\n      photoUrl\n    }\n    priorities {\n      priorityId\n      title\n      youSaid\n      weDid\n    }\n    events {\n      eventId\n      title\n      startsAt\n      place\n    }\n    advice\n    contact\n    publishedAt\n    poll {\n      id\n      question\n    }\n  }\n"): typeof import('./graphql').NewsletterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArchiveTeamFields on Neighbourhood {\n    id\n    slug\n    name\n    policingArea {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ArchiveTeamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterArchive($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      ...ArchiveTeamFields\n      newsletters(first: $first, after: $after) {\n        nodes {\n          id\n          month\n          title\n          status\n          publishedAt\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NewsletterArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterIssue($slug: String!, $month: String!, $language: ResidentLanguage!) {\n    neighbourhood(slug: $slug) {\n      ...ArchiveTeamFields\n      newsletter(month: $month) {\n        ...NewsletterFields\n        translation(language: $language) {\n          language\n          title\n          introduction\n          advice\n        }\n      }\n      newsletterWithdrawn(month: $month)\n    }\n  }\n"): typeof import('./graphql').NewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterTeamWork($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      priorities {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        status\n        updates {\n          actionOn\n          weDid\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        place\n      }\n    }\n  }\n"): typeof import('./graphql').NewsletterTeamWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentCountFields on NewsletterResidentCount {\n    value\n    fewerThan\n  }\n"): typeof import('./graphql').ResidentCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsletterEngagementFields on NewsletterEngagement {\n    delivered {\n      ...ResidentCountFields\n    }\n    bounced {\n      ...ResidentCountFields\n    }\n    unsubscribed {\n      ...ResidentCountFields\n    }\n    archiveViews\n  }\n"): typeof import('./graphql').NewsletterEngagementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterEngagementTrend($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      newsletterEngagementTrend(months: 12) {\n        month\n        issuesPublished\n        delivered {\n          ...ResidentCountFields\n        }\n        bounced {\n          ...ResidentCountFields\n        }\n        unsubscribed {\n          ...ResidentCountFields\n        }\n        archiveViews\n      }\n    }\n  }\n"): typeof import('./graphql').NewsletterEngagementTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffNewsletterFields on Newsletter {\n    ...NewsletterFields\n    reviewComment\n    scheduledFor\n    updatedAt\n    translations {\n      language\n    }\n    delivery {\n      total\n      queued\n      sent\n      failed\n      suppressed\n      finished\n    }\n  }\n"): typeof import('./graphql').StaffNewsletterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamNewsletters($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      subscriberCount\n      newsletterDrafts {\n        id\n        month\n        title\n        status\n        publishedAt\n      }\n      newsletters(first: 12) {\n        nodes {\n          id\n          month\n          title\n          status\n          publishedAt\n          engagement {\n            ...NewsletterEngagementFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamNewslettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNewsletter($slug: String!, $month: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      officers {\n        id\n        name\n        role\n        bio\n        photoUrl\n      }\n      newsletter(month: $month) {\n        ...StaffNewsletterFields\n      }\n    }\n  }\n"): typeof import('./graphql').StaffNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterEmailPreview($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {\n    newsletterEmailPreview(id: $id, format: $format, language: $language) {\n      subject\n      html\n      text\n    }\n  }\n"): typeof import('./graphql').NewsletterEmailPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterReviewQueue {\n    newsletterReviewQueue {\n      id\n      month\n      title\n      status\n      updatedAt\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NewsletterReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterById($id: ID!) {\n    newsletterById(id: $id) {\n      ...StaffNewsletterFields\n      neighbourhood {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NewsletterByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterTranslations($id: ID!) {\n    newsletterById(id: $id) {\n      id\n      month\n      title\n      status\n      introduction\n      advice\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      translations {\n        language\n        title\n        introduction\n        advice\n        updatedAt\n        updatedByName\n      }\n    }\n  }\n"): typeof import('./graphql').NewsletterTranslationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNewsletterTranslation($id: ID!, $input: NewsletterTranslationInput!) {\n    saveNewsletterTranslation(id: $id, input: $input) {\n      language\n    }\n  }\n"): typeof import('./graphql').SaveNewsletterTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNewsletterTranslation($id: ID!, $language: ResidentLanguage!) {\n    removeNewsletterTranslation(id: $id, language: $language) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveNewsletterTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {\n    createNewsletterDraft(input: $input) {\n      id\n      month\n    }\n  }\n"): typeof import('./graphql').CreateNewsletterDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {\n    updateNewsletterDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateNewsletterDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNewsletterForReview($id: ID!) {\n    submitNewsletterForReview(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitNewsletterForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {\n    publishNewsletter(id: $id, at: $at) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveNewsletter($id: ID!) {\n    approveNewsletter(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestNewsletterChanges($id: ID!, $comment: String!) {\n    requestNewsletterChanges(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestNewsletterChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNewsletter($id: ID!, $reason: String!) {\n    withdrawNewsletter(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReachTableFields on ReachTable {\n    sample\n    level\n    areaId\n    areaName\n    dimension\n    roundId\n    roundLabel\n    asOf\n    total\n    totalSuppressed\n    answered\n    notSaid\n    population\n    perThousandResidents\n    isDemoPopulation\n    groups {\n      group\n      count\n      suppressed\n      share\n      lowBase\n      populationShare\n      ratio\n      ratioLow\n      ratioHigh\n      seldomHeard\n    }\n  }\n"): typeof import('./graphql').ReachTableFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachRounds {\n    surveyRounds {\n      id\n      label\n      closesOn\n      status\n      policingAreaIds\n      voidedAt\n    }\n  }\n"): typeof import('./graphql').ReachRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reach(\n    $level: AreaLevel!\n    $areaId: ID\n    $dimension: DemographicDimension!\n    $byArea: Boolean!\n  ) {\n    subscribers: subscriberReach(level: $level, areaId: $areaId, dimension: $dimension) {\n      ...ReachTableFields\n    }\n    trend: respondentReachTrend(level: $level, areaId: $areaId, dimension: $dimension) {\n      ...ReachTableFields\n    }\n    subscriberAreas: subscriberReachByArea(level: $level, areaId: $areaId, dimension: $dimension)\n      @include(if: $byArea) {\n      ...ReachTableFields\n    }\n  }\n"): typeof import('./graphql').ReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachRound(\n    $level: AreaLevel!\n    $areaId: ID\n    $dimension: DemographicDimension!\n    $roundId: ID!\n    $byArea: Boolean!\n  ) {\n    respondents: respondentReach(\n      level: $level\n      areaId: $areaId\n      dimension: $dimension\n      roundId: $roundId\n    ) {\n      ...ReachTableFields\n    }\n    respondentAreas: respondentReachByArea(\n      level: $level\n      areaId: $areaId\n      dimension: $dimension\n      roundId: $roundId\n    ) @include(if: $byArea) {\n      ...ReachTableFields\n    }\n  }\n"): typeof import('./graphql').ReachRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n"): typeof import('./graphql').MyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AllApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresInDays: Int!) {\n    createApiToken(name: $name, expiresInDays: $expiresInDays) {\n      secret\n      token {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenUses($first: Int!, $after: String, $tokenId: ID) {\n    apiTokenUses(first: $first, after: $after, tokenId: $tokenId) {\n      nodes {\n        id\n        tokenId\n        tokenName\n        staffName\n        operationName\n        cost\n        durationMs\n        at\n        outcome\n      }\n      totalCount\n      hasNextPage\n      endCursor\n    }\n  }\n"): typeof import('./graphql').ApiTokenUsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthenticateStaff($email: String!, $password: String!) {\n    authenticateStaff(email: $email, password: $password) {\n      token\n      staff {\n        id\n        name\n        role\n        neighbourhoodId\n        policingAreaId\n      }\n    }\n  }\n"): typeof import('./graphql').AuthenticateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSession($token: String!) {\n    staffSession(token: $token) {\n      id\n      name\n      role\n      neighbourhoodId\n      policingAreaId\n    }\n  }\n"): typeof import('./graphql').StaffSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndStaffSession($token: String!) {\n    endStaffSession(token: $token)\n  }\n"): typeof import('./graphql').EndStaffSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionAreaFields on PolicingArea {\n    id\n    name\n    neighbourhoods {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').SubscriptionAreaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreferencesFields on SubscriberPreferences {\n    email\n    status\n    neighbourhoods {\n      id\n      slug\n      name\n      policingArea {\n        ...SubscriptionAreaFields\n      }\n    }\n    policingAreas {\n      ...SubscriptionAreaFields\n    }\n    interests\n    language\n    format\n    hasDemographics\n    manageToken\n    unsubscribeToken\n  }\n"): typeof import('./graphql').PreferencesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscribeTeam($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      policingArea {\n        ...SubscriptionAreaFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubscribeTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Subscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      outcome\n    }\n  }\n"): typeof import('./graphql').SubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSubscription($token: String!) {\n    confirmSubscription(token: $token) {\n      ...PreferencesFields\n    }\n  }\n"): typeof import('./graphql').ConfirmSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberPreferences($token: String!) {\n    subscriberPreferences(token: $token) {\n      ...PreferencesFields\n    }\n  }\n"): typeof import('./graphql').SubscriberPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubscriberPreferences($token: String!, $input: PreferencesInput!) {\n    updateSubscriberPreferences(token: $token, input: $input) {\n      ...PreferencesFields\n    }\n  }\n"): typeof import('./graphql').UpdateSubscriberPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      email\n    }\n  }\n"): typeof import('./graphql').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsubscribeAddress($token: String!) {\n    unsubscribeAddress(token: $token) {\n      email\n    }\n  }\n"): typeof import('./graphql').UnsubscribeAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseSubscriberData($token: String!) {\n    eraseSubscriberData(token: $token)\n  }\n"): typeof import('./graphql').EraseSubscriberDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendDemographicsLink($token: String!) {\n    sendDemographicsLink(token: $token)\n  }\n"): typeof import('./graphql').SendDemographicsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberDemographics($token: String!) {\n    subscriberDemographics(token: $token) {\n      ageBand\n      ethnicGroup\n      disability\n      gender\n    }\n  }\n"): typeof import('./graphql').SubscriberDemographicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubscriberDemographics($token: String!, $demographics: DemographicsInput) {\n    updateSubscriberDemographics(token: $token, demographics: $demographics) {\n      ageBand\n    }\n  }\n"): typeof import('./graphql').UpdateSubscriberDemographicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSurveyRounds {\n    surveyRounds {\n      ...RoundFields\n      questionSetVersion\n      policingAreaIds\n      localQuestions {\n        policingAreaId\n        question {\n          id\n          code\n          text\n        }\n      }\n      responseCount\n      nationalComparison\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n"): typeof import('./graphql').StaffSurveyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurveyRound(\n    $label: String!\n    $opensOn: LocalDate!\n    $closesOn: LocalDate!\n    $policingAreaIds: [ID!]!\n  ) {\n    # The input's fields spelled out: API.md does not name its input type.\n    createSurveyRound(\n      input: {\n        label: $label\n        opensOn: $opensOn\n        closesOn: $closesOn\n        policingAreaIds: $policingAreaIds\n      }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLocalQuestion($roundId: ID!, $policingAreaId: ID!, $text: String!, $textCy: String) {\n    addLocalQuestion(\n      roundId: $roundId\n      policingAreaId: $policingAreaId\n      text: $text\n      textCy: $textCy\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddLocalQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSurveyRound($id: ID!) {\n    openSurveyRound(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurveyRound($id: ID!) {\n    closeSurveyRound(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNationalComparison($roundId: ID!, $value: Float!) {\n    setNationalComparison(roundId: $roundId, value: $value) {\n      id\n      nationalComparison\n    }\n  }\n"): typeof import('./graphql').SetNationalComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundToPutRight($id: ID!) {\n    surveyRound(id: $id) {\n      ...RoundFields\n      voidedAt\n      responseCount\n      excludedResponseCount\n      openLinkDays {\n        day\n        answers\n        excluded\n      }\n      auditEntries {\n        id\n        at\n        actorName\n        actorRole\n        action\n        reason\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').RoundToPutRightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidSurveyRound($roundId: ID!, $reason: String!) {\n    voidSurveyRound(input: { roundId: $roundId, reason: $reason }) {\n      id\n      voidedAt\n    }\n  }\n"): typeof import('./graphql').VoidSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {\n    excludeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {\n      changed\n    }\n  }\n"): typeof import('./graphql').ExcludeOpenLinkAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncludeOpenLinkAnswers($roundId: ID!, $days: [LocalDate!]!, $reason: String!) {\n    includeOpenLinkAnswers(input: { roundId: $roundId, days: $days, reason: $reason }) {\n      changed\n    }\n  }\n"): typeof import('./graphql').IncludeOpenLinkAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundFields on SurveyRound {\n    id\n    label\n    opensOn\n    closesOn\n    status\n  }\n"): typeof import('./graphql').RoundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      alreadyAnswered\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      round {\n        ...RoundFields\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRoundQuestions($id: ID!, $neighbourhoodId: ID, $language: ResidentLanguage) {\n    surveyRound(id: $id) {\n      ...RoundFields\n      questions(neighbourhoodId: $neighbourhoodId) {\n        id\n        code\n        text(language: $language)\n        textLanguage(language: $language)\n        standard\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyRoundQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($input: SubmitSurveyInput!) {\n    submitSurveyResponse(input: $input) {\n      verified\n      neighbourhood {\n        id\n        slug\n      }\n      round {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitSurveyResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyPostcode($postcode: String!) {\n    findNeighbourhood(postcode: $postcode) {\n      __typename\n      ... on PostcodeMatch {\n        neighbourhood {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SurveyPostcodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRoundsForAreas {\n    surveyRounds {\n      id\n      label\n      closesOn\n      status\n      policingAreaIds\n    }\n  }\n"): typeof import('./graphql').OpenRoundsForAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PollFields on Poll {\n    id\n    question\n    options {\n      id\n      label\n      votes\n      share\n    }\n    closesAt\n    open\n    status\n    totalVotes\n  }\n"): typeof import('./graphql').PollFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTeamPolls($neighbourhoodId: ID!) {\n    teamPolls(neighbourhoodId: $neighbourhoodId) {\n      ...PollFields\n      openedAt\n      policingAreaIds\n      neighbourhoodIds\n      manageable\n    }\n  }\n"): typeof import('./graphql').StaffTeamPollsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenPollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ClosePollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Poll($id: ID!) {\n    poll(id: $id) {\n      ...PollFields\n    }\n  }\n"): typeof import('./graphql').PollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPolls($neighbourhoodId: ID) {\n    polls(neighbourhoodId: $neighbourhoodId) {\n      ...PollFields\n    }\n  }\n"): typeof import('./graphql').TeamPollsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VotePoll($pollId: ID!, $optionId: ID!) {\n    votePoll(pollId: $pollId, optionId: $optionId) {\n      id\n    }\n  }\n"): typeof import('./graphql').VotePollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentQuestionSet {\n    currentQuestionSet {\n      version\n      createdAt\n      questions {\n        code\n        en: text(language: EN)\n        cy: text(language: CY)\n      }\n    }\n  }\n"): typeof import('./graphql').CurrentQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuestionSet($input: [QuestionTextInput!]!) {\n    publishQuestionSet(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').PublishQuestionSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on ScoreFigure {\n    value\n    lower\n    upper\n    respondents\n    suppressed\n  }\n"): typeof import('./graphql').FigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidenceTrend($level: AreaLevel!, $areaId: ID) {\n    confidenceTrend(level: $level, areaId: $areaId) {\n      round {\n        ...RoundFields\n      }\n      confidence {\n        ...FigureFields\n      }\n      national\n    }\n  }\n"): typeof import('./graphql').ConfidenceTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadlineRoundFields on HeadlineRound {\n    round {\n      ...RoundFields\n    }\n    confidence {\n      ...FigureFields\n    }\n    responses\n    withheld\n  }\n"): typeof import('./graphql').HeadlineRoundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidenceHeadline($level: AreaLevel!, $areaId: ID) {\n    confidenceHeadline(level: $level, areaId: $areaId) {\n      latest {\n        ...HeadlineRoundFields\n      }\n      shown {\n        ...HeadlineRoundFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConfidenceHeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidenceScores(\n    $level: AreaLevel!\n    $groupBy: Breakdown\n    $roundIds: [ID!]\n    $areaIds: [ID!]\n    $sample: ScoreSample\n    $language: ResidentLanguage\n  ) {\n    confidenceScores(\n      level: $level\n      groupBy: $groupBy\n      roundIds: $roundIds\n      areaIds: $areaIds\n      sample: $sample\n    ) {\n      round {\n        ...RoundFields\n      }\n      level\n      policingAreaId\n      neighbourhoodId\n      groupBy\n      group\n      confidence {\n        ...FigureFields\n      }\n      questions {\n        question {\n          id\n          code\n          text(language: $language)\n          textLanguage(language: $language)\n        }\n        figure {\n          ...FigureFields\n        }\n      }\n      change {\n        points\n        significant\n        suppressed\n      }\n      sample\n      openLink {\n        responses\n        anomaly\n        confidence {\n          ...FigureFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConfidenceScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultsNeighbourhood($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      policingArea {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ResultsNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultsPolicingArea($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ResultsPolicingAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSurveyRounds {\n    surveyRounds {\n      ...RoundFields\n    }\n  }\n"): typeof import('./graphql').PublicSurveyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEngagements($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importEngagements(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"): typeof import('./graphql').ImportEngagementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSocialPosts($neighbourhoodId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importSocialPosts(neighbourhoodId: $neighbourhoodId, csv: $csv, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"): typeof import('./graphql').ImportSocialPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportResultFields on ImportResult {\n    imported\n    dryRun\n    errors {\n      row\n      column\n      message\n    }\n  }\n"): typeof import('./graphql').ImportResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngagementFields on Engagement {\n    id\n    kind\n    heldOn\n    place\n    attendance\n    partners\n    communitiesReached\n    notes\n  }\n"): typeof import('./graphql').EngagementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamEngagements($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      id\n      engagements(first: $first, after: $after) {\n        nodes {\n          ...EngagementFields\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TeamEngagementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEngagement($input: EngagementInput!) {\n    recordEngagement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEngagement($id: ID!, $input: EngagementInput!) {\n    updateEngagement(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEngagement($id: ID!) {\n    deleteEngagement(id: $id)\n  }\n"): typeof import('./graphql').DeleteEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamEvents($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      events {\n        id\n        title\n        description\n        startsAt\n        endsAt\n        place\n        accessibilityNotes\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TeamEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunityEvent($input: CommunityEventInput!) {\n    createCommunityEvent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCommunityEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunityEvent($id: ID!, $input: CommunityEventInput!) {\n    updateCommunityEvent(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCommunityEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCommunityEvent($id: ID!) {\n    publishCommunityEvent(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishCommunityEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCommunityEvent($id: ID!) {\n    cancelCommunityEvent(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelCommunityEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPriorities($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      priorities(includeDrafts: true) {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        source\n        status\n        publishedAt\n        translations {\n          language\n          title\n          residentsSaid\n          outOfDate\n        }\n        updates {\n          id\n          actionOn\n          weDid\n          translations {\n            language\n            weDid\n            outOfDate\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamPrioritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriorityStatus($id: ID!, $status: PriorityStatus!) {\n    setPriorityStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetPriorityStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSocialPosts($slug: String!, $first: Int!, $after: String) {\n    neighbourhood(slug: $slug) {\n      id\n      socialPosts(first: $first, after: $after) {\n        nodes {\n          id\n          postedOn\n          channel\n          link\n          youSaidWeDid\n        }\n        totalCount\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TeamSocialPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSocialPost($input: SocialPostInput!) {\n    recordSocialPost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordSocialPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSocialPost($id: ID!) {\n    deleteSocialPost(id: $id)\n  }\n"): typeof import('./graphql').DeleteSocialPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamFields on Neighbourhood {\n    id\n    slug\n    name\n    policingArea {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').TeamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTeam($slug: String!) {\n    neighbourhood(slug: $slug) {\n      ...TeamFields\n    }\n  }\n"): typeof import('./graphql').StaffTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicingAreas {\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n"): typeof import('./graphql').PolicingAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseAreas {\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n"): typeof import('./graphql').BrowseAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicingArea($slug: String!, $updates: Int!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      neighbourhoods {\n        id\n        slug\n        name\n        latestNewsletter {\n          title\n          month\n          publishedAt\n        }\n      }\n      commanderUpdates(first: $updates) {\n        id\n        title\n        body\n        videoUrl\n        publishedAt\n        authorName\n      }\n    }\n  }\n"): typeof import('./graphql').PolicingAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindNeighbourhood($postcode: String!) {\n    findNeighbourhood(postcode: $postcode) {\n      __typename\n      ... on PostcodeMatch {\n        postcode\n        neighbourhood {\n          slug\n        }\n      }\n      ... on PostcodeNotFound {\n        postcode\n        lookupUnavailable\n      }\n      ... on InvalidPostcode {\n        reason\n      }\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n"): typeof import('./graphql').FindNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($slug: String!, $language: ResidentLanguage!) {\n    neighbourhood(slug: $slug) {\n      id\n      slug\n      name\n      description\n      contactPhone\n      contactEmail\n      policingArea {\n        id\n        slug\n        name\n        latestCommanderUpdate {\n          title\n          body\n          publishedAt\n          authorName\n        }\n      }\n      officers {\n        id\n        name\n        role\n        bio\n        photoUrl\n      }\n      coverage {\n        name\n        kind\n      }\n      postcodeSectors\n      profile {\n        population\n        deprivationDecile\n        ageBands {\n          group\n          code\n          share\n        }\n        ethnicity {\n          group\n          code\n          share\n        }\n        mainLanguages\n        isDemoData\n        sources {\n          table\n          release\n        }\n      }\n      confidenceHeadline {\n        latest {\n          ...HeadlineRoundFields\n        }\n        shown {\n          ...HeadlineRoundFields\n        }\n      }\n      latestNewsletter {\n        title\n        month\n        publishedAt\n      }\n      priorities {\n        id\n        year\n        quarter\n        title\n        residentsSaid\n        source\n        status\n        translation(language: $language) {\n          title\n          residentsSaid\n        }\n        updates {\n          id\n          actionOn\n          weDid\n          translation(language: $language) {\n            weDid\n          }\n        }\n      }\n      upcomingEvents {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        accessibilityNotes\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me($everyArea: Boolean!) {\n    me {\n      id\n      name\n      email\n      role\n      neighbourhood {\n        id\n        slug\n        name\n      }\n      policingArea {\n        id\n        slug\n        name\n        neighbourhoods {\n          id\n          slug\n          name\n        }\n      }\n    }\n    policingAreas @include(if: $everyArea) {\n      ...PolicingAreaSummaryFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaCompliance($slug: String!, $period: PeriodInput) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      compliance(period: $period) {\n        period {\n          ...PeriodFields\n        }\n        teams {\n          neighbourhood {\n            id\n            slug\n            name\n          }\n          standards {\n            standard\n            status\n            dueBy\n            required\n            achieved\n          }\n        }\n        rollup {\n          ...RollupFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AreaComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffArea($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').StaffAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachAreaProfiles($slug: String!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      neighbourhoods {\n        id\n        slug\n        name\n        profile {\n          mainLanguages\n          languages {\n            language\n            count\n            share\n          }\n          isDemoData\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReachAreaProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaUpdates($slug: String!, $first: Int!) {\n    policingArea(slug: $slug) {\n      id\n      slug\n      name\n      commanderUpdates(first: $first) {\n        id\n        title\n        body\n        videoUrl\n        publishedAt\n        authorName\n      }\n    }\n  }\n"): typeof import('./graphql').AreaUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostCommanderUpdate($input: CommanderUpdateInput!) {\n    postCommanderUpdate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostCommanderUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCommanderUpdate($id: ID!) {\n    deleteCommanderUpdate(id: $id)\n  }\n"): typeof import('./graphql').DeleteCommanderUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerRounds {\n    surveyRounds {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ExplorerRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForceCompliance($period: PeriodInput) {\n    forceCompliance(period: $period) {\n      period {\n        ...PeriodFields\n      }\n      areas {\n        policingArea {\n          id\n          slug\n          name\n        }\n        rollup {\n          ...RollupFields\n        }\n      }\n      rollup {\n        ...RollupFields\n      }\n    }\n  }\n"): typeof import('./graphql').ForceComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachForceProfiles {\n    policingAreas {\n      id\n      slug\n      name\n      profile {\n        mainLanguages\n        languages {\n          language\n          count\n          share\n        }\n        isDemoData\n      }\n    }\n  }\n"): typeof import('./graphql').ReachForceProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultsChoices {\n    surveyRounds {\n      ...RoundFields\n    }\n    policingAreas {\n      ...PolicingAreaSummaryFields\n    }\n  }\n"): typeof import('./graphql').ResultsChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCompliance($slug: String!, $period: PeriodInput) {\n    neighbourhood(slug: $slug) {\n      id\n      compliance(period: $period) {\n        period {\n          ...PeriodFields\n        }\n        standards {\n          standard\n          status\n          dueBy\n          required\n          achieved\n          evidence {\n            date\n            description\n          }\n          evidenceCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriority($id: ID!, $input: UpdatePriorityInput!) {\n    updatePriority(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdatePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPriorityUpdate($priorityId: ID!, $input: PriorityUpdateInput!) {\n    addPriorityUpdate(priorityId: $priorityId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddPriorityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePriorityTranslation($priorityId: ID!, $input: PriorityTranslationInput!) {\n    savePriorityTranslation(priorityId: $priorityId, input: $input) {\n      language\n    }\n  }\n"): typeof import('./graphql').SavePriorityTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePriorityUpdateTranslation($updateId: ID!, $input: PriorityUpdateTranslationInput!) {\n    savePriorityUpdateTranslation(updateId: $updateId, input: $input) {\n      language\n    }\n  }\n"): typeof import('./graphql').SavePriorityUpdateTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePriorityTranslation($priorityId: ID!, $language: ResidentLanguage!) {\n    removePriorityTranslation(priorityId: $priorityId, language: $language)\n  }\n"): typeof import('./graphql').RemovePriorityTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePriorityUpdateTranslation($updateId: ID!, $language: ResidentLanguage!) {\n    removePriorityUpdateTranslation(updateId: $updateId, language: $language)\n  }\n"): typeof import('./graphql').RemovePriorityUpdateTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n"): typeof import('./graphql').DeletePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachTeamProfile($slug: String!) {\n    neighbourhood(slug: $slug) {\n      id\n      profile {\n        mainLanguages\n        languages {\n          language\n          count\n          share\n        }\n        isDemoData\n      }\n    }\n  }\n"): typeof import('./graphql').ReachTeamProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
