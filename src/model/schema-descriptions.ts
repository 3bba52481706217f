/**
 * What news-timeline.schema.json says about each part of the format, in English, by where the part
 * is: `Event` is a definition (a named object of schema.ts), `Event.when` one of its fields,
 * `Event.tags[]` the items of a list, `Place.coordinates.lat` a field of an unnamed object.
 *
 * Kept apart from schema.ts on purpose: validation never reads these words, and only
 * json-schema.ts imports this module, so the page bundle (which validates with schema.ts) does not
 * carry them. json-schema.ts fails on a part with no words here; tests/unit/schema.test.ts fails
 * on words for a part the format does not have. Field-by-field documentation of the contract is
 * in types.ts.
 */
import { LINK_SCHEMES } from './safe-url.js';

/** A link field's words, plus which links validation keeps (from safe-url.ts's one list). */
const link = (words: string) =>
  `${words} Only ${LINK_SCHEMES.slice(0, -1).join(', ')} and ${LINK_SCHEMES.at(-1)} links are kept.`;

export const SCHEMA_DESCRIPTIONS: Readonly<Record<string, string>> = {
  When: 'A time span: start and end instants (start = end for an exact instant) and its precision.',
  'When.start': 'Earliest the event can have begun, ISO 8601 with offset.',
  'When.end': 'Latest the event can have ended, ISO 8601 with offset; null if ongoing.',
  'When.precision': 'How precisely the words pin the time down.',
  'When.text': 'The words as written in the source: "on Friday".',
  'When.resolvedAgainst': 'The instant the words were resolved against.',
  'When.timeZone': "IANA zone the words were read in, if not the timeline's.",

  Place: 'A place the event happened in or concerns.',
  'Place.name': 'Name of the place: "Mosul".',
  'Place.admin': 'Province, state or region: "Diyala province".',
  'Place.country': 'Country.',
  'Place.coordinates': 'WGS 84 coordinates.',
  'Place.coordinates.lat': 'Latitude in degrees.',
  'Place.coordinates.lon': 'Longitude in degrees.',

  Actor: 'A person or group taking part in the event.',
  'Actor.name': 'Name of the person or group.',
  'Actor.kind': 'What kind of actor this is.',
  'Actor.role': 'Role in this story: "Iraqi prime minister".',

  Quantity: 'A number reported about the event.',
  'Quantity.value': 'The number, for sorting and scales.',
  'Quantity.unit': 'What is counted: "troops".',
  'Quantity.approximate': 'True for "about", "hundreds of" and similar.',
  'Quantity.text': 'The words as written: "2,000", "hundreds of".',

  Source: 'Who the information comes from.',
  'Source.who': 'Who: a name, or a description of an anonymous source.',
  'Source.named': 'True when the source is named.',
  'Source.verb': 'What the source did: said, confirmed, ...',
  'Source.outlet': 'Through which outlet: "the Guardian".',
  'Source.url': link('Link to the source.'),

  Excerpt:
    'The sentence of the article an event comes from, with character offsets into article.text.',
  'Excerpt.text': 'The sentence of the article.',
  'Excerpt.start': 'Offset of its first character in article.text.',
  'Excerpt.end': 'Offset just past its last character.',

  Media: 'A picture, video or audio file shown with its caption and credit.',
  'Media.kind': 'image, video or audio (a direct file, or a link).',
  'Media.url':
    'Address of the file: http, https, or a path read against the page. Other schemes are refused.',
  'Media.alt': 'What the picture shows. Required for images unless "decorative" is true.',
  'Media.decorative':
    'True for a picture that adds nothing to the words around it: no alt text then.',
  'Media.caption': 'Caption shown under it.',
  'Media.credit': 'Who made it, for whom: "Reuters/Stringer".',
  'Media.width': 'Intrinsic width in px, so the page reserves the space.',
  'Media.height': 'Intrinsic height in px.',

  Correction: 'A correction made after publication.',
  'Correction.at': 'When the correction was made, ISO 8601 with offset.',
  'Correction.fields': 'The fields it changed.',
  'Correction.fields[]': 'A field of the event.',
  'Correction.note': 'For readers: "An earlier version gave the number as 2,000".',

  Event: 'One event of the story.',
  'Event.id': 'Stable id, unique within the timeline.',
  'Event.headline': 'One line saying what happened.',
  'Event.summary': 'A few sentences of context.',
  'Event.planned':
    'True when the event had not happened at publication: scheduled, announced or expected. Its span lies ahead.',
  'Event.places': 'Places, most specific first.',
  'Event.actors': 'People and groups taking part.',
  'Event.quantities': 'Numbers reported.',
  'Event.sources': 'Who the information comes from.',
  'Event.tags': 'Free-form tags.',
  'Event.tags[]': 'A tag.',
  'Event.category': 'Category used for colour and filtering.',
  'Event.url': link('Link to more about the event.'),
  'Event.media': 'Pictures, video or audio shown with the event, first one first.',
  'Event.updated': 'When the event was last revised.',
  'Event.corrections': 'Corrections since publication, oldest first.',

  Era: 'A named span drawn behind the events.',
  'Era.label': 'Name of the span: "the fall of Mosul".',

  Article: 'The article the events were read from.',
  'Article.text': 'Full article text that excerpt offsets point into.',
  'Article.headline': 'Headline of the article.',
  'Article.outlet': 'Publisher.',
  'Article.url': link('Link to the article.'),

  Timeline: 'A news story as a timeline of events.',
  'Timeline.id': 'Id of the timeline.',
  'Timeline.title': 'Title of the timeline.',
  'Timeline.summary': 'A few sentences introducing the story.',
  'Timeline.media': 'The picture the story opens with, shown on the title card.',
  'Timeline.language': 'BCP 47 language of the data: "en", "ar".',
  'Timeline.published':
    'Publication time of the story, the reference for relative dates. Defaults to the latest event time.',
  'Timeline.idDefaulted':
    'True when id was not given (or unusable) and was filled in: the data does not name its story, so a later version is not an update of it.',
  'Timeline.publishedDefaulted':
    'True when published was not given and was filled in from the events: not shown as the publication time.',
  'Timeline.timeZone': 'IANA time zone the times are read and labelled in: "Asia/Baghdad".',
  'Timeline.events': 'The events, in any order.',
  'Timeline.eras': 'Named spans drawn behind the events.',
  'Timeline.updated': 'When the timeline was last revised, ISO 8601 with offset.',
};
