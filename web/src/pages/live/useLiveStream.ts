// The live event stream (GET /api/live/alerts/stream, server-sent events) for the wall. EventSource reconnects on
// its own only for some failures and at a fixed pace; a wall left open on a team leader's screen all shift needs
// to come back after a server restart or a proxy cut, so the stream is closed on error and reopened with an
// exponential backoff (1 s … 30 s). `onOpen` runs on every (re)connection, so the page can reload what it missed.
import { useEffect, useRef, useState } from 'react';
import type { Alert, CallEvent, LineEvent } from './wall-state.ts';

export type StreamStatus = 'connecting' | 'open' | 'retrying';

export interface StreamHandlers {
  onOpen: () => void;
  onLine: (e: LineEvent) => void;
  onCall: (e: CallEvent) => void;
  onAlert: (a: Alert) => void;
}

const STREAM_URL = '/api/live/alerts/stream';
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

export function useLiveStream(handlers: StreamHandlers): { status: StreamStatus; retryInMs: number } {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [retryInMs, setRetryInMs] = useState(0);
  // the latest handlers, without reopening the stream when the page re-renders
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: number | undefined;
    let delay = FIRST_RETRY_MS;
    let stopped = false;
    const parse = <T>(e: Event): T | null => {
      try {
        return JSON.parse((e as MessageEvent<string>).data) as T;
      } catch {
        return null; // a malformed event is skipped; the next reload corrects the wall
      }
    };
    const connect = () => {
      if (stopped) return;
      setStatus('connecting');
      const es = new EventSource(STREAM_URL, { withCredentials: true });
      source = es;
      es.onopen = () => {
        delay = FIRST_RETRY_MS;
        setStatus('open');
        ref.current.onOpen();
      };
      es.addEventListener('line', (e) => {
        const d = parse<LineEvent>(e);
        if (d) ref.current.onLine(d);
      });
      es.addEventListener('call', (e) => {
        const d = parse<CallEvent>(e);
        if (d) ref.current.onCall(d);
      });
      es.addEventListener('alert', (e) => {
        const d = parse<Alert>(e);
        if (d) ref.current.onAlert(d);
      });
      es.onerror = () => {
        es.close();
        if (stopped) return;
        setStatus('retrying');
        setRetryInMs(delay);
        timer = window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      source?.close();
    };
  }, []);

  return { status, retryInMs };
}
