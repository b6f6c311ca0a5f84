// Getting a plan file ready to send: a file name the API accepts, the size it can take, and the
// bytes as base64 (read with progress, since a large spreadsheet takes a moment).

/**
 * The largest file the API takes: its request limit is 1 MB and base64 makes a file a third
 * larger, so about 700 KB of plan (thousands of rows; a plan is usually a few dozen KB).
 */
export const MAX_UPLOAD_BYTES = 700 * 1024;

export const ACCEPTED_EXTENSIONS = ['.tsv', '.txt', '.csv', '.xlsx', '.md'] as const;

/** The file name with anything but letters, digits, spaces and . _ - ( ) replaced by '-'. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^\w .()-]/g, '-').slice(-200);
  return cleaned.trim() || 'plan.txt';
}

/** What is wrong with a file before it is sent, or null. */
export function checkUpload(file: { name: string; size: number }): string | null {
  const lower = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((e) => lower.endsWith(e))) {
    return `“${file.name}” is not a plan file the importer reads. Use ${ACCEPTED_EXTENSIONS.join(', ')}.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) {
    return `“${file.name}” is ${Math.round(file.size / 1024)} KB; the server takes files up to ${Math.round(MAX_UPLOAD_BYTES / 1024)} KB. Split the plan, or import it with npm run import.`;
  }
  return null;
}

/** The base64 part of a data: URL. */
export function dataUrlToBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}

/** Reads a file as base64, reporting progress from 0 to 1. */
export function readFileAsBase64(
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      onProgress(1);
      resolve(dataUrlToBase64(String(reader.result)));
    };
    reader.readAsDataURL(file);
  });
}
