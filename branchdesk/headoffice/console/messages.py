"""The console's user-facing error and confirmation texts, registered with domain.messages."""

from __future__ import annotations

from branchdesk.domain import messages

messages.register({
    "console_bad_credentials": ("用户名或密码不正确", "用戶名或密碼不正確", "Wrong user name or password"),
    "console_too_many_attempts": (
        "密码错误次数过多,请 15 分钟后再试",
        "密碼錯誤次數過多,請 15 分鐘後再試",
        "Too many wrong passwords; try again in 15 minutes",
    ),
    "console_csrf": ("表单已过期或来源不明，请刷新页面后重试", "表單已過期或來源不明，請重新整理頁面後重試",
                     "The form has expired or did not come from this console; reload the page and try again"),
    "console_forbidden": ("您的角色无权执行此操作", "您的角色無權執行此操作", "Your role may not do this"),
    "console_handler_required": ("请填写经办人（1–64 个字符）", "請填寫經辦人（1–64 個字元）",
                                 "Enter the handler (1–64 characters)"),
    "console_text_required": ("请填写内容（1–1000 个字）", "請填寫內容（1–1000 個字）", "Enter the text (1–1000 characters)"),
    "console_text_number": ("内容中不得出现身份证号、手机号或卡号", "內容中不得出現身分證號、手機號或卡號",
                            "The text must not contain ID, phone or card numbers"),
    "console_case_closed": ("该投诉已办结，不能再指派或申请延期复核", "該投訴已辦結，不能再指派或申請延期複核",
                            "This complaint has ended; it cannot be assigned or sent for extension review"),
    "console_unknown_case": ("找不到该投诉", "找不到該投訴", "No such complaint"),
    "console_bad_branch": ("网点代码应为 1–12 位字母或数字", "網點代碼應為 1–12 位字母或數字",
                           "A branch code is 1–12 letters or digits"),
    "console_bad_hours": ("有效时长应为 1–168 小时", "有效時長應為 1–168 小時", "Valid for 1–168 hours"),
    "console_bad_rows": ("数据格式有误", "資料格式有誤", "The rows are not in the expected format"),
    "console_bad_year": ("年份应在 2000–2100 之间", "年份應在 2000–2100 之間", "The year is between 2000 and 2100"),
    "console_bad_date": ("日期格式应为 2026-01-31，且开始不晚于结束", "日期格式應為 2026-01-31，且開始不晚於結束",
                         "Dates look like 2026-01-31, and the start is not after the end"),
    "console_bad_filter": ("筛选条件有误", "篩選條件有誤", "The filter is not valid"),
    "console_unknown_device": ("找不到该设备", "找不到該設備", "No such device"),
    "console_empty_rows": ("请至少粘贴一行数据（含表头）", "請至少貼上一行資料（含表頭）",
                           "Paste at least one row (with the header line)"),
    "console_reason_required": ("请填写申请延期复核的理由", "請填寫申請延期複核的理由", "Give the reason for the review"),
})


def text(code: str) -> str:
    return messages.message(code, "zh_CN")


OK = {
    "assigned": "已指派经办人，网点设备下次同步时收到",
    "noted": "已添加督办意见，网点设备下次同步时收到",
    "extension": "已发出延期复核要求，网点设备下次同步时收到",
    "revoked": "设备已停用",
    "reference": "参考数据已发布，各网点下次同步时更新",
    "holidays": "节假日日历已发布，各网点下次同步时更新",
}
