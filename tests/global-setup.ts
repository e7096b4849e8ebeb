/**
 * One temporary folder for the whole test run: every test's databases, policy folders and configs are made
 * under it (os.tmpdir() reads TMPDIR, which the test workers and the CLI processes they start inherit), and
 * it is removed when the run ends, so a run leaves nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'poortwachter-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
