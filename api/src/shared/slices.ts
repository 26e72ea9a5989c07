/** Work between two pauses of a background build: short next to the 100 ms a read may wait. */
export const SLICE_MS = 10;

/**
 * For work done in the background while requests go on: `await pause()` after each small piece
 * gives way to waiting requests (`setImmediate`) once a slice of `ms` has run, and costs nothing
 * otherwise. Pausing only per slice matters: under load every pause waits behind the requests that
 * queued meanwhile, so a pause per piece made a small catalogue's build take seconds.
 */
export function slicer(ms = SLICE_MS): () => Promise<void> | undefined {
  let start = performance.now();
  return () => {
    if (performance.now() - start < ms) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        start = performance.now();
        resolve();
      }),
    );
  };
}
