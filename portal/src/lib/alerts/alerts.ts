/** An alert as the staff pages show it (newsletters API: Alert). */
export interface AlertSummary {
  id: string;
  audience: 'TEAM' | 'AREA';
  source: 'STAFF' | 'COMMANDER_UPDATE';
  audienceName: string;
  title: string;
  body: string;
  linkUrl: string | null | undefined;
  status: AlertStatus;
  urgent: boolean;
  reviewComment: string | null | undefined;
  createdAt: string;
  sentAt: string | null | undefined;
  recipientCount: number | null | undefined;
}

export type AlertStatus = 'DRAFT' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'SENT';

/** The buttons a writer presses: send (or send for review), save as a draft, or send urgently. */
export type AlertIntent = 'send' | 'draft' | 'urgent';

export function intentOf(value: FormDataEntryValue | null): AlertIntent {
  return value === 'draft' || value === 'urgent' ? value : 'send';
}
