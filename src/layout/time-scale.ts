/**
 * What the layout needs of a time scale, and the piecewise linear one the element uses. d3's
 * `scaleUtc()`/`scaleTime()` fit `TimeScale` as they are, so callers of the layout can keep
 * passing them (polylinear ones too); the element itself draws with `linearTimeScale`, which
 * spares the page d3-scale's tick formatting (d3-time-format, d3-interpolate, d3-color): the
 * layout projects piece by piece anyway and takes its ticks from d3-time.
 */
import type { AxisTransform } from './frame.js';

export interface TimeScale {
  /** ms (or a Date) -> px. */
  (value: number | Date): number;
  domain(): Date[];
  range(): number[];
  invert(px: number): Date;
  copy(): TimeScale;
  /** Clamping on or off; the layout asks for it off. */
  clamp(clamp: boolean): TimeScale;
  /**
   * True when the scale bends beyond its domain (a vertical axis with cut stretches, seen through
   * a zoom): a layout must call it there rather than extend the line of its domain's ends.
   */
  bent?: boolean;
}

/**
 * [d0, d1, ...] ms -> [r0, r1, ...] px, piece by piece, unclamped (the end pieces extend past the
 * ends), like `scaleUtc().domain([d0, d1, ...]).range([r0, r1, ...])`; a zero-length piece maps
 * to the middle of its range, as d3's does.
 */
export function linearTimeScale(domain: readonly number[], range: readonly number[]): TimeScale {
  const scale = ((value: number | Date) => carry(domain, range, +value)) as TimeScale;
  scale.domain = () => domain.map((t) => new Date(t));
  scale.range = () => [...range];
  scale.invert = (px) => new Date(carry(range, domain, px));
  // Nothing changes a scale once made: its copy may be itself.
  scale.copy = () => scale;
  scale.clamp = () => scale;
  return scale;
}

/** `value` on the ascending knots `from`, carried to the matching knots `to`. */
function carry(from: readonly number[], to: readonly number[], value: number): number {
  let j = 1;
  while (j < from.length - 1 && value > from[j]!) j++;
  const a = from[j - 1]!;
  const span = from[j]! - a;
  const r0 = to[j - 1]!;
  return span ? r0 + ((value - a) * (to[j]! - r0)) / span : (r0 + to[j]!) / 2;
}

/**
 * [from, to] px of the axis under `transform`, whose identity is `base`: a scale with that range,
 * the domain it shows, and the base's knots between. Beyond them a bent base keeps bending.
 */
export function seenThrough(
  base: TimeScale,
  { k, x }: AxisTransform,
  from: number,
  to: number,
): TimeScale {
  const at = (p: number) => +base.invert((p - x) / k);
  const along = (t: number) => k * base(t) + x;
  const knots = base.domain().map(Number);
  const t0 = at(from);
  const t1 = at(to);
  const bent = knots.length > 2;
  const inner = bent ? knots.filter((t) => t > t0 && t < t1) : [];
  const view = linearTimeScale([t0, ...inner, t1], [from, ...inner.map(along), to]);
  return bent
    ? Object.assign(linearTimeScale(knots, knots.map(along)), {
        domain: view.domain,
        range: view.range,
        bent,
      })
    : view;
}
