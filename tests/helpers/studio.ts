import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CARDS_DIR } from './cards.js';

/** A temporary working folder with a copy of the sample cards in `cards/` (never the real ones). */
export async function copySampleCards(prefix: string): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), prefix));
  await mkdir(path.join(work, 'cards'));
  await cp(CARDS_DIR, path.join(work, 'cards'), { recursive: true });
  return work;
}

/** The events of a server-sent event stream, parsed until `until` returns true or the time is up. */
export async function readEvents(
  response: Response,
  until: (event: { event: string; data: string }) => boolean,
  timeoutMs: number,
): Promise<Array<{ event: string; data: string }>> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<{ event: string; data: string }> = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), deadline - Date.now()))]);
      if (chunk === 'timeout' || chunk.done) break;
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === undefined || data === undefined) continue;
        events.push({ event, data });
        if (until({ event, data })) return events;
      }
    }
    return events;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
