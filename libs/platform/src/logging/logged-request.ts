/** Query parameters whose values say how a list is paged or sorted, never what was searched. */
const shownParameters = new Set(['range', 'sort', 'groupBy', 'limit', 'format']);

/**
 * A request URL as logged: the path and the parameter names, with the values of every parameter
 * but the paging and sorting ones redacted, since filters and `q` carry search terms (names,
 * document numbers) a user typed.
 */
export function loggedUrl(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const parameters = [...new URLSearchParams(url.slice(start + 1))].map(([name, value]) =>
    shownParameters.has(name)
      ? `${encodeURIComponent(name)}=${encodeURIComponent(value)}`
      : `${encodeURIComponent(name)}=[redacted]`,
  );
  return `${url.slice(0, start)}?${parameters.join('&')}`;
}

interface SerializedRequest {
  readonly url?: string;
  readonly query?: unknown;
  readonly [key: string]: unknown;
}

/** pino-http's request record with its URL redacted and without the parsed query. */
export function loggedRequest(request: SerializedRequest): SerializedRequest {
  const logged = Object.fromEntries(Object.entries(request).filter(([key]) => key !== 'query'));
  return { ...logged, ...(request.url !== undefined && { url: loggedUrl(request.url) }) };
}
