/**
 * What the layout needs of a time scale, and the two-point linear one the element uses. d3's
 * `scaleUtc()`/`scaleTime()` fit `TimeScale` as they are, so callers of the layout can keep
 * passing them (polylinear ones too); the element itself draws with `linearTimeScale`, which
 * spares the page d3-scale's tick formatting (d3-time-format, d3-interpolate, d3-color): the
 * layout projects linearly anyway and takes its ticks from d3-time.
 */
export interface TimeScale {
  /** ms (or a Date) -> px. */
  (value: number | Date): number;
  domain(): Date[];
  range(): number[];
  invert(px: number): Date;
  copy(): TimeScale;
  /** Clamping on or off; the layout asks for it off. */
  clamp(clamp: boolean): TimeScale;
}

/**
 * [d0, d1] ms -> [r0, r1] px, unclamped, like `scaleUtc().domain([d0, d1]).range([r0, r1])`; a
 * zero-length domain maps to the middle of the range, as d3's does.
 */
export function linearTimeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const k = span ? (r1 - r0) / span : 0;
  const scale = ((value: number | Date) =>
    span ? r0 + (+value - d0) * k : (r0 + r1) / 2) as TimeScale;
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.invert = (px) => new Date(r1 !== r0 ? d0 + ((px - r0) * span) / (r1 - r0) : d0);
  scale.copy = () => linearTimeScale(domain, range);
  scale.clamp = () => scale;
  return scale;
}
