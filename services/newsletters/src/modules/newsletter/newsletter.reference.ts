import type { NewslettersContext } from '../../context.ts';

export const newsletterReference = {
  __resolveReference: (reference: { id: string }, context: NewslettersContext) =>
    context.loaders.publishedNewsletterById.load(reference.id),
};
