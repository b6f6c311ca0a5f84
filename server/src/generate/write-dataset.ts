// Writes a generated dataset to a folder (creating it; files of an earlier run are replaced).
import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedDataset } from './generate-dataset.js';

export function writeDataset(dataset: GeneratedDataset, dir: string): void {
  for (const [relativePath, content] of dataset.files) {
    const file = path.join(dir, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
