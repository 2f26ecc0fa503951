#!/usr/bin/env bash
# Installs the Debian packages mxmoe needs. Idempotent: does nothing (and
# touches no network) when everything is already installed.
set -euo pipefail

PACKAGES=(
  cmake ninja-build ccache g++ python3 make
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  lld-22 clang-22 clang-format-22 libclang-rt-22-dev
  libgtest-dev libboost-context-dev
  libamdhip64-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
