// What waiting for its data saves our element: its first render when it was connected before the
// data came (the tables' measure: it has drawn its empty shell) against the element made, given its
// data and connected in the timed task. In both, ICU was started in the idle time after the library
// defined its elements (`startFormattingWhenIdle`).
import { TimeoutError } from './browser.mjs';
import { loadAndRender } from './measure.mjs';
import { renderMedians } from './stats.mjs';

const WAITING = { page: 'ours.html' };
const MADE_WITH_DATA = { page: 'ours.html?made-with-data' };

async function firstRender(session, variant, count) {
  const { opened, render } = await loadAndRender(session, variant, count);
  await opened.context.close();
  return render;
}

/**
 * Medians of `reps` interleaved pairs of fresh loads at `count` events; `{ count, timeout }` when
 * a load blew its deadline (the browser is relaunched, so the run's other results stand).
 */
export async function waitingAndMadeWithData(session, count, reps = 5) {
  const waiting = [];
  const made = [];
  try {
    for (let rep = 0; rep < reps; rep += 1) {
      waiting.push(await firstRender(session, WAITING, count));
      made.push(await firstRender(session, MADE_WITH_DATA, count));
    }
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    await session.relaunch();
    return { count, reps, timeout: error.message };
  }
  return { count, reps, waiting: renderMedians(waiting), madeWithData: renderMedians(made) };
}
