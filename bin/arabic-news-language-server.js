#!/usr/bin/env node
// The standalone language server for any LSP editor (Neovim, Helix, Emacs, Sublime):
//   arabic-news-language-server --stdio        (or --node-ipc, --socket=<port>)
// It is the same server the VS Code extension starts. Without a transport flag it speaks stdio, which is what
// editors expect of a command.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);

if (args.includes('--version') || args.includes('-v')) {
  console.log(require(path.join(root, 'package.json')).version);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: arabic-news-language-server [--stdio | --node-ipc | --socket=<port>]\n\nThe Arabic News Lint language server. Documentation: docs/editors.md');
  process.exit(0);
}

// The bundle (dist/, what the package ships) or the TypeScript build (out/, during development): the newer one.
const candidates = [path.join(root, 'dist', 'server.js'), path.join(root, 'out', 'server', 'src', 'lsp', 'main.js')]
  .filter(p => fs.existsSync(p))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
if (!candidates.length) {
  console.error('arabic-news-language-server: the server is not built; run `npm run build` (or `npm run bundle`) first.');
  process.exit(2);
}
if (!args.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
  process.argv.push('--stdio');
}
require(candidates[0]);
