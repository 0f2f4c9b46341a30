import { fileURLToPath } from 'node:url';

/** The committed, composed supergraph the gateway serves. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../../supergraph.graphql', import.meta.url));
