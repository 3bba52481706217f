// The editor's logic without a DOM: edits, undo, validation pinned to fields, the stored draft,
// events drafted from a sentence, and the wall-clock inputs.
import { describe, expect, it } from 'vitest';
import { readSavedDraft } from '../../src/components/news-timeline-editor/autosave-controller.js';
import {
  applyOp,
  createDraft,
  exportTimeline,
  freshId,
} from '../../src/components/news-timeline-editor/draft.js';
import { EDITOR_WORDS } from '../../src/components/news-timeline-editor/editor-words.js';
import {
  fromWallInput,
  toWallInput,
} from '../../src/components/news-timeline-editor/event-when.js';
import { History } from '../../src/components/news-timeline-editor/history.js';
import {
  eventFromSentence,
  headlineFromSentence,
  storyFrame,
} from '../../src/components/news-timeline-editor/sentence-event.js';
import { validateDraft } from '../../src/components/news-timeline-editor/validation.js';
import { iraqTimeline } from '../../src/data/iraq-2014.js';
import { IRAQ_ARTICLE_TEXT } from '../../src/data/iraq-article-text.js';
import { extractTimeline, splitSentences } from '../../src/extract/index.js';

const first = iraqTimeline.events[0]!;
const draft = createDraft(iraqTimeline);

describe('applyOp', () => {
  it('never changes the draft it is given', () => {
    const before = JSON.stringify(draft);
    applyOp(draft, { type: 'text', id: first.id, field: 'headline', value: 'x' });
    applyOp(draft, { type: 'list-add', id: first.id, list: 'places' });
    applyOp(draft, { type: 'status', id: first.id, status: 'rejected' });
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('edits text fields; an empty summary or category is removed, a category is its tag', () => {
    let next = applyOp(draft, { type: 'text', id: first.id, field: 'summary', value: '' });
    expect('summary' in next.timeline.events[0]!).toBe(false);
    next = applyOp(next, { type: 'text', id: first.id, field: 'category', value: 'Military' });
    expect(next.timeline.events[0]).toMatchObject({ category: 'Military', tags: ['Military'] });
  });

  it('sets the publication time, which is then no longer a guess', () => {
    const guessed = createDraft({ ...iraqTimeline, publishedDefaulted: true });
    const next = applyOp(guessed, { type: 'published', value: '2014-06-15T09:30:00+03:00' });
    expect(next.timeline.published).toBe('2014-06-15T09:30:00+03:00');
    expect('publishedDefaulted' in next.timeline).toBe(false);
  });

  it('adds, edits and removes list items', () => {
    let next = applyOp(draft, { type: 'list-add', id: first.id, list: 'sources' });
    const index = next.timeline.events[0]!.sources.length - 1;
    expect(next.timeline.events[0]!.sources[index]).toEqual({ who: '', named: true, verb: 'said' });
    next = applyOp(next, {
      type: 'list-set',
      id: first.id,
      list: 'sources',
      index,
      field: 'outlet',
      value: 'Reuters',
    });
    expect(next.timeline.events[0]!.sources[index]!.outlet).toBe('Reuters');
    next = applyOp(next, {
      type: 'list-set',
      id: first.id,
      list: 'sources',
      index,
      field: 'outlet',
      value: '',
    });
    expect('outlet' in next.timeline.events[0]!.sources[index]!).toBe(false);
    next = applyOp(next, { type: 'list-remove', id: first.id, list: 'sources', index });
    expect(next.timeline.events[0]!.sources).toEqual(first.sources);
  });

  it('marks events planned, adds accepted events, and leaves rejected ones out of the export', () => {
    let next = applyOp(draft, { type: 'planned', id: first.id, planned: true });
    expect(next.timeline.events[0]!.planned).toBe(true);
    next = applyOp(next, { type: 'planned', id: first.id, planned: false });
    expect('planned' in next.timeline.events[0]!).toBe(false);
    next = applyOp(next, { type: 'status', id: first.id, status: 'rejected' });
    expect(exportTimeline(next).events.map((e) => e.id)).not.toContain(first.id);
    expect(exportTimeline(next).events).toHaveLength(iraqTimeline.events.length - 1);
    const added = { ...first, id: 'added' };
    next = applyOp(next, { type: 'add', event: added });
    expect(next.status.added).toBe('accepted');
  });

  it('makes ids from headlines that are not taken', () => {
    expect(freshId('Iran sends troops to Iraq', [])).toBe('iran-sends-troops-to-iraq');
    expect(freshId('Iran sends troops to Iraq', ['iran-sends-troops-to-iraq'])).toBe(
      'iran-sends-troops-to-iraq-2',
    );
    expect(freshId('«»', [])).toBe('event');
  });
});

describe('History', () => {
  it('undoes and redoes, and makes one step of typing in one field', () => {
    const history = new History('a');
    history.push('ab', 'headline');
    history.push('abc', 'headline');
    history.push('abcd', 'summary');
    expect(history.undo()).toBe('abc');
    expect(history.undo()).toBe('a');
    expect(history.canUndo).toBe(false);
    expect(history.redo()).toBe('abc');
    history.push('x');
    expect(history.canRedo).toBe(false);
  });

  it('starts a new step after seal()', () => {
    const history = new History(1);
    history.push(2, 'k');
    history.seal();
    history.push(3, 'k');
    expect(history.undo()).toBe(2);
  });

  it('tells the key of the change undo or redo would take, through both', () => {
    const history = new History('a');
    history.push('ab', 'headline');
    history.push('abc');
    expect([history.undoKey, history.redoKey]).toEqual([undefined, undefined]);
    history.undo();
    expect([history.undoKey, history.redoKey]).toEqual(['headline', undefined]);
    history.undo();
    expect([history.undoKey, history.redoKey]).toEqual([undefined, 'headline']);
    history.redo();
    expect([history.undoKey, history.redoKey]).toEqual(['headline', undefined]);
  });

  it('keeps at most `limit` steps', () => {
    const history = new History(0, 3);
    for (let i = 1; i <= 10; i++) history.push(i);
    [9, 8, 7, 7].forEach((value) => expect(history.undo()).toBe(value));
  });
});

describe('validateDraft', () => {
  it('pins problems to the fields, in the editor’s words', () => {
    let next = applyOp(draft, { type: 'text', id: first.id, field: 'headline', value: '' });
    next = applyOp(next, { type: 'list-add', id: first.id, list: 'places' });
    const { byEvent, errors, timeline } = validateDraft(next, EDITOR_WORDS);
    const problems = byEvent.get(first.id)!;
    const place = `places[${next.timeline.events[0]!.places.length - 1}].name`;
    const message = (field: string) => problems.find((p) => p.field === field)?.message;
    expect(problems).toHaveLength(2);
    expect(message('headline')).toBe(`Headline is empty. ${EDITOR_WORDS.eventLeftOut}`);
    expect(message(place)).toBe(`Name is empty. ${EDITOR_WORDS.itemLeftOut}`);
    expect(errors).toBe(2);
    expect(timeline!.events.some((e) => e.id === first.id)).toBe(false);
  });

  it('does not check rejected events', () => {
    let next = applyOp(draft, { type: 'text', id: first.id, field: 'headline', value: '' });
    next = applyOp(next, { type: 'status', id: first.id, status: 'rejected' });
    expect(validateDraft(next, EDITOR_WORDS).problems).toEqual([]);
  });
});

describe('readSavedDraft', () => {
  const saved = (value: unknown) =>
    JSON.stringify({ version: 1, savedAt: '2026-01-01T00:00:00Z', draft: value });

  it('restores a draft with its review status, even events that do not validate yet', () => {
    const edited = applyOp(applyOp(draft, { type: 'status', id: first.id, status: 'rejected' }), {
      type: 'text',
      id: iraqTimeline.events[1]!.id,
      field: 'headline',
      value: '',
    });
    const back = readSavedDraft(saved(edited))!;
    expect(back.draft.status[first.id]).toBe('rejected');
    expect(back.draft.timeline.events).toHaveLength(iraqTimeline.events.length);
    expect(back.draft.timeline.events[1]!.headline).toBe('');
  });

  it('refuses what it cannot read', () => {
    expect(readSavedDraft(null)).toBeUndefined();
    expect(readSavedDraft('{')).toBeUndefined();
    expect(readSavedDraft(JSON.stringify({ version: 2, savedAt: 'x', draft }))).toBeUndefined();
    expect(
      readSavedDraft(saved({ timeline: { ...iraqTimeline, events: [{ id: 1 }] } })),
    ).toBeUndefined();
    const odd = readSavedDraft(saved({ timeline: iraqTimeline, status: { [first.id]: 'maybe' } }))!;
    expect(odd.draft.status[first.id]).toBe('pending');
  });
});

describe('events from a sentence', () => {
  const { timeline } = extractTimeline(IRAQ_ARTICLE_TEXT, {
    published: iraqTimeline.published,
    timeZone: iraqTimeline.timeZone,
  });
  const sentences = splitSentences(IRAQ_ARTICLE_TEXT);

  it('uses the extractor’s proposal for the sentence when the draft does not have it', () => {
    const missing = timeline.events[3]!;
    const draftWithout = { ...timeline, events: timeline.events.filter((e) => e !== missing) };
    const sentence = sentences.find((s) => s.start === missing.excerpt!.start)!;
    expect(eventFromSentence(draftWithout, sentence)).toEqual(missing);
  });

  it('otherwise drafts one with the sentence as excerpt and the time the extractor read in it', () => {
    // Every proposal of the extractor is already in the draft, so none can be reused.
    const quote = sentences.find((s) => s.text.startsWith('“Citizens'))!;
    const proposal = timeline.events.find((e) => e.excerpt!.start === quote.start)!;
    const event = eventFromSentence(timeline, quote);
    expect(event.excerpt).toEqual({ text: quote.text, start: quote.start, end: quote.end });
    expect(event.headline.length).toBeLessThanOrEqual(80);
    expect(new Set(timeline.events.map((e) => e.id)).has(event.id)).toBe(false);
    expect(event.when).toEqual(proposal.when);
    expect(proposal.when.text).toBe('on Friday');
  });

  it('gives a sentence the extractor dated nothing in the story’s frame', () => {
    const undated = sentences.find(
      (s) => !timeline.events.some((e) => e.excerpt!.start < s.end && s.start < e.excerpt!.end),
    )!;
    expect(eventFromSentence(timeline, undated).when).toEqual(storyFrame(timeline));
  });

  it('makes a headline of the first clause, without an ellipsis', () => {
    expect(headlineFromSentence('Short sentence.')).toBe('Short sentence');
    const long = headlineFromSentence(
      'The volunteers signing up were responding to a call by the most revered cleric, who urged them to defend the country.',
    );
    expect(long).toBe(
      'The volunteers signing up were responding to a call by the most revered cleric',
    );
    expect(long).not.toContain('…');
  });

  it('ends a headline cut at a word, not at a clause, with an ellipsis', () => {
    const cut = headlineFromSentence(
      'Rescuers in the mountains of Gansu province were still searching for the 870 people who remained missing after the quake.',
    );
    expect(cut).toBe(
      'Rescuers in the mountains of Gansu province were still searching for the 870…',
    );
    expect(cut.length).toBeLessThanOrEqual(80);
  });
});

describe('wall-clock inputs', () => {
  it('reads and writes the story’s wall clock', () => {
    expect(toWallInput('2014-06-13T21:00:00Z', 'Asia/Baghdad')).toBe('2014-06-14T00:00');
    expect(fromWallInput('2014-06-14T00:00', 'Asia/Baghdad')).toBe('2014-06-14T00:00:00+03:00');
    expect(fromWallInput('2014-06-14 12:00', 'Asia/Baghdad')).toBe('2014-06-14T12:00:00+03:00');
    expect(fromWallInput('2014-06-14 12:00Z', 'Asia/Baghdad')).toBe('2014-06-14T15:00:00+03:00');
    expect(fromWallInput('2014-02-30 12:00', 'Asia/Baghdad')).toBeUndefined();
    expect(fromWallInput('Friday', 'Asia/Baghdad')).toBeUndefined();
  });
});
