import type { EntityManager } from '@mikro-orm/postgresql';
import { stableId } from '@engage/shared';
import { readCsvTable, type ColumnSpec } from '../csv-import/csv-table.ts';
import type { ImportResult } from '../csv-import/import-result.types.ts';
import { ukToday } from '@engage/shared/uk-time';
import { checkRows } from '../csv-import/row-check.ts';
import { writeImport } from '../csv-import/write-import.ts';
import { SocialPost, type SocialChannel } from './social-post.entity.ts';

/**
 * A scheduler's export (Hootsuite, Buffer and the like): they name the same columns differently,
 * and add many we do not need (those are ignored).
 */
const COLUMNS = {
  date: {
    aliases: ['date', 'published date', 'publish date', 'date published', 'posted on', 'sent at'],
    required: true,
  },
  channel: { aliases: ['network', 'channel', 'social network', 'platform'], required: true },
  link: { aliases: ['link', 'url', 'post link', 'permalink', 'post url'] },
  message: { aliases: ['message', 'text', 'post text', 'content'] },
  youSaidWeDid: { aliases: ['you said we did', 'you said – we did', 'yswd'] },
} satisfies Record<string, ColumnSpec>;

/** Networks by the names schedulers give them; ones we do not list separately are OTHER. */
const CHANNELS = new Map<string, SocialChannel>([
  ['facebook', 'FACEBOOK'],
  ['facebook page', 'FACEBOOK'],
  ['fb', 'FACEBOOK'],
  ['x', 'X'],
  ['twitter', 'X'],
  ['x (twitter)', 'X'],
  ['instagram', 'INSTAGRAM'],
  ['instagram business', 'INSTAGRAM'],
  ['nextdoor', 'NEXTDOOR'],
  ['whatsapp', 'WHATSAPP'],
  ['whatsapp channel', 'WHATSAPP'],
  ['linkedin', 'OTHER'],
  ['tiktok', 'OTHER'],
  ['youtube', 'OTHER'],
  ['threads', 'OTHER'],
  ['bluesky', 'OTHER'],
  ['other', 'OTHER'],
]);
const CHANNEL_HINT = 'Use Facebook, X, Instagram, Nextdoor, WhatsApp or Other.';

const YOU_SAID = /you said/i;

/**
 * Same team, network, day and link: the same post. A post without a link is told apart by its
 * text, so two link-less posts on one day stay two.
 */
export const importedSocialPostId = (
  neighbourhoodId: string,
  channel: SocialChannel,
  date: string,
  linkOrText: string,
) => stableId('social-post', `${neighbourhoodId}/${channel}/${date}/${linkOrText}`);

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Reads, checks and (unless a dry run) writes a team's social media log from a CSV export. */
export async function importSocialPostsCsv(
  em: EntityManager,
  options: { neighbourhoodId: string; csv: string; dryRun: boolean; recordedBy: string | null },
): Promise<ImportResult> {
  const { neighbourhoodId, dryRun } = options;
  const table = readCsvTable(options.csv, COLUMNS);
  const latest = ukToday();
  const importedAt = new Date();
  const { records, errors } = checkRows(table, (check) => {
    const postedOn = check.date('date', { label: 'the date', latest });
    const channel = check.choice('channel', {
      label: 'the network',
      choices: CHANNELS,
      hint: CHANNEL_HINT,
    });
    const link = check.optionalText('link', { label: 'the link', max: 500 });
    if (link !== null && !isHttpsUrl(link)) {
      check.fail('link', `the link "${link}" is not a web address starting https://.`);
    }
    const message = check.optionalText('message', { label: 'the message', max: 100_000 }) ?? '';
    const flagged = check.yesNo('youSaidWeDid', { label: 'the “You said – We did” column' });
    return {
      id: importedSocialPostId(neighbourhoodId, channel ?? 'OTHER', postedOn, link ?? message),
      neighbourhood: neighbourhoodId,
      postedOn,
      channel: channel ?? 'OTHER',
      link,
      youSaidWeDid: flagged || YOU_SAID.test(message),
      recordedBy: options.recordedBy,
      createdAt: importedAt,
      updatedAt: importedAt,
    };
  });
  if (errors.length > 0) return { imported: 0, alreadyPresent: 0, errors, dryRun };
  return writeImport(em, SocialPost, records, { dryRun, merge: ['youSaidWeDid', 'updatedAt'] });
}
