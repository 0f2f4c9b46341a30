import { fileURLToPath } from 'node:url';

/** The committed, composed supergraph the gateway serves. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../../supergraph.graphql', import.meta.url));

/**
 * The committed API schema (the supergraph without its federation plumbing): what the portal's
 * GraphQL documents are generated from and checked against (portal/codegen.ts).
 */
export const API_SCHEMA_FILE = fileURLToPath(new URL('../../api-schema.graphql', import.meta.url));
