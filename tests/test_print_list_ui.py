"""The compact ward list from the window: File > Print ward list… previews the chosen ward's list, one row per
patient, and saving it is noted like a handover."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui import sheet_ready
from tests.test_print_ui import DEMO, TODAY, choose_ward, demo_people, pdf_pages, session, window  # noqa: F401
from ui.main_window import MainWindow


def test_print_ward_list_previews_one_row_per_patient_of_the_chosen_ward(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_ward(window, DEMO)
    action = window.printing.list_action
    assert action.isEnabled() and action in window.menuBar().actions()[0].menu().actions()

    action.trigger()

    preview = sheet_ready(qtbot, window.printing.preview)  # read and drawn in workers
    assert preview.isVisible() and preview.printable.kind == "list"
    assert preview.windowTitle() == f"Print preview: Ward list, {DEMO}, {TODAY.isoformat()}"
    text = " ".join(pdf_pages(preview.rendered.pdf))
    people = demo_people(window.store)
    assert preview.page_count() == 1 and text.count("MRN DEMO-") == len(people) > 1
    assert "Ward list · Ward DEMO" in text and "H5-1" not in text
    target = tmp_path / "list.pdf"
    asked: list[str] = []

    def ask(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr("ui.printing.print_and_save.QFileDialog.getSaveFileName", ask)
    preview.save_button.click()

    assert target.read_bytes() == preview.rendered.pdf
    assert asked == [f"bedside-ward-list-{DEMO}-{TODAY.isoformat()}.pdf"]
    event = window.store.events(limit=1)[0]
    assert (event.action, event.entity_id, event.new_value["output"]) == ("handover.print", DEMO, "file")
    preview.reject()
