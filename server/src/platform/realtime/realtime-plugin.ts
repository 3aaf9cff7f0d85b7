import websocket from '@fastify/websocket';
import type { RealtimeMessage } from '@meridian/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { WebSocket } from 'ws';
import type { Database } from '#db/client.ts';
import type { AuthState } from '#platform/auth/authenticate.ts';
import type { OutboxFanOut } from '#platform/outbox/fan-out.ts';
import { type FeedEvent, listOrgEventsAfter } from '#platform/outbox/feed.ts';
import { canReceive, type Subscriber } from './audience.ts';

type Client = { socket: WebSocket; subscriber: Subscriber; request: FastifyRequest };

const REVALIDATE_MS = 30_000;
const CATCH_UP_LIMIT = 500;

function toMessage(event: FeedEvent): RealtimeMessage {
  return { id: String(event.seq), type: event.type, at: event.createdAt.toISOString(), payload: event.payload };
}

/**
 * `/api/v1/realtime`: a WebSocket that receives the organisation's events as they commit on
 * any instance. `?since=<id>` replays what was missed while disconnected.
 */
export const realtimePlugin = fp<{
  database: Database;
  fanOut: OutboxFanOut;
  reauthenticate: (request: FastifyRequest) => Promise<AuthState | null>;
}>(async (app: FastifyInstance, deps) => {
  await app.register(websocket, { options: { maxPayload: 4096 } });
  const clients = new Set<Client>();

  const unsubscribe = deps.fanOut.subscribe((event) => {
    for (const client of clients) {
      if (canReceive(client.subscriber, event)) client.socket.send(JSON.stringify(toMessage(event)));
    }
  });

  // A revoked session or a deactivated member loses the socket within this interval.
  const revalidate = setInterval(async () => {
    for (const client of clients) {
      const auth = await deps.reauthenticate(client.request).catch(() => null);
      if (!auth || auth.orgId !== client.subscriber.orgId) client.socket.close(4401, 'session ended');
    }
  }, REVALIDATE_MS);
  revalidate.unref();

  // A refused upgrade (401/403) would otherwise keep its socket open after the answer.
  app.addHook('onResponse', async (request, reply) => {
    if (request.headers.upgrade && reply.statusCode >= 400) request.raw.socket.destroy();
  });

  app.addHook('onClose', async () => {
    clearInterval(revalidate);
    unsubscribe();
    for (const client of clients) client.socket.close(1001, 'server shutting down');
  });

  app.get(
    '/api/v1/realtime',
    {
      websocket: true,
      config: { access: 'member' },
      schema: { hide: true },
    },
    async (socket, request) => {
      const auth = request.auth!;
      const subscriber: Subscriber = { orgId: auth.orgId!, userId: auth.userId, role: auth.role! };
      const client: Client = { socket, subscriber, request };
      socket.on('close', () => clients.delete(client));
      socket.on('message', (data) => {
        if (String(data) === 'ping') socket.send('pong');
      });
      // Live events flow from now on; the catch-up may repeat one of them, and ids let clients drop repeats.
      clients.add(client);
      const since = Number((request.query as { since?: string }).since);
      if (Number.isSafeInteger(since) && since >= 0) {
        const missed = await listOrgEventsAfter(deps.database.db, subscriber.orgId, since, CATCH_UP_LIMIT);
        for (const event of missed) if (canReceive(subscriber, event)) socket.send(JSON.stringify(toMessage(event)));
      }
      socket.send(JSON.stringify({ id: '0', type: 'realtime.ready', at: new Date().toISOString(), payload: {} }));
    },
  );
});
