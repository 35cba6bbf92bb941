#!/usr/bin/env node
'use strict';
// Prefer the bundled CLI of the installed package; fall back to the compiled sources in a checkout.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundled = join(__dirname, '../dist/cli.js');
const { runCli } = require(existsSync(bundled) ? bundled : join(__dirname, '../out/server/src/cli/main.js'));
process.exitCode = runCli(process.argv.slice(2), {
  stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s),
  cwd: process.cwd(), env: process.env, isTTY: !!process.stdout.isTTY,
});
