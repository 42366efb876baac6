#!/usr/bin/env sh
# Adds Bedside to this user's application menu, pointing at the folder this script sits in.
#   ./install-menu-entry.sh           add (or update after moving the folder)
#   ./install-menu-entry.sh --remove  take it out of the menu again
# Only the menu entry and icon are written (under ~/.local/share); the ward's data is never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$share/applications/bedside.desktop"
icon="$share/icons/hicolor/256x256/apps/bedside.png"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "removed the Bedside menu entry"
  exit 0
fi
if [ ! -x "$here/bedside" ]; then
  echo "install-menu-entry.sh: no bedside program next to this script (in $here)" >&2
  exit 1
fi
case "$here" in
  *[!A-Za-z0-9_./-]*)
    # The Exec key would need quoting rules of its own; keep the path plain.
    echo "install-menu-entry.sh: move the folder to a path without spaces or special characters: $here" >&2
    exit 1
    ;;
esac

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/bedside.png" "$icon"
sed "s|^Exec=.*|Exec=$here/bedside|" "$here/bedside.desktop" >"$entry.part"
mv "$entry.part" "$entry"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$share/applications" || true
fi
echo "added Bedside to the application menu ($entry)"
