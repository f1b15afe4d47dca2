"""Who this device is: its id, the code in its reference numbers, and its branch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

DEFAULT_BRANCH = "310115"
DEFAULT_BRANCH_NAME = "演示支行"


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str  # UUIDv7, never reused
    device_code: str  # 4 digits in human reference numbers
    branch_code: str
    branch_name: str

    @classmethod
    def from_settings(cls, get: Callable[[str, str], str]) -> "DeviceIdentity":
        """From stored settings, read through get(key, default)."""
        return cls(get("device_id", ""), get("device_code", "0000"), get("branch_code", DEFAULT_BRANCH),
                   get("branch_name", DEFAULT_BRANCH_NAME))
