"""Start Bedside: sub-commands run headless (bedside/cli.py); no sub-command opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from bedside import cli

    if cli.wants_cli(args):
        return cli.run(args)
    from ui.app import run_gui

    return run_gui(cli.gui_options(args))


if __name__ == "__main__":
    sys.exit(main())
