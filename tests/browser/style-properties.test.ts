import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { digestForTemplateResult, hydrate } from '@lit-labs/ssr-client';
import { styleProperties } from '../../src/components/style-properties.js';

const item = (properties: Record<string, string>) =>
  html`<li style=${styleProperties(properties)}></li>`;

/** The markup `@lit-labs/ssr` writes for `item(properties)`: the inline style the server gives. */
function serverMarkup(properties: Record<string, string>): string {
  const style = Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  const digest = digestForTemplateResult(item(properties));
  return `<!--lit-part ${digest}--><!--lit-node 0--><li style="${style}"></li><!--/lit-part-->`;
}

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
});
afterEach(() => container.remove());

describe('styleProperties', () => {
  it('removes a property the last values left out', () => {
    document.body.append(container);
    render(item({ top: '10px', '--_leader': 'bottom' }), container);
    const li = container.querySelector('li')!;
    expect(li.style.getPropertyValue('--_leader')).toBe('bottom');
    render(item({ top: '12px' }), container);
    expect(li.style.getPropertyValue('--_leader')).toBe('');
    expect(li.style.top).toBe('12px');
  });

  it('after hydration, removes what the server wrote that the client’s values leave out', () => {
    // The server laid a phone row out above its mark; the client, at its real width, below it.
    container.innerHTML = serverMarkup({ top: '10px', '--_drift': '-20px', '--_leader': 'bottom' });
    document.body.append(container);
    const client = item({ top: '10px', '--_drift': '12px' });
    hydrate(client, container);
    render(client, container);
    const li = container.querySelector('li')!;
    expect(li.style.getPropertyValue('--_drift')).toBe('12px');
    expect(li.style.getPropertyValue('--_leader')).toBe('');
  });
});
