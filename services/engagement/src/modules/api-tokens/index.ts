import { defineModule } from '@engage/shared/graphql';
import { ApiTokenAuditResolver } from './api-token-audit.resolver.ts';
import { ApiTokenGatewayResolver } from './api-token-gateway.resolver.ts';
import { ApiTokenUse } from './api-token-use.entity.ts';
import { ApiToken } from './api-token.entity.ts';
import { ApiTokensResolver } from './api-tokens.resolver.ts';

/** Analysts' and admins' personal API tokens, and the audit log of their use. */
export const apiTokensModule = defineModule({
  name: 'api-tokens',
  entities: [ApiToken, ApiTokenUse],
  resolvers: [ApiTokensResolver, ApiTokenAuditResolver, ApiTokenGatewayResolver],
});
