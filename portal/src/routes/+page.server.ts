import type { PageServerLoad } from './$types';

const POLICING_AREAS = /* GraphQL */ `
  query PolicingAreas {
    policingAreas {
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

interface Data {
  policingAreas: {
    id: string;
    slug: string;
    name: string;
    neighbourhoods: { id: string; slug: string; name: string }[];
  }[];
}

export const load = (async ({ locals }) => {
  const { policingAreas } = await locals.gateway.request<Data>(POLICING_AREAS);
  return { policingAreas };
}) satisfies PageServerLoad;
