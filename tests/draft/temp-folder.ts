import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the system temp folder, and a way to write files into it. */
export async function tempFolder(): Promise<{ folder: string; write: (name: string, bytes: Uint8Array | string) => Promise<string> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-draft-'));
  return {
    folder,
    write: async (name, bytes) => {
      const file = path.join(folder, name);
      await writeFile(file, bytes);
      return file;
    },
  };
}
