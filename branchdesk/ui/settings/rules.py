"""What the device settings may hold, and why a value is refused (pure: no Qt, no SQL).

The settings dialog and the first-run wizard share these checks, so a value refused in one is
refused in the other with the same sentence. Each check returns a code from domain.messages
(or None when the value is fine); numbers come back parsed.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from branchdesk.domain import messages

# Keys in the app_setting table.
LANGUAGE = "language"
SERVER_URL = "server_url"
SYNC_INTERVAL = "sync_interval_minutes"
IDLE_LOCK = "idle_lock_minutes"
BACKUP_DIR = "backup_dir"
BACKUPS_KEEP = "backups_keep"
SETUP_DONE = "setup_done"
BRANCH_CODE = "branch_code"
BRANCH_NAME = "branch_name"


@dataclass(frozen=True)
class Range:
    low: int
    high: int
    default: int


SYNC_INTERVAL_RANGE = Range(1, 1440, 5)  # the sync controller's own default: every 5 minutes
IDLE_LOCK_RANGE = Range(1, 120, 10)
BACKUPS_KEEP_RANGE = Range(1, 365, 14)
BRANCH_NAME_MAX = 40
ENROL_CODE_MAX = 64

_BRANCH_CODE = re.compile(r"^\d{6}$")
_LOOPBACK_NAMES = {"localhost"}


def check_branch_code(text: str) -> str | None:
    text = text.strip()
    if not text:
        return "required"
    if not _BRANCH_CODE.match(text):
        return "setup.bad_branch_code"
    return None


def check_branch_name(text: str) -> str | None:
    text = text.strip()
    if not text:
        return "required"
    if len(text) > BRANCH_NAME_MAX:
        return "setup.branch_name_too_long"
    return None


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(text: str, *, required: bool = False) -> str | None:
    """An https address of head office. Plain http only to this PC itself (a trial server)."""
    text = text.strip()
    if not text:
        return "required" if required else None
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "setup.bad_url"
    if parts.scheme not in ("https", "http") or not parts.hostname or " " in text:
        return "setup.bad_url"
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return "setup.url_not_https"
    return None


def check_enrol_code(text: str) -> str | None:
    text = text.strip()
    if not text:
        return "required"
    if len(text) > ENROL_CODE_MAX or any(c.isspace() for c in text):
        return "setup.bad_enrol_code"
    return None


def parse_minutes(text: str, rng: Range) -> tuple[int | None, str | None]:
    """(value, None) or (None, code) for a whole number of minutes within `rng`."""
    return _parse_int(text, rng, "setup.minutes_out_of_range")


def parse_count(text: str, rng: Range) -> tuple[int | None, str | None]:
    return _parse_int(text, rng, "setup.count_out_of_range")


def _parse_int(text: str, rng: Range, code: str) -> tuple[int | None, str | None]:
    text = text.strip()
    if not text:
        return None, "required"
    if not re.fullmatch(r"\d+", text):
        return None, "bad_integer"
    value = int(text)
    if not rng.low <= value <= rng.high:
        return None, code
    return value, None


def check_backup_dir(text: str) -> str | None:
    """The folder must exist and accept a new file (checked by writing one, not by permission bits)."""
    text = text.strip()
    if not text:
        return "required"
    path = Path(text).expanduser()
    if not path.is_absolute():
        return "setup.folder_not_absolute"
    if not path.exists():
        return "setup.folder_missing"
    if not path.is_dir():
        return "setup.not_a_folder"
    try:
        fd, probe = tempfile.mkstemp(prefix=".branchdesk-write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        return "setup.folder_not_writable"
    return None


def range_text(code: str, rng: Range, lang: str) -> str:
    """The message for `code`, with the range filled in where the sentence names it."""
    return messages.message(code, lang).replace("{low}", str(rng.low)).replace("{high}", str(rng.high))


messages.register({
    "setup.bad_branch_code": ("网点代码应为 6 位数字,如 310115", "網點代碼應為 6 位數字,如 310115",
                              "The branch code is 6 digits, e.g. 310115"),
    "setup.branch_name_too_long": ("网点名称最多 40 个字", "網點名稱最多 40 個字", "The branch name has at most 40 characters"),
    "setup.bad_url": ("请输入总行地址,如 https://hq.example.cn", "請輸入總行地址,如 https://hq.example.cn",
                      "Enter the head-office address, e.g. https://hq.example.cn"),
    "setup.url_not_https": ("总行地址须以 https:// 开头(加密连接)", "總行地址須以 https:// 開頭(加密連線)",
                            "The head-office address must start with https:// (encrypted connection)"),
    "setup.bad_enrol_code": ("登记码格式不对,请照总行发放的原样输入", "登記碼格式不對,請照總行發放的原樣輸入",
                             "The enrolment code looks wrong; type it exactly as head office gave it"),
    "setup.minutes_out_of_range": ("应为 {low} 到 {high} 之间的分钟数", "應為 {low} 到 {high} 之間的分鐘數",
                                   "Enter minutes between {low} and {high}"),
    "setup.count_out_of_range": ("应为 {low} 到 {high} 之间的整数", "應為 {low} 到 {high} 之間的整數",
                                 "Enter a whole number between {low} and {high}"),
    "setup.folder_not_absolute": ("请填写完整的文件夹路径", "請填寫完整的資料夾路徑", "Give the full path of the folder"),
    "setup.folder_missing": ("该文件夹不存在", "該資料夾不存在", "This folder does not exist"),
    "setup.not_a_folder": ("这不是文件夹", "這不是資料夾", "This is not a folder"),
    "setup.folder_not_writable": ("无法在该文件夹中写入文件(只读或无权限)", "無法在該資料夾中寫入檔案(唯讀或無權限)",
                                  "Files cannot be written in this folder (read-only or no permission)"),
    "setup.enrol_failed": ("登记未成功:{reason}。可返回修改,或勾选“暂不登记”先离线试用",
                           "登記未成功:{reason}。可返回修改,或勾選「暫不登記」先離線試用",
                           "Enrolment did not succeed: {reason}. Go back to correct it, or tick "
                           "'Enrol later' to try the program offline"),
    "setup.keyring_unavailable": (
        "本机没有可用的系统密钥库,无法安全保存总行令牌。可先勾选“暂不登记”离线使用,并请管理员按《管理员手册》处理",
        "本機沒有可用的系統密鑰庫,無法安全保存總行權杖。可先勾選「暫不登記」離線使用,並請管理員按《管理員手冊》處理",
        "No system keyring works on this PC, so the head-office token cannot be kept safely. Tick "
        "'Enrol later' to work offline, and see the administrator's guide"),
    "setup.save_failed": ("设置未能保存:{reason}", "設定未能儲存:{reason}", "The settings could not be saved: {reason}"),
})
