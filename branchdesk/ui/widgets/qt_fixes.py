"""Work-arounds for defects of the Qt binding, applied once when the UI package is imported.

PySide6 6.12.0 on CPython 3.11: ``SignalInstance.emit()`` hands back ``True`` without taking a
reference to it. Every ``signal.emit(...)`` made from Python therefore lowers the reference count
of ``True`` by one; after a few hundred emits (a morning's work, or a test run) the count reaches
zero and the interpreter aborts with "Fatal Python error: bool_dealloc". (Python 3.12 made True
immortal, which hides the defect there.)

``install()`` first checks that the defect is really there (a fixed binding is left alone), then
wraps ``emit`` to take the missing reference.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    sig_probe = Signal()


_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit_loses_references(trials: int = 20) -> bool:
    """True when emitting from Python lowers the reference count of the value emit() returns.

    The probe gives back whatever its own emits took, so asking does no harm.
    """
    probe = _Probe()
    result = probe.sig_probe.emit()
    if not isinstance(result, bool):
        return False
    before = sys.getrefcount(result)
    for _ in range(trials):
        probe.sig_probe.emit()
    lost = before - sys.getrefcount(result)
    if lost <= 0:
        return False
    for _ in range(lost + lost // trials):  # the trials, and the first emit
        _incref(result)
    return True


def install() -> bool:
    """Wrap SignalInstance.emit when (and only when) the binding has the defect. Idempotent."""
    global _installed
    if _installed:
        return True
    if not emit_loses_references():
        return False
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            _incref(result)  # the reference the binding forgot to take
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
