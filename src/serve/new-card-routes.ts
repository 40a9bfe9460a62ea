/**
 * What the studio's 新建卡片 needs beyond the catalogue: the fictional samples shipped with the
 * package (so an empty folder still has something to start from) and an id made from the title
 * as it is typed, the same pinyin id `import` makes, free in this catalogue.
 *   GET /samples            the bundled samples: id, title and spec
 *   GET /new-id?title=…     { id } for a new card of that title
 */
import { Hono } from 'hono';
import { readSampleSpecs } from '../init/init-catalogue.js';
import { freeId } from '../spec/free-id.js';
import { slugFromTitle } from '../text/slug-from-title.js';
import type { CardCatalogue } from './card-catalogue.js';

/** Longest title turned into an id; the id itself is cut at 64 characters anyway. */
const MAX_TITLE_CHARS = 500;

export function createNewCardRoutes(catalogue: CardCatalogue): Hono {
  const routes = new Hono();
  let samples: Promise<Array<{ id: string; title: string; spec: Record<string, unknown> }>> | undefined;

  routes.get('/samples', async (c) => {
    samples ??= readSampleSpecs().then((specs) =>
      [...specs].map(([name, { $schema: _schema, ...spec }]) => ({ id: name.replace(/\.json$/, ''), title: String(spec['title'] ?? ''), spec })),
    );
    return c.json({ samples: await samples }, 200, { 'Cache-Control': 'no-cache' });
  });

  routes.get('/new-id', (c) => {
    const title = (c.req.query('title') ?? '').slice(0, MAX_TITLE_CHARS).trim();
    const taken = new Set(catalogue.list().flatMap((card) => (card.id ? [card.id] : [])));
    return c.json({ id: title === '' ? freeId('new-card', taken) : freeId(slugFromTitle(title), taken) }, 200, { 'Cache-Control': 'no-store' });
  });
  return routes;
}
