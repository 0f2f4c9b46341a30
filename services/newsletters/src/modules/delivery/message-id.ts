/** The domain of the From address: Message-IDs are ours, so they use our domain. */
function senderDomain(mailFrom: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(mailFrom);
  return match?.[1] ?? 'neighbourhood-link.invalid';
}

/** Stable per delivery: a message re-sent after a crash has the same Message-ID as the first try. */
export function messageIdOf(deliveryId: string, mailFrom: string): string {
  return `<${deliveryId}@${senderDomain(mailFrom)}>`;
}
