/**
 * A module imported on the first call and shared by the later ones. A failed import (a page gone
 * offline) is forgotten, so the next call tries again.
 */
export function loadOnce(load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
