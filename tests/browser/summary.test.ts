// The story's introduction is three lines at most on the screen; where they cut it, a button
// opens it (Kudirka's background and a French glossary were lost after their third line).
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { cleanup, mount, shadow, until } from './fixtures.js';

afterEach(cleanup);

const LONG =
  'Monday, 23 November 1970. No Coast Guard asylum regulation existed; the Navy had had one since the 1890s. On 23 November 1970 there was no Coast Guard regulation governing how to handle asylum requests, and the cutter’s officers asked Boston, then Washington, what to do with a sailor who had jumped onto their deck.';

async function withSummary(summary: string, width: number, mode: 'explore' | 'story' = 'explore') {
  const element = await mount((el) => {
    el.timeline = { ...iraqTimeline, summary };
    el.mode = mode;
  }, width);
  await until(() => shadow(element).querySelector('.summary'));
  // Measured in the frame after the render.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

describe('the story’s introduction', () => {
  it('cut by its three lines, opens and closes by a button, from the keyboard too', async () => {
    const element = await withSummary(LONG, 390);
    const summary = shadow(element).querySelector<HTMLElement>('.summary')!;
    const button = await until(() => shadow(element).querySelector<HTMLButtonElement>('.more'));
    expect(summary.scrollHeight).toBeGreaterThan(summary.clientHeight);
    expect(button.textContent!.trim()).toBe('Read more');
    // After the toolbar, as it is shown: focus goes in the order the eye does.
    const toolbar = shadow(element).querySelector('[part~="toolbar"]')!;
    expect(toolbar.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.getBoundingClientRect().top).toBeGreaterThan(summary.getBoundingClientRect().top);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => button.getAttribute('aria-expanded') === 'true');
    expect(summary.scrollHeight).toBeLessThanOrEqual(summary.clientHeight);
    expect(button.textContent!.trim()).toBe('Show less');
    button.click();
    await until(() => button.getAttribute('aria-expanded') === 'false');
    expect(summary.scrollHeight).toBeGreaterThan(summary.clientHeight);
  });

  it('has no button where it fits, nor in story mode, whose title card has all of it', async () => {
    expect(
      shadow(await withSummary('A short introduction.', 390)).querySelector('.more'),
    ).toBeNull();
    cleanup();
    expect(shadow(await withSummary(LONG, 1200)).querySelector('.more')).toBeNull();
    cleanup();
    expect(shadow(await withSummary(LONG, 390, 'story')).querySelector('.more')).toBeNull();
  });
});
