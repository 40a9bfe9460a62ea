/**
 * A request body → a JSON value, with the CLI's own messages for bad input: the body must be
 * declared as JSON (a plain form post from another site cannot be), must be UTF-8 and must parse
 * (E_JSON_SYNTAX with line and column). The size limit is enforced before this, by the app.
 */
import type { Context } from 'hono';
import { decodeCardText, parseCardJson } from '../spec/parse-card-json.js';
import { HttpError } from './api-errors.js';

export async function readJsonBody(c: Context, file?: string): Promise<unknown> {
  // Read first (the size limit applies): an unread body would be left in the connection.
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new HttpError(415, 'E_MEDIA_TYPE', {
      zh: `请求体应为 JSON（Content-Type: application/json），收到 ${type || '（无）'}`,
      en: `the body must be JSON (Content-Type: application/json), received ${type || '(none)'}`,
    });
  }
  return parseCardJson(decodeCardText(bytes, file), file);
}
