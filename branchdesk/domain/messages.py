"""User-facing texts of domain validation errors, in the three UI languages.

The domain returns stable error codes; the window, the command line and head office
all show the same sentence from here, in the user's language.
"""

from __future__ import annotations

_MESSAGES: dict[str, tuple[str, str, str]] = {
    # code: (zh_CN, zh_TW, en)
    "required": ("此项必填", "此項必填", "This field is required"),
    "unknown_code": ("不是有效的选项", "不是有效的選項", "Not a valid choice"),
    "in_future": ("时间不能晚于现在", "時間不能晚於現在", "The time cannot be in the future"),
    "not_a_number": ("请输入金额数字,如 12345.67", "請輸入金額數字,如 12345.67", "Enter an amount such as 12345.67"),
    "too_many_decimals": ("金额最多两位小数", "金額最多兩位小數", "Amounts have at most two decimals"),
    "negative": ("不能为负数", "不能為負數", "Cannot be negative"),
    "too_large": ("数值过大", "數值過大", "The value is too large"),
    "protected_above_attempted": (
        "避免损失金额不能大于拟转金额",
        "避免損失金額不能大於擬轉金額",
        "The amount protected cannot exceed the amount attempted",
    ),
    "police_ref_without_police": (
        "未报警时不应填写回执号",
        "未報警時不應填寫回執號",
        "A police reference needs 'police notified'",
    ),
    "attended_without_notified": (
        "民警到场须先勾选已报警",
        "民警到場須先勾選已報警",
        "Police attended requires 'police notified'",
    ),
    "at_least_one_action": ("至少选择一项处置措施", "至少選擇一項處置措施", "Choose at least one action"),
    "too_long": ("内容过长", "內容過長", "The text is too long"),
    "bad_date": ("日期格式应为 2026-10-31", "日期格式應為 2026-10-31", "Dates look like 2026-10-31"),
    "bad_datetime": (
        "时间格式应为 2026-10-31 14:30",
        "時間格式應為 2026-10-31 14:30",
        "Times look like 2026-10-31 14:30",
    ),
    "bad_bool": ("应为 是/否", "應為 是/否", "Should be yes or no"),
    "reason_required": ("请填写修改原因", "請填寫修改原因", "Give a reason for the change"),
    "contains_id_number": (
        "经过描述中不得出现身份证号、手机号或卡号",
        "經過描述中不得出現身分證號、手機號或卡號",
        "The narrative must not contain ID, phone or card numbers",
    ),
    "end_before_start": ("结束时间早于开始时间", "結束時間早於開始時間", "The end is before the start"),
    "bad_id_number": ("身份证号码无效", "身分證號碼無效", "Not a valid ID number"),
    "bad_mobile": ("手机号码无效", "手機號碼無效", "Not a valid mobile number"),
    "bad_account": ("账号无效", "帳號無效", "Not a valid account number"),
    "bad_integer": ("请输入整数", "請輸入整數", "Enter a whole number"),
    "duplicate_in_file": ("文件中重复的行", "檔案中重複的行", "Duplicate row in the file"),
}


def message(code: str, lang: str = "zh_CN") -> str:
    texts = _MESSAGES.get(code)
    if texts is None:
        return code
    if lang.startswith("zh_TW") or lang.startswith("zh_HK"):
        return texts[1]
    if lang.startswith("en"):
        return texts[2]
    return texts[0]


def register(extra: dict[str, tuple[str, str, str]]) -> None:
    """Workspaces add their own codes (complaints, education) at import time."""
    _MESSAGES.update(extra)
