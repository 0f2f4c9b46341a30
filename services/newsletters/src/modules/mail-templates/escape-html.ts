const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * For text and for attribute values alike: MJML copies both into the page as they are, so a team
 * name like `<script>` or a URL with `"` must be escaped before it goes in.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Plain text with its line breaks kept. */
export function escapeHtmlLines(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map(escapeHtml)
    .join('<br />');
}
