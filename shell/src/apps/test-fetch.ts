/** A fetch for the unit tests of the providers' files, that answers each URL from `files` (a body, a status, or a promise never settled). */
export function fakeFetch(
  files: Record<string, unknown>,
): typeof fetch & { readonly asked: string[] } {
  const asked: string[] = [];
  const impl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    asked.push(url);
    const file = files[url];
    if (file === 'hang') {
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(init.signal?.reason as Error);
        });
      });
    }
    if (typeof file === 'number') return Promise.resolve(new Response('nope', { status: file }));
    if (file === undefined) return Promise.reject(new TypeError('Failed to fetch'));
    const body = typeof file === 'string' ? file : JSON.stringify(file);
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  return Object.assign(impl, { asked });
}
