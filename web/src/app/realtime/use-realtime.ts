import type { RealtimeMessage } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { staleKeysFor } from './invalidation-map';

const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps the page live: listens to the organisation's events on `/api/v1/realtime` and marks
 * the affected queries stale, so another person's change shows without a reload. Reconnects
 * with back-off and asks for what it missed (`?since=`).
 */
export function useRealtime(orgId: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!orgId || typeof WebSocket === 'undefined') return;
    let socket: WebSocket | null = null;
    let lastId: string | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let closed = false;

    const connect = () => {
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const since = lastId ? `?since=${encodeURIComponent(lastId)}` : '';
      socket = new WebSocket(`${scheme}://${window.location.host}/api/v1/realtime${since}`);
      socket.onmessage = (message) => {
        const event = JSON.parse(String(message.data)) as RealtimeMessage;
        if (event.type === 'realtime.ready') {
          attempt = 0;
          return;
        }
        if (lastId && Number(event.id) <= Number(lastId)) return;
        lastId = event.id;
        for (const queryKey of staleKeysFor(event.type)) void queryClient.invalidateQueries({ queryKey });
      };
      socket.onclose = () => {
        if (closed) return;
        const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
        attempt += 1;
        timer = setTimeout(connect, delay);
      };
    };
    connect();
    return () => {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close();
    };
  }, [orgId, queryClient]);
}
