/**
 * The keyed lists the element draws in place of Lit's `repeat` (ticks, drawn items): what is kept
 * keeps its nodes, the rest is drawn anew, and the result is always the list asked for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { html, noChange, render } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { drawInParts, inOrder } from '../../src/components/news-timeline/ordered-parts.js';

let host: HTMLElement;
afterEach(() => host?.remove());

function freshHost(): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  return host;
}

const items = () => [...host.querySelectorAll('li')];
const texts = () => items().map((li) => li.textContent);

describe('inOrder', () => {
  /** A key whose template throws, as a template given bad data would. */
  let failingKey: number | undefined;
  const draw = (keys: number[]) =>
    render(
      html`<ul>
        ${inOrder(
          keys,
          (k) => k,
          (k) => {
            if (k === failingKey) throw new Error('bad item');
            return html`<li>${k}</li>`;
          },
        )}
      </ul>`,
      host,
    );
  afterEach(() => (failingKey = undefined));

  it('keeps the nodes of the keys that stay, and draws the others in order', () => {
    freshHost();
    draw([1, 2, 3, 4, 5]);
    const [one, two, three, four, five] = items();
    draw([0, 2, 3, 5, 6, 7]);
    expect(texts()).toEqual(['0', '2', '3', '5', '6', '7']);
    const after = items();
    expect(after[1]).toBe(two);
    expect(after[2]).toBe(three);
    expect(after[3]).toBe(five);
    for (const gone of [one, four]) expect(gone!.isConnected).toBe(false);
    expect(after[0]).not.toBe(one);
  });

  it('draws keys out of their old order anew instead of moving nodes, and drops no item', () => {
    freshHost();
    draw([1, 2, 3]);
    const [one, two, three] = items();
    draw([3, 1, 2]);
    expect(texts()).toEqual(['3', '1', '2']);
    const after = items();
    // Parts are kept in order only: 3 keeps its node, which comes after those of 1 and 2, so 1
    // and 2 are drawn anew after it rather than moved.
    expect(after[0]).toBe(three);
    expect(after[1]).not.toBe(one);
    expect(after[2]).not.toBe(two);
    expect(one!.isConnected).toBe(false);
    expect(two!.isConnected).toBe(false);
  });

  it('leaves no markers of removed items behind', () => {
    freshHost();
    const comments = () =>
      [...host.querySelector('ul')!.childNodes].filter(
        (node) => node.nodeType === Node.COMMENT_NODE,
      ).length;
    draw([1, 2, 3, 4, 5]);
    const atFirst = comments();
    for (let round = 1; round <= 10; round++) draw([1, 2, 3, 4, 5].map((k) => k + round * 10));
    expect(texts()).toEqual(['101', '102', '103', '104', '105']);
    expect(comments()).toBe(atFirst);
  });

  it('draws the next list whole after a template threw', () => {
    freshHost();
    draw([1, 2, 3]);
    failingKey = 6;
    expect(() => draw([1, 2, 3, 4, 5, 6])).toThrow('bad item');
    failingKey = undefined;
    draw([6]);
    expect(texts()).toEqual(['6']);
    draw([2, 6, 7, 8]);
    expect(texts()).toEqual(['2', '6', '7', '8']);
  });

  it('empties and fills again', () => {
    freshHost();
    draw([1, 2]);
    draw([]);
    expect(items()).toHaveLength(0);
    draw([4, 5]);
    expect(texts()).toEqual(['4', '5']);
  });
});

describe('drawInParts', () => {
  /** A list directive drawn from an explicit matching, as `DrawnItems` draws from `matchSlots`. */
  class Matched extends Directive {
    render(values: unknown[], _from: number[]) {
      return values;
    }
    override update(part: ChildPart, [values, from]: [unknown[], number[]]) {
      return drawInParts(part, from, values);
    }
  }
  const matched = directive(Matched);
  const draw = (values: unknown[], from: number[]) =>
    render(
      html`<ul>
        ${matched(values, from)}
      </ul>`,
      freshHostOnce(),
    );
  let reused: HTMLElement | undefined;
  const freshHostOnce = () => reused ?? (reused = freshHost());
  afterEach(() => (reused = undefined));

  it('draws a value in the part it is given, and leaves a part given noChange as it was', () => {
    const li = (text: string) => html`<li>${text}</li>`;
    draw([li('a'), li('b'), li('c')], [-1, -1, -1]);
    const [a, b, c] = items();
    // "x" takes a's part (the same template: a's nodes, new text); b is kept as it was; c's part
    // is removed; "y" is drawn in a new part.
    draw([li('x'), noChange, li('y')], [0, 1, -1]);
    expect(texts()).toEqual(['x', 'b', 'y']);
    const after = items();
    expect(after[0]).toBe(a);
    expect(after[1]).toBe(b);
    expect(after[2]).not.toBe(c);
    expect(c!.isConnected).toBe(false);
  });

  it('gives an index past the last part a new part', () => {
    const li = (text: string) => html`<li>${text}</li>`;
    draw([li('a'), li('b')], [-1, -1]);
    const [a] = items();
    draw([li('new'), li('a2')], [5, 0]);
    expect(texts()).toEqual(['new', 'a2']);
    expect(items()[1]).toBe(a);
  });

  it('skips old parts it does not keep, and inserts new parts before the next one kept', () => {
    const li = (text: string) => html`<li>${text}</li>`;
    draw([li('a'), li('b'), li('c'), li('d')], [-1, -1, -1, -1]);
    const [, , c, d] = items();
    draw([li('n'), li('c2'), li('m'), li('d')], [-1, 2, -1, 3]);
    expect(texts()).toEqual(['n', 'c2', 'm', 'd']);
    const after = items();
    expect(after[1]).toBe(c);
    expect(after[3]).toBe(d);
    expect(host.querySelectorAll('li')).toHaveLength(4);
  });
});
