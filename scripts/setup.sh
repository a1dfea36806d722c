#!/usr/bin/env bash
# Installs what building and testing corroborate needs, idempotently, and says what it does.
#   scripts/setup.sh             the wasm32 target, wasm-pack, npm packages
#   scripts/setup.sh --browsers  also Chromium and ChromeDriver (Debian packages), for the tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

browsers=0
[ "${1:-}" = "--browsers" ] && browsers=1

command -v cargo >/dev/null || { echo "setup: cargo not found; install Rust with rustup (https://rustup.rs) first" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: node not found; install Node.js 20.19 or later first" >&2; exit 1; }

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if command -v wasm-pack >/dev/null; then
  say "wasm-pack: $(wasm-pack --version)"
else
  say "installing wasm-pack from crates.io (about 4 minutes, once)"
  cargo install wasm-pack --locked
fi

# wasm-pack builds the wasm-bindgen CLI matching Cargo.lock on first use (about 7 minutes, once).
bindgen=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
if [ -n "$bindgen" ] && ! ls "$HOME"/.cache/.wasm-pack/wasm-bindgen-*"$bindgen"* >/dev/null 2>&1 \
   && ! { command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q "$bindgen"; }; then
  say "wasm-bindgen $bindgen is not built yet: wasm-pack will build it on its first run (about 7 minutes, once)"
fi

stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ ! package-lock.json -nt "$stamp" ]; then
  say "npm packages: up to date"
else
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ "$browsers" = 1 ]; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "Chromium and ChromeDriver: $(chromium --version 2>/dev/null | head -1)"
  else
    say "installing Chromium and ChromeDriver from Debian (apt-get)"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
    say "installed $(chromium --version 2>/dev/null | head -1)"
  fi
fi
