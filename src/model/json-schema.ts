/**
 * The timeline format as a JSON Schema (draft 2020-12) document, printed from the same description
 * `parseTimeline` validates with: what news-timeline.schema.json holds.
 */
import type { ObjectNode, SchemaNode } from './schema-builder.js';
import { timelineSchema } from './schema.js';

export const SCHEMA_ID = 'https://unpkg.com/news-timeline/news-timeline.schema.json';
type Json = Record<string, unknown>;

function jsonForNode(node: SchemaNode, defs: Json): Json {
  switch (node.kind) {
    case 'string': {
      const { description, minLength, maxLength, format, pattern, examples } = node;
      return {
        type: 'string',
        description,
        ...(minLength > 0 && { minLength }),
        maxLength,
        ...(format && { format }),
        ...(pattern && { pattern }),
        ...(examples && { examples: [...examples] }),
      };
    }
    case 'number': {
      const { description, minimum, maximum } = node;
      return {
        type: node.integer ? 'integer' : 'number',
        description,
        ...(minimum !== undefined && { minimum }),
        ...(maximum !== undefined && { maximum }),
      };
    }
    case 'boolean':
      return { type: 'boolean', description: node.description };
    case 'enum':
      return { type: 'string', description: node.description, enum: [...node.values] };
    case 'array':
      return {
        type: 'array',
        description: node.description,
        items: jsonForNode(node.items, defs),
        maxItems: node.maxItems,
      };
    case 'nullable': {
      const inner = jsonForNode(node.inner, defs);
      return { description: node.description, anyOf: [inner, { type: 'null' }] };
    }
    case 'object': {
      if (node.name === undefined) return jsonForObject(node, defs);
      if (!(node.name in defs)) {
        defs[node.name] = {}; // reserve first: the order of $defs follows first use
        defs[node.name] = jsonForObject(node, defs);
      }
      return { $ref: `#/$defs/${node.name}` };
    }
  }
}

function jsonForObject(node: ObjectNode, defs: Json): Json {
  const properties: Json = {};
  const requiredKeys: string[] = [];
  for (const [key, field] of Object.entries(node.shape)) {
    const property = jsonForNode(field.node, defs);
    if (field.presence === 'default' && typeof field.fallback !== 'function') {
      property.default = field.fallback;
    }
    properties[key] = property;
    if (field.presence === 'required') requiredKeys.push(key);
  }
  return {
    type: 'object',
    description: node.description,
    required: requiredKeys,
    properties,
    additionalProperties: false,
  };
}

/** The format as a JSON Schema (draft 2020-12) document: what news-timeline.schema.json holds. */
export function toJsonSchema(root: ObjectNode = timelineSchema): Json {
  const defs: Json = {};
  const body = jsonForObject(root, defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'news-timeline data',
    ...body,
    $defs: defs,
  };
}
