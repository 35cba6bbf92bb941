#!/usr/bin/env node
'use strict';
// The CLI runs the compiled sources (npm run build); the .vsix ships only the editor bundles.
const { join } = require('node:path');
const { runCli } = require(join(__dirname, '../out/server/src/cli/main.js'));
process.exitCode = runCli(process.argv.slice(2), {
  stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s),
  cwd: process.cwd(), env: process.env, isTTY: !!process.stdout.isTTY,
});
