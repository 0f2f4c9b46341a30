import 'reflect-metadata';
import { engagementService } from '@engage/engagement/service';
import { newslettersService } from '@engage/newsletters/service';
import { surveysService } from '@engage/surveys/service';

/**
 * The subgraphs the supergraph is composed from, with the URL each listens on by default.
 * Deployments override the URLs at run time (ENGAGEMENT_URL, …), not in the composed file.
 */
export const SUBGRAPHS = [
  {
    definition: engagementService,
    url: 'http://127.0.0.1:4001/graphql',
    urlVariable: 'ENGAGEMENT_URL',
  },
  { definition: surveysService, url: 'http://127.0.0.1:4002/graphql', urlVariable: 'SURVEYS_URL' },
  {
    definition: newslettersService,
    url: 'http://127.0.0.1:4003/graphql',
    urlVariable: 'NEWSLETTERS_URL',
  },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['definition']['name'];
