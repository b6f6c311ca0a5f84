// Saves text or a blob as a file through a temporary link: the one place the client downloads.

/** Starts a download of `content` named `fileName`. */
export function downloadFile(
  fileName: string,
  content: Blob | string,
  mediaType = 'text/plain',
): void {
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: `${mediaType};charset=utf-8` })
      : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: lower case, dashes, with the date, e.g. raci-matrix-2024-05-01.csv. */
export function fileNameFor(title: string, extension: string, today = new Date()): string {
  const slug = title
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'export'}-${today.toISOString().slice(0, 10)}.${extension}`;
}
