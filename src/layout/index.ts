/**
 * The pure layout layer: data in, positions out. No DOM, no Lit; tested in Node.
 */
export { BAND_LANE, buildEventIndex, compareIndexed, visibleSlice } from './event-index.js';
export type {
  BackgroundBand,
  ChronologicalRun,
  EventIndex,
  EventIndexOptions,
  IndexedEvent,
} from './event-index.js';
export { layoutView } from './view.js';
export type {
  LabelBox,
  ViewCluster,
  ViewEvent,
  ViewItem,
  ViewLayout,
  ViewOptions,
} from './view.js';
export { timeTicks } from './ticks.js';
export type { Tick, TickGranularity, TimeTicks, TimeTicksOptions } from './ticks.js';
export { estimateLabelWidth, fitDomain } from './measure.js';
export { splitBackground } from './background.js';
export type { BackgroundSplit } from './background.js';
export { PACK_LIMIT, packLanes, planLabel, stackedLength } from './packing.js';
export type { LabelPlan, LanePacking, PackOptions } from './packing.js';
export { fitLabelAt, layoutEras, tickLabelsThatFit } from './bands.js';
export type { EraBox, EraInput } from './bands.js';
export {
  IDENTITY_TRANSFORM,
  computeFrame,
  itemKey,
  leadingEvent,
  memoizedFrame,
  transformFor,
  visibleScale,
} from './frame.js';
export type { AxisTransform, Frame, FrameInput, Orientation } from './frame.js';
export { linearTimeScale } from './time-scale.js';
export type { TimeScale } from './time-scale.js';
