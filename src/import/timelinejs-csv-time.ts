/**
 * The Time and End Time cells of a TimelineJS sheet, read as TimelineJS reads them: "14:30",
 * "2:30 PM", "2.30pm", "1430", "14:30:15", "14:30:15.250". Returns the TimelineJS date parts, or
 * null for words that are not a time.
 */
export interface SheetTime {
  hour: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

export function readSheetTime(text: string): SheetTime | null {
  const match =
    /^\s*(\d{1,2})(?:(\d{2})|[:.](\d{1,2})(?:[:.](\d{1,2})(?:[.,](\d{1,3}))?)?)?\s*(?:([ap])\.?\s*m\.?)?\s*$/i.exec(
      text,
    );
  if (!match) return null;
  const [, h, compactMinute, m, s, ms, period] = match;
  let hour = Number(h);
  if (period) {
    if (hour < 1 || hour > 12) return null;
    if (period.toLowerCase() === 'p' && hour !== 12) hour += 12;
    if (period.toLowerCase() === 'a' && hour === 12) hour = 0;
  }
  const minute = compactMinute ?? m;
  const parts: SheetTime = { hour };
  if (minute !== undefined) parts.minute = Number(minute);
  if (s !== undefined) parts.second = Number(s);
  if (ms !== undefined) parts.millisecond = Number(ms.padEnd(3, '0'));
  if (hour > 23 || (parts.minute ?? 0) > 59 || (parts.second ?? 0) > 59) return null;
  return parts;
}
