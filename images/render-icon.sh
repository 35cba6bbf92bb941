#!/usr/bin/env bash
# Renders icon.svg to the 128×128 icon.png the manifest points at. Needs Debian's chromium and fonts-noto-core.
# Headless chromium will not make a window as short as 128 px, so it renders 128×300 and the top 128 rows are kept.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<!doctype html><html><body style="margin:0;background:transparent">%s</body></html>' "$(cat icon.svg)" > "$tmp/icon.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
  --default-background-color=00000000 --window-size=128,300 --screenshot="$tmp/tall.png" "file://$tmp/icon.html" >/dev/null 2>&1
node - "$tmp/tall.png" icon.png 128 <<'JS'
// Keep the first N rows of a non-interlaced 8-bit RGBA PNG. PNG filters only look at the row above, so the filtered
// rows can be kept as they are.
const fs = require('node:fs'), zlib = require('node:zlib');
const [src, dst, rowsArg] = process.argv.slice(2);
const png = fs.readFileSync(src);
let off = 8, ihdr, idat = [];
while (off < png.length) {
  const len = png.readUInt32BE(off), type = png.toString('latin1', off + 4, off + 8), data = png.subarray(off + 8, off + 8 + len);
  if (type === 'IHDR') ihdr = Buffer.from(data);
  if (type === 'IDAT') idat.push(data);
  off += 12 + len;
}
const width = ihdr.readUInt32BE(0), rows = Number(rowsArg);
if (ihdr[8] !== 8 || ihdr[9] !== 6 || ihdr[12] !== 0) throw new Error('expected 8-bit RGBA, not interlaced');
const raw = zlib.inflateSync(Buffer.concat(idat)).subarray(0, rows * (1 + width * 4));
ihdr.writeUInt32BE(rows, 4);
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = b => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const t = Buffer.from(type, 'latin1'), l = Buffer.alloc(4), c = Buffer.alloc(4); l.writeUInt32BE(data.length); c.writeUInt32BE(crc(Buffer.concat([t, data]))); return Buffer.concat([l, t, data, c]); };
fs.writeFileSync(dst, Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
JS
echo "icon.png: $(stat -c%s icon.png) bytes"
