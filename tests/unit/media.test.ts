// Media in the model: which URLs a picture, video or audio file may have, how they resolve against
// the page, which files play in the page, and what validation says about alt text, naming the event.
import { describe, expect, it } from 'vitest';
import { mediaSrc, mediaUrlProblem } from '../../src/model/media.js';
import { isDirectMediaFile } from '../../src/model/media-files.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { createEvent } from '../../src/model/create-event.js';
import type { MediaItem, Timeline, TimelineEvent } from '../../src/model/types.js';
import { day, timelineOf } from '../../stories/helpers.js';

const PAGE = 'https://news.example/2014/iraq/timeline.html';

describe('media URLs', () => {
  it.each([
    'https://cdn.example/a.jpg',
    'http://cdn.example/a.jpg?w=800#x',
    'HTTPS://CDN.EXAMPLE/A.JPG',
    '/images/a.jpg',
    'images/a.jpg',
    '../a.png',
    '//cdn.example/a.jpg',
    'a%20b.jpg',
  ])('accepts %s', (url) => {
    expect(mediaUrlProblem(url)).toBeNull();
    expect(mediaSrc(url, PAGE)).toMatch(/^https?:\/\//);
  });

  it.each([
    ['javascript:alert(1)', /javascript: is not allowed/],
    ['JavaScript:alert(1)', /javascript: is not allowed/],
    ['data:image/png;base64,iVBORw0KGgo=', /data: is not allowed/],
    ['blob:https://news.example/1', /blob: is not allowed/],
    ['file:///etc/passwd', /file: is not allowed/],
    ['ftp://example.org/a.jpg', /ftp: is not allowed/],
    ['java\tscript:alert(1)', /spaces, control characters or backslashes/],
    [' https://cdn.example/a.jpg', /spaces/],
    ['a b.jpg', /spaces/],
    ['\\\\evil\\a.jpg', /backslashes/],
    ['', /is not a URL/],
    ['https://', /is not a URL/],
  ])('refuses %j', (url, reason) => {
    expect(mediaUrlProblem(url)).toMatch(reason);
    expect(mediaSrc(url, PAGE)).toBeUndefined();
  });

  it('reads relative URLs against the page, as an <img> in it would', () => {
    expect(mediaSrc('media/a.jpg', PAGE)).toBe('https://news.example/2014/iraq/media/a.jpg');
    expect(mediaSrc('/a.jpg', PAGE)).toBe('https://news.example/a.jpg');
    expect(mediaSrc('//cdn.example/a.jpg', PAGE)).toBe('https://cdn.example/a.jpg');
    // A page that is not served over http(s) gets no relative media.
    expect(mediaSrc('a.jpg', 'file:///home/me/page.html')).toBeUndefined();
    expect(mediaSrc(undefined, PAGE)).toBeUndefined();
  });

  it('tells files the browser plays from pages on a video site', () => {
    expect(isDirectMediaFile('https://cdn.example/clip.mp4', 'video')).toBe(true);
    expect(isDirectMediaFile('https://cdn.example/clip.WEBM?x=1#t=3', 'video')).toBe(true);
    expect(isDirectMediaFile('https://cdn.example/talk.mp3', 'audio')).toBe(true);
    expect(isDirectMediaFile('https://cdn.example/talk.mp3', 'video')).toBe(false);
    expect(isDirectMediaFile('https://www.youtube.com/watch?v=abc', 'video')).toBe(false);
    expect(isDirectMediaFile('https://cdn.example/clip.mp4.html', 'video')).toBe(false);
    expect(isDirectMediaFile('https://soundcloud.com/someone/track', 'audio')).toBe(false);
  });
});

function withMedia(media: unknown[], extra: Partial<Timeline> = {}): unknown {
  const friday = day('2014-06-13');
  return timelineOf(
    [
      createEvent('before', 'An event before', friday),
      { ...createEvent('kerbala', 'Kerbala sermon', friday), media } as TimelineEvent,
    ],
    extra,
  );
}

const photo: MediaItem = {
  kind: 'image',
  url: 'https://cdn.example/kerbala.jpg',
  alt: 'Worshippers listen to the sermon in Kerbala',
  caption: 'Friday prayers in Kerbala',
  credit: 'Reuters',
  width: 1200,
  height: 800,
};

describe('media in parseTimeline', () => {
  it('keeps a described image, a decorative one, a video and an audio file as written', () => {
    const media: MediaItem[] = [
      photo,
      { kind: 'image', url: '/ornament.svg', decorative: true },
      { kind: 'video', url: 'https://cdn.example/clip.mp4', caption: 'The sermon' },
      { kind: 'audio', url: 'https://soundcloud.com/a/b', credit: 'BBC' },
    ];
    const { timeline, problems } = parseTimeline(withMedia(media));
    expect(problems).toEqual([]);
    expect(timeline!.events[1]!.media).toEqual(media);
    expect(timeline!.events[0]!.media).toBeUndefined();
  });

  it('leaves out an image without alt text, keeps the event, and names the event', () => {
    const { timeline, problems } = parseTimeline(
      withMedia([{ kind: 'image', url: 'https://cdn.example/a.jpg', alt: '  ' }, photo]),
    );
    expect(timeline!.events.map((e) => e.id)).toEqual(['before', 'kerbala']);
    expect(timeline!.events[1]!.media).toEqual([photo]);
    expect(problems).toEqual([
      {
        path: 'events[1].media[0]',
        eventId: 'kerbala',
        severity: 'error',
        message: expect.stringMatching(
          /^events\[1\] \("Kerbala sermon"\): media\[0\] is an image without alt text: say what it shows in "alt", or mark it "decorative": true/,
        ),
      },
    ]);
  });

  it('refuses an alt text on a picture marked decorative, and unsafe or odd fields', () => {
    const { timeline, problems } = parseTimeline(
      withMedia([
        { kind: 'image', url: '/a.svg', decorative: true, alt: 'A star' },
        { kind: 'image', url: 'javascript:alert(1)', alt: 'x' },
        { kind: 'gif', url: '/a.gif', alt: 'x' },
        { ...photo, width: 12.5 },
      ]),
    );
    expect(problems.map((p) => [p.path, p.eventId, p.severity])).toEqual([
      ['events[1].media[0]', 'kerbala', 'error'],
      ['events[1].media[1].url', 'kerbala', 'error'],
      ['events[1].media[2].kind', 'kerbala', 'error'],
      ['events[1].media[3].width', 'kerbala', 'error'],
    ]);
    expect(problems[0]!.message).toMatch(/marked "decorative" but has alt text/);
    expect(problems[1]!.message).toMatch(/javascript: is not allowed/);
    // A size that is not whole pixels is left out; the picture stays.
    const { width: _width, ...withoutWidth } = photo;
    expect(timeline!.events[1]!.media).toEqual([withoutWidth]);
  });

  it('reads the title card: summary and opening picture of the timeline', () => {
    const { timeline, problems } = parseTimeline(
      withMedia([], {
        summary: 'Iran sends troops as Isis advances.',
        media: [{ ...photo, url: 'data/media/tel-abyad-placeholder.svg' }],
      }),
    );
    expect(problems).toEqual([]);
    expect(timeline!.summary).toBe('Iran sends troops as Isis advances.');
    expect(timeline!.media).toEqual([{ ...photo, url: 'data/media/tel-abyad-placeholder.svg' }]);
  });
});
