// Shared loading / error / empty states, so every screen says the same thing the same way.
import { Button, Result, Skeleton } from 'antd';
import { ApiError } from '../api/client.ts';
import { currentLocale, useI18n } from '../i18n/i18n.tsx';
import type { Locale, Translate } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { SERVER_ERROR_CODES } from '../../../src/core/errors/app-error.ts';

const CODE_KEYS: ReadonlySet<string> = new Set(SERVER_ERROR_CODES);

/** The first field a BAD_INPUT answer names (`{field}` or `[{field}]` details), if any. */
function fieldOf(details: unknown): string | undefined {
  const first: unknown = Array.isArray(details) ? details[0] : details;
  const field =
    typeof first === 'object' && first !== null ? (first as { field?: unknown }).field : undefined;
  return typeof field === 'string' && field !== '' ? field : undefined;
}

/**
 * A failure in the UI's language: the server answers a stable `code` with an English message; the code is named
 * from the dictionary (web/src/i18n/messages-errors.ts), and the English UI adds the server's own, more precise
 * words. An unknown code falls back to the server's message.
 */
export function describeError(error: unknown, t: Translate, locale?: Locale): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (!CODE_KEYS.has(error.code)) {
      if (error.status === 403) return t('error.forbidden');
      if (error.status >= 500) return `${t('error.server', { status: error.status })}: ${error.message}`;
      return error.message;
    }
    const named = t(`errorCode.${error.code}` as MessageKey);
    const field = error.code === 'BAD_INPUT' ? fieldOf(error.details) : undefined;
    const english = (locale ?? currentLocale()) === 'en-US' && error.message && error.message !== named;
    const message = english ? t('punct.labelValue', { label: named, value: error.message }) : named;
    return field && !english ? t('errorCode.withField', { message, field }) : message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <Result
      status="error"
      title={t('error.title')}
      subTitle={describeError(error, t, locale)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
    />
  );
}

export function LoadingBlock({ rows = 6 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} />;
}
