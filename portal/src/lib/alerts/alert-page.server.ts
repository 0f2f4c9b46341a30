import type { AlertSummary } from './alerts.ts';

/**
 * What the last write did, from the address the page came back to (`?sent=<id>`, `submitted`,
 * `saved`): the alert named, as it is now. An id not in the list shows nothing.
 */
export function doneFrom(
  url: URL,
  alerts: AlertSummary[],
): { kind: 'sent' | 'submitted' | 'saved'; alert: AlertSummary } | null {
  for (const kind of ['sent', 'submitted', 'saved'] as const) {
    const id = url.searchParams.get(kind);
    const alert = id ? alerts.find((candidate) => candidate.id === id) : undefined;
    if (alert) return { kind, alert };
  }
  return null;
}
