/**
 * A small schema builder: the node kinds a data format is described with (text, numbers, choices,
 * lists, objects), their builders, and `Infer`, the TypeScript type a node validates to.
 * `schema.ts` describes the timeline format with it; `parse-timeline.ts` walks it to validate;
 * `json-schema.ts` prints it as JSON Schema, with the words of `schema-descriptions.ts` and its own
 * `$defs` names and string keywords (nodes carry only what validation reads, so what validates in
 * the browser ships none of those).
 */

/** A rule beyond shape: the words saying what is wrong (after the field's name), or null. */
export type Check<T> = (value: T) => string | null;

export interface StringNode {
  readonly kind: 'string';
  readonly minLength: number;
  readonly maxLength: number;
  /**
   * 'truncate' for prose, which is cut at maxLength with a warning; 'reject' for ids, dates, zones
   * and links, where a cut would change what the value means.
   */
  readonly tooLong: 'truncate' | 'reject';
  readonly check?: Check<string>;
}

export interface NumberNode {
  readonly kind: 'number';
  readonly integer: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface BooleanNode {
  readonly kind: 'boolean';
}

export interface EnumNode<V extends string = string> {
  readonly kind: 'enum';
  readonly values: readonly V[];
}

/** How problems inside an array item name the item: 'events[3] ("Kerbala sermon")'. */
export interface ItemSubject {
  /** Field whose raw value labels the item in messages. */
  readonly labelKey: string;
  /** Field whose raw value is reported as `Problem.eventId`. */
  readonly idKey?: string;
}

export interface ArrayNode<I extends SchemaNode = SchemaNode> {
  readonly kind: 'array';
  readonly items: I;
  /** What one item is called in messages: "the event was left out". */
  readonly itemNoun: string;
  /** Items past this are not read, so a huge array cannot make the element hang. */
  readonly maxItems: number;
  /** A field that must be unique across items; later duplicates are reported and left out. */
  readonly uniqueKey?: string;
  readonly subject?: ItemSubject;
}

export interface Field<N extends SchemaNode = SchemaNode, P extends Presence = Presence> {
  readonly node: N;
  readonly presence: P;
  /** For 'default' fields: a value, or a function of the fields already read. */
  readonly fallback?: unknown;
  /** Warn when the field is missing and the fallback is used. */
  readonly warnWhenMissing?: boolean;
}
export type Presence = 'required' | 'optional' | 'default';
export type Shape = Readonly<Record<string, Field>>;

export interface ObjectNode<S extends Shape = Shape> {
  readonly kind: 'object';
  readonly shape: S;
  /** What the object is called in messages, with its article: "is not a field of an event". */
  readonly noun: string;
  readonly check?: Check<Record<string, unknown>>;
}

export interface NullableNode<I extends SchemaNode = SchemaNode> {
  readonly kind: 'nullable';
  readonly inner: I;
}

export type SchemaNode =
  StringNode | NumberNode | BooleanNode | EnumNode | ArrayNode | ObjectNode | NullableNode;

type Simplify<T> = { [K in keyof T]: T[K] } & unknown;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K]['presence'] extends 'optional' ? K : never;
}[keyof S];
type InferShape<S extends Shape> = Simplify<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]['node']> } & {
    -readonly [K in OptionalKeys<S>]?: Infer<S[K]['node']>;
  }
>;

/** The TypeScript type of what validating against `N` produces. */
export type Infer<N> = N extends StringNode
  ? string
  : N extends NumberNode
    ? number
    : N extends BooleanNode
      ? boolean
      : N extends EnumNode<infer V>
        ? V
        : N extends ArrayNode<infer I>
          ? Infer<I>[]
          : N extends ObjectNode<infer S>
            ? InferShape<S>
            : N extends NullableNode<infer I>
              ? Infer<I> | null
              : never;

// ---- builders ----

/** Prose of `minLength` to `maxLength` characters, cut when too long (else `exactText`). */
export function string(maxLength: number, minLength = 0): StringNode {
  return { kind: 'string', minLength, maxLength, tooLong: 'truncate' };
}

/**
 * Text a cut would change (an id, a date, a zone, a link): never empty, refused when too long,
 * and held to `check` when given.
 */
export function exactText(maxLength: number, check?: Check<string>): StringNode {
  return { kind: 'string', minLength: 1, maxLength, tooLong: 'reject', check };
}

export function number(options: Partial<Omit<NumberNode, 'kind'>> = {}): NumberNode {
  return { kind: 'number', integer: false, ...options };
}

export function boolean(): BooleanNode {
  return { kind: 'boolean' };
}

export function oneOf<V extends string>(values: readonly V[]): EnumNode<V> {
  return { kind: 'enum', values };
}

export function array<I extends SchemaNode>(
  items: I,
  options: Omit<ArrayNode<I>, 'kind' | 'items'>,
): ArrayNode<I> {
  return { kind: 'array', items, ...options };
}

export function object<S extends Shape>(
  shape: S,
  options: Omit<ObjectNode<S>, 'kind' | 'shape'>,
): ObjectNode<S> {
  return { kind: 'object', shape, ...options };
}

export function nullable<I extends SchemaNode>(inner: I): NullableNode<I> {
  return { kind: 'nullable', inner };
}

export function required<N extends SchemaNode>(node: N): Field<N, 'required'> {
  return { node, presence: 'required' };
}

export function optional<N extends SchemaNode>(node: N): Field<N, 'optional'> {
  return { node, presence: 'optional' };
}

/**
 * A field the format requires but input may leave out. `fallback` is a value (text, a number, or
 * a list of them, copied per use) or a function of the fields already read, for defaults that
 * depend on the rest of the object.
 */
export function withDefault<N extends SchemaNode>(
  node: N,
  // Typed loosely: `Infer<N>` over the open union of nodes is too deep for the compiler here; the
  // round-trip tests read every default back through the validator.
  fallback: unknown,
  warnWhenMissing = false,
): Field<N, 'default'> {
  return { node, presence: 'default', fallback, warnWhenMissing };
}
