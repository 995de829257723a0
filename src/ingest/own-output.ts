// framelens's own reports in an article folder: a class that writes its worksheet next to the
// articles (`report folder --teach --out folder/worksheet.md`) must not read it back as an article
// on the next run.
import { open } from 'node:fs/promises';
import { marksOwnOutput } from '../own-output-marks.js';

/** How much of a file's head and tail is read to tell. */
const HEAD = 2048;
const TAIL = 1024;

/** Whether the file at `path` is a report framelens wrote (only its head and tail are read); false
 *  when it cannot be read (reading it then says why). */
export async function isOwnOutput(path: string): Promise<boolean> {
  let file;
  try {
    file = await open(path, 'r');
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(HEAD, size));
    await file.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(TAIL, size));
    await file.read(tail, 0, tail.length, size - tail.length);
    return marksOwnOutput(head.toString('utf8'), tail.toString('utf8'));
  } catch {
    return false;
  } finally {
    await file?.close();
  }
}
