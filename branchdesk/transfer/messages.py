"""Sentences for import and export problems, in the three languages (see domain/messages)."""

from branchdesk.domain import messages

messages.register({
    "transfer.file_not_found": ("找不到文件:{detail}", "找不到檔案:{detail}", "File not found: {detail}"),
    "transfer.unsupported_file_type": (
        "不支持的文件类型“{detail}”,请使用 .csv 或 .xlsx",
        "不支援的檔案類型「{detail}」,請使用 .csv 或 .xlsx",
        "Unsupported file type '{detail}': use .csv or .xlsx",
    ),
    "transfer.unreadable_workbook": (
        "无法读取 Excel 文件(文件损坏或不是 .xlsx 格式)",
        "無法讀取 Excel 檔案(檔案損壞或不是 .xlsx 格式)",
        "The Excel file cannot be read (damaged, or not an .xlsx file)",
    ),
    "transfer.unknown_encoding": (
        "无法识别文件的文字编码,请在 Excel 中另存为“CSV UTF-8”或 .xlsx",
        "無法識別檔案的文字編碼,請在 Excel 中另存為「CSV UTF-8」或 .xlsx",
        "The file's text encoding is not recognised: save it from Excel as 'CSV UTF-8' or .xlsx",
    ),
    "transfer.empty_file": (
        "文件为空:第 1 行应为表头(列名)",
        "檔案為空:第 1 行應為表頭(欄名)",
        "The file is empty: row 1 should be the header (column names)",
    ),
    "transfer.unknown_columns": (
        "表头中有无法识别的列:{detail}。可用的列:{expected}",
        "表頭中有無法識別的欄:{detail}。可用的欄:{expected}",
        "Unknown columns in the header: {detail}. Known columns: {expected}",
    ),
    "transfer.missing_columns": (
        "表头缺少必需的列:{detail}",
        "表頭缺少必需的欄:{detail}",
        "The header lacks required columns: {detail}",
    ),
    "transfer.duplicate_columns": (
        "表头中的列重复:{detail}",
        "表頭中的欄重複:{detail}",
        "Columns repeated in the header: {detail}",
    ),
    "transfer.cells_outside_header": (
        "该行在表头以外的列中有内容",
        "該行在表頭以外的欄中有內容",
        "This row has values beyond the header's columns",
    ),
    "case_no_taken": (
        "该编号已属于另一条记录",
        "該編號已屬於另一筆記錄",
        "This case number already belongs to another record",
    ),
    "bad_record_id": ("记录ID格式无效", "記錄ID格式無效", "Not a valid record ID"),
})


def text(code: str, lang: str, **values) -> str:
    msg = messages.message(code, lang)
    try:
        return msg.format(**values)
    except (KeyError, IndexError):
        return msg
