import type { Context, Next } from 'koa';
import { fieldError, invalidFields } from '../errors';

/**
 * Placed just before `strapi::body` (config/middlewares.ts): a body its parsers cannot read —
 * an upload cut off mid-way, a multipart body without its boundary, broken JSON — is the
 * client's fault and answers 400 naming the body, where formidable's errors came out as 500.
 */
const isParserError = (error: unknown) => {
  if (typeof error !== 'object' || error === null) return false;
  const { httpCode, status, type } = error as {
    httpCode?: unknown;
    status?: unknown;
    type?: unknown;
  };
  // formidable carries `httpCode`; raw-body / co-body carry `status` and a `type`.
  if (typeof httpCode === 'number' && httpCode >= 400 && httpCode < 500 && httpCode !== 413)
    return true;
  // co-body's strict JSON check throws a bare SyntaxError with status 400.
  return (
    status === 400 &&
    ((typeof type === 'string' && /^(entity\.|request\.)/.test(type)) ||
      error instanceof SyntaxError)
  );
};

export default () => async (_ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!isParserError(error)) throw error;
    throw invalidFields([
      fieldError(
        'body',
        'malformedBody',
        '请求内容不完整或格式错误（上传中断？），请重新提交',
        'The request body is incomplete or malformed (an interrupted upload?); send it again',
      ),
    ]);
  }
};
