// What the sandbox gateways' answers have in common.

/** A JSON answer (no body for 204). */
export const jsonResponse = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : body, {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A forged answer: the signed text changed afterwards (an amount, a URL, a status). */
export const tamper = (text: string) =>
  text.replace(/"(code|msg|status|code_url|qr_code)":"/, '"$1":"X');
