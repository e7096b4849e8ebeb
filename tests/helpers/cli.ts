/** Runs the real CLI (`npm run --silent cli -- ...`) as a child process. */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lastLine: result.stdout.trimEnd().split('\n').at(-1)! };
}

/** Starts `serve` as its own process, exactly as `npm start` does, and resolves once the banner shows its URL. */
export function serveProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise<string>((resolveUrl, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = output.match(/listens on (http:\/\/\S+)/);
      if (match) resolveUrl(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, url, exited, output: () => output };
}
