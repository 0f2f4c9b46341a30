import { demoPick, stableId, type DemoNeighbourhood } from '@engage/shared';

/** DEMO DATA: invented officers; the photos are drawn avatars shipped with the portal. */
const FIRST_NAMES = [
  'Amira',
  'James',
  'Priya',
  'Tom',
  'Grace',
  'Hassan',
  'Chloe',
  'Marek',
  'Aisha',
  'Liam',
  'Harpreet',
  'Sophie',
  'Daniel',
  'Zainab',
  'Ryan',
  'Ellie',
];
const SURNAMES = [
  'Patel',
  'Walsh',
  'Okafor',
  'Novak',
  'Riley',
  'Khan',
  'Hughes',
  'Mistry',
  'Kowalski',
  'Begum',
  'Turner',
  'Singh',
  'Ahmed',
  'Clarke',
  'Evans',
  'Chauhan',
];
const PHOTOS = 6;

const TEAM = [
  { role: 'Sergeant', bio: 'leads the neighbourhood team and sets its priorities with residents.' },
  {
    role: 'Police Constable',
    bio: 'is the dedicated beat officer and runs the monthly beat surgery.',
  },
  { role: 'PCSO', bio: 'works with schools, shops and the council on the issues residents raise.' },
];

export function demoOfficers(neighbourhood: DemoNeighbourhood, teamIndex: number) {
  return TEAM.map((member, index) => {
    const key = `${neighbourhood.slug}:${member.role}`;
    const name = `${demoPick(`${key}:first`, FIRST_NAMES)} ${demoPick(`${key}:last`, SURNAMES)}`;
    const title = member.role === 'PCSO' ? 'PCSO' : member.role === 'Sergeant' ? 'Sgt' : 'PC';
    return {
      id: stableId('officer', key),
      neighbourhood: neighbourhood.id,
      name: `${title} ${name}`,
      role: member.role,
      bio: `${name.split(' ')[0]} ${member.bio}`,
      photoUrl: `/demo-officers/officer-${((teamIndex * 3 + index) % PHOTOS) + 1}.png`,
      displayOrder: index,
    };
  });
}
