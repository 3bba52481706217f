/**
 * The timeline format as a JSON Schema (draft 2020-12) document, printed from the same description
 * `parseTimeline` validates with, and the words of schema-descriptions.ts: what
 * news-timeline.schema.json holds.
 */
import type { ObjectNode, SchemaNode } from './schema-builder.js';
import { timelineSchema } from './schema.js';
import { SCHEMA_DESCRIPTIONS } from './schema-descriptions.js';

export const SCHEMA_ID = 'https://unpkg.com/news-timeline/news-timeline.schema.json';
type Json = Record<string, unknown>;

/** The words for the part of the format at `path` ("Event.tags[]"); every part has some. */
function describe(path: string): string {
  const words = SCHEMA_DESCRIPTIONS[path];
  if (words === undefined) throw new Error(`schema-descriptions.ts has no words for ${path}`);
  return words;
}

function jsonForNode(node: SchemaNode, path: string, defs: Json): Json {
  switch (node.kind) {
    case 'string': {
      const { minLength, maxLength, format, pattern, examples } = node;
      return {
        type: 'string',
        description: describe(path),
        ...(minLength > 0 && { minLength }),
        maxLength,
        ...(format && { format }),
        ...(pattern && { pattern }),
        ...(examples && { examples: [...examples] }),
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
      if (node.name === undefined) return jsonForObject(node, path, defs);
      if (!(node.name in defs)) {
        defs[node.name] = {}; // reserve first: the order of $defs follows first use
        defs[node.name] = jsonForObject(node, node.name, defs);
      }
      return { $ref: `#/$defs/${node.name}` };
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
  const body = jsonForObject(root, root.name ?? 'root', defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'news-timeline data',
    ...body,
    $defs: defs,
  };
}
