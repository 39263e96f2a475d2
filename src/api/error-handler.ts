import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError, type AppErrorKind } from '../app/app-error.js';
import type { MessageParams } from '../messages/render-message.js';
import { StoreConflictError, StoreUnavailableError } from '../store/store-errors.js';
import { ApiError } from './api-error.js';
import type { ApiEnv } from './env.js';
import { type ErrorBody, errorBody } from './error-body.js';
import { localisedJson, readerOf } from './localise.js';
import { fieldsOf } from './validation-hook.js';

/** The statuses an error answer has. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;
type Status = ErrorStatus;

/** The HTTP status of each kind of use-case error: the one place the API decides it. */
export const STATUS_OF_KIND: Record<AppErrorKind, Status> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  guard_denied: 403,
  unavailable: 503,
};

/**
 * Turns any thrown error into the standard `{error:{code,message,params?,details?}}` answer; the
 * localise middleware words `message` for the reader when the catalogue has the code.
 */
export const renderError: ErrorHandler<ApiEnv> = (err, c) => {
  const { status, code, message, details, params, headers } = classify(
    err,
    c.req.header('content-type'),
  );
  if (status >= 500) {
    c.get('log')?.error({ err, code }, 'request failed');
  }
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  return errorAnswer(
    c,
    errorBody(code, message, { details, ...(params ? { params } : {}) }),
    status,
  );
};

/** Unknown routes answer 404 in the same error shape. */
export const renderNotFound: NotFoundHandler<ApiEnv> = (c: Context<ApiEnv>) =>
  errorAnswer(
    c,
    errorBody('route_not_found', `no route for ${c.req.method} ${c.req.path}`, {
      params: { method: c.req.method, path: c.req.path },
    }),
    404,
  );

/**
 * An error answer, worded for the reader: under `/v1` the localise middleware words every JSON
 * answer; elsewhere (a probe, a path outside `/v1`) the error is worded here, once the request's
 * context is set.
 * @example return errorAnswer(c, errorBody('store_unavailable', 'the graph store is unavailable', { params: {} }), 503)
 */
export function errorAnswer(c: Context<ApiEnv>, body: ErrorBody, status: ErrorStatus): Response {
  if (c.get('reader') !== undefined || c.get('deps') === undefined) return c.json(body, status);
  const reader = readerOf(c);
  c.header('Content-Language', reader.lang);
  c.header('Vary', 'Accept-Language', { append: true });
  return c.json(localisedJson(body, reader) as ErrorBody, status);
}

/** The media type a request declared (no parameters, at most 100 characters), or `none`. */
function mediaTypeOf(contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase().slice(0, 100);
  return type ? type : 'none';
}

function classify(
  err: unknown,
  contentType: string | undefined,
): {
  status: Status;
  code: string;
  message: string;
  details?: unknown;
  params?: MessageParams;
  headers: Record<string, string>;
} {
  if (err instanceof ApiError)
    return {
      status: err.status,
      code: err.code,
      message: err.message,
      details: err.details,
      ...(err.params ? { params: err.params } : {}),
      headers: err.headers,
    };
  if (err instanceof AppError)
    return {
      status: STATUS_OF_KIND[err.kind],
      code: err.code,
      message: err.message,
      details: err.details,
      ...(err.params ? { params: err.params } : {}),
      headers: {},
    };
  if (err instanceof StoreUnavailableError) {
    return {
      status: 503,
      code: 'store_unavailable',
      message: 'the graph store is unavailable; nothing was changed or sent',
      headers: { 'Retry-After': '5' },
    };
  }
  if (err instanceof StoreConflictError)
    return {
      status: 409,
      code: 'conflict',
      message: err.message,
      // The store's text names its constraint, for logs; the reader is told what it means.
      params: {},
      headers: {},
    };
  if (err instanceof ZodError)
    return {
      status: 400,
      code: 'invalid_input',
      message: 'the input is invalid',
      params: { target: 'input', fields: fieldsOf(err.issues) },
      details: err.issues,
      headers: {},
    };
  if (err instanceof HTTPException) {
    const status = err.status as Status;
    const code =
      status === 413 ? 'body_too_large' : status === 400 ? 'bad_request' : `http_${status}`;
    // Hono's own exceptions carry English only: a malformed JSON body is worded by the catalogue,
    // any other text is passed on as the detail.
    const message = err.message || 'request rejected';
    const kind = /^Malformed JSON/.test(message) ? 'malformed_json' : 'other';
    // A body of a media type the route does not declare (the OpenAPI layer's gate) names the type sent.
    const params =
      status === 413
        ? { maxBytes: 'unknown' }
        : status === 415
          ? { contentType: mediaTypeOf(contentType) }
          : { kind, detail: message };
    return { status, code, message, params, headers: {} };
  }
  return {
    status: 500,
    code: 'internal_error',
    message: 'an unexpected error occurred; it has been logged',
    headers: {},
  };
}
