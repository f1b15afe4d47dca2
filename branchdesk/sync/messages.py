"""What sync says to people, in the three UI languages (codes shared by window and command line)."""

from branchdesk.domain import messages

messages.register({
    "sync.enrolled": ("已登记到总行:网点 {branch} {name},设备编号 {device}",
                      "已登記到總行:網點 {branch} {name},裝置編號 {device}",
                      "Enrolled with head office: branch {branch} {name}, device {device}"),
    "sync.summary": ("上传 {pushed} 条(新 {applied},重复 {duplicate},冲突 {conflicts},退回 {rejected}),"
                     "下载 {pulled} 条,参考数据 {reference} 条,节假日 {holidays} 条;"
                     "附件文件上传 {blobs_sent} 个,下载 {blobs_fetched} 个,总行尚未收到 {blobs_waiting} 个;"
                     "待同步 {pending} 条",
                     "上傳 {pushed} 筆(新 {applied},重複 {duplicate},衝突 {conflicts},退回 {rejected}),"
                     "下載 {pulled} 筆,參考資料 {reference} 筆,節假日 {holidays} 筆;"
                     "附件檔案上傳 {blobs_sent} 個,下載 {blobs_fetched} 個,總行尚未收到 {blobs_waiting} 個;"
                     "待同步 {pending} 筆",
                     "sent {pushed} (new {applied}, repeated {duplicate}, conflicts {conflicts}, "
                     "set aside {rejected}), received {pulled}, reference codes {reference}, calendar days "
                     "{holidays}; attachment files sent {blobs_sent}, received {blobs_fetched}, not at head office "
                     "yet {blobs_waiting}; still waiting {pending}"),
    # A run's line opens with whether everything went through: a run that set something aside is not "done".
    "sync.summary_ok": ("同步完成:{counts}", "同步完成:{counts}", "Sync done: {counts}"),
    "sync.summary_partial": ("同步结束,但有未完成项:{counts}", "同步結束,但有未完成項:{counts}",
                             "Sync ended with items left over: {counts}"),
    "sync.failed": ("同步未完成:{reason}", "同步未完成:{reason}", "Sync did not finish: {reason}"),
    "sync.rejected_some": ("有 {n} 条更改被总行退回并已搁置,请在“同步”页查看原因",
                           "有 {n} 筆變更被總行退回並已擱置,請在「同步」頁查看原因",
                           "{n} change(s) were refused by head office and set aside; see the Sync page for why"),
    "sync.files_refused": ("有 {n} 个附件文件被总行拒收或无法从本机发送,已搁置,其他文件照常同步;"
                           "请在“同步”页查看原因,排除后重新发送",
                           "有 {n} 個附件檔案被總行拒收或無法從本機傳送,已擱置,其他檔案照常同步;"
                           "請在「同步」頁查看原因,排除後重新傳送",
                           "{n} attachment file(s) were refused by head office or could not be sent from this PC "
                           "and were set aside (the other files went through); see the Sync page for why, and send "
                           "them again there once the cause is fixed"),
    "sync.clashes": ("有 {n} 条总行记录与本机记录冲突,未能保存,请在“同步”页查看",
                     "有 {n} 筆總行記錄與本機記錄衝突,未能儲存,請在「同步」頁查看",
                     "{n} record(s) from head office clash with records made on this PC and were not stored; "
                     "see the Sync page"),
    "sync.status": ("服务器:{server};上次同步:{last};待同步 {pending} 条;未解决冲突 {conflicts} 条;退回 {rejected} 条;"
                    "搁置的附件文件 {files} 个",
                    "伺服器:{server};上次同步:{last};待同步 {pending} 筆;未解決衝突 {conflicts} 筆;退回 {rejected} 筆;"
                    "擱置的附件檔案 {files} 個",
                    "Server: {server}; last sync: {last}; waiting {pending}; open conflicts {conflicts}; "
                    "set aside {rejected}; attachment files set aside {files}"),
    "sync.never": ("从未", "從未", "never"),
    "sync.not_enrolled": ("本机尚未登记到总行,请先用总行发放的登记码登记", "本機尚未登記到總行,請先用總行發放的登記碼登記",
                          "This PC is not enrolled with head office yet; enrol it with a code from head office"),
    "sync.keyring_unavailable": ("本机没有可用的系统密钥库,无法安全保存设备令牌;令牌不会写入普通文件。"
                                 "请启用系统密钥库(Windows 凭据管理器 / 钥匙串 / Secret Service)后重试。",
                                 "本機沒有可用的系統金鑰庫,無法安全保存裝置權杖;權杖不會寫入一般檔案。"
                                 "請啟用系統金鑰庫後重試。",
                                 "No working OS keyring on this PC, so the device token cannot be kept safely; it is "
                                 "never written to a plain file. Turn on the system keyring and try again."),
    "sync.offline": ("无法连接总行服务器", "無法連線總行伺服器", "Cannot reach the head-office server"),
    "sync.timeout": ("连接总行超时", "連線總行逾時", "Head office did not answer in time"),
    "sync.connection_lost": ("传输中连接中断,下次同步会继续", "傳輸中連線中斷,下次同步會繼續",
                             "The connection dropped during transfer; the next sync carries on"),
    "sync.certificate": ("服务器证书无法验证", "伺服器憑證無法驗證", "The server's certificate cannot be verified"),
    "sync.token_expired": ("设备令牌已过期,请向总行申请新的登记码重新登记", "裝置權杖已過期,請向總行申請新的登記碼重新登記",
                           "The device token has expired; enrol again with a new code from head office"),
    "sync.device_revoked": ("本设备的访问已被总行停用", "本裝置的存取已被總行停用",
                            "Head office has ended this device's access"),
    "sync.unknown_token": ("总行不认识本机的令牌,请重新登记", "總行不認識本機的權杖,請重新登記",
                           "Head office does not know this device's token; enrol again"),
    "sync.unknown_code": ("登记码无效", "登記碼無效", "The enrolment code is not valid"),
    "sync.code_used": ("登记码已被使用", "登記碼已被使用", "The enrolment code has already been used"),
    "sync.code_expired": ("登记码已过期", "登記碼已過期", "The enrolment code has expired"),
    "sync.server_error": ("总行服务器出错,稍后会自动重试", "總行伺服器出錯,稍後會自動重試",
                          "The head-office server had an error; sync will try again later"),
    "sync.other_branch": ("不能读写其他网点的数据", "不能讀寫其他網點的資料", "Another branch's data cannot be read or written"),
})


def reason_code(code: str) -> str:
    known = {"not_enrolled", "keyring_unavailable", "offline", "timeout", "connection_lost", "certificate",
             "token_expired", "device_revoked", "unknown_token", "unknown_code", "code_used", "code_expired",
             "server_error", "other_branch"}
    return f"sync.{code}" if code in known else ""


def summary_text(result: dict, lang: str = "zh_CN") -> str:
    """One line for a sync's counts: a SyncSummary's as_dict(), or the last result as stored (which,
    written by an older version, may lack the newer counts)."""
    counts = {k: result.get(k, 0) for k in ("pushed", "applied", "duplicate", "conflicts", "rejected", "pulled",
                                            "reference", "holidays", "blobs_sent", "blobs_fetched", "blobs_waiting")}
    counts_text = messages.message("sync.summary", lang).format(pending=result.get("pending_left", 0), **counts)
    opening = "sync.summary_ok" if result.get("ok", True) else "sync.summary_partial"
    return messages.message(opening, lang).format(counts=counts_text)


def describe(code: str, detail: str = "", lang: str = "zh_CN") -> str:
    key = reason_code(code)
    if key:
        return messages.message(key, lang)
    return f"{code} {detail}".strip()
