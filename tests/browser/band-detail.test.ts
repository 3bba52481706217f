// An event opened from the background band shows its card under its row, as the list view does:
// under the drawing, the card came before its opener in tab order and pushed the row off screen.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { bandEventButtons, cleanup, mountBetweenButtons, shadow, until } from './fixtures.js';

afterEach(async () => {
  cleanup();
  window.scrollTo(0, 0);
  await page.viewport(1280, 900);
});

/** The article on a wide page, its band open, between two buttons; with the band's rows. */
async function mountWide() {
  const mounted = await mountBetweenButtons((el) => {
    el.timeline = iraqTimeline;
    el.layout = 'horizontal';
  }, 1200);
  const rows = await until(
    () => bandEventButtons(mounted.element).length > 0 && bandEventButtons(mounted.element),
  );
  return { ...mounted, rows };
}

describe('an event opened from the background band', () => {
  it('Tab from the band event just opened reaches its card before leaving the timeline', async () => {
    const { element, after, rows } = await mountWide();
    const opener = rows[rows.length - 1]!;
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
    expect(element.selected).toBe(opener.dataset.id ?? element.selected);
    const focused = () => shadow(element).activeElement ?? document.activeElement;
    let reached = false;
    for (let tab = 0; tab < 20 && document.activeElement !== after; tab++) {
      await userEvent.keyboard('{Tab}');
      if (detail.contains(focused())) reached = true;
    }
    expect(reached, 'the card came before its opener in tab order').toBe(true);
  });

  it('the band row the reader activated stays where it was', async () => {
    const { element, rows } = await mountWide();
    const opener = rows[0]!;
    const top = opener.getBoundingClientRect().top + scrollY;
    opener.click();
    await until(() => shadow(element).querySelector('#detail'));
    await element.updateComplete;
    expect(opener.getBoundingClientRect().top + scrollY).toBeCloseTo(top, 0);
    // Under its row.
    expect(opener.closest('li')!.contains(shadow(element).querySelector('#detail'))).toBe(true);
  });

  it('Escape in the band closes the card and leaves focus on its row, from the row or the card', async () => {
    const { element, rows } = await mountWide();
    const row = rows[1]!;
    const focused = () => shadow(element).activeElement;
    row.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#detail'));
    await userEvent.keyboard('{Escape}');
    await until(() => !shadow(element).querySelector('#detail'));
    expect(element.selected).toBeUndefined();
    expect(focused()).toBe(row);
    // From the card's close button: back to the row, not to the drawing.
    await userEvent.keyboard('{Enter}');
    const close = await until(() => shadow(element).querySelector<HTMLElement>('#detail .close'));
    close.focus();
    await userEvent.keyboard('{Escape}');
    await until(() => !shadow(element).querySelector('#detail') && focused() === row);
  });

  it('on a phone, under its row in the band the reader opened, not a sheet over the drawing', async () => {
    // A phone held sideways: the card is taller than the screen.
    await page.viewport(390, 480);
    const { element } = await mountBetweenButtons((el) => {
      el.timeline = iraqTimeline;
      el.layout = 'vertical';
    }, 390);
    // Open on a phone too, as wide: it lists the story's background (10 of the article's 15).
    const toggle = await until(() => shadow(element).querySelector('[part~="band-toggle"]'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = await until(
      () => bandEventButtons(element).length > 0 && bandEventButtons(element),
    );
    rows[2]!.click();
    const detail = await until(() => shadow(element).querySelector<HTMLElement>('#detail'));
    expect(rows[2]!.closest('li')!.contains(detail)).toBe(true);
    expect(getComputedStyle(detail).position).not.toBe('sticky');
    // The card, taller than the screen, comes into view with its row: scrolled to the card's
    // top, the row just tapped was above the screen.
    await until(() => detail.querySelector('news-event-card')?.shadowRoot?.textContent);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const row = rows[2]!.getBoundingClientRect();
    expect(row.top).toBeGreaterThanOrEqual(-1);
    expect(row.bottom).toBeLessThanOrEqual(detail.getBoundingClientRect().top + 1);
    expect(detail.getBoundingClientRect().height).toBeGreaterThan(innerHeight - row.bottom);
    // Opened from the drawing, the card is the sheet again.
    shadow(element).querySelector<HTMLElement>('.plot [part~="event"]')!.click();
    await until(
      () => getComputedStyle(shadow(element).querySelector('#detail')!).position === 'sticky',
    );
  });
});

describe('the band closed or left with one of its cards open', () => {
  it('closing the band closes its card, not moves it under the drawing, and focus stays on the toggle', async () => {
    const { element, rows } = await mountWide();
    rows[1]!.click();
    await until(() => shadow(element).querySelector('#detail'));
    const toggle = shadow(element).querySelector<HTMLElement>('[part~="band-toggle"]')!;
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => toggle.getAttribute('aria-expanded') === 'false');
    await element.updateComplete;
    expect(shadow(element).querySelector('#detail')).toBeNull();
    expect(element.selected).toBeUndefined();
    expect(shadow(element).activeElement).toBe(toggle);
  });

  it('Escape on the band toggle closes the card of its row and goes back to that row', async () => {
    const { element, rows } = await mountWide();
    const row = rows[1]!;
    row.click();
    await until(() => shadow(element).querySelector('#detail'));
    shadow(element).querySelector<HTMLElement>('[part~="band-toggle"]')!.focus();
    await userEvent.keyboard('{Escape}');
    await until(() => !shadow(element).querySelector('#detail'));
    expect(element.selected).toBeUndefined();
    await until(() => shadow(element).activeElement === row);
  });
});
