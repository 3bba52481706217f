/**
 * Keyed lists drawn without Lit's `repeat`. Our lists never reorder what they keep: ticks stay in
 * time order, and the drawn items are matched to the old ones' nodes in list order
 * (`matchSlots`). `repeat` plans moves anyway, with two maps of keys once the lists' ends differ;
 * here a list only keeps, removes and inserts parts, in one pass (and the page bundle no longer
 * carries `repeat`).
 */
import { noChange, type RenderOptions } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import {
  getCommittedValue,
  removePart,
  setChildPartValue,
  setCommittedValue,
} from 'lit/directive-helpers.js';

/** `ChildPart`'s public constructor (Lit exports the class as a type only). */
type ChildPartClass = new (
  startNode: ChildNode,
  endNode: ChildNode | null,
  parent: ChildPart,
  options: RenderOptions | undefined,
) => ChildPart;

/**
 * A new, empty part in `container`, before the part `before` (or at its end): what Lit's
 * `insertPart` does when given no part to move, the only way this module called it. The helper's
 * branch that moves a part, and Lit's internals it reads, stayed in the page bundle although
 * nothing takes it (page payload 122 B smaller gzipped without). The same two comment markers in
 * the same place and the same part (`ChildPart`'s public constructor, with the container as its
 * parent and the container's render options), read through the parts' public start and end
 * nodes. (Lit's development build also wraps nodes for the ShadyDOM polyfill's no-patch mode,
 * which no browser this element runs in needs; its production build, the page's, does not.)
 */
function newPart(container: ChildPart, before: ChildPart | undefined): ChildPart {
  const ref = before ? before.startNode : container.endNode;
  const parentNode = container.startNode!.parentNode!;
  const marker = () => parentNode.insertBefore(document.createComment(''), ref);
  return new (container.constructor as ChildPartClass)(
    marker(),
    marker(),
    container,
    container.options,
  );
}

/**
 * Draws `values` in `part`'s item parts: the k-th in the last render's part `from[k]`, or in a new
 * part for -1. Parts are kept only in order: an index at or before one already kept, or past the
 * last part, gets a new part. Parts no value keeps are removed. For a directive's `update` to
 * return: on the first render (and when hydrating) the values themselves, so Lit makes (or adopts)
 * a part for each; after that `noChange`, the parts being set here. A `noChange` value leaves its
 * kept part as it is.
 */
export function drawInParts(
  part: ChildPart,
  from: readonly number[],
  values: readonly unknown[],
): unknown {
  const old = getCommittedValue(part);
  if (!Array.isArray(old)) return values;
  const parts: ChildPart[] = [];
  /** The first old part not yet kept or removed. */
  let next = 0;
  values.forEach((value, k) => {
    const i = from[k]!;
    let item: ChildPart;
    if (i >= next && i < old.length) {
      while (next < i) remove(old[next++] as ChildPart);
      item = old[next++] as ChildPart;
    } else item = newPart(part, old[next] as ChildPart | undefined);
    if (value !== noChange) setChildPartValue(item, value);
    parts.push(item);
  });
  while (next < old.length) remove(old[next++] as ChildPart);
  setCommittedValue(part, parts);
  return noChange;
}

/**
 * Removes an item part with both its markers: Lit's `removePart` leaves the end marker, and a page
 * that zooms for an hour would gather thousands of empty comments in its list.
 */
function remove(item: ChildPart): void {
  const end = item.endNode as ChildNode | null;
  removePart(item);
  end?.remove();
}

/**
 * `repeat(items, key, template)` for lists in a fixed order (by time): an item whose key was drawn
 * last time keeps its nodes; the rest are drawn anew.
 */
class InOrder<T> extends Directive {
  #keys = new Map<unknown, number>();

  render(
    items: readonly T[],
    _key: (item: T) => unknown,
    template: (item: T, k: number) => unknown,
  ) {
    return items.map(template);
  }

  override update(
    part: ChildPart,
    [items, key, template]: [readonly T[], (item: T) => unknown, (item: T, k: number) => unknown],
  ): unknown {
    const last = this.#keys;
    const keys = items.map(key);
    const drawn = drawInParts(
      part,
      keys.map((k) => last.get(k) ?? -1),
      items.map(template),
    );
    // Only once drawn: a template that throws leaves the keys of the parts that are there.
    this.#keys = new Map(keys.map((k, i) => [k, i]));
    return drawn;
  }
}

export const inOrder = directive(InOrder) as <T>(
  items: readonly T[],
  key: (item: T) => unknown,
  template: (item: T, k: number) => unknown,
) => unknown;
