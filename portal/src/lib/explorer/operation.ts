import { Kind, parse, type DocumentNode } from 'graphql';

/**
 * What the explorer checks before anything is sent: the variables are a JSON object, and the
 * document asks to read, never to change. Analysts read (their API tokens are read-only too); a
 * mutation typed into the explorer is refused here with words, not sent to be refused by a
 * service. A document that does not parse is sent as it is: the gateway's own error says where.
 */
export type OperationCheck =
  | { ok: true; variables: Record<string, unknown> }
  | { ok: false; field: 'query' | 'variables'; reason: OperationRefusal };

export type OperationRefusal = 'empty' | 'too_long' | 'changes_data' | 'variables_not_object';

/**
 * Far above any example (the longest is under 1,000 characters) and the gateway's 2,000-token
 * limit, but it stops a pasted file being parsed here at all.
 */
export const MAX_QUERY_CHARACTERS = 20_000;
export const MAX_VARIABLES_CHARACTERS = 20_000;

export function checkOperation(query: string, variablesText: string): OperationCheck {
  if (query.trim() === '') return { ok: false, field: 'query', reason: 'empty' };
  if (query.length > MAX_QUERY_CHARACTERS) return { ok: false, field: 'query', reason: 'too_long' };
  if (changesData(query)) return { ok: false, field: 'query', reason: 'changes_data' };

  if (variablesText.length > MAX_VARIABLES_CHARACTERS) {
    return { ok: false, field: 'variables', reason: 'too_long' };
  }
  const variables = readVariables(variablesText);
  if (!variables) return { ok: false, field: 'variables', reason: 'variables_not_object' };
  return { ok: true, variables };
}

/** Any mutation or subscription in the document, even beside a query: none of it is sent. */
function changesData(query: string): boolean {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false;
  }
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query',
  );
}

function readVariables(text: string): Record<string, unknown> | null {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
