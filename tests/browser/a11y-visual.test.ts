// What a sighted keyboard, low-vision or motion-sensitive reader gets: reduced motion, forced
// colours, contrast in both themes, target sizes, 200% text, and meaning not carried by colour.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { corpus } from '../fixtures/corpus/index.js';
import type { NewsTimeline } from '../../src/components/news-timeline/news-timeline.js';
import { cleanup, clusterButtons, eventButtons, markOf, mount, shadow, until } from './fixtures.js';

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

afterEach(async () => {
  await emulate([]);
  cleanup();
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function markLeft(element: NewsTimeline, id: string): number {
  const button = eventButtons(element).find((b) => b.dataset.id === id)!;
  return markOf(button).getBoundingClientRect().left;
}

async function mountArticle(setup: (el: NewsTimeline) => void = () => {}, width = 1200) {
  const element = await mount((el) => {
    el.timeline = iraqTimeline;
    el.layout = 'horizontal';
    setup(el);
  }, width);
  await until(() => eventButtons(element).length > 0);
  return element;
}

function zoomInButton(element: NewsTimeline): HTMLButtonElement {
  return shadow(element).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!;
}

describe('prefers-reduced-motion', () => {
  const id = 'maliki-addresses-the-country';

  it('animates a zoom by default (the control case)', async () => {
    const element = await mountArticle();
    const before = markLeft(element, id);
    zoomInButton(element).click();
    // Sample every frame for 600 ms: however slow the machine, some frame lands mid-transition.
    const seen: number[] = [];
    const started = performance.now();
    while (performance.now() - started < 600) {
      await frame();
      seen.push(markLeft(element, id));
    }
    const settled = markLeft(element, id);
    expect(settled).not.toBeCloseTo(before, 0);
    const between = seen.filter(
      (left) => Math.abs(left - before) > 1 && Math.abs(left - settled) > 1,
    );
    expect(between.length).toBeGreaterThan(0);
  });

  it('zooms instantly when the reader asks for reduced motion', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const element = await mountArticle();
    const before = markLeft(element, id);
    zoomInButton(element).click();
    await element.updateComplete;
    await frame();
    const next = markLeft(element, id);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(next).not.toBeCloseTo(before, 0);
    expect(markLeft(element, id)).toBeCloseTo(next, 1);
  });
});

describe('forced colours (Windows High Contrast)', () => {
  it('ships forced-colors rules in the adopted stylesheets', async () => {
    const element = await mountArticle();
    const rules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter(
      (rule) =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    );
    expect(forced.length).toBeGreaterThan(0);
  });

  it('drops the labels’ halo and gap in forced colours, where they would not be the background', async () => {
    const halo = async () => {
      const element = await mountArticle();
      // Maliki's address runs on across the publication line.
      const label = shadow(element).querySelector('.horizontal .label[style*="--_line"]')!;
      const style = getComputedStyle(label);
      return [style.textShadow, style.backgroundImage];
    };
    // The halo keeps a publication line or an era's edge from crossing the letters, and the
    // gap (a strip of the background) the publication line from crossing the words.
    for (const value of await halo()) expect(value).not.toBe('none');
    cleanup();
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(await halo()).toEqual(['none', 'none']);
  });

  it('keeps the phone’s hatches, where time is cut, in the system’s grey text colour', async () => {
    // Forced colours drop gradients: the hatches were gone, and nothing said time was cut.
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const apollo = corpus().find((entry) => entry.id === 'apollo-11')!.timeline;
    const element = await mount((el) => (el.timeline = apollo), 358);
    const hatch = await until(() => shadow(element).querySelector<HTMLElement>('.axis .cut'));
    const style = getComputedStyle(hatch);
    expect(style.backgroundImage).toMatch(/repeating-linear-gradient/);
    const probe = document.createElement('span');
    probe.style.color = 'GrayText';
    document.body.append(probe);
    const grayText = getComputedStyle(probe).color;
    probe.remove();
    expect(style.backgroundImage).toContain(grayText);
    // The legend's hatch is the drawing's.
    const swatch = await until(() =>
      shadow(element)
        .querySelector('news-timeline-legend')
        ?.shadowRoot?.querySelector<HTMLElement>('.mark.cut'),
    );
    expect(getComputedStyle(swatch).backgroundImage).toBe(style.backgroundImage);
  });

  it('keeps marks, focus ring and selection visible in system colours', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const element = await mountArticle((el) => (el.selected = 'basiji-cross-into-khanaqin'));
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    })();
    for (const button of eventButtons(element)) {
      const mark = markOf(button);
      const style = getComputedStyle(mark);
      const edge = [style.borderTopColor, style.outlineColor, style.backgroundColor];
      expect(edge).toContain(canvasText);
      expect(mark.getBoundingClientRect().width).toBeGreaterThan(0);
    }
    const systemColour = (name: string) => {
      const probe = document.createElement('span');
      probe.style.color = name;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    // A key press makes the focus keyboard focus, so :focus-visible applies.
    eventButtons(element)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    const focused = await until(() => shadow(element).activeElement as HTMLElement | null);
    await until(() => focused.matches(':focus-visible'));
    const focusStyle = getComputedStyle(focused);
    expect(parseFloat(focusStyle.outlineWidth)).toBeGreaterThan(0);
    expect(focusStyle.outlineColor).toBe(systemColour('Highlight'));
    // The open event's mark is outlined in Highlight too, so selection is not lost.
    const open = eventButtons(element).find((b) => b.getAttribute('aria-expanded') === 'true')!;
    expect(getComputedStyle(markOf(open)).outlineColor).toBe(systemColour('Highlight'));
  });
});

// ---- contrast -------------------------------------------------------------------------------

function rgba(value: string): [number, number, number, number] {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) throw new Error(`not an rgb colour: ${value}`);
  const [r, g, b, a = '1'] = match[1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r!, g!, b!].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

function ratio(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The first opaque background behind `node`, crossing shadow boundaries. */
function backgroundOf(node: Element): number[] {
  for (let el: Element | null = node; el;) {
    const bg = rgba(getComputedStyle(el).backgroundColor);
    if (bg[3] === 1) return bg;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255, 1];
}

/** Every element with its own text in a root and the shadow roots inside it. */
function textElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const walk = (scope: ShadowRoot | Element) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      );
      if (!own || el.closest('.sr-only')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      found.push(el);
    }
  };
  walk(root);
  return found;
}

describe('contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const view of ['timeline', 'list'] as const) {
      it(`text is at least 4.5:1 everywhere (${theme}, ${view} view, detail open)`, async () => {
        document.body.style.background = theme === 'dark' ? '#14181d' : '#ffffff';
        const element = await mount((el) => {
          el.timeline = iraqTimeline;
          el.theme = theme;
          el.view = view;
          el.colorBy = 'category';
          el.selected = 'iran-sends-2000-advance-troops';
        });
        const card = await until(() => shadow(element).querySelector('news-event-card'));
        await card.updateComplete;
        // The legend explains the drawing's marks; the list view has none, and no legend.
        await until(() =>
          view === 'list'
            ? shadow(element).querySelector('[part~="list"] li')
            : shadow(element)
                .querySelector('news-timeline-legend')
                ?.shadowRoot?.querySelector('li'),
        );
        const checked = textElements(shadow(element));
        expect(checked.length).toBeGreaterThan(20);
        const failures = checked
          .map((el) => {
            const fg = rgba(getComputedStyle(el).color);
            const bg = backgroundOf(el);
            return { el, value: ratio(fg, bg) };
          })
          .filter(({ value }) => value < 4.5)
          .map(
            ({ el, value }) =>
              `${el.tagName}.${el.className} "${el.textContent!.trim().slice(0, 30)}" ${value.toFixed(2)}`,
          );
        expect(failures).toEqual([]);
        document.body.style.background = '';
      });
    }

    it(`marks and the focus ring are at least 3:1 against the background (${theme})`, async () => {
      const element = await mountArticle((el) => {
        el.theme = theme;
        el.colorBy = 'category';
      });
      const bg = backgroundOf(shadow(element).querySelector('[part~="plot"]')!);
      // On the axis and, for the background, beside each row of the band.
      const marks = shadow(element).querySelectorAll<HTMLElement>(
        '[part~="event"] + .mark, [part~="band-event"] .mark',
      );
      for (const mark of marks) {
        const style = getComputedStyle(mark);
        const edge = style.borderTopStyle !== 'none' ? style.borderTopColor : style.outlineColor;
        expect(ratio(rgba(edge), bg)).toBeGreaterThanOrEqual(3);
      }
      const button = eventButtons(element)[0]!;
      button.focus();
      expect(ratio(rgba(getComputedStyle(button).outlineColor), bg)).toBeGreaterThanOrEqual(3);
    });
  }
});

// ---- target size and text zoom ---------------------------------------------------------------

function expectTargets(buttons: HTMLElement[]): void {
  expect(buttons.length).toBeGreaterThan(0);
  for (const button of buttons) {
    const box = button.getBoundingClientRect();
    const what = button.getAttribute('aria-label') ?? button.textContent!.trim();
    expect(box.width, `width of ${what}`).toBeGreaterThanOrEqual(24);
    expect(box.height, `height of ${what}`).toBeGreaterThanOrEqual(24);
  }
}

describe('target size (WCAG 2.5.8, 24 by 24 CSS px)', () => {
  for (const width of [1200, 360]) {
    it(`every event, cluster and toolbar button at ${width}px`, async () => {
      const element = await mount((el) => {
        el.timeline = iraqTimeline;
        el.selected = 'basiji-cross-into-khanaqin';
      }, width);
      await until(() => eventButtons(element).length > 0);
      const root = shadow(element);
      expectTargets([
        ...eventButtons(element),
        ...clusterButtons(element),
        ...root.querySelectorAll<HTMLElement>('[part~="toolbar"] button, [part~="detail"] .close'),
      ]);
    });
  }

  it('list view and problems panel buttons', async () => {
    const element = await mount((el) => {
      el.timeline = JSON.stringify({
        ...iraqTimeline,
        events: [
          ...iraqTimeline.events,
          { id: 'bad', headline: 'Broken', when: { start: 'soon', end: null, precision: 'day' } },
        ],
      });
      el.view = 'list';
    });
    await until(() => shadow(element).querySelector('[part~="problems"] button'));
    expectTargets([...shadow(element).querySelectorAll<HTMLElement>('button')]);
  });
});

describe('text at 200%', () => {
  for (const width of [1200, 600]) {
    it(`nothing is clipped to nothing and the toolbar wraps (${width}px)`, async () => {
      const element = await mountArticle((el) => (el.style.fontSize = '200%'), width);
      const root = shadow(element);
      const base = root.querySelector('[part~="base"]')!.getBoundingClientRect();
      expect(parseFloat(getComputedStyle(element).fontSize)).toBeGreaterThanOrEqual(27);
      for (const button of root.querySelectorAll<HTMLElement>('[part~="toolbar"] button')) {
        const box = button.getBoundingClientRect();
        expect(box.width).toBeGreaterThan(0);
        expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth + 1);
        expect(box.right).toBeLessThanOrEqual(base.right + 1);
        expect(box.left).toBeGreaterThanOrEqual(base.left - 1);
      }
      const plot = root.querySelector('[part~="plot"]')!.getBoundingClientRect();
      const labels = [...root.querySelectorAll<HTMLElement>('[part~="events"] [part~="label"]')];
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        // Long headlines end in an ellipsis (the full text is in the name and the detail), but
        // every label shows some text and sits inside the plot, not cut off below it.
        expect(box.width).toBeGreaterThan(10);
        expect(box.bottom).toBeLessThanOrEqual(plot.bottom + 1);
      }
      // The background band's headlines wrap inside the element.
      for (const label of root.querySelectorAll<HTMLElement>(
        '[part~="band-events"] [part~="label"]',
      )) {
        const box = label.getBoundingClientRect();
        expect(box.width).toBeGreaterThan(10);
        expect(box.right).toBeLessThanOrEqual(base.right + 1);
        expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth + 1);
      }
      for (const tick of root.querySelectorAll<HTMLElement>('[part~="tick"]')) {
        expect(tick.getBoundingClientRect().bottom).toBeLessThanOrEqual(plot.bottom + 1);
      }
    });
  }
});

describe('not by colour alone', () => {
  it('marks differ by shape and edge style, and the legend shows each one with words', async () => {
    const element = await mountArticle();
    const looks = new Map<string, string>();
    // On the axis and, for the background, beside each row of the band.
    const marks = shadow(element).querySelectorAll<HTMLElement>(
      '[part~="event"] + .mark, [part~="band-event"] .mark',
    );
    for (const mark of marks) {
      const style = getComputedStyle(mark);
      looks.set(
        mark.dataset.look!,
        [
          style.borderRadius,
          style.borderTopStyle,
          style.borderLeftStyle,
          style.backgroundImage !== 'none',
        ].join(' '),
      );
    }
    // The article has day bands, a part-of-day band, a range, unspecified and ongoing events.
    expect([...looks.keys()].sort()).toEqual(['band', 'ongoing', 'soft', 'unspecified']);
    expect(new Set(looks.values()).size).toBe(looks.size);
    const legend = shadow(element).querySelector('news-timeline-legend')!;
    await legend.updateComplete;
    const items = [...legend.shadowRoot!.querySelectorAll('li')];
    for (const look of looks.keys()) {
      const item = items.find((li) => li.querySelector(`.mark[data-look="${look}"]`));
      expect(item?.textContent!.trim().length).toBeGreaterThan(3);
    }
  });

  it("draws a phone's marks with the edges the legend shows, along the rail", async () => {
    // Down the rail a mark's long sides are its left and right: a range's dotted edges were drawn
    // across its ends, and the lead (a 48-hour range) was a fading column with no edge at all.
    const element = await mountArticle((el) => (el.layout = 'vertical'), 390);
    const lead = eventButtons(element).find(
      (b) => b.dataset.id === 'iran-sends-2000-advance-troops',
    )!;
    const style = getComputedStyle(markOf(lead));
    expect(style.borderLeftStyle).toBe('dotted');
    expect(style.borderRightStyle).toBe('dotted');
    expect(parseFloat(style.borderLeftWidth)).toBeGreaterThanOrEqual(2);
    expect(parseFloat(style.borderTopWidth)).toBe(0);
  });

  it("rings a phone's focused mark on the rail as well as its row", async () => {
    const element = await mountArticle((el) => (el.layout = 'vertical'), 390);
    const lead = eventButtons(element)[0]!;
    lead.focus();
    await userEvent.keyboard('{ArrowDown}');
    const focusedButton = shadow(element).activeElement as HTMLElement;
    expect(focusedButton).not.toBe(lead);
    const ring = getComputedStyle(markOf(focusedButton));
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineColor).toBe(getComputedStyle(focusedButton).outlineColor);
    // The others are not ringed.
    expect(getComputedStyle(markOf(lead)).outlineStyle).toBe('none');
  });
});
