import { stableId } from '../ids.ts';

/**
 * DEMO DATA. A fictional force laid out like a real county force: 9 Neighbourhood Policing Areas
 * (NPAs), 54 neighbourhood teams. Place names are real-sounding local names; every figure seeded
 * against them is invented. Each service seeds its own tables from this one list, so the ids
 * agree across services without any service reading another's tables.
 */
export interface DemoNeighbourhood {
  id: string;
  slug: string;
  name: string;
  /** The postcode district it covers (demo: LE1 to LE54, one per team); sectors 1–3 of it. */
  postcodeDistrict: string;
  /** A full postcode inside the team's area, for trying the postcode search. */
  samplePostcode: string;
}

export interface DemoPolicingArea {
  id: string;
  slug: string;
  name: string;
  neighbourhoods: DemoNeighbourhood[];
}

export const DEMO_FORCE_NAME = 'Demo Shire Police';

const AREAS: Record<string, string[]> = {
  'City Centre': [
    'Castle',
    'Clock Tower',
    'Cultural Quarter',
    'Westcotes',
    'Fosse',
    'St Margaret’s',
  ],
  'City East': [
    'Belgrave',
    'Rushey Mead',
    'Humberstone',
    'Evington',
    'Spinney Hills',
    'Thurncourt',
  ],
  'City West': [
    'Braunstone Park',
    'New Parks',
    'Beaumont Leys',
    'Abbey',
    'Western',
    'Rowley Fields',
  ],
  Charnwood: [
    'Loughborough Town',
    'Loughborough East',
    'Shepshed',
    'Syston',
    'Birstall',
    'Quorn and Mountsorrel',
  ],
  'North West': [
    'Coalville',
    'Ashby de la Zouch',
    'Castle Donington',
    'Ibstock',
    'Measham',
    'Whitwick',
  ],
  'Hinckley and Bosworth': [
    'Hinckley Town',
    'Burbage',
    'Earl Shilton',
    'Barwell',
    'Market Bosworth',
    'Groby',
  ],
  'Melton and Rutland': [
    'Melton Mowbray North',
    'Melton Mowbray South',
    'Oakham',
    'Uppingham',
    'Bottesford',
    'Asfordby',
  ],
  Harborough: [
    'Market Harborough',
    'Lutterworth',
    'Broughton Astley',
    'Kibworth',
    'Fleckney',
    'Great Glen',
  ],
  'Blaby and Oadby': ['Blaby', 'Narborough', 'Braunstone Town', 'Enderby', 'Oadby', 'Wigston'],
};

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u2019']/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

export const DEMO_FORCE: readonly DemoPolicingArea[] = Object.entries(AREAS).map(
  ([areaName, neighbourhoodNames], areaIndex) => {
    const areaSlug = slugify(areaName);
    return {
      id: stableId('policing-area', areaSlug),
      slug: areaSlug,
      name: areaName,
      neighbourhoods: neighbourhoodNames.map((name, index) => {
        const slug = slugify(name);
        const postcodeDistrict = `LE${areaIndex * 6 + index + 1}`;
        return {
          id: stableId('neighbourhood', slug),
          slug,
          name,
          postcodeDistrict,
          samplePostcode: `${postcodeDistrict} 2AB`,
        };
      }),
    };
  },
);

export const DEMO_NEIGHBOURHOODS: readonly DemoNeighbourhood[] = DEMO_FORCE.flatMap(
  (area) => area.neighbourhoods,
);
