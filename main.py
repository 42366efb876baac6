"""Start Bedside: sub-commands run headless (bedside/cli/entry.py); no sub-command opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from bedside.cli import launch  # light: the window must not wait for the command line's imports

    if launch.wants_cli(args):
        from bedside.cli import entry as cli

        return cli.run(args)
    from ui.app import run_gui

    return run_gui(launch.gui_options(args))


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # in the bundle a drawing process (ui/printing/draw_process.py) draws, not opens
    sys.exit(main())
