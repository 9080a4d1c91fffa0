import { sendMessage } from '../messaging/protocol';

/** Saves text as a file through the browser's download (extension pages only). */
export function downloadText(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

const today = () => new Date().toISOString().slice(0, 10);

/** The full backup (every store, one JSON file), as the options page and the dashboard offer it. */
export async function downloadBackup(): Promise<void> {
  downloadText(`kefu-lens-backup-${today()}.json`, await sendMessage('exportBackup', undefined), 'application/json');
}

/** A CSV made for Excel (`toExcelCsv`), named with today's date. */
export function downloadCsv(name: string, csv: string): void {
  downloadText(`${name}-${today()}.csv`, csv, 'text/csv;charset=utf-8');
}
