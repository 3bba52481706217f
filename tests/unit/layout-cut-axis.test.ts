import { describe, expect, it } from 'vitest';
import {
  buildEventIndex,
  computeFrame,
  fitDomain,
  itemKey,
  type AxisTransform,
  type Frame,
  type Tick,
  type ViewItem,
} from '../../src/layout/index.js';
import { seenThrough, transformFor } from '../../src/layout/frame.js';
import {
  CUT_PX,
  LINE_PX,
  STACKED_DRIFT,
  storyLayout,
  type StoryLayout,
} from '../../src/layout/story.js';
import { offsetMs } from '../../src/model/zoned.js';
import { formatWhenShort } from '../../src/i18n/wording/format-when-short.js';
import type { Timeline } from '../../src/model/types.js';
import {
  calderon,
  capitalPunishment,
  coronaMeasures,
  corpus,
  exide,
} from '../fixtures/corpus/index.js';
import { parseTimeline } from '../../src/model/index.js';
import { prepareStory } from '../../src/layout/compose.js';
import mutemboShelling from '../fixtures/blind-extract/mutembo-camp-shelling.expected.json';
import harwickFraud from '../fixtures/blind-extract/harwick-pension-fraud.expected.json';
import portCalloway from '../fixtures/blind-extract/port-calloway-mayor.expected.json';
import carrabeeFloods from '../fixtures/blind-extract/carrabee-floods.expected.json';
import rajgarhSemifinal from '../fixtures/blind-extract/rajgarh-royals-semifinal.expected.json';

function entry(id: string): Timeline {
  return corpus().find((c) => c.id === id)!.timeline;
}

/** A phone's vertical story of `timeline`, laid out as the element lays it out. */
function phoneStory(timeline: Timeline, width = 390) {
  const prepared = prepareStory(timeline);
  const { index, baseDomain } = prepared;
  const { events, timeZone } = timeline;
  const story = storyLayout({
    ...prepared,
    labelText: (i) =>
      `${formatWhenShort(events[i]!.when, { locale: 'en', timeZone, years: prepared.years })} ${events[i]!.headline}`,
    width,
    vertical: true,
    verticalLength: 560,
  });
  const frameAt = (transform: AxisTransform): Frame =>
    computeFrame({
      ...prepared,
      length: story.length,
      orientation: 'vertical',
      transform,
      timeZone,
      locale: 'en',
      story,
    });
  const first = transformFor(baseDomain, story.length, ...story.firstView, story.base);
  const { years } = prepared;
  return { index, baseDomain, story, first, frame: frameAt(first), frameAt, years };
}

/**
 * Whether a tick label at `p`, on up to two lines in the narrow time column, would meet the
 * publication's row (one line, whose words run long).
 */
function besidePublication(frame: Frame, p: number): boolean {
  const row = frame.publishedLabel ?? NaN;
  return p < row + LINE_PX && p + 2 * LINE_PX > row;
}

/**
 * Where the unit tick `k` names ends, for ticks of years, months or days (a quarter's "Oct" names a
 * month): a calendar unit later on the wall clock of `timeZone`, less two hours for a change of
 * offset within it. Others name an instant.
 */
function unitEndOf(frame: Frame, k: number, timeZone: string): Pick<Tick, 't' | 'p'> {
  const tick = frame.ticks[k]!;
  const unit = ['year', 'month', 'day'].indexOf(frame.granularity);
  if (unit < 0) return tick;
  const wall = new Date(tick.t + offsetMs(tick.t, timeZone));
  if (unit === 0) wall.setUTCFullYear(wall.getUTCFullYear() + 1);
  else if (unit === 1) wall.setUTCMonth(wall.getUTCMonth() + 1);
  else wall.setUTCDate(wall.getUTCDate() + 1);
  const t = +wall - offsetMs(+wall, timeZone) - 2 * 3_600_000;
  return { t, p: frame.scale(t) };
}

/** Whether the row of `item` stands beside the first line of a tick label at `p`. */
function rowBeside(item: ViewItem, p: number): boolean {
  return item.label!.p < p + 19 && item.label!.p + item.label!.size - 10 > p;
}

/**
 * Whether tick `k`'s label would stand beside the words of the row of an event not under way at
 * its time (begun after the unit it names, or before it and ended by it). Labels on a hatch:
 * `readability`'s browser test measures them.
 */
function besideOtherTime(frame: Frame, k: number, years: boolean, timeZone: string): boolean {
  const { p, context } = frame.ticks[k]!;
  const end = unitEndOf(frame, k, timeZone).p;
  // A tick that names the larger unit where no row says the year stays beside a later row.
  const after = context && !years ? Infinity : Math.max(p, end - 2) + 1;
  const beside = frame.items.some(
    (item) => (item.p0 > after || (item.p0 < p - 1 && item.p1 < p + 1)) && rowBeside(item, p),
  );
  return beside;
}

/** The stretches the axis cut short, as [from, to] ms. */
function cuts(story: StoryLayout): [number, number][] {
  const knots = story.base.domain().map(Number);
  const out: [number, number][] = [];
  for (let j = 1; j < knots.length - 2; j += 2) out.push([knots[j]!, knots[j + 1]!]);
  return out;
}

/** A story of three busy days (1, 2 and 4 January 2025, hourly events) and what `extra` adds. */
function threeDays(extra: Record<string, unknown> = {}, more: unknown[] = []): Timeline {
  const at = (day: string, h: number) => `${day}T${String(h + 8).padStart(2, '0')}:00:00Z`;
  const hourly = (day: string) =>
    Array.from({ length: 12 }, (_, h) => ({
      id: `${day}-${h}`,
      headline: `Hour ${h + 8} of the day's events`,
      when: { start: at(day, h), end: at(day, h), precision: 'instant' },
    }));
  const { timeline } = parseTimeline({
    id: 'three-days',
    title: 'Three busy days',
    language: 'en',
    timeZone: 'UTC',
    published: '2025-01-10T00:00:00Z',
    events: [...more, ...hourly('2025-01-01'), ...hourly('2025-01-02'), ...hourly('2025-01-04')],
    ...extra,
  });
  return timeline!;
}

describe('a vertical axis with its empty stretches cut short', () => {
  it('keeps the time of a stretch that holds the publication line or an era’s start', () => {
    const quiet = phoneStory(threeDays());
    // Without a mark, the empty 3 January is cut.
    const night = Date.parse('2025-01-03T12:00:00Z');
    expect(cuts(quiet.story).some(([from, to]) => from < night && to > night)).toBe(true);
    const marked = threeDays({
      published: '2025-01-03T12:00:00Z',
      eras: [
        {
          label: 'Second phase',
          when: { start: '2025-01-03T00:00:00Z', end: '2025-01-05T00:00:00Z', precision: 'day' },
        },
      ],
    });
    const { story, frame, index } = phoneStory(marked);
    const prepared = prepareStory(marked);
    const marks = [...prepared.marks, prepared.published!];
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      for (const [from, to] of cuts(story)) expect(mark <= from || mark >= to).toBe(true);
    }
    // Their labels' rows stay apart: the day between keeps its length.
    const [era, published] = marks.map((t) => frame.scale(t)).sort((a, b) => a - b);
    expect(published! - era!).toBeGreaterThan(2 * 23);
    expect(index.dated.items.length).toBe(36);
  });

  it('cuts a long quiet stretch on both sides of the publication line in it', () => {
    // Published on 3 January, in the quiet day between the second and fourth days' hours: the
    // stretch kept its whole length because a line stood in it.
    const published = Date.parse('2025-01-03T12:00:00Z');
    const { story, frame } = phoneStory(threeDays({ published: '2025-01-03T12:00:00Z' }));
    const around = cuts(story);
    expect(around.some(([, to]) => to <= published && to > published - 12 * 3600_000)).toBe(true);
    expect(around.some(([from]) => from >= published && from < published + 12 * 3600_000)).toBe(
      true,
    );
    // The line and its label stay whole, off the hatches.
    const line = frame.scale(published);
    for (const [from, to] of around) {
      const [a, b] = [frame.scale(from), frame.scale(to)];
      expect(b <= line || a >= line + 23).toBe(true);
    }
  });

  it('gives an election night the length its rows need: no cluster on a phone', () => {
    // Six headlines in 36 hours and a month in January: at four times the rows' length, the
    // concession and the last precinct merged into "2 events".
    const { frame } = phoneStory(parseTimeline(portCalloway).timeline!);
    expect(frame.items.every((item) => item.kind === 'event')).toBe(true);
    expect(frame.items).toHaveLength(8);
  });

  it('keeps a publication line after the last event in the first view, its label whole', () => {
    const marked = threeDays({ published: '2025-01-04T20:30:00Z' });
    const { story, frame } = phoneStory(marked);
    const p = frame.scale(Date.parse('2025-01-04T20:30:00Z'));
    expect(p + 23).toBeLessThanOrEqual(story.length + 1e-6);
  });

  it('ends the article a cut’s room after the publication’s label, which follows the last row', () => {
    // The label takes the row after those of the events before its line; the axis had made room
    // for Maliki's row below the label instead: at 320 px about 90 px of empty axis after it,
    // with a bare gridline.
    for (const width of [288, 320, 360, 390]) {
      const { story, frame } = phoneStory(entry('iraq-2014'), width);
      const label = frame.publishedLabel!;
      const rows = Math.max(...frame.items.map(({ label }) => label!.p + label!.size));
      expect(label, `${width} px`).toBeGreaterThanOrEqual(rows - 1e-6);
      expect(story.length - (label + 23), `${width} px`).toBeLessThanOrEqual(CUT_PX + 1);
      expect(story.length - (label + 23), `${width} px`).toBeGreaterThanOrEqual(0);
    }
  });

  it('leaves a cut’s room between rows and after the last when a saga’s bursts merge into clusters', () => {
    // Shaped as KPCC's Exide saga: a few events over 30 years, then 40 in one year, which at a
    // linear scale cannot all have rows beside their marks: bursts merge into clusters. The axis
    // made room for every event's row as if none merged: 500 px of empty axis after each burst.
    const early = Array.from({ length: 12 }, (_, n) => ({
      id: `early-${n}`,
      headline: `Regulators fine the plant again, year ${1983 + 2 * n}`,
      when: {
        start: `${1983 + 2 * n}-06-01T00:00:00-07:00`,
        end: `${1983 + 2 * n}-06-02T00:00:00-07:00`,
        precision: 'day',
      },
    }));
    const late = Array.from({ length: 40 }, (_, n) => {
      // Five days a month apart with eight events each.
      const t = Date.UTC(2013, 8, 1) + Math.floor(n / 8) * 30 * 86_400_000;
      const day = new Date(t).toISOString().slice(0, 10);
      const next = new Date(t + 86_400_000).toISOString().slice(0, 10);
      return {
        id: `late-${n}`,
        headline: `Residents near the plant hear of new lead findings, week ${n + 1}`,
        when: { start: `${day}T00:00:00-07:00`, end: `${next}T00:00:00-07:00`, precision: 'day' },
      };
    });
    const { timeline } = parseTimeline({
      id: 'saga',
      title: 'A plant over 33 years',
      language: 'en',
      timeZone: 'America/Los_Angeles',
      published: '2014-08-19T12:00:00-07:00',
      events: [...early, ...late],
    });
    for (const width of [320, 390]) {
      const { story, frame } = phoneStory(timeline!, width);
      expect(
        frame.items.some((item) => item.kind === 'cluster'),
        `${width} px`,
      ).toBe(true);
      // Between one row and the next, what a cut keeps (`CUT_PX` each side of a cut as long);
      // the axis ends a cut's room after the publication's label, the last thing drawn.
      const rows = frame.items.map(({ label }) => label!);
      const gaps = rows.slice(1).map((row, k) => row.p - (rows[k]!.p + rows[k]!.size));
      expect(Math.max(...gaps), `${width} px`).toBeLessThanOrEqual(3 * CUT_PX + 1);
      const end = Math.max(rows.at(-1)!.p + rows.at(-1)!.size, frame.publishedLabel! + 23);
      expect(story.length - end, `${width} px`).toBeLessThanOrEqual(CUT_PX + 1);
    }
  });

  it('cuts the quiet time under a long bar, which crosses the cut to its end', () => {
    const siege = {
      id: 'siege',
      headline: 'The siege begins, and goes on',
      when: { start: '2025-01-01T07:30:00Z', end: null, precision: 'minute' },
    };
    const talks = {
      id: 'talks',
      headline: 'Talks run for the three days',
      when: { start: '2025-01-01T07:45:00Z', end: '2025-01-04T22:00:00Z', precision: 'minute' },
    };
    const timeline = threeDays({}, [siege, talks]);
    const { story, frame } = phoneStory(timeline);
    // Nothing new starts on 3 January: it is cut, under both bars.
    const night = Date.parse('2025-01-03T12:00:00Z');
    expect(cuts(story).some(([from, to]) => from < night && to > night)).toBe(true);
    const bar = (id: string) =>
      frame.items.find((item) => item.kind === 'event' && timeline.events[item.item.i]!.id === id)!;
    // The ongoing bar runs to the drawing's end, the other to its own end, after the last row.
    expect(bar('siege').p1).toBeGreaterThanOrEqual(story.length);
    const last = frame.items[frame.items.length - 1]!;
    expect(bar('talks').p1).toBeGreaterThan(last.label!.p + last.label!.size);
    expect(bar('talks').p1).toBeCloseTo(frame.scale(Date.parse('2025-01-04T22:00:00Z')), 6);
    expect(bar('talks').p1).toBeLessThanOrEqual(story.length);
  });

  it('cuts the quiet hours of the moon landing, and keeps every row beside its mark', () => {
    const { story, frame } = phoneStory(entry('apollo-11'));
    const cut = cuts(story);
    // Five hours between entering the LM and undocking, the night before the walk, the day after.
    expect(cut.length).toBeGreaterThanOrEqual(4);
    const { scale } = frame;
    for (const [from, to] of cut) expect(scale(to) - scale(from)).toBeCloseTo(CUT_PX, 3);
    let end = 0;
    for (const item of frame.items) {
      const label = item.label!;
      // In order, apart, and no further below its mark than rows may drift.
      expect(label.p).toBeGreaterThanOrEqual(end - 1e-6);
      expect(label.p - item.p0).toBeLessThanOrEqual(STACKED_DRIFT);
      end = label.p + label.size;
      // No mark and no row on a hatch.
      for (const [from, to] of cut) {
        const [a, b] = [scale(from), scale(to)];
        expect(item.p0 < a || item.p0 > b).toBe(true);
        expect(label.p + label.size <= a || label.p >= b).toBe(true);
      }
    }
    expect(end).toBeLessThanOrEqual(story.length + 1e-6);
  });

  it('cuts a fraud’s years of background short, its bars across the cuts, rows off the hatches', () => {
    const drafts = [harwickFraud, portCalloway, mutemboShelling, carrabeeFloods, rajgarhSemifinal];
    const timelines = [
      ...corpus().map(({ id, timeline }) => [id, timeline] as const),
      ...drafts.map((draft) => [draft.id, parseTimeline(draft).timeline!] as const),
    ];
    for (const [id, timeline] of timelines) {
      const { story, frame } = phoneStory(timeline);
      const hatches = cuts(story).map(
        ([from, to]) => [frame.scale(from), frame.scale(to)] as const,
      );
      for (const item of frame.items) {
        const { p, size } = item.label!;
        // Below its mark, or above it with no cut between (a row lifted to end before an era's
        // line), within the drawing, off the hatches.
        for (const [a, b] of hatches) expect(p >= b - 1e-6 || item.p0 <= a + 1e-6, id).toBe(true);
        expect(p + size, id).toBeLessThanOrEqual(story.length + 1e-6);
        for (const [a, b] of hatches) expect(p + size <= a + 1e-6 || p >= b - 1e-6, id).toBe(true);
      }
    }
    // A verdict after five years of background and a suspension that goes on: the first phone
    // screen (844 px, the drawing from 187 px down, below the title and buttons) held one of its
    // seven headlines and holds six.
    const harwick = phoneStory(parseTimeline(harwickFraud).timeline!);
    expect(cuts(harwick.story).length).toBeGreaterThanOrEqual(2);
    const seen = harwick.frame.items.filter(({ label }) => label!.p + label!.size <= 844 - 187);
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps a row below its mark when the publication falls in the length rows added', () => {
    // An overnight count published minutes after its last event: the line's label pushes the
    // last row down, past the length the rows were fitted to, and the axis grows for it.
    const instant = (id: string, at: string, headline: string) => ({
      id,
      headline,
      when: { start: at, end: at, precision: 'instant' },
    });
    for (const minutes of [10, 30, 45, 90]) {
      const { timeline } = parseTimeline({
        id: 'count',
        title: 'Overnight count',
        language: 'en',
        timeZone: 'UTC',
        published: new Date(Date.parse('2025-03-02T06:00:00Z') + minutes * 60_000).toISOString(),
        events: [
          instant('polls', '2025-03-01T20:00:00Z', 'Polls close across the city'),
          instant('first', '2025-03-01T23:00:00Z', 'First results show a close race'),
          instant('recount', '2025-03-02T03:00:00Z', 'Recount ordered in two wards'),
          instant(
            'declared',
            '2025-03-02T06:00:00Z',
            'The mayor is declared the winner by 312 votes and the challenger says she will go to court',
          ),
        ],
      });
      const { story, frame } = phoneStory(timeline!);
      for (const item of frame.items) {
        expect(item.label!.p, `+${minutes} min`).toBeGreaterThanOrEqual(item.p0 - 1e-6);
        expect(item.label!.p + item.label!.size).toBeLessThanOrEqual(story.length + 1e-6);
      }
    }
  });

  it('leaves no empty stretch longer than three rows, nor a long start or end', () => {
    for (const id of ['apollo-11', 'user-interface', 'houston']) {
      const { story, frame } = phoneStory(entry(id));
      const rows = frame.items.map((item) => [item.p0, item.label!.p + item.label!.size]);
      // The first view starts at most two cut widths before the first mark, ends at most one
      // after the last row.
      expect(rows[0]![0], id).toBeLessThanOrEqual(2 * CUT_PX + 1e-3);
      expect(story.length - rows[rows.length - 1]![1]!, id).toBeLessThanOrEqual(CUT_PX + 1e-3);
      for (let k = 1; k < rows.length; k++) {
        const gap = rows[k]![0]! - Math.max(...rows.slice(0, k).map((row) => row[1]!));
        expect(gap, `${id} before row ${k}`).toBeLessThanOrEqual(3 * 48 + 1e-6);
      }
    }
  });

  it('keeps time in order across the cuts: the axis maps and inverts through them', () => {
    const { story } = phoneStory(entry('apollo-11'));
    const { base } = story;
    const [t0, t1] = base.domain().map(Number) as [number, number];
    const last = +base.domain()[base.domain().length - 1]!;
    let before = Number.NEGATIVE_INFINITY;
    for (let t = t0; t <= last; t += (last - t0) / 500) {
      const p = base(t);
      expect(p).toBeGreaterThan(before);
      before = p;
      expect(Math.abs(+base.invert(p) - t)).toBeLessThanOrEqual(1);
    }
    expect(base(t0)).toBeCloseTo(0, 3);
    expect(base(last)).toBeCloseTo(story.length, 3);
    expect(t1).toBeGreaterThan(t0);
  });

  it('draws no tick on a hatch or just above one', () => {
    for (const id of ['apollo-11', 'user-interface']) {
      const { story, frame } = phoneStory(entry(id));
      for (const [from, to] of cuts(story)) {
        const [a, b] = [frame.scale(from), frame.scale(to)];
        for (const tick of frame.ticks) expect(tick.p <= a - 19 || tick.p >= b, id).toBe(true);
      }
      expect(frame.ticks.length, id).toBeGreaterThan(2);
    }
  });

  it('spaces ticks by the drawn time, not by the average over the cuts', () => {
    // Ticks spaced by the cut axis's average scale fell on its hatches: the fraud's first phone
    // view had no year at all beside its rows of 2014, 2019 and 2023.
    const { story, frame } = phoneStory(parseTimeline(harwickFraud).timeline!);
    expect(cuts(story).length).toBeGreaterThanOrEqual(2);
    const seen = frame.ticks.filter(
      ({ p }, k) => p >= 0 && p < story.length && frame.tickLabels[k],
    );
    expect(seen.map(({ label }) => label)).toEqual(expect.arrayContaining(['2014', '2019']));
    // Each where its year starts, and as far apart as ticks are on an uncut axis.
    for (const tick of seen) expect(tick.p).toBeCloseTo(frame.scale(tick.t), 6);
    for (let k = 1; k < seen.length; k++) expect(seen[k]!.p - seen[k - 1]!.p).toBeGreaterThan(89);
  });

  it('keeps the tick just after a cut, where one just before it squeezed it out', () => {
    // Inventions of 1642 and 1801, the years between cut: 1650 fell just before the hatch, and
    // the spacing rule dropped 1800 after it, beside the loom of 1801.
    const { story, frame } = phoneStory(entry('user-interface'));
    const shown = frame.ticks.filter(({ p }) => p >= 0 && p < story.length);
    expect(shown.map(({ label }) => label)).toContain('1800');
    for (let k = 1; k < shown.length; k++)
      expect(shown[k]!.p - shown[k - 1]!.p).toBeGreaterThan(89);
  });

  it('leaves out a tick label whose line is just above the first view', () => {
    const timeline = entry('women-in-computing');
    const { story, frame, years } = phoneStory(timeline);
    const straddling = frame.ticks.findIndex(({ p }) => p < 0 && p + 19 > 0);
    expect(straddling).toBeGreaterThanOrEqual(0);
    expect(frame.tickLabels[straddling]).toBe(false);
    frame.ticks.forEach(({ p }, k) => {
      if (
        p >= 0 &&
        p + 38 <= story.length &&
        !besideOtherTime(frame, k, years, timeline.timeZone)
      ) {
        expect(frame.tickLabels[k]).toBe(true);
      }
    });
  });

  it('labels no tick beside the row of an event not under way at its time, which would read as its time', () => {
    // An election night's rows pushed below their marks ran past "10 Nov" and "17 Nov": the
    // time column said 10 Nov beside "4 – 5 Nov Ballots counted".
    const drafts = [portCalloway, harwickFraud, mutemboShelling];
    const timelines = [
      ...corpus().map(({ timeline }) => timeline),
      ...drafts.map((draft) => parseTimeline(draft).timeline!),
      // Events on the hour, where the hour's ticks stand.
      threeDays(),
      // Week ticks by later days' rows: "Jul 16" by "Tue, 17 Jul 2012 A meeting in downtown".
      calderon(),
      capitalPunishment(),
    ];
    let labelled = 0;
    // Labels kept beside the row of an event begun later in the year, month or day they name.
    let inTheirUnit = 0;
    for (const timeline of timelines) {
      const { story, frame, years } = phoneStory(timeline);
      frame.ticks.forEach(({ p, t, label, context }, k) => {
        if (p < 38 || p > story.length - 38) return;
        const unitEnd = unitEndOf(frame, k, timeline.timeZone).t;
        const startOf = (item: ViewItem) => (item.kind === 'cluster' ? item.t0 : item.item.start);
        if (frame.tickLabels[k]) {
          labelled += 1;
          expect(
            besideOtherTime(frame, k, years, timeline.timeZone),
            `${timeline.id} ${label}`,
          ).toBe(false);
          const begunLater = (item: ViewItem) => startOf(item) > t && startOf(item) < unitEnd;
          if (frame.items.some((item) => begunLater(item) && rowBeside(item, p))) inTheirUnit += 1;
          return;
        }
        // Left out only beside the publication's row (the test after this one), on a cut's
        // hatch, or for a row beside it whose event is not under way at the tick's time: begun
        // after the unit it names, or before it and ended by it (by time, not by px: a tick at an
        // instant's own time kept its label only by rounding luck).
        if (besidePublication(frame, p) || frame.cuts.some(([a]) => p < a && p + 38 > a)) return;
        const otherTime = frame.items.some((item) => {
          const start = startOf(item);
          const end = item.kind === 'cluster' ? item.t1 : item.item.open ? Infinity : item.item.end;
          return (
            ((start >= Math.max(unitEnd, t + 1) && !(context && !years)) ||
              (start < t && end <= t)) &&
            item.label!.p < p + 19 &&
            item.label!.p + item.label!.size > p
          );
        });
        expect(otherTime, `${timeline.id} ${label} left out`).toBe(true);
      });
    }
    // "1942" beside "Fri, 1 May 1942 Last execution by hanging", "Jan 1984" by "Mon, 2 Jan 1984".
    expect(inTheirUnit).toBeGreaterThanOrEqual(2);
    // Ticks at a row's own time, or between rows, keep their labels.
    expect(labelled).toBeGreaterThan(2 * timelines.length);
    const iraq = phoneStory(entry('iraq-2014')).frame;
    expect(iraq.tickLabels.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    // Saturday's midnight, beside the row of a crossing that ran from Friday into Saturday.
    const saturday = iraq.ticks.findIndex(({ context }) => context === 'Sat, Jun 14');
    expect(iraq.tickLabels[saturday]).toBe(true);
    // Rows that leave the year out: the tick that names it stays, beside "Tue 3 Jan Iowa" too.
    for (const width of [320, 390]) {
      const { frame, years } = phoneStory(entry('republican-2012'), width);
      expect(years).toBe(false);
      const named = frame.ticks.filter((tick, k) => frame.tickLabels[k] && tick.p >= 0);
      expect(
        named.some((tick) => tick.context?.includes('2012')),
        `${width} px`,
      ).toBe(true);
    }
  });

  it('says the day of the first hour it labels, on lines clear of a hatch and the publication', () => {
    // Iraq's phone read "12:00" above "Fri 13 Jun", Apollo's "22:00" on landing day, Copwatch's
    // "17:00": only the rows said the day. The first hour label in the drawing says it; the
    // others keep their time alone.
    const days = { 'iraq-2014': 'Thu, Jun 12', 'apollo-11': 'Sun, Jul 20' };
    for (const [id, day] of Object.entries({ ...days, 'copwatch-night': 'Sat, Dec 6' })) {
      for (const width of [320, 390]) {
        const { frame } = phoneStory(entry(id), width);
        const [first, ...others] = frame.ticks.filter(
          (tick, k) => frame.tickLabels[k] && tick.p >= 0,
        );
        expect(frame.granularity).toMatch(/hour|minute/);
        expect(first!.context, `${id} at ${width} px`).toBe(`${day} ${first!.label}`);
        expect(others.filter(({ context, label }) => context?.endsWith(label))).toEqual([]);
      }
    }
    for (const { id, timeline } of corpus()) {
      const { frame } = phoneStory(timeline, 360);
      const first = frame.ticks.find((tick, k) => frame.tickLabels[k] && tick.p >= 0);
      if (!first?.context?.endsWith(first.label)) continue;
      // Two lines of words: no hatch begins under them, nor the publication's row.
      const { p } = first;
      expect(
        frame.cuts.some(([a]) => a > p && a < p + 2 * LINE_PX),
        id,
      ).toBe(false);
      expect(besidePublication(frame, p), id).toBe(false);
    }
  });

  it('labels a quarter’s tick beside a row begun in the month it names', () => {
    // Germany's 2020 measures on a phone: "Oct" by "7 Oct – 31 Dec Beherbergungsverbot" was left
    // out as a later time, and three of the four ticks in the drawing said nothing.
    const { frame } = phoneStory(coronaMeasures());
    expect(frame.granularity).toBe('month');
    expect(frame.tickStep).toBe(3);
    const month = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'Europe/Berlin' });
    const october = frame.ticks.findIndex(({ t }) => month.format(t) === 'Oct');
    const { p, t } = frame.ticks[october]!;
    const november = Date.parse('2020-11-01T00:00:00+01:00');
    const begunInIt = frame.items.filter(
      (item) =>
        item.kind === 'event' &&
        item.item.start > t &&
        item.item.start < november &&
        rowBeside(item, p),
    );
    expect(begunInIt.length).toBeGreaterThan(0);
    expect(frame.tickLabels[october]).toBe(true);
  });

  it('labels no tick beside the publication’s row, whose words run over the time column', () => {
    // Buchanan Abbey's phone: "Fri 13Published Wed, 11 January 2012 at 12:00 GMT-6".
    const timelines = [
      ...corpus().map(({ timeline }) => timeline),
      ...[portCalloway, harwickFraud, mutemboShelling].map((d) => parseTimeline(d).timeline!),
      exide(),
    ];
    let beside = 0;
    for (const timeline of timelines)
      for (const width of [320, 390]) {
        const { frame } = phoneStory(timeline, width);
        frame.ticks.forEach(({ p, label }, k) => {
          if (!besidePublication(frame, p)) return;
          beside += 1;
          expect(frame.tickLabels[k], `${timeline.id} at ${width} px: ${label}`).toBe(false);
        });
      }
    expect(beside).toBeGreaterThan(0);
  });

  it('draws the rail in the index’s lanes, whether or not a wide layout packed them before', () => {
    // A semi-final's rail took lanes 4, 0, 0, 1, 2, 4, 3 after a first measure laid it out wide,
    // and 2, 0, 0, 1, 1, 2, 0 when the page loaded at its phone width.
    const timeline = parseTimeline(rajgarhSemifinal).timeline!;
    const prepared = prepareStory(timeline);
    const layOut = (width: number, vertical: boolean) =>
      storyLayout({
        ...prepared,
        labelText: (i) => timeline.events[i]!.headline,
        width,
        vertical,
        verticalLength: 560,
      });
    const lanes = () => prepared.index.dated.items.map((item) => item.lane);
    layOut(390, true);
    const phone = lanes();
    layOut(1200, false);
    expect(lanes()).not.toEqual(phone);
    layOut(390, true);
    expect(lanes()).toEqual(phone);
  });

  it('leaves out a tick label the drawing’s end would cut', () => {
    let checked = 0;
    const shelling = parseTimeline(mutemboShelling).timeline!;
    const timelines = [...corpus().map(({ timeline }) => timeline), shelling];
    for (const timeline of timelines) {
      const { story, first, frameAt, years } = phoneStory(timeline);
      // A pan brings each tick past the drawing's end in turn.
      for (let by = 0; by < 60; by += 3) {
        const frame = frameAt({ ...first, x: first.x - by });
        frame.ticks.forEach((tick, k) => {
          // Two lines: the words of a label wrap in the narrow time column.
          if (tick.p < story.length && tick.p + 38 > story.length) {
            expect(frame.tickLabels[k]).toBe(false);
            checked += 1;
          } else if (
            tick.p >= 0 &&
            tick.p < story.length &&
            !besideOtherTime(frame, k, years, timeline.timeZone) &&
            !besidePublication(frame, tick.p) &&
            // Two lines near a hatch may be left out (`readability` measures the hatches).
            !frame.cuts.some(([a]) => tick.p < a && tick.p + 38 > a)
          ) {
            expect(frame.tickLabels[k]).toBe(true);
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('moves everything by the pan and nothing else, with cuts beyond the view', () => {
    const { first, frame, frameAt } = phoneStory(entry('apollo-11'));
    for (const by of [-130, 37, 400]) {
      const panned = frameAt({ k: first.k, x: first.x + by });
      const before = new Map(frame.items.map((item) => [itemKey(item), item]));
      let common = 0;
      for (const item of panned.items) {
        const was = before.get(itemKey(item));
        if (!was) continue;
        common += 1;
        expect(item.p0).toBeCloseTo(was.p0 + by, 3);
        expect(item.p1).toBeCloseTo(was.p1 + by, 3);
      }
      expect(common).toBeGreaterThan(3);
    }
  });

  it('shows everything as the first view shows it, when nothing lies beyond the news', () => {
    const { index, story, frame, frameAt } = phoneStory(entry('apollo-11'));
    const all = frameAt({ k: 1, x: 0 });
    expect(all.items.every((item) => item.kind === 'event')).toBe(true);
    expect(all.items).toHaveLength(index.dated.items.length);
    expect(all.items.map((item) => item.p0)).toEqual(frame.items.map((item) => item.p0));
    expect(story.firstView[0]).toBeGreaterThan(fitDomain(index, 0.05, 'dated')![0]);
  });

  it('cuts the background band’s years before and after the news short, when showing all', () => {
    // A mayor first elected in 2017, in the band, and a count in November 2025: showing all drew
    // eight years of empty axis above the news, 987 px of a 1,055 px axis.
    const { story, frame, frameAt, baseDomain } = phoneStory(parseTimeline(portCalloway).timeline!);
    const [b0, b1] = baseDomain;
    const all = frameAt({ k: 1, x: 0 });
    const [first, last] = story.firstView.map((t) => all.scale(t)) as [number, number];
    // The news is drawn as in the first view, one scale: showing all only shrinks it a little,
    // to make room for two cut stretches at each end.
    const ratio = (last - first) / story.length;
    expect(ratio).toBeGreaterThan(0.85);
    expect(first).toBeCloseTo(2 * CUT_PX * ratio, 3);
    expect(all.scale(b1) - last).toBeCloseTo(2 * CUT_PX * ratio, 3);
    const [v0, v1] = story.firstView;
    for (let t = v0; t <= v1; t += (v1 - v0) / 50) {
      expect(all.scale(t) - first).toBeCloseTo(frame.scale(t) * ratio, 3);
    }
    expect(all.scale(b0)).toBeCloseTo(0, 3);
    expect(cuts(story)[0]![0]).toBeLessThan(story.firstView[0]);
  });

  it('cuts the rest of a long last bar short after the last row', () => {
    // "In January", a month after a night's count: its bar ran 404 px, to the drawing's end.
    const timeline = parseTimeline(portCalloway).timeline!;
    const { story, frame } = phoneStory(timeline);
    const office = frame.items.find(
      (item) =>
        item.kind === 'event' && timeline.events[item.item.i]!.id === 'whitfield-takes-office',
    )!;
    const rowEnd = office.label!.p + office.label!.size;
    expect(office.p1 - rowEnd).toBeLessThanOrEqual(3 * CUT_PX + 1e-6);
    expect(office.p1).toBeCloseTo(frame.scale(Date.parse('2026-02-01T06:00:00Z')), 6);
    expect(story.length - office.p1).toBeLessThanOrEqual(CUT_PX + 1e-6);
    const hatches = cuts(story).map(([a, b]) => [frame.scale(a), frame.scale(b)]);
    expect(hatches.some(([a, b]) => a! > rowEnd && b! < office.p1)).toBe(true);
  });

  it('shows the range it is asked for, through the cuts', () => {
    const { story } = phoneStory(entry('apollo-11'));
    const [from, to] = [Date.parse('1969-07-20T20:00:00Z'), Date.parse('1969-07-21T04:00:00Z')];
    const transform = transformFor([0, 1], story.length, from, to, story.base);
    const shown = seenThrough(story.base, transform, 0, story.length).domain().map(Number);
    expect(Math.abs(shown[0]! - from)).toBeLessThanOrEqual(1);
    expect(Math.abs(shown[shown.length - 1]! - to)).toBeLessThanOrEqual(1);
  });

  it('never makes an axis shorter than the phone’s minimum, and leaves a short story uncut', () => {
    const { story } = phoneStory(entry('iraq-2014'));
    expect(story.length).toBeGreaterThanOrEqual(560);
    for (const { id, timeline } of corpus()) {
      const { story: s, index } = phoneStory(timeline);
      const events = index.dated.items.length;
      expect(s.length, id).toBeGreaterThanOrEqual(Math.min(events, 24) * 48 - 1e-6);
      // Every hatch stands for time taken out: its stretch is drawn at less than the axis's scale.
      const knots = s.base.domain().map(Number);
      const slope = (j: number) =>
        (s.base(knots[j + 1]!) - s.base(knots[j]!)) / (knots[j + 1]! - knots[j]!);
      for (let j = 1; j < knots.length - 2; j += 2) expect(slope(j), id).toBeLessThan(slope(0));
    }
  });

  it('stays finite with nothing on the axis and no minimum length', () => {
    const story = storyLayout({
      index: buildEventIndex([]),
      labelText: () => '',
      firstView: [0, 1],
      baseDomain: [0, 1],
      width: 390,
      vertical: true,
      verticalLength: 0,
    });
    expect([...story.base.range(), ...story.firstView, story.length].every(Number.isFinite)).toBe(
      true,
    );
  });

  it('draws a one-px axis on a phone when every event is in the background band', () => {
    // A wire draft whose four events all say no time: 560 px of empty axis pushed them, in the
    // band below the drawing, off the first phone screen.
    const { timeline } = parseTimeline({
      id: 'quake',
      title: 'Huge quake rescue effort under way',
      timeZone: 'Pacific/Auckland',
      published: '2011-02-22T20:00:00+13:00',
      events: ['Rescuers search the rubble', 'Minister says teams are on the way'].map(
        (headline, k) => ({
          id: `e${k}`,
          headline,
          when: {
            start: '2011-02-21T00:00:00+13:00',
            end: '2011-02-22T20:00:00+13:00',
            precision: 'unspecified',
          },
        }),
      ),
    });
    const { story, index } = phoneStory(timeline!);
    expect(timeline!.events).toHaveLength(2);
    expect(index.dated.items).toHaveLength(0);
    expect(story.length).toBe(1);
    expect([...story.base.range(), ...story.firstView].every(Number.isFinite)).toBe(true);
  });

  it('keeps a horizontal story’s axis linear', () => {
    const timeline = entry('apollo-11');
    const index = buildEventIndex(timeline.events, { background: true });
    const baseDomain = fitDomain(index)!;
    const story = storyLayout({
      index,
      labelText: (i) => timeline.events[i]!.headline,
      firstView: fitDomain(index, 0.05, 'dated')!,
      baseDomain,
      width: 1200,
      vertical: false,
      verticalLength: 560,
    });
    expect(story.base.domain().map(Number)).toEqual(baseDomain);
    expect(story.base.range()).toEqual([0, story.length]);
  });
});

describe('rows before an era’s line on a phone', () => {
  const year = (y: number) => `0${y}-01-01T00:00:00Z`;
  const event = (y: number, headline: string) => ({
    id: `${y}-${headline.length}`,
    headline,
    when: { start: year(y), end: year(y + 1), precision: 'year' },
  });
  const era = (from: number, to: number) => ({
    label: `Era ${from}-${to}`,
    when: { start: year(from), end: year(to), precision: 'year' },
  });

  // As the 7th century's eras: rows through the 680s, then two events of 698 two years before the
  // era of 700 (the last events, or with more after the line). Pushed past its line, they stood
  // under the next era's name; lifted over the cut above them, across its hatch.
  it.each([[[]], [[705, 712]]])('end before its name, off the hatch (then %j)', (after) => {
    const { timeline } = parseTimeline({
      id: 'eras',
      title: 'Eras',
      language: 'en',
      timeZone: 'UTC',
      eras: [era(650, 700), era(700, 720)],
      events: [
        ...[650, 663, 668, 674, 681, 685, 687, 698, 698, ...after].map((y, i) =>
          event(y, `Something happened in ${y}${i % 2 ? ', far from here' : ''}`),
        ),
      ],
    });
    const { story, frame } = phoneStory(timeline!);
    const line = frame.scale(Date.parse(year(700)));
    const hatches = cuts(story).map(([from, to]) => [frame.scale(from), frame.scale(to)] as const);
    const rows698 = frame.items.filter(
      (item) => item.kind === 'event' && item.item.start === Date.parse(year(698)),
    );
    expect(rows698).toHaveLength(2);
    for (const { p0, label } of rows698) {
      expect(label!.p + label!.size).toBeLessThanOrEqual(line + 1e-6);
      for (const [a, b] of hatches) expect(label!.p >= b - 1e-6 || p0 <= a + 1e-6).toBe(true);
    }
  });
});

describe('an era that starts after the last event on a phone', () => {
  it('lays the story out (the rows before its line were summed past the last event)', () => {
    const at = (day: string) => `2014-06-${day}T10:00:00Z`;
    const { timeline } = parseTimeline({
      id: 'aftermath',
      title: 'Aftermath',
      language: 'en',
      timeZone: 'UTC',
      eras: [{ label: 'Aftermath', when: { start: at('20'), end: null, precision: 'day' } }],
      events: ['10', '12'].map((day) => ({
        id: day,
        headline: `Something happened on the ${day}th`,
        when: { start: at(day), end: at(day), precision: 'instant' },
      })),
    });
    const { story, frame } = phoneStory(timeline!);
    expect(story.length).toBeGreaterThan(0);
    expect(frame.items).toHaveLength(2);
  });
});
