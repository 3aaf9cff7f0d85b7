import { AppError, fieldError } from '#platform/errors/app-error.ts';

const SUPPORTED = new Set(Intl.supportedValuesOf('timeZone'));
SUPPORTED.add('UTC');

/** Refuses a time zone that Intl does not know, naming the field. */
export function assertTimeZone(timeZone: string, field = 'timeZone'): void {
  if (!SUPPORTED.has(timeZone)) {
    throw new AppError('validation_failed', { fields: [fieldError(field, 'enum', `Unknown time zone "${timeZone}"`)] });
  }
}

/** Refuses a currency code that Intl does not know. */
export function assertCurrency(currency: string): void {
  if (!Intl.supportedValuesOf('currency').includes(currency)) {
    throw new AppError('validation_failed', {
      fields: [fieldError('currency', 'enum', `Unknown currency "${currency}"`)],
    });
  }
}
