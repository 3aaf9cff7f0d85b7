import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built web app, with index.html for every client-side route outside /api. */
export const webAppPlugin = fp<{ webDist: string | null }>(async (app: FastifyInstance, { webDist }) => {
  if (!webDist || !existsSync(path.join(webDist, 'index.html'))) {
    app.log.warn({ webDist }, 'web app not built: only the API is served (run npm run build)');
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h', immutable: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/')) return reply.callNotFound();
    const file = path.join(webDist, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (url !== '/' && file.startsWith(webDist) && statSync(file, { throwIfNoEntry: false })?.isFile()) {
      const cacheable = url.startsWith('/assets/');
      reply.header('cache-control', cacheable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(path.relative(webDist, file));
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
});
