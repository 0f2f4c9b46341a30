import { z } from 'zod';
import { htmlToText } from './html-text.ts';

/**
 * The shapes data.police.uk answers with (https://data.police.uk/docs/), turned into ours as they
 * are checked: coordinates it sends as strings become numbers, HTML becomes plain text, hyphenated
 * and snake_case keys become camelCase, and missing optional values become null.
 */

/** "52.6394052587" or 52.63: data.police.uk sends strings, but a number would do as well. */
const decimal = z.union([z.number(), z.string().trim().min(1).pipe(z.coerce.number())]);
const latitude = decimal.pipe(z.number().min(-90).max(90));
const longitude = decimal.pipe(z.number().min(-180).max(180));

const point = z.object({ latitude, longitude });

/** Optional text: absent, null and blank all mean "none". */
const text = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null);

const htmlText = z
  .string()
  .nullish()
  .transform((value) => (value ? htmlToText(value) || null : null));

/**
 * `{ "email": "…", "telephone": "101", "twitter": "…" }`: which keys appear varies by force, so
 * we keep every non-blank string and drop the rest.
 */
const contactDetails = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((details) =>
    Object.fromEntries(
      Object.entries(details ?? {}).flatMap(([key, value]) =>
        typeof value === 'string' && value.trim() ? [[key, value.trim()]] : [],
      ),
    ),
  );

const list = <Item extends z.ZodType>(item: Item) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

/** `GET /forces` and `GET /{force}/neighbourhoods` both answer `[{ id, name }]`. */
export const idAndNameList = z.array(z.object({ id: z.string().min(1), name: z.string() }));

const location = z
  .object({
    name: text,
    address: text,
    postcode: text,
    type: text,
    description: htmlText,
    latitude: latitude.nullish(),
    longitude: longitude.nullish(),
  })
  .transform(({ latitude, longitude, ...rest }) => ({
    ...rest,
    latitude: latitude ?? null,
    longitude: longitude ?? null,
  }));

const link = z.object({ url: z.string().min(1), title: text, description: text });

/** `GET /{force}/{neighbourhood}` */
export const neighbourhoodDetail = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    description: htmlText,
    population: decimal.nullish(),
    url_force: text,
    contact_details: contactDetails,
    centre: point.nullish(),
    locations: list(location),
    links: list(link),
  })
  .transform((n) => ({
    id: n.id,
    name: n.name,
    description: n.description,
    population: n.population ?? null,
    forceUrl: n.url_force,
    contactDetails: n.contact_details,
    centre: n.centre ?? null,
    locations: n.locations,
    links: n.links,
  }));

/** `GET /{force}/{neighbourhood}/boundary`: the outline, one ring of points. */
export const boundary = z.array(point);

/** `GET /{force}/{neighbourhood}/people` */
export const people = z.array(
  z
    .object({ name: z.string(), rank: text, bio: htmlText, contact_details: contactDetails })
    .transform(({ contact_details, ...person }) => ({
      ...person,
      contactDetails: contact_details,
    })),
);

/**
 * `GET /{force}/{neighbourhood}/priorities`. Dates are UK local time without an offset
 * ("2025-04-01T00:00:00"), so they stay strings: the importer decides how to read them.
 */
export const priorities = z.array(
  z
    .object({
      issue: z.string().transform(htmlToText),
      action: htmlText,
      'issue-date': text,
      'action-date': text,
    })
    .transform((p) => ({
      issue: p.issue,
      action: p.action,
      issueDate: p['issue-date'],
      actionDate: p['action-date'],
    })),
);

/**
 * `GET /{force}/{neighbourhood}/events`; dates as for priorities. Forces type titles and
 * addresses into the same CMS as descriptions, so "Tea &amp; chat" comes as HTML too.
 */
export const events = z.array(
  z
    .object({
      title: z.string().transform(htmlToText),
      description: htmlText,
      address: htmlText,
      type: text,
      start_date: text,
      end_date: text,
      contact_details: contactDetails,
    })
    .transform((e) => ({
      title: e.title,
      description: e.description,
      address: e.address,
      type: e.type,
      startDate: e.start_date,
      endDate: e.end_date,
      contactDetails: e.contact_details,
    })),
);

/** `GET /locate-neighbourhood?q=lat,lng` */
export const locatedNeighbourhood = z.object({
  force: z.string().min(1),
  neighbourhood: z.string().min(1),
});

export type Force = z.output<typeof idAndNameList>[number];
export type NeighbourhoodSummary = z.output<typeof idAndNameList>[number];
export type NeighbourhoodDetail = z.output<typeof neighbourhoodDetail>;
export type BoundaryPoint = z.output<typeof boundary>[number];
export type Person = z.output<typeof people>[number];
export type Priority = z.output<typeof priorities>[number];
export type PoliceEvent = z.output<typeof events>[number];
