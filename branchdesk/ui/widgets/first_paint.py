"""Run something once a widget is first on screen: what start-up defers waits for the first paint."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], object]):
        super().__init__(widget)  # lives as long as the widget
        self._fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._fn)  # after this paint has reached the screen
        return False


def after_first_paint(widget: QWidget, fn: Callable[[], object]) -> None:
    """Call fn on the event-loop turn after the widget's first paint (it must not be shown yet)."""
    _FirstPaint(widget, fn)
