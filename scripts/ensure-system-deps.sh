#!/usr/bin/env bash
# Make sure the system libraries Qt (PySide6 wheels) needs are installed.
#
#   scripts/ensure-system-deps.sh test           libraries for offscreen Qt (tests, CI), and a PostgreSQL server
#                                                for the ward-server tests (tests/pg_server.py starts its own)
#   scripts/ensure-system-deps.sh run            the above plus X11/xcb libraries for a real window
#   scripts/ensure-system-deps.sh venv [PYTHON]  make sure PYTHON can create a venv (Debian: python3-venv)
#
# Linux only; on any other OS it exits 0. When everything is present it only reads
# `ldconfig -p` once (well under 0.5 s) and prints nothing. When something is missing it
# installs the Debian packages with apt-get as root, or with `sudo -n` when that works
# without a password; otherwise it prints the exact command to run and exits 1.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run | test | venv) ;;
  *)
    echo "usage: $0 run|test|venv [PYTHON]" >&2
    exit 2
    ;;
esac

[ "$(uname -s)" = Linux ] || exit 0

say() { printf 'ensure-system-deps: %s\n' "$*" >&2; }

# Runs a command as root: directly when root, through passwordless sudo otherwise.
# Returns 3 (without running anything) when neither is possible.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 3
  fi
}

can_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  [ "$(id -u)" -eq 0 ] && return 0
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null
}

# apt_install PKG... : installs with apt-get (root or sudo -n), or explains and exits 1.
apt_install() {
  if ! can_install; then
    if command -v apt-get >/dev/null 2>&1; then
      say "missing system packages; install them with:"
      printf '\n    sudo apt-get install -y %s\n\n' "$*" >&2
    else
      say "missing system packages (Debian/Ubuntu names): $*"
      say "install the equivalent packages with your distribution's package manager."
    fi
    exit 1
  fi
  say "installing: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    -o Dpkg::Lock::Timeout=120 --no-install-recommends "$@" >/dev/null
}

# ---- venv mode: python3 -m venv needs ensurepip, which Debian ships as python3-venv ----
if [ "$mode" = venv ]; then
  python=${2:-python3}
  if "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    exit 0
  fi
  ver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  pkg=python3-venv
  # A Python other than Debian's default python3 needs its own versioned package.
  if [ "$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" != "$ver" ]; then
    pkg="python${ver}-venv"
  fi
  say "$python cannot create virtual environments (ensurepip missing)"
  apt_install "$pkg"
  "$python" -c 'import ensurepip, venv' || {
    say "still no ensurepip for $python after installing $pkg"
    exit 1
  }
  exit 0
fi

# ---- test: a PostgreSQL server for the ward-server tests (Debian package postgresql) ----
# The tests start a throwaway server of their own from its binaries (tests/pg_server.py); the cluster the
# package makes for itself is not used. Without one the tests are skipped locally, and fail under CI=true.
pg_binaries() {
  [ -n "${BEDSIDE_PG_BIN:-}" ] && [ -x "$BEDSIDE_PG_BIN/initdb" ] && return 0
  command -v initdb >/dev/null 2>&1 && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}
if [ "$mode" = test ] && ! pg_binaries; then
  if can_install; then
    say "the ward-server tests need a PostgreSQL server"
    apt_install postgresql
    pg_binaries || {
      say "still no PostgreSQL server binaries after installing postgresql"
      exit 1
    }
  else
    say "no PostgreSQL server found: the ward-server tests will be skipped here (and fail under CI=true)."
    say "install it with: sudo apt-get install -y postgresql"
  fi
fi

# ---- run / test: shared libraries the PySide6 wheels load but do not bundle ----
# Each entry is "soname:debian-package".
needs=(
  libGL.so.1:libgl1
  libEGL.so.1:libegl1
  libX11.so.6:libx11-6
  libxkbcommon.so.0:libxkbcommon0
  libfontconfig.so.1:libfontconfig1
  libdbus-1.so.3:libdbus-1-3
  libglib-2.0.so.0:libglib2.0-0
)
if [ "$mode" = run ]; then
  needs+=(
    libxcb-cursor.so.0:libxcb-cursor0
    libxcb-icccm.so.4:libxcb-icccm4
    libxcb-image.so.0:libxcb-image0
    libxcb-keysyms.so.1:libxcb-keysyms1
    libxcb-render-util.so.0:libxcb-render-util0
    libxcb-shape.so.0:libxcb-shape0
    libxcb-xkb.so.1:libxcb-xkb1
    libxkbcommon-x11.so.0:libxkbcommon-x11-0
  )
fi

# Non-root PATHs on Debian often lack /sbin.
ldconfig_bin=$(PATH="$PATH:/sbin:/usr/sbin" command -v ldconfig || true)
if [ -z "$ldconfig_bin" ]; then
  say "no ldconfig on this system; cannot check Qt's libraries, carrying on"
  exit 0
fi

# Only count libraries of this machine's architecture (multiarch systems list i386 ones too).
case "$(uname -m)" in
  x86_64) arch_tag=x86-64 ;;
  aarch64) arch_tag=AArch64 ;;
  *) arch_tag= ;;
esac

declare -A present
load_cache() {
  local soname
  present=()
  while IFS= read -r soname; do
    present[$soname]=1
  done < <("$ldconfig_bin" -p 2>/dev/null |
    awk -v tag="$arch_tag" 'NR > 1 && (tag == "" || index($0, tag)) { print $1 }')
}

missing_pkgs() {
  local entry out=()
  for entry in "${needs[@]}"; do
    [ -n "${present[${entry%%:*}]:-}" ] || out+=("${entry#*:}")
  done
  # The PDF/UI font; checked on Debian-like systems only (elsewhere the path differs).
  if command -v dpkg-query >/dev/null 2>&1 && [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    out+=(fonts-dejavu-core)
  fi
  [ ${#out[@]} -eq 0 ] || printf '%s\n' "${out[@]}" | sort -u | paste -sd ' ' -
}

load_cache
missing=$(missing_pkgs)
[ -n "$missing" ] || exit 0

# shellcheck disable=SC2086 # word splitting of the package list is intended
set -- $missing
say "Qt needs system libraries that are missing ($mode mode)"
apt_install "$@"

load_cache
still=$(missing_pkgs)
if [ -n "$still" ]; then
  say "still missing after install: $still"
  exit 1
fi
say "system libraries for Qt are in place"
