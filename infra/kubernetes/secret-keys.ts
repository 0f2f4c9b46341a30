/**
 * The Secret every process takes its secrets from. The force creates it (README, "Deploy it on
 * Kubernetes"); the manifests only refer to it by `secretKeyRef`, and infra/test checks that
 * every reference names a key listed here and that every key listed here is used.
 */
export const SECRET_NAME = 'neighbourhood-link';

export interface SecretKey {
  /** The environment variable it is given as. */
  variable: string;
  usedBy: readonly string[];
  meaning: string;
  /** Only some forces create it; the process starts without it. */
  optional?: true;
}

export const SECRET_KEYS: Record<string, SecretKey> = {
  'database-url': {
    variable: 'DATABASE_URL',
    usedBy: ['engagement', 'surveys', 'newsletters', 'migrate'],
    meaning: 'postgres://user:password@host:5432/database (each service keeps its own schema)',
  },
  'gateway-jwt-secret': {
    variable: 'GATEWAY_JWT_SECRET',
    usedBy: ['gateway', 'portal'],
    meaning: "signs the portal's access tokens to the gateway (≥ 32 characters)",
  },
  'gateway-signing-secret': {
    variable: 'GATEWAY_SIGNING_SECRET',
    usedBy: ['gateway', 'engagement', 'surveys', 'newsletters'],
    meaning: 'signs the caller the gateway forwards to each subgraph (≥ 32 characters)',
  },
  'auth-secret': {
    variable: 'AUTH_SECRET',
    usedBy: ['portal'],
    meaning: 'encrypts staff session cookies (≥ 32 characters)',
  },
  'link-signing-secret': {
    variable: 'LINK_SIGNING_SECRET',
    usedBy: ['newsletters'],
    meaning:
      "signs the confirm / manage / unsubscribe links in residents' emails (≥ 32 characters)",
  },
  'invitation-signing-secret': {
    variable: 'INVITATION_SIGNING_SECRET',
    usedBy: ['newsletters', 'surveys'],
    meaning:
      '"Your Views" invitation tokens: signed by newsletters, checked by surveys (≥ 32 characters)',
  },
  'smtp-url': {
    variable: 'SMTP_URL',
    usedBy: ['newsletters'],
    meaning: 'the mail relay, smtp://user:password@mail.example.org:587',
  },
  'metrics-token': {
    variable: 'METRICS_TOKEN',
    usedBy: ['gateway', 'portal'],
    meaning:
      'the bearer token Prometheus presents for /metrics on the processes the ingress reaches (≥ 32 characters)',
  },
  'dkim-private-key': {
    variable: 'DKIM_PRIVATE_KEY',
    usedBy: ['newsletters'],
    meaning: 'the PEM private key mail is DKIM-signed with, with DKIM_DOMAIN and DKIM_SELECTOR',
    optional: true,
  },
};
