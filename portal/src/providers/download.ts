import { getToken, toApiError } from './http';
import { currentLanguage } from './i18n';

/** Fetches a file with the JWT (an `<a href>` or `<img src>` cannot send it). */
export const fetchBlob = async (url: string): Promise<Blob> => {
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(new URL(url, window.location.href).toString(), { headers });
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw toApiError(response.status, body, response.statusText || 'Error');
  }
  return response.blob();
};

/** Fetches a file with the JWT and saves it as `filename`. */
export const downloadFile = async (url: string, filename: string): Promise<void> => {
  const blob = await fetchBlob(url);
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = filename;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
};
