import { currentLanguage } from './i18n';

/** localStorage key of the Strapi JWT. */
export const JWT_KEY = 'pvis.jwt';

export const getToken = (): string | null => {
  try {
    return window.localStorage.getItem(JWT_KEY);
  } catch {
    return null;
  }
};

export const setToken = (token: string | null): void => {
  if (token) window.localStorage.setItem(JWT_KEY, token);
  else window.localStorage.removeItem(JWT_KEY);
};

/** One field error as our cms sends it (custom endpoints add `code`, `zh`, `en`). */
export interface StrapiFieldError {
  path?: (string | number)[];
  message?: string;
  name?: string;
  code?: string;
  zh?: string;
  en?: string;
}

/** The Strapi 5 error envelope. */
export interface StrapiErrorBody {
  data?: null;
  error?: {
    status?: number;
    name?: string;
    message?: string;
    details?: {
      errors?: StrapiFieldError[];
      code?: string;
      zh?: string;
      en?: string;
      retryAfter?: number;
    };
  };
}

/** Shape-compatible with Refine's `HttpError`. */
export interface ApiError extends Error {
  statusCode: number;
  errors?: Record<string, string>;
  code?: string;
  /** 429: seconds until the server accepts the request again. */
  retryAfter?: number;
}

const pickLocalized = (source: {
  message?: string;
  zh?: string;
  en?: string;
}): string | undefined => {
  const localized = currentLanguage().startsWith('zh') ? source.zh : source.en;
  return localized || source.message || source.zh || source.en;
};

/** Turns a Strapi error response into an `HttpError` with per-field messages in the UI language. */
export const toApiError = (status: number, body: unknown, fallback: string): ApiError => {
  const error = (body as StrapiErrorBody | null)?.error;
  const details = error?.details;
  const fieldErrors: Record<string, string> = {};
  for (const item of details?.errors ?? []) {
    const message = pickLocalized(item);
    const key = (item.path ?? []).join('.');
    if (!message || !key || fieldErrors[key]) continue;
    fieldErrors[key] = message;
  }
  const message =
    (details && (details.zh || details.en) ? pickLocalized(details) : undefined) ??
    error?.message ??
    fallback;
  const apiError = new Error(message) as ApiError;
  apiError.name = error?.name ?? 'HttpError';
  apiError.statusCode = error?.status ?? status;
  if (Object.keys(fieldErrors).length > 0) apiError.errors = fieldErrors;
  if (details?.code) apiError.code = details.code;
  if (typeof details?.retryAfter === 'number') apiError.retryAfter = details.retryAfter;
  return apiError;
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the JWT (default true). */
  auth?: boolean;
}

/**
 * fetch wrapper for the cms: adds `Authorization: Bearer`, `Accept-Language`, JSON body;
 * resolves with the parsed JSON (or `null` for an empty body), rejects with an `ApiError`.
 */
export const request = async <T = unknown>(
  url: string,
  options: RequestOptions = {},
): Promise<T> => {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  const token = options.auth === false ? null : getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    // Absolute against the page, so the same code runs under jsdom (Node's fetch needs it).
    const target = new URL(url, window.location.href).toString();
    response = await fetch(target, { method: options.method ?? 'GET', headers, body });
  } catch (cause) {
    const error = new Error(cause instanceof Error ? cause.message : 'Network error') as ApiError;
    error.statusCode = 0;
    throw error;
  }
  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!response.ok) throw toApiError(response.status, json, response.statusText || 'Error');
  return json as T;
};
