import { App } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { downloadFile } from '../providers/download';
import type { ApiError } from '../providers/http';

/** `<base>-20261202-0815.<extension>`: downloads of the same file sort by when they were taken. */
export const stampedFileName = (base: string, extension: string) =>
  `${base}-${dayjs().format('YYYYMMDD-HHmm')}.${extension}`;

/**
 * A download with the JWT behind a button: `busy` while it runs, a refusal shown as the server's
 * message (or `failed` when it gave none).
 */
export const useDownload = (failed: string) => {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async (url: string, fileName: string) => {
    setBusy(true);
    try {
      await downloadFile(url, fileName);
    } catch (error) {
      message.error((error as ApiError).message || failed);
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
};
