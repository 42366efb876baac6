"""The main window: the ward board, with a clear DEMO banner when demo patients are shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bedside import __version__
from bedside.storage import Store
from bedside.ward import board
from ui.board_model import BoardModel

NOTICE = "Bedside is a documentation aid for locally approved protocols, not a medical device."


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, today: date) -> None:
        super().__init__()
        self.store, self.today = store, today
        self.setWindowTitle(_tr("Bedside: ward board"))
        self.model = BoardModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Ward board"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.banner = QLabel()
        self.banner.setAccessibleName(_tr("Demo data notice"))
        self.banner.setStyleSheet("background:#fff3b0; color:#5a4500; padding:6px; font-weight:bold;")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout()
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.statusBar().showMessage(_tr(NOTICE))
        self._menus()
        self.refresh()
        self.resize(1100, 520)
        state = QSettings().value("main/geometry")
        if state is not None:
            self.restoreGeometry(state)

    def _menus(self) -> None:
        refresh = QAction(_tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        quit_action = QAction(_tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        about = QAction(_tr("&About Bedside"), self)
        about.triggered.connect(self.show_about)
        file_menu = self.menuBar().addMenu(_tr("&File"))
        file_menu.addAction(refresh)
        file_menu.addAction(quit_action)
        self.menuBar().addMenu(_tr("&Help")).addAction(about)

    def refresh(self) -> None:
        rows = board(self.store, self.today)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        demo = sum(r.demo for r in rows)
        self.banner.setVisible(demo > 0)
        self.banner.setText(
            _tr("DEMO: {n} demo patients (ward DEMO) are shown. They are not real patients.").format(n=demo)
        )
        self.setWindowTitle(
            _tr("Bedside: ward board, {day} ({n} patients)").format(day=self.today.isoformat(), n=len(rows))
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            _tr("About Bedside"),
            _tr("Bedside {version}\n\n{notice}\n\nDatabase: {path}").format(
                version=__version__, notice=_tr(NOTICE), path=self.store.path
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
