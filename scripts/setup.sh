#!/usr/bin/env bash
# Installs what news60 needs on a Debian machine: Chromium (Remotion renders in it), Noto fonts
# (fallbacks for scripts the shipped fonts lack), and for the tests ffmpeg (ffprobe, frames) and
# tesseract (reads the burned-in captions back); then the npm packages from the lock file.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${NEWS60_BROWSER:-}" ] && [ ! -x /usr/lib/chromium/chromium ]; then missing+=(chromium); fi
command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-eng)
for font in fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed' || missing+=("$font")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
