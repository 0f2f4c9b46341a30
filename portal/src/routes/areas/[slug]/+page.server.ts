import { error } from '@sveltejs/kit';
import type { PolicingAreaSummary } from '#lib/areas.ts';
import type { PageServerLoad } from './$types';

const POLICING_AREA = /* GraphQL */ `
  query PolicingArea($slug: String!) {
    policingArea(slug: $slug) {
      id
      slug
      name
      neighbourhoods {
        id
        slug
        name
      }
    }
  }
`;

export const load = (async ({ locals, params }) => {
  const { policingArea } = await locals.gateway.request<{
    policingArea: PolicingAreaSummary | null;
  }>(POLICING_AREA, { slug: params.slug });
  if (!policingArea) error(404, 'Policing area not found');
  return { policingArea };
}) satisfies PageServerLoad;
