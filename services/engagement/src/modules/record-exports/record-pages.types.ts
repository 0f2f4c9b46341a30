import { Field, ObjectType, type ClassType } from 'type-graphql';
import { Engagement } from '../engagements/engagement.entity.ts';
import { PriorityUpdate } from '../priorities/priority-update.entity.ts';
import { Priority } from '../priorities/priority.entity.ts';
import { SocialPost } from '../social-media/social-post.entity.ts';

/** A page type per record, all alike: nodes in order of their last change, and a cursor. */
function recordPage<Node extends object>(node: ClassType<Node>, name: string, what: string) {
  @ObjectType(name, { description: `A page of ${what}, oldest change first.` })
  class RecordPage {
    @Field(() => [node], { description: `The ${what} on this page.` })
    nodes!: Node[];

    @Field({ description: 'Whether another page follows: ask again with `after: endCursor`.' })
    hasNextPage!: boolean;

    @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
    endCursor!: string | null;
  }
  return RecordPage;
}

export const EngagementRecordPage = recordPage(
  Engagement,
  'EngagementRecordPage',
  'engagements across the force',
);
export const PriorityRecordPage = recordPage(
  Priority,
  'PriorityRecordPage',
  'published priorities across the force',
);
export const PriorityUpdateRecordPage = recordPage(
  PriorityUpdate,
  'PriorityUpdateRecordPage',
  '“We did” updates on published priorities across the force',
);
export const SocialPostRecordPage = recordPage(
  SocialPost,
  'SocialPostRecordPage',
  'logged social media posts across the force',
);
