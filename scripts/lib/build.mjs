import { spawnSync } from 'node:child_process';

/** Runs a command in the project, streaming its output; exits the process when it fails. */
export function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${command} ${args.join(' ')} (${seconds} s)\n`);
}
