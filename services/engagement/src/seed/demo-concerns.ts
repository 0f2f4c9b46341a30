import type { PrioritySource } from '../modules/priorities/priority.entity.ts';

/**
 * DEMO DATA: invented but typical concerns of UK neighbourhoods, as residents raise them, and the
 * kind of action teams report. `{place}` is filled with a road, park or parade of the team's area.
 */
export interface DemoConcern {
  key: string;
  place: 'road' | 'park' | 'shops';
  title: string;
  residentsSaid: string;
  source: PrioritySource;
  weDid: string[];
}

export const DEMO_ROADS = [
  'London Road',
  'Narborough Road',
  'Melton Road',
  'Uppingham Road',
  'Hinckley Road',
  'Welford Road',
  'Loughborough Road',
  'Station Road',
  'Church Lane',
  'Main Street',
];
export const DEMO_PARKS = [
  'the recreation ground',
  'Victoria Park',
  'the Memorial Park',
  'the skate park',
  'the playing fields',
];
export const DEMO_SHOPS = [
  'the shops on the High Street',
  'the parade on Station Road',
  'the precinct',
  'the Co-op on Main Street',
];

export const DEMO_CONCERNS: DemoConcern[] = [
  {
    key: 'speeding',
    place: 'road',
    title: 'Speeding on {place}',
    residentsSaid:
      'Cars and vans speed along {place}, especially at school drop-off and late at night. Parents are worried a child will be hurt.',
    source: 'SURVEY',
    weDid: [
      'Ran speed checks on {place} with Community Speed Watch volunteers: 31 drivers warned, 4 reported for prosecution.',
      'Asked the council for a speed survey and new 20 mph signs near the school on {place}.',
      'Stood at the school gates on {place} at drop-off with the road safety team, talking to parents and drivers.',
    ],
  },
  {
    key: 'asb-park',
    place: 'park',
    title: 'Anti-social behaviour in {place}',
    residentsSaid:
      'Groups gather in {place} in the evenings, drinking, shouting and leaving broken glass. Some people no longer walk their dogs there after dark.',
    source: 'BEAT_SURGERY',
    weDid: [
      'Patrolled {place} every Friday and Saturday evening; moved on three groups and took alcohol from under-18s.',
      'Worked with the council to fix the broken lights and cut back the bushes by the path in {place}.',
      'Met youth workers to plan a Friday football session in {place} over the holidays.',
    ],
  },
  {
    key: 'drugs-shops',
    place: 'shops',
    title: 'Drug dealing near {place}',
    residentsSaid:
      'We see what looks like drug dealing from cars parked near {place}, in broad daylight. It makes people feel unsafe.',
    source: 'MEETING',
    weDid: [
      'Carried out a warrant at an address linked to dealing near {place}: cannabis and cash seized, one man charged.',
      'Stopped and searched two cars seen near {place}; one driver arrested for possession with intent to supply.',
      'Gave shop staff at {place} a direct number to report suspicious cars, and added extra patrols.',
    ],
  },
  {
    key: 'car-crime',
    place: 'road',
    title: 'Thefts from cars on and around {place}',
    residentsSaid:
      'Cars on {place} have been broken into overnight: tools taken from vans, catalytic converters stolen.',
    source: 'CRIME_PATTERN_ANALYSIS',
    weDid: [
      'Held a catalytic converter marking day: 46 cars marked free of charge.',
      'Leafleted every house on {place} with tips on keeping vans and cars safe overnight.',
      'Arrested a man for vehicle crime after a resident’s doorbell footage from {place}.',
    ],
  },
  {
    key: 'fly-tipping',
    place: 'road',
    title: 'Fly-tipping behind {place}',
    residentsSaid:
      'Mattresses, builders’ rubble and bags of rubbish keep being dumped in the alley behind {place}.',
    source: 'SURVEY',
    weDid: [
      'Walked the alleys behind {place} with the council’s enforcement officer; two dumpers traced and fined.',
      'The council cleared the alley behind {place} and fitted a camera we can check.',
      'Reminded residents on social media to use licensed waste carriers only.',
    ],
  },
  {
    key: 'e-scooters',
    place: 'shops',
    title: 'E-scooters ridden on the pavement near {place}',
    residentsSaid:
      'People ride e-scooters fast on the pavement outside {place}. Older residents have nearly been knocked over.',
    source: 'MEETING',
    weDid: [
      'Seized four privately owned e-scooters ridden on the pavement near {place}.',
      'Visited the secondary school to talk to year 9 and 10 pupils about e-scooter law.',
    ],
  },
  {
    key: 'shoplifting',
    place: 'shops',
    title: 'Shoplifting at {place}',
    residentsSaid:
      'Shop staff at {place} say the same people steal from them every week and threaten them when challenged.',
    source: 'BEAT_SURGERY',
    weDid: [
      'Set up a shop watch radio link between the stores at {place} and the team.',
      'Charged two repeat shoplifters; one now has a court order keeping him away from {place}.',
    ],
  },
  {
    key: 'off-road-bikes',
    place: 'park',
    title: 'Off-road bikes in {place}',
    residentsSaid:
      'Off-road motorbikes tear across {place} at weekends, churning up the grass and scaring children.',
    source: 'SURVEY',
    weDid: [
      'Seized two off-road bikes ridden in {place}, using our off-road bike unit.',
      'Fitted barriers at the two entrances to {place} with the council, so bikes cannot get in.',
    ],
  },
];
