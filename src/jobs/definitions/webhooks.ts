// Webhook delivery (notifications' twin for other systems): `dispatch-webhooks` hands every outbox row
// (webhook_deliveries, written with the event's command, src/notify/events.ts) to `deliver-webhook`, which POSTs
// the signed JSON body once per attempt and lets the queue retry a failure with back-off. Delivery is at least
// once: receivers dedupe by the X-Zhijian-Delivery header (docs/webhooks.md).
import { z } from 'zod';
import type { WebhookBody } from '../../notify/events.ts';
import { formatFromUrl, presetAnswerError, presetRequest } from '../../notify/presets.ts';
import {
  getWebhookDelivery,
  getWebhookSubscription,
  markDeliveriesEnqueued,
  recordDeliveryAttempt,
  unenqueuedDeliveries,
} from '../../store/index.ts';
import { defineJob, type RetryPolicy } from '../define.ts';

export const DELIVERY_RETRY: RetryPolicy = { limit: 5, delaySeconds: 30, backoff: true };
/** A receiver that does not answer within this time counts as failed for the attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export class WebhookDeliveryError extends Error {
  constructor(
    message: string,
    readonly deliveryId: number,
  ) {
    super(message);
    this.name = 'WebhookDeliveryError';
  }
}

export const deliverWebhookJob = defineJob({
  id: 'deliver-webhook',
  payload: z.object({ deliveryId: z.number().int().positive() }).strict(),
  retry: DELIVERY_RETRY,
  expireInSeconds: 60,
  async handler({ deliveryId }, { store }) {
    const d = await getWebhookDelivery(store, deliveryId);
    if (!d || d.status !== 'pending') return; // delivered already, or given up on
    const sub = await getWebhookSubscription(store, d.subscriptionId);
    const now = new Date();
    if (!sub || !sub.active) {
      await recordDeliveryAttempt(store, d.id, {
        status: 'failed',
        statusCode: null,
        error: 'subscription inactive',
        at: now,
      });
      return;
    }
    // The preset (zhijian JSON, or a 企业微信 / 钉钉 / 飞书 robot message) is rendered and signed per attempt, so a
    // retry carries a fresh timestamp; the stored payload stays the event as it was (src/notify/presets.ts).
    const format = formatFromUrl(sub.url);
    const req = presetRequest({
      format,
      url: sub.url,
      secret: sub.secret,
      body: d.payload as unknown as WebhookBody,
      deliveryId: d.id,
      now,
      publicUrl: process.env.ZHIJIAN_PUBLIC_URL,
    });
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(req.url, {
        method: 'POST',
        headers: req.headers,
        body: req.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      statusCode = res.status;
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel();
        error = `HTTP ${res.status}`;
      } else if (format === 'zhijian') await res.body?.cancel();
      else error = presetAnswerError(format, (await res.text()).slice(0, 4096));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (error === null) {
      await recordDeliveryAttempt(store, d.id, { status: 'delivered', statusCode, error: null, at: now });
      return;
    }
    // The first attempt plus `limit` retries; after the last one the delivery stays failed (an admin may retry).
    const lastAttempt = d.attempts + 1 >= DELIVERY_RETRY.limit + 1;
    await recordDeliveryAttempt(store, d.id, {
      status: lastAttempt ? 'failed' : 'pending',
      statusCode,
      error,
      at: now,
    });
    throw new WebhookDeliveryError(`webhook delivery ${d.id} to ${sub.url}: ${error}`, d.id);
  },
});

export const dispatchWebhooksJob = defineJob({
  id: 'dispatch-webhooks',
  payload: z.object({}).strict(),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 5 * 60,
  // One queued dispatch at a time: commands kick it after every event, the schedule sweeps once a minute.
  policy: 'short',
  async handler(_payload, { store, queue }) {
    for (;;) {
      const ids = await unenqueuedDeliveries(store, 200);
      if (ids.length === 0) return;
      for (const deliveryId of ids) await queue.send(deliverWebhookJob, { deliveryId });
      await markDeliveriesEnqueued(store, ids, new Date());
    }
  },
});
