"""Start Bedside: sub-commands run headless (bedside/cli.py); no sub-command opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from bedside import launch  # light: the window must not wait for the command line's imports

    if launch.wants_cli(args):
        from bedside import cli

        return cli.run(args)
    from ui.app import run_gui

    return run_gui(launch.gui_options(args))


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle: a drawing process (ui/draw_process.py) runs its task, not the app
    sys.exit(main())
