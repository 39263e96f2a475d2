/** An API error as the service renders it: `{error: {code, message, details?}}` plus the HTTP status. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Talks JSON to the service's `/v1` API with the signed-in key. */
export class ApiClient {
  constructor(private readonly key: string) {}

  /** GET with query parameters (empty ones left out). */
  get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
      if (v !== undefined && v !== '') params.set(k, String(v));
    const qs = params.toString();
    return this.send<T>('GET', qs ? `${path}?${qs}` : path);
  }

  /** GET a text answer (a CSV export), with query parameters (empty ones left out). */
  async text(path: string, query: Record<string, string | undefined> = {}): Promise<string> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
    const res = await fetch(`${path}?${params}`, {
      headers: { Authorization: `Bearer ${this.key}`, Accept: 'text/csv, application/json' },
    }).catch(() => {
      throw new ApiFailure(0, 'network', 'the service cannot be reached');
    });
    if (res.ok) return res.text();
    const body = (await res.json().catch(() => undefined)) as
      | { error?: { code?: string; message?: string } }
      | undefined;
    throw new ApiFailure(
      res.status,
      body?.error?.code ?? `http_${res.status}`,
      body?.error?.message ?? res.statusText,
    );
  }

  /** POST a JSON body. */
  post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.key}`,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiFailure(0, 'network', 'the service cannot be reached');
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const error = (
        json as { error?: { code?: string; message?: string; details?: unknown } } | undefined
      )?.error;
      throw new ApiFailure(
        res.status,
        error?.code ?? `http_${res.status}`,
        error?.message ?? res.statusText,
        error?.details,
      );
    }
    return json as T;
  }
}
