// Save generated text as a file: a Blob, an object URL and a clicked <a download>.

export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `threadsift-open-questions-2024-05-01.csv` */
export function datedFilename(stem: string, extension: string, now = new Date()): string {
  return `threadsift-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
