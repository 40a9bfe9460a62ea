/**
 * Live reload over server-sent events: `GET /api/events` stays open and receives a `catalogue`
 * event whenever a spec, template, theme or config file changes, so open pages update without
 * polling. A comment line every 20 s keeps idle connections from being cut by proxies.
 */
import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';

export interface LiveReloadEvent {
  event: string;
  data: unknown;
}

export class LiveReload {
  readonly #streams = new Set<SSEStreamingApi>();
  readonly #closers = new Set<() => void>();
  #closed = false;

  get clients(): number {
    return this.#streams.size;
  }

  /** The response of `GET /api/events`; `hello` carries the current version so a client can catch up. */
  respond(c: Context, hello: unknown): Response {
    return streamSSE(c, async (stream) => {
      if (this.#closed) return;
      this.#streams.add(stream);
      let stop: () => void = () => undefined;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      this.#closers.add(stop);
      stream.onAbort(stop);
      const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n').catch(stop), 20_000);
      try {
        await stream.writeSSE({ event: 'hello', data: JSON.stringify(hello), retry: 1000 });
        await stopped;
      } finally {
        clearInterval(heartbeat);
        this.#streams.delete(stream);
        this.#closers.delete(stop);
      }
    });
  }

  broadcast(event: string, data: unknown): void {
    const payload = JSON.stringify(data);
    for (const stream of this.#streams) {
      stream.writeSSE({ event, data: payload }).catch(() => this.#streams.delete(stream));
    }
  }

  /** End every open stream (when the server stops). */
  close(): void {
    this.#closed = true;
    for (const stop of this.#closers) stop();
  }
}
