#!/usr/bin/env bash
# Tries the Linux bundle as a new user would: unpack the tarball into a fresh folder, then use it.
#
#   bash packaging/check_bundle.sh [TARBALL]      (make package-check; default: this version's tarball in dist/)
#   SCREENSHOT=/tmp/bundle.png bash packaging/check_bundle.sh   also saves the real window under Xvfb
#
# Checks: --version; the shipped protocols load; the example patients import into a throwaway database; a
# headless handover export is a PDF with the patients in it; the menu entry installs; the window starts
# offscreen (Qt's plugins load) and, when xvfb-run is installed, shows a real X11 window.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/bedside/__init__.py")
tarball=$(realpath -m "${1:-$root/dist/bedside-$version-linux-$(uname -m).tar.gz}")
screenshot=${SCREENSHOT:+$(realpath -m "$SCREENSHOT")}
[ -f "$tarball" ] || {
  echo "check_bundle: no $tarball (make package builds it)" >&2
  exit 1
}

fail() {
  echo "check_bundle: FAILED: $*" >&2
  exit 1
}
ok() { echo "check_bundle: ok: $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bedside-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
app="$work/bedside-$version"
bin="$app/bedside"
[ -x "$bin" ] || fail "the tarball has no bedside-$version/bedside"
ok "unpacked $(basename "$tarball") into a fresh folder ($(du -sb "$app" | awk '{printf "%.0f", $1 / 1e6}') MB)"

# A brand-new user: an empty home, no settings, no database, and nothing from this checkout or its venv.
export HOME="$work/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
unset BEDSIDE_DB PYTHONPATH PYTHONHOME VIRTUAL_ENV QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH QT_QPA_PLATFORM
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mkdir -p "$HOME"
cd "$work"
db="$work/ward.sqlite3"

[ "$("$bin" --version)" = "bedside $version" ] || fail "--version printed '$("$bin" --version)'"
ok "bedside --version: bedside $version"

protocols=$("$bin" protocol list) || fail "protocol list"
[ "$(grep -c . <<<"$protocols")" -eq "$(find "$root/resources/protocols" -name '*.toml' | wc -l)" ] ||
  fail "protocol list shows $(grep -c . <<<"$protocols") protocols: $protocols"
ok "the $(grep -c . <<<"$protocols") shipped protocols load"

"$bin" --db "$db" --user CHK import "$root"/tests/data/example-*.json >/dev/null || fail "import of the examples"
"$bin" --db "$db" --user CHK handover --ward H5 --out "$work/handover.pdf" 2>"$work/handover.log" ||
  fail "handover export: $(cat "$work/handover.log")"
[ "$(head -c 5 "$work/handover.pdf")" = "%PDF-" ] || fail "handover.pdf does not start with %PDF-"
if command -v pdftotext >/dev/null 2>&1; then
  # The name has markup-like text: it must print literally, in the shipped font.
  # Read the whole text first: grep -q stops early, and with pipefail pdftotext's broken pipe would fail the check.
  text=$(pdftotext "$work/handover.pdf" -)
  grep -qF "O'Brien & <b>Kelly</b>" <<<"$text" || fail "handover.pdf lacks the patient's name"
  pdffonts "$work/handover.pdf" 2>/dev/null | grep -q DejaVuSans || fail "handover.pdf does not use the shipped font"
fi
ok "headless handover export: $(grep -o '([0-9]* pages\?)' "$work/handover.log"), $(stat -c %s "$work/handover.pdf") bytes"

"$bin" --db "$db" --user CHK export --format fhir --mrn BX-100231 --out "$work/course.fhir.json" 2>/dev/null ||
  fail "FHIR export"
grep -q '"resourceType": "Bundle"' "$work/course.fhir.json" || fail "course.fhir.json is not a FHIR Bundle"
"$bin" --db "$db" --user CHK labs import "$root"/tests/data/labs/oru-r01.hl7 --mapping hl7v2-loinc --dry-run \
  >"$work/labs.log" || fail "lab import preview: $(cat "$work/labs.log")"
grep -q "2 ready" "$work/labs.log" || fail "lab import preview: $(tail -1 "$work/labs.log")"
ok "FHIR export ($(stat -c %s "$work/course.fhir.json") bytes) and HL7 lab preview"

"$app/install-menu-entry.sh" >/dev/null
grep -qx "Exec=$bin" "$XDG_DATA_HOME/applications/bedside.desktop" || fail "menu entry does not point at $bin"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$XDG_DATA_HOME/applications/bedside.desktop" || fail "menu entry is not valid"
fi
ok "menu entry installs"

# The window: still running after a few seconds means Qt loaded its platform plugin and opened the first dialog.
window_log="$work/window.log"
rc=0
QT_QPA_PLATFORM=offscreen timeout 4 "$bin" --db "$db" >"$window_log" 2>&1 || rc=$?
if [ "$rc" -ne 124 ] || grep -Eq "Traceback|Could not (load|find) the Qt platform plugin" "$window_log"; then
  fail "offscreen window (exit $rc): $(cat "$window_log")"
fi
ok "the window starts offscreen"

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "check_bundle: skipped the X11 window: no xvfb-run (apt-get install xvfb xauth xdotool)"
  exit 0
fi
# Under a real X server, wait for a visible top-level window (the notice or sign-in) and optionally screenshot it.
cat >"$work/x11.sh" <<'EOF'
set -u
"$BIN" --db "$DB" >"$LOG" 2>&1 &
pid=$!
for _ in $(seq 1 40); do
  sleep 0.25
  kill -0 "$pid" 2>/dev/null || { echo "exited early"; exit 1; }
  if command -v xdotool >/dev/null 2>&1; then
    xdotool search --onlyvisible --name Bedside >/dev/null 2>&1 && break
  fi
done
sleep 1
if [ -n "$SHOT" ]; then import -window root "$SHOT"; fi
name=$(xdotool search --onlyvisible --name Bedside getwindowname 2>/dev/null | head -n 1) || name=""
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "window: ${name:-none}"
EOF
out=$(BIN="$bin" DB="$db" LOG="$window_log" SHOT="$screenshot" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/x11.sh") || fail "X11 window: $out $(cat "$window_log")"
grep -Eq "Traceback|Could not (load|find) the Qt platform plugin" "$window_log" && fail "X11 window: $(cat "$window_log")"
if command -v xdotool >/dev/null 2>&1; then
  [ "$out" != "window: none" ] || fail "no Bedside window appeared under Xvfb: $(cat "$window_log")"
fi
ok "the window shows under Xvfb ($out)${screenshot:+, screenshot in $screenshot}"
