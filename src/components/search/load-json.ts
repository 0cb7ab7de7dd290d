const loaded = new Map<string, Promise<unknown>>();

/** Fetches a JSON file of this site once per page; later calls share the first request. */
export function loadJson<T>(url: string): Promise<T> {
  let request = loaded.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
      return response.json() as Promise<unknown>;
    });
    loaded.set(url, request);
  }
  return request as Promise<T>;
}
