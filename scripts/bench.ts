// npm run bench: every speed and memory figure the issues ask for, measured in one run.
import { benchBrowser } from './bench-browser';

interface Section {
  title: string;
  run: () => Promise<string[]>;
}

const sections: Section[] = [
  { title: 'Extraction (Node, CLI DOM)', run: async () => (await import('./bench-extract')).benchExtract() },
  { title: 'Classification (Node)', run: async () => (await import('./bench-classify')).benchClassify() },
  { title: 'Store and queue (Node, fake-indexeddb)', run: async () => (await import('./bench-store')).benchStore() },
  { title: 'Content script bundle', run: async () => (await import('./bench-bundle')).benchBundle() },
  { title: 'Chromium', run: benchBrowser },
  { title: 'Huge page (CLI)', run: async () => (await import('./bench-huge')).benchHugePage() },
];

async function main(): Promise<void> {
  let failed = false;
  for (const section of sections) {
    console.log(`\n## ${section.title}`);
    try {
      for (const line of await section.run()) console.log(`- ${line}`);
    } catch (error) {
      failed = true;
      console.log(`- FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
