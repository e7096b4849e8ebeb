/**
 * `policy reload`: checks the policy files, then asks the running gateway (found through the pid file
 * next to its database) to reload them, exactly as SIGHUP does.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config/index.js';
import { loadPolicy, PolicyError } from '../policy/index.js';

export function pidFile(config: Config): string {
  return join(dirname(config.databasePath), 'poortwachter.pid');
}

/** Written by `serve`; removed again on shutdown. */
export function writePidFile(config: Config): () => void {
  const path = pidFile(config);
  writeFileSync(path, String(process.pid));
  return () => rmSync(path, { force: true });
}

export function reloadCommand(config: Config): number {
  try {
    const policy = loadPolicy(config.policyDir);
    console.log(`Beleid is geldig / policy is valid (versie ${policy.version}).`);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    console.error(`${error.message}\nNiet herladen / not reloaded: de gateway houdt het huidige beleid / the gateway keeps its current policy.`);
    return 1;
  }
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile(config), 'utf8'));
    process.kill(pid, 'SIGHUP');
  } catch {
    console.error(`Geen draaiende gateway gevonden via / no running gateway found through ${pidFile(config)}.`);
    return 1;
  }
  console.log(`Gateway (pid ${pid}) herlaadt het beleid / is reloading the policy.`);
  return 0;
}
