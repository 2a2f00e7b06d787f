import type { FetchFunction } from "@slack/web-api";

/**
 * Returns `fetch` with a deadline on every call: aborted `timeoutMs` after it began, headers and body alike,
 * so a response_url or Web API endpoint that never answers cannot hold a reply slot for minutes. A caller's
 * own signal still aborts it earlier.
 * @example new App({ clientOptions: { fetch: deadlineFetch(10_000) }, … })
 */
export function deadlineFetch(timeoutMs: number, base: FetchFunction = globalThis.fetch): FetchFunction {
  return (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return base(url, { ...init, signal });
  };
}

/**
 * Whether an error is a deadline set by deadlineFetch (or AbortSignal.timeout) running out.
 * @example isDeadline(new DOMException("…", "TimeoutError")) // true
 */
export function isDeadline(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "TimeoutError" || (error.cause instanceof Error && error.cause.name === "TimeoutError"))
  );
}
