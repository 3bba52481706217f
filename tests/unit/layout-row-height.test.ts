import { describe, expect, it } from 'vitest';
import { LINE_PX, STACKED_PADDING, rowHeight } from '../../src/layout/story.js';

const linesOf = (height: number) => Math.round((height - STACKED_PADDING) / LINE_PX);

describe('rowHeight', () => {
  // Chinese, Japanese and Thai write no spaces between words: the browser wraps them within the
  // "word" that splitting at spaces finds, so one such word can take many lines. At 320 px (a
  // 140 px column) Chromium wraps this Japanese row to 4 lines and the Chinese one to 3: counted as
  // one word on one line, the rows were 48 px and their last lines cut.
  it('counts the lines of a headline without spaces (CJK, Thai) at a phone column', () => {
    const ja =
      'Tue 10 Jun, 00:00 東京都心で震度五強の地震、交通機関が一時運転を見合わせ、多数の帰宅困難者が発生した';
    const zh = 'Thu 12 Jun, 06:00 国务院召开常务会议部署加强灾后重建工作并要求各地做好防汛准备';
    const th = 'Mon 16 Jun, 18:00 รัฐบาลประกาศสถานการณ์ฉุกเฉินในกรุงเทพมหานครหลังเกิดน้ำท่วมหนัก';
    expect(linesOf(rowHeight(ja, 140))).toBeGreaterThanOrEqual(4);
    expect(linesOf(rowHeight(zh, 140))).toBeGreaterThanOrEqual(3);
    expect(linesOf(rowHeight(th, 140))).toBeGreaterThanOrEqual(4);
    // One CJK headline alone, no time before it: still more than one line.
    expect(
      linesOf(
        rowHeight('政府は緊急対策本部を設置し、被害状況の把握と救助活動の調整を急いでいる', 180),
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it('keeps counting a spaced headline word by word', () => {
    expect(linesOf(rowHeight('Tue 17 Jun, 21:00 Short one', 180))).toBeLessThanOrEqual(2);
  });
});
