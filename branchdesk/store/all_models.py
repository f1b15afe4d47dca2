"""Import every models*.py module of the store so Base.metadata knows all tables."""

import importlib
import pkgutil

import branchdesk.store as _pkg
from branchdesk.store.models import Base

for _mod in pkgutil.iter_modules(_pkg.__path__):
    if _mod.name.startswith("models"):
        importlib.import_module(f"branchdesk.store.{_mod.name}")

metadata = Base.metadata
