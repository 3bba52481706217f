/**
 * The timeline format as a JSON Schema (draft 2020-12) document, printed from the same description
 * `parseTimeline` validates with, the words of schema-descriptions.ts, and the names and string
 * keywords below: what news-timeline.schema.json holds.
 */
import type { Check, ObjectNode, SchemaNode } from './schema-builder.js';
import {
  INSTANT_EXAMPLE,
  INSTANT_PATTERN,
  actorSchema,
  articleSchema,
  checkInstant,
  checkLink,
  correctionSchema,
  eraSchema,
  eventSchema,
  excerptSchema,
  placeSchema,
  quantitySchema,
  sourceSchema,
  timelineSchema,
  whenSchema,
} from './schema.js';
import { mediaSchema } from './media-schema.js';
import { mediaUrlProblem } from './media.js';
import { SCHEMA_DESCRIPTIONS } from './schema-descriptions.js';

export const SCHEMA_ID = 'https://unpkg.com/news-timeline/news-timeline.schema.json';
type Json = Record<string, unknown>;

/** The words for the part of the format at `path` ("Event.tags[]"); every part has some. */
function describe(path: string): string {
  const words = SCHEMA_DESCRIPTIONS[path];
  if (words === undefined) throw new Error(`schema-descriptions.ts has no words for ${path}`);
  return words;
}

/**
 * The named objects, each a `$defs` entry (the root, the document itself). Kept here, not on the
 * nodes, as the words are and the keywords below: validation never reads them, and the page
 * bundle, which validates with the nodes, would carry them for nothing.
 */
const NAMES = new Map<SchemaNode, string>([
  [timelineSchema, 'Timeline'],
  [whenSchema, 'When'],
  [placeSchema, 'Place'],
  [actorSchema, 'Actor'],
  [quantitySchema, 'Quantity'],
  [sourceSchema, 'Source'],
  [excerptSchema, 'Excerpt'],
  [mediaSchema, 'Media'],
  [correctionSchema, 'Correction'],
  [eventSchema, 'Event'],
  [eraSchema, 'Era'],
  [articleSchema, 'Article'],
]);

/** What the schema says of a kind of text beyond its length, by the check that validates it. */
function stringKeywords(check: Check<string> | undefined): Json {
  if (check === checkInstant) {
    return { format: 'date-time', pattern: INSTANT_PATTERN, examples: [INSTANT_EXAMPLE] };
  }
  if (check === checkLink) return { format: 'uri' };
  return check === mediaUrlProblem ? { format: 'uri-reference' } : {};
}

function jsonForNode(node: SchemaNode, path: string, defs: Json): Json {
  switch (node.kind) {
    case 'string': {
      const { minLength, maxLength } = node;
      return {
        type: 'string',
        description: describe(path),
        ...(minLength > 0 && { minLength }),
        maxLength,
        ...stringKeywords(node.check),
      };
    }
    case 'number': {
      const { minimum, maximum } = node;
      return {
        type: node.integer ? 'integer' : 'number',
        description: describe(path),
        ...(minimum !== undefined && { minimum }),
        ...(maximum !== undefined && { maximum }),
      };
    }
    case 'boolean':
      return { type: 'boolean', description: describe(path) };
    case 'enum':
      return { type: 'string', description: describe(path), enum: [...node.values] };
    case 'array':
      return {
        type: 'array',
        description: describe(path),
        items: jsonForNode(node.items, `${path}[]`, defs),
        maxItems: node.maxItems,
      };
    case 'nullable': {
      const inner = jsonForNode(node.inner, path, defs);
      return { description: describe(path), anyOf: [inner, { type: 'null' }] };
    }
    case 'object': {
      const name = NAMES.get(node);
      if (name === undefined) return jsonForObject(node, path, defs);
      if (!(name in defs)) {
        defs[name] = {}; // reserve first: the order of $defs follows first use
        defs[name] = jsonForObject(node, name, defs);
      }
      return { $ref: `#/$defs/${name}` };
    }
  }
}

function jsonForObject(node: ObjectNode, path: string, defs: Json): Json {
  const properties: Json = {};
  const requiredKeys: string[] = [];
  for (const [key, field] of Object.entries(node.shape)) {
    const property = jsonForNode(field.node, `${path}.${key}`, defs);
    if (field.presence === 'default' && typeof field.fallback !== 'function') {
      property.default = field.fallback;
    }
    properties[key] = property;
    if (field.presence === 'required') requiredKeys.push(key);
  }
  return {
    type: 'object',
    description: describe(path),
    required: requiredKeys,
    properties,
    additionalProperties: false,
  };
}

/** The format as a JSON Schema (draft 2020-12) document: what news-timeline.schema.json holds. */
export function toJsonSchema(root: ObjectNode = timelineSchema): Json {
  const defs: Json = {};
  const body = jsonForObject(root, NAMES.get(root) ?? 'root', defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'news-timeline data',
    ...body,
    $defs: defs,
  };
}
