import { SOCIAL_CHANNELS, type SocialChannel } from '#lib/teams/team-work.ts';
import { isLocalDate } from '#lib/forms/dates.ts';
import { field, isHttpsUrl, type FormFailure, type FormRead } from '#lib/forms/form.ts';

export interface SocialPostValues {
  postedOn: string;
  channel: string;
  link: string;
  /** "yes" when ticked. */
  youSaidWeDid: string;
}

export interface SocialPostInput {
  postedOn: string;
  channel: SocialChannel;
  link: string | null;
  youSaidWeDid: boolean;
}

export function readSocialPostForm(form: FormData): FormRead<SocialPostValues, SocialPostInput> {
  const values: SocialPostValues = {
    postedOn: field(form, 'postedOn'),
    channel: field(form, 'channel'),
    link: field(form, 'link'),
    youSaidWeDid: field(form, 'youSaidWeDid') === 'yes' ? 'yes' : '',
  };
  const errors: FormFailure<SocialPostValues>['errors'] = {};
  if (!values.postedOn) errors.postedOn = 'date_missing';
  else if (!isLocalDate(values.postedOn)) errors.postedOn = 'date_invalid';
  const channel = SOCIAL_CHANNELS.find((option) => option === values.channel);
  if (!channel) errors.channel = 'channel_missing';
  if (values.link && !isHttpsUrl(values.link)) errors.link = 'link_invalid';

  if (Object.keys(errors).length > 0 || !channel) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: {
      postedOn: values.postedOn,
      channel,
      link: values.link || null,
      youSaidWeDid: values.youSaidWeDid === 'yes',
    },
  };
}
