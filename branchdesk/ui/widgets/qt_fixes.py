"""Work-arounds for defects of the Qt binding, applied once when the UI package is imported.

PySide6 6.12.0 on CPython 3.11 hands some singletons back to Python without taking a reference:
``signal.emit(...)`` returns ``True`` that way, and every call that returns an empty QVariant as
``None`` (``QComboBox.currentData()`` with no data, ``QObject.property()`` of an unknown name,
``QModelIndex.data()`` of an unused role, ...) does the same with ``None``. Each such call lowers
the singleton's reference count by one; after a few thousand calls (a morning's work, or a test
run) it reaches zero and the interpreter aborts with "Fatal Python error: none_dealloc" or
"bool_dealloc".

CPython 3.12 made these singletons immortal (PEP 683), which hides the defect there. On 3.11,
``install()`` checks that the defect is really present (a fixed binding is left alone) and then
gives None, True and False a reference count so large that no session can ever use it up, which
is what 3.12 does. The probes give back the references they took themselves.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

IMMORTAL_MARGIN = 1 << 40  # a trillion lost references: centuries of calls
_installed = False

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    sig_probe = Signal()


def _loses_references(obj, call, trials: int = 20) -> bool:
    """Whether `call()` (which returns `obj`) leaves `obj` with fewer references than before."""
    before = sys.getrefcount(obj)
    for _ in range(trials):
        call()
    lost = before - sys.getrefcount(obj)
    for _ in range(max(lost, 0)):
        _incref(obj)  # give back what the probe itself took
    return lost > 0


def binding_defects() -> list[str]:
    """Names of the reference-count defects present in this binding ([] when none)."""
    probe = _Probe()
    found = []
    if _loses_references(True, probe.sig_probe.emit):
        found.append("emit() returns True without a reference")
    if _loses_references(None, lambda: probe.property("branchdesk-no-such-property")):
        found.append("empty QVariant returned as None without a reference")
    return found


def _refcount_field(obj) -> ctypes.c_ssize_t:
    return ctypes.c_ssize_t.from_address(id(obj))


def install() -> bool:
    """Make None, True and False immortal when (and only when) the binding needs it. Idempotent."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already, or a debug build with a different object layout
    defects = binding_defects()
    if not defects:
        return False
    for obj in (None, True, False):
        field = _refcount_field(obj)
        # The field must be the reference count (getrefcount adds one for its own argument).
        if abs(field.value - (sys.getrefcount(obj) - 1)) > 2:
            log.error("cannot apply the Qt binding work-around: unexpected object layout")
            return False
        field.value += IMMORTAL_MARGIN
    log.info("Qt binding work-around applied: %s", "; ".join(defects))
    _installed = True
    return True
