import { spawn } from 'node:child_process';

/** The outcome of a command: its exit code and everything it printed. */
export interface CommandResult {
  code: number;
  output: string;
}

/**
 * Runs a command with inherited environment, echoing its output live (so CI logs show
 * progress) while keeping a copy for the caller to parse.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; quiet?: boolean; cwd?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      output += chunk.toString();
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      collect(chunk, process.stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      collect(chunk, process.stderr);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? 1, output });
    });
  });
}
