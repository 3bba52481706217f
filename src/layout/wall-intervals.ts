/**
 * Calendar steps on the "wall line" (a wall-clock reading written as ms read as UTC) for the
 * axis: whole days, every other day, Monday weeks, months, quarters and years, aligned like
 * d3-time's `utcDay.every(n)`, `utcMonday`, `utcMonth.every(n)` and `utcYear.every(n)` (d3's
 * day steps restart on the 1st of every month), in a few lines instead of d3-time and d3-array.
 */
export interface WallInterval {
  /** The latest boundary at or before `wall`. */
  floor(wall: number): number;
  /** The first boundary after the boundary `wall`. */
  next(wall: number): number;
}

const DAY = 86_400_000;

/** Months from January of year 0 to the month of the wall-line ms `wall`. */
export function monthsOf(wall: number): number {
  const date = new Date(wall);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The 1st of the month `months` after January of year 0; Date.UTC would read years 0-99 as 19xx. */
function monthStart(months: number): number {
  const date = new Date(0);
  date.setUTCFullYear(0, months, 1);
  return date.getTime();
}

function startOfDay(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

/** Days 1, 1 + step, 1 + 2 step ... of every month. */
export function wallDays(step: number): WallInterval {
  /** The first day on the grid from `day` on, stepping by `by` ms (a day back or ahead). */
  const seek = (day: number, by: number) => {
    while ((new Date(day).getUTCDate() - 1) % step !== 0) day += by;
    return day;
  };
  return {
    floor: (wall) => seek(startOfDay(wall), -DAY),
    next: (wall) => seek(wall + DAY, DAY),
  };
}

/** Weeks starting on Monday. */
export const wallMondays: WallInterval = {
  floor(wall) {
    const day = startOfDay(wall);
    return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  },
  next: (wall) => wall + 7 * DAY,
};

/**
 * Months whose count from January of year 0 is a multiple of `step`: 1 for months, 3 for quarters
 * (for a step that divides 12, the month's index in its year is then a multiple of it), 12 k for
 * 1 January of years that are multiples of k.
 */
export function wallMonths(step: number): WallInterval {
  return {
    floor: (wall) => monthStart(Math.floor(monthsOf(wall) / step) * step),
    next: (wall) => monthStart(monthsOf(wall) + step),
  };
}
