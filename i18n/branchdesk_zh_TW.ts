<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
  <context>
    <name />
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="27" />
      <source>Add photos</source>
      <translation>添加照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="27" />
      <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
      <translation>圖片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="258" />
      <source>New staff account</source>
      <translation>新建員工賬戶</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="259" />
      <source>Give the colleague this temporary password; they choose their own at first sign-in.</source>
      <translation>把臨時密碼交給同事;首次登錄時由其自行設置新密碼。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>User name:</source>
      <translation>用戶名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>Full name:</source>
      <translation>姓名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>Role:</source>
      <translation>角色:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="261" />
      <source>Temporary password:</source>
      <translation>臨時密碼:</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="112" />
      <source>Staff accounts</source>
      <translation>員工賬戶</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="113" />
      <source>&amp;Add…</source>
      <translation>新建(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="114" />
      <source>Change &amp;role…</source>
      <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="115" />
      <source>Reset &amp;password…</source>
      <translation>重置密碼(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="116" />
      <source>&amp;Unlock</source>
      <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="139" />
      <source>&amp;Enable</source>
      <translation>啟用(&amp;E)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="139" />
      <source>&amp;Disable</source>
      <translation>停用(&amp;D)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="166" />
      <source>Change role</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="166" />
      <source>Role of %1:</source>
      <translation>%1 的角色:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="186" />
      <source>Reset password</source>
      <translation>重置密碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="187" />
      <source>A temporary password for %1. They must choose their own at the next sign-in.</source>
      <translation>為 %1 設置臨時密碼。其下次登錄時須自行設置新密碼。</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="16" />
      <source>User name</source>
      <translation>用戶名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="17" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="18" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="19" />
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="61" />
      <source>Locked (too many wrong passwords)</source>
      <translation>已鎖定(密碼錯誤次數過多)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="62" />
      <source>Active</source>
      <translation>啟用</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="63" />
      <source>Disabled</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="65" />
      <source>must change password</source>
      <translation>須修改密碼</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="203" />
      <source>Administrator</source>
      <translation>系統管理員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="204" />
      <source>The administrator adds the staff accounts and changes the settings.</source>
      <translation>系統管理員負責添加員工賬戶和修改設置。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="205" />
      <source>Passwords have at least 8 characters with letters and digits. Keep this password safe: it cannot be read back.</source>
      <translation>密碼至少 8 位,須同時包含字母和數字。請妥善保管:密碼無法找回查看。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="207" />
      <source>&amp;User name:</source>
      <translation>用戶名(&amp;U):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="208" />
      <source>&amp;Display name:</source>
      <translation>顯示姓名(&amp;D):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="209" />
      <source>&amp;Password:</source>
      <translation>密碼(&amp;P):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="210" />
      <source>&amp;Repeat password:</source>
      <translation>再次輸入密碼(&amp;R):</translation>
    </message>
  </context>
  <context>
    <name>BranchPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="132" />
      <source>Your branch</source>
      <translation>本網點</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="133" />
      <source>The code and name of the branch this PC works for, as head office lists them.</source>
      <translation>這臺電腦所屬網點的代碼和名稱,與總行登記的一致。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="134" />
      <source>Reference numbers of new records start with the branch code.</source>
      <translation>新記錄的編號以網點代碼開頭。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="135" />
      <source>Branch &amp;code (6 digits):</source>
      <translation>網點代碼(6 位數字)(&amp;C):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="136" />
      <source>Branch &amp;name:</source>
      <translation>網點名稱(&amp;N):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="138" />
      <source>e.g. Pudong Zhangjiang Sub-branch</source>
      <translation>例如:浦東張江支行</translation>
    </message>
  </context>
  <context>
    <name>ByTypeModel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Fraud type</source>
      <translation>詐騙類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Cases</source>
      <translation>件數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Protected (¥)</source>
      <translation>避免損失(元)</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="264" />
      <source>Level %1</source>
      <translation>第 %1 級</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="287" />
      <source>Time limit: %1</source>
      <translation>處理時限：%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="294" />
      <source>Due %1 · %2 day(s) left · limit %3 days</source>
      <translation>%1 到期 · 剩餘 %2 天 · 時限 %3 日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="298" />
      <source>extension to level %1 awaiting approval</source>
      <translation>第 %1 級延期待審批</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="312" />
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="313" />
      <source>Mobile</source>
      <translation>手機號碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="314" />
      <source>ID number</source>
      <translation>身份證號碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="317" />
      <source>Agent / heir</source>
      <translation>代理人/繼承人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="320" />
      <source>Received</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="321" />
      <source>Intake channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="322" />
      <source>Institution / staff</source>
      <translation>被投訴機構/人員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="323" />
      <source>Facts</source>
      <translation>投訴事實</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="324" />
      <source>Request</source>
      <translation>投訴請求</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="325" />
      <source>Classification</source>
      <translation>分類</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="327" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="327" />
      <source>group complaint</source>
      <translation>群體投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="328" />
      <source>Handler</source>
      <translation>承辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="328" />
      <source>not assigned</source>
      <translation>未指定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="329" />
      <source>conflict of interest declared</source>
      <translation>已聲明利益衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="330" />
      <source>no conflict confirmed</source>
      <translation>已確認無利益衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="333" />
      <source>Related case</source>
      <translation>關聯投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="333" />
      <source>repeat complaint</source>
      <translation>重複投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="335" />
      <source>Merged into</source>
      <translation>已合併至</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="337" />
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Decision</source>
      <translation>處理決定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="340" />
      <source>Notified</source>
      <translation>告知日期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="442" />
      <source>Attach a scan or photo</source>
      <translation>添加掃描件或照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="443" />
      <source>Scans and photos (*.png *.jpg *.jpeg *.pdf *.tif);;All files (*)</source>
      <translation>掃描件和照片 (*.png *.jpg *.jpeg *.pdf *.tif);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="484" />
      <source>Save receipt</source>
      <translation>保存受理回執</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="338" />
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Grounds</source>
      <translation>處理依據</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="508" />
      <source>Told by</source>
      <translation>告知方式</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="508" />
      <source>Reason / result</source>
      <translation>理由/結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="509" />
      <source>Merge into ticket</source>
      <translation>合併至投訴編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="512" />
      <source>Told of review, mediation, arbitration and litigation</source>
      <translation>已告知可申請核查、調解、仲裁或訴訟</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Telephone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Text message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Letter</source>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="494" />
      <source>In person</source>
      <translation>當面</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="494" />
      <source>E-mail</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="520" />
      <source>Extend to 30 days</source>
      <translation>延期至 30 日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="521" />
      <source>Extend to 60 days (needs approval)</source>
      <translation>延期至 60 日（須審批）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="522" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="523" />
      <source>Handler and conflict of interest</source>
      <translation>承辦人與迴避</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="524" />
      <source>Time limit</source>
      <translation>處理時限</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="525" />
      <source>History</source>
      <translation>處理記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="526" />
      <source>User name of the handler</source>
      <translation>承辦人用戶名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="527" />
      <source>Add a note (kept as written, cannot be changed)</source>
      <translation>添加備註（保存後不可修改）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="528" />
      <source>Required to withdraw, decline, pause, extend or record new facts</source>
      <translation>撤回、不予處理、中止、延期或登記新事實時必填</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="529" />
      <source>Assign</source>
      <translation>指定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="530" />
      <source>Handler confirms no conflict</source>
      <translation>承辦人確認無利益衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="531" />
      <source>Declare conflict</source>
      <translation>聲明利益衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="532" />
      <source>Extend</source>
      <translation>延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="533" />
      <source>Pause for appraisal</source>
      <translation>鑑定中止計時</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="534" />
      <source>Resume clock</source>
      <translation>恢復計時</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="535" />
      <source>New facts received (restart clock)</source>
      <translation>收到新事實（重新計時）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="536" />
      <source>Add note</source>
      <translation>添加備註</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="537" />
      <source>Attach file…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="538" />
      <source>Open attachment</source>
      <translation>打開附件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="539" />
      <source>Show personal data</source>
      <translation>顯示個人信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="540" />
      <source>Print receipt…</source>
      <translation>打印受理回執…</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="188" />
      <source>Change password</source>
      <translation>修改密碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="189" />
      <source>Your password was set by an administrator. Choose your own password now.</source>
      <translation>您的密碼由管理員設置,請現在設置您自己的密碼。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="190" />
      <source>At least 8 characters, with letters and digits.</source>
      <translation>至少 8 位,須同時包含字母和數字。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="191" />
      <source>Current password:</source>
      <translation>當前密碼:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="191" />
      <source>New password:</source>
      <translation>新密碼:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="192" />
      <source>Repeat new password:</source>
      <translation>再次輸入新密碼:</translation>
    </message>
  </context>
  <context>
    <name>CodeSelect</name>
    <message>
      <location filename="../branchdesk/ui/widgets/code_select.py" line="88" />
      <source>Clear selection</source>
      <translation>清除選擇</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/widgets/code_select.py" line="127" />
      <source>%n selected</source>
      <translation>
        <numerusform>已選 %n 項</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ComplaintListModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="26" />
      <source>Ticket</source>
      <translation>投訴編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="27" />
      <source>Received</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="28" />
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="29" />
      <source>Intake channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="30" />
      <source>Business</source>
      <translation>業務類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="31" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="32" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="33" />
      <source>Handler</source>
      <translation>承辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="34" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="35" />
      <source>Time limit</source>
      <translation>處理時限</translation>
    </message>
  </context>
  <context>
    <name>ComplaintReminder</name>
    <message>
      <location filename="../branchdesk/ui/complaints/startup.py" line="16" />
      <source>Complaints: %1 overdue, %2 due soon, %3 awaiting approval</source>
      <translation>投訴提醒：已超期 %1 件，即將到期 %2 件，待審批 %3 件</translation>
    </message>
  </context>
  <context>
    <name>Complaints</name>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="10" />
      <location filename="../branchdesk/ui/complaints/texts.py" line="26" />
      <source>Registered</source>
      <translation>已登記</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="11" />
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="12" />
      <source>Investigating</source>
      <translation>調查核實中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="13" />
      <source>Decided</source>
      <translation>已作出處理決定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="14" />
      <location filename="../branchdesk/ui/complaints/texts.py" line="30" />
      <source>Complainant notified</source>
      <translation>已告知投訴人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="15" />
      <source>Under review</source>
      <translation>核查中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="16" />
      <source>In mediation</source>
      <translation>調解中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="17" />
      <source>Closed</source>
      <translation>已辦結</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="18" />
      <source>Called back</source>
      <translation>已回訪</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="19" />
      <source>Archived</source>
      <translation>已歸檔</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="20" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="21" />
      <source>Merged</source>
      <translation>已合併</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="22" />
      <source>Not handled</source>
      <translation>不予處理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="27" />
      <source>Accept</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="28" />
      <source>Start investigation</source>
      <translation>開始調查核實</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="29" />
      <source>Record decision</source>
      <translation>作出處理決定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="31" />
      <source>Review applied for</source>
      <translation>申請核查</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="32" />
      <source>Refer to mediation</source>
      <translation>轉調解</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="33" />
      <source>Close case</source>
      <translation>辦結</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="34" />
      <source>Call-back done</source>
      <translation>完成回訪</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="35" />
      <source>Archive</source>
      <translation>歸檔</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="36" />
      <source>Withdrawn by complainant</source>
      <translation>投訴人撤回</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="37" />
      <source>Merge into another case</source>
      <translation>合併至其他投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="38" />
      <source>Not to be handled</source>
      <translation>不予處理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="39" />
      <source>Handler assigned</source>
      <translation>指定承辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="40" />
      <source>Conflict of interest declared</source>
      <translation>聲明利益衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="41" />
      <source>No conflict of interest confirmed</source>
      <translation>確認無利益衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="42" />
      <source>Extension requested</source>
      <translation>申請延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="43" />
      <source>Extension approved</source>
      <translation>批准延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="44" />
      <source>Extension refused</source>
      <translation>不批准延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="45" />
      <source>Clock paused (external appraisal)</source>
      <translation>中止計時（外部鑑定）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="46" />
      <source>Clock resumed</source>
      <translation>恢復計時</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="47" />
      <source>New facts received (clock restarted)</source>
      <translation>收到新事實（重新計時）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="48" />
      <source>Attachment added</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="49" />
      <source>Another case merged into this one</source>
      <translation>其他投訴併入本件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="50" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="54" />
      <source>On track</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="55" />
      <source>Due soon</source>
      <translation>即將到期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="56" />
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="57" />
      <source>Paused</source>
      <translation>已中止</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="58" />
      <source>Stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="59" />
      <source>Decided on time</source>
      <translation>按時辦理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="60" />
      <source>Decided late</source>
      <translation>超期辦理</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="116" />
      <source>Complaint register</source>
      <translation>投訴登記簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="159" />
      <source>Deadlines</source>
      <translation>時限提醒</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="160" />
      <source>Register</source>
      <translation>登記簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="161" />
      <source>New complaint</source>
      <translation>登記投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="162" />
      <source>Case</source>
      <translation>案件信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="163" />
      <source>Search ticket number or institution (Ctrl+F)</source>
      <translation>搜索投訴編號或被投訴機構（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="164" />
      <source>Open cases only</source>
      <translation>僅顯示在辦</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="165" />
      <source>New complaint (Ctrl+N)</source>
      <translation>登記投訴（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="166" />
      <source>Export to &amp;Excel…</source>
      <translation>導出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="170" />
      <source>All statuses</source>
      <translation>全部狀態</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="109" />
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="110" />
      <source>Due soon</source>
      <translation>即將到期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="111" />
      <source>Awaiting approval</source>
      <translation>待審批</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="119" />
      <source>Urgency</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="120" />
      <source>Ticket</source>
      <translation>投訴編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="121" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="122" />
      <source>Days left</source>
      <translation>剩餘天數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="123" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="124" />
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="125" />
      <source>Business</source>
      <translation>業務類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="126" />
      <source>Handler</source>
      <translation>承辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="127" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="128" />
      <source>Extension</source>
      <translation>時限（日）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="199" />
      <source>Level %1 requested</source>
      <translation>申請第 %1 級延期</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesView</name>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="110" />
      <source>%1 overdue · %2 due within %3 working days · %4 awaiting approval</source>
      <translation>已超期 %1 件 · %3 個工作日內到期 %2 件 · 待審批 %4 件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="137" />
      <source>The repeat flags could not be read.</source>
      <translation>無法讀取重複投訴識別結果。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="141" />
      <source>Frequent complainant %1: %2 complaints in 12 months (%3)</source>
      <translation>頻繁投訴人 %1：12 個月內投訴 %2 次（%3）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="144" />
      <source>Possible illegal complaint agent: the same agent acts for %1 unrelated complainants (%2)</source>
      <translation>疑似非法代理投訴：同一代理人為 %1 名無關投訴人代理（%2）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="146" />
      <source>No frequent complainants or suspicious agents.</source>
      <translation>暫無頻繁投訴人或疑似非法代理。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="183" />
      <source>Open case</source>
      <translation>打開投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="184" />
      <source>Approve extension</source>
      <translation>批准延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="185" />
      <source>Refuse extension</source>
      <translation>不批准延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="186" />
      <source>Reason for refusing</source>
      <translation>不批准的理由</translation>
    </message>
  </context>
  <context>
    <name>EducationFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="46" />
      <source>All campaigns</source>
      <translation>全部活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="49" />
      <source>All groups</source>
      <translation>全部人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="52" />
      <source>All places</source>
      <translation>全部場所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="121" />
      <source>Search no., theme, address, organiser</source>
      <translation>搜索編號、主題、地點、負責人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>Any time</source>
      <translation>不限時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="123" />
      <source>This year</source>
      <translation>本年</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="123" />
      <source>Last 12 months</source>
      <translation>近 12 個月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="125" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="127" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Planned and held</source>
      <translation>計劃中及已開展</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Planned</source>
      <translation>計劃中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Held</source>
      <translation>已開展</translation>
    </message>
  </context>
  <context>
    <name>EducationForm</name>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="108" />
      <source>Your role cannot record education events.</source>
      <translation>您的角色不能登記宣傳活動。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="109" />
      <source>This event was deleted; it can be read but not changed.</source>
      <translation>該活動已刪除,只能查看,不能修改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="110" />
      <source>Only its organiser or a manager can amend this event.</source>
      <translation>只有活動登記人或網點經理可以修改該活動。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="126" />
      <source>Choose…</source>
      <translation>請選擇…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="232" />
      <source>filled in once held</source>
      <translation>開展後填寫</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="233" />
      <source>none on site</source>
      <translation>線上活動無現場人數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="235" />
      <source>online place types only</source>
      <translation>僅線上場所填寫</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="237" />
      <source>Live-stream or account name (optional)</source>
      <translation>直播間或公眾號名稱(可不填)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="237" />
      <source>e.g. 张江镇社区文化活动中心</source>
      <translation>如:張江鎮社區文化活動中心</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="362" />
      <source>This event was deleted in the meantime; your changes were not saved.</source>
      <translation>該活動已被他人刪除,您的修改未保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="371" />
      <source>New education event</source>
      <translation>新建金融教育宣傳活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="373" />
      <source>Education event</source>
      <translation>金融教育宣傳活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="375" />
      <source>Record a planned event as held</source>
      <translation>登記計劃活動的開展情況</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="377" />
      <source>Amend education event</source>
      <translation>修改金融教育宣傳活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>S&amp;tatus</source>
      <translation>狀態(&amp;T)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>&amp;Starts</source>
      <translation>開始時間(&amp;S)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>&amp;Ends</source>
      <translation>結束時間(&amp;E)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>&amp;Campaign</source>
      <translation>活動(&amp;C)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>Theme s&amp;logan</source>
      <translation>主題口號(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>Topics</source>
      <translation>宣傳主題</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="381" />
      <source>&amp;Place type</source>
      <translation>場所類型(&amp;P)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="381" />
      <source>A&amp;ddress</source>
      <translation>詳細地址(&amp;D)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="382" />
      <source>Target groups</source>
      <translation>目標人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="382" />
      <source>&amp;Attendees on site</source>
      <translation>現場人數(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="383" />
      <source>&amp;Online reach</source>
      <translation>線上觸達人次(&amp;O)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="383" />
      <source>Materials</source>
      <translation>宣傳資料</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>Partners</source>
      <translation>合作單位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>O&amp;rganiser</source>
      <translation>負責人(&amp;R)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>Sta&amp;ff</source>
      <translation>參與員工(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Su&amp;mmary</source>
      <translation>活動小結(&amp;M)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Reason for c&amp;hange</source>
      <translation>修改原因(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="389" />
      <source>Planned</source>
      <translation>計劃中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="390" />
      <source>Held</source>
      <translation>已開展</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>What</source>
      <translation>事項</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>Where</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="392" />
      <source>Who was reached</source>
      <translation>宣傳對象</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="392" />
      <source>Materials and partners</source>
      <translation>資料與合作單位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="393" />
      <source>Our team</source>
      <translation>我行人員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="395" />
      <source>e.g. 金融保障权益 助力美好生活</source>
      <translation>如:金融保障權益 助力美好生活</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="396" />
      <source>Names separated by 、 or commas</source>
      <translation>多個姓名用 、 或逗號分隔</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="398" />
      <source>What was covered and how it went. No names or phone numbers of attendees.</source>
      <translation>宣傳內容與效果。請勿填寫參與群眾的姓名或電話。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="399" />
      <source>Required: why this event is being corrected</source>
      <translation>必填:修改該活動的原因</translation>
    </message>
  </context>
  <context>
    <name>EducationListModel</name>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="35" />
      <source>Event no.</source>
      <translation>活動編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="36" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="37" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="38" />
      <source>Campaign</source>
      <translation>活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="39" />
      <source>Theme</source>
      <translation>主題口號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="40" />
      <source>Place</source>
      <translation>場所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="41" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="42" />
      <source>Target groups</source>
      <translation>目標人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="43" />
      <source>Attendees</source>
      <translation>現場人數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="44" />
      <source>Online reach</source>
      <translation>線上觸達</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="45" />
      <source>Organiser</source>
      <translation>負責人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="134" />
      <source>Planned</source>
      <translation>計劃中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="134" />
      <source>Held</source>
      <translation>已開展</translation>
    </message>
  </context>
  <context>
    <name>EducationTotalsModel</name>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="21" />
      <source>Events</source>
      <translation>場次</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="21" />
      <source>Attendees</source>
      <translation>現場人數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="22" />
      <source>Online reach</source>
      <translation>線上觸達</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="79" />
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="80" />
      <source>Target group</source>
      <translation>目標人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="81" />
      <source>Campaign</source>
      <translation>活動</translation>
    </message>
  </context>
  <context>
    <name>EducationUpcomingModel</name>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Campaign</source>
      <translation>活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Place</source>
      <translation>場所</translation>
    </message>
  </context>
  <context>
    <name>EducationWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="161" />
      <source>%1 events · %2 attendees on site · %3 reached online</source>
      <translation>共 %1 場 · 現場 %2 人 · 線上觸達 %3 人次</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="164" />
      <source>%1 planned event(s) have passed without figures: record them as held.</source>
      <translation>有 %1 場計劃活動已過期仍未登記開展情況,請及時補錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="222" />
      <source>Education event log</source>
      <translation>金融教育宣傳活動臺賬</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="228" />
      <source>Delete event</source>
      <translation>刪除活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="228" />
      <source>Why is this event being deleted?</source>
      <translation>請填寫刪除該活動的原因:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="243" />
      <source>&amp;New event…</source>
      <translation>新建活動(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="244" />
      <source>Plan or record an education event (Ctrl+N)</source>
      <translation>計劃或登記一場宣傳活動 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="245" />
      <source>Record as &amp;held…</source>
      <translation>登記開展情況(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="246" />
      <source>&amp;Open / amend…</source>
      <translation>查看/修改(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="247" />
      <source>&amp;Delete…</source>
      <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="248" />
      <source>Export to &amp;Excel…</source>
      <translation>導出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="249" />
      <source>Coming up</source>
      <translation>近期計劃活動</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="56" />
      <source>Enrol with head office</source>
      <translation>登記到總行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="62" />
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="68" />
      <source>Server address</source>
      <translation>服務器地址</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="69" />
      <source>One-time code</source>
      <translation>一次性登記碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="70" />
      <source>CA certificate (optional)</source>
      <translation>CA 證書(可選)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="77" />
      <source>Enrol</source>
      <translation>登記</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="88" />
      <source>CA certificate</source>
      <translation>CA 證書</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="96" />
      <source>Enter the server address (https://...) and the code from head office.</source>
      <translation>請輸入服務器地址(https://...)和總行發放的登記碼。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="99" />
      <source>Enrolling…</source>
      <translation>正在登記…</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="67" />
      <source>Unexpected error</source>
      <translation>意外錯誤</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="68" />
      <source>Something went wrong. What you typed is still in the form; the details are in the log file.</source>
      <translation>程序出錯。您填寫的內容仍保留在表單中;詳細信息已寫入日誌文件。</translation>
    </message>
  </context>
  <context>
    <name>ExportExcel</name>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="119" />
      <source>Export to Excel</source>
      <translation>導出 Excel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="122" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="134" />
      <source>The file could not be written: %1</source>
      <translation>無法寫入文件:%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/export_excel.py" line="137" />
      <source>%n row(s) exported.</source>
      <translation>
        <numerusform>已導出 %n 行。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="100" />
      <source>Set up BranchDesk: administrator</source>
      <translation>設置 BranchDesk:系統管理員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="102" />
      <source>This is the first start on this PC. Create the administrator account: it manages staff accounts and settings. Keep the password safe; it cannot be recovered, only reset by another administrator.</source>
      <translation>這是本機首次啟動。請創建系統管理員賬戶,用於管理員工賬戶和設置。請妥善保管密碼:密碼無法找回,只能由其他管理員重置。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>User name:</source>
      <translation>用戶名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>Full name:</source>
      <translation>姓名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>Password:</source>
      <translation>密碼:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="105" />
      <source>Repeat password:</source>
      <translation>再次輸入密碼:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="356" />
      <source>BranchDesk — first start</source>
      <translation>BranchDesk 首次啟動設置</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="358" />
      <source>&amp;Next &gt;</source>
      <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="359" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="360" />
      <source>&amp;Finish</source>
      <translation>完成(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="361" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>FraudFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="25" />
      <source>All fraud types</source>
      <translation>全部詐騙類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="28" />
      <source>All outcomes</source>
      <translation>全部結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="103" />
      <source>Amount?</source>
      <translation>金額有誤</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="136" />
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="161" />
      <source>Anyone</source>
      <translation>全部人員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="145" />
      <source>Search case no., narrative, police ref. (Ctrl+F)</source>
      <translation>搜索編號、經過、回執號(Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="146" />
      <source>&amp;Date</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="147" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="148" />
      <source>Type</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="149" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="150" />
      <source>Protected ¥</source>
      <translation>避免損失 ¥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="152" />
      <source>Police</source>
      <translation>報警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="153" />
      <source>Recorded by</source>
      <translation>登記人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="155" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="156" />
      <source>min</source>
      <translation>最低</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="157" />
      <source>max</source>
      <translation>最高</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Police notified</source>
      <translation>已報警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Not notified</source>
      <translation>未報警</translation>
    </message>
  </context>
  <context>
    <name>FraudForm</name>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="77" />
      <source>Your role cannot record interceptions.</source>
      <translation>您的角色不能登記攔截記錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="78" />
      <source>This record was deleted; it can be read but not changed.</source>
      <translation>此記錄已刪除,只能查看,不能修改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="79" />
      <source>Only the person who recorded it (%1) or a manager can amend this record.</source>
      <translation>只有登記人(%1)或網點經理可以修改此記錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="93" />
      <location filename="../branchdesk/ui/fraud/form.py" line="101" />
      <source>Choose…</source>
      <translation>請選擇…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="219" />
      <source>This record was deleted in the meantime; your changes were not saved.</source>
      <translation>此記錄已被他人刪除,您的修改未保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="238" />
      <source>New fraud interception</source>
      <translation>新增涉詐攔截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="240" />
      <source>Fraud interception</source>
      <translation>涉詐攔截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="242" />
      <source>Amend fraud interception</source>
      <translation>修改涉詐攔截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="244" />
      <source>&amp;Time</source>
      <translation>發生時間(&amp;T)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="244" />
      <source>Detected &amp;by</source>
      <translation>發現途徑(&amp;B)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="245" />
      <source>B&amp;usiness</source>
      <translation>業務類型(&amp;U)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="245" />
      <source>C&amp;hannel</source>
      <translation>渠道(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="246" />
      <source>&amp;Subject</source>
      <translation>對象(&amp;S)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="246" />
      <source>&amp;Gender</source>
      <translation>性別(&amp;G)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="247" />
      <source>A&amp;ge band</source>
      <translation>年齡段(&amp;E)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="247" />
      <source>&amp;Fraud type</source>
      <translation>詐騙類型(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="248" />
      <source>Contacted &amp;via</source>
      <translation>接觸方式(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="248" />
      <source>Amount a&amp;ttempted (¥)</source>
      <translation>擬轉金額(元)(&amp;T)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="249" />
      <source>Amount &amp;protected (¥)</source>
      <translation>避免損失金額(元)(&amp;P)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="250" />
      <source>Police &amp;receipt no.</source>
      <translation>報警回執號(&amp;R)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="251" />
      <source>&amp;Outcome</source>
      <translation>結果(&amp;O)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="251" />
      <source>Re&amp;viewed by</source>
      <translation>複核主管(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="252" />
      <source>&amp;Narrative</source>
      <translation>經過(&amp;N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="252" />
      <source>&amp;Reason for change</source>
      <translation>修改原因(&amp;R)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="256" />
      <source>Police &amp;notified (110 / local station)</source>
      <translation>已報警(110/屬地派出所)(&amp;N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="257" />
      <source>Police &amp;attended</source>
      <translation>民警到場(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="259" />
      <source>What happened, naming people only as 李女士 / 张某. No ID, phone or card numbers.</source>
      <translation>事件經過,人員僅以“李女士/張某”稱呼,不得填寫身份證號、手機號或卡號。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="260" />
      <source>Required: why this record is being corrected</source>
      <translation>必填:說明更正此記錄的原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="261" />
      <source>Supervisor who checked the record</source>
      <translation>複核此記錄的主管</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Case</source>
      <translation>案件信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Fraud</source>
      <translation>詐騙情況</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="263" />
      <source>What was done</source>
      <translation>處置措施</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="263" />
      <source>Police</source>
      <translation>報警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="264" />
      <source>Result</source>
      <translation>處置結果</translation>
    </message>
  </context>
  <context>
    <name>FraudHistory</name>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="22" />
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="22" />
      <source>Detected by</source>
      <translation>發現途徑</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="23" />
      <source>Business</source>
      <translation>業務類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="23" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="24" />
      <source>Subject</source>
      <translation>對象</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="24" />
      <source>Gender</source>
      <translation>性別</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="25" />
      <source>Age band</source>
      <translation>年齡段</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="25" />
      <source>Fraud type</source>
      <translation>詐騙類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="26" />
      <source>Contacted via</source>
      <translation>接觸方式</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="27" />
      <source>Amount attempted</source>
      <translation>擬轉金額</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="28" />
      <source>Amount protected</source>
      <translation>避免損失金額</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="28" />
      <source>Actions</source>
      <translation>處置措施</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="29" />
      <source>Police notified</source>
      <translation>已報警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="30" />
      <source>Police attended</source>
      <translation>民警到場</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="31" />
      <source>Police receipt no.</source>
      <translation>報警回執號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="31" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="32" />
      <source>Narrative</source>
      <translation>經過</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="32" />
      <source>Reviewed by</source>
      <translation>複核主管</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="33" />
      <source>Deleted</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="35" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="35" />
      <source>Replaced on</source>
      <translation>被替換時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="36" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="36" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="37" />
      <source>What this version said (changed later)</source>
      <translation>該版本內容(後被修改的項)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="96" />
      <source>(the record was deleted after this version)</source>
      <translation>(此版本之後記錄被刪除)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="108" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="108" />
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>FraudListModel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="29" />
      <source>Case no.</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="30" />
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="31" />
      <source>Fraud type</source>
      <translation>詐騙類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="32" />
      <source>Business</source>
      <translation>業務類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="33" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="34" />
      <source>Age band</source>
      <translation>年齡段</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="35" />
      <source>Attempted (¥)</source>
      <translation>擬轉金額(元)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="36" />
      <source>Protected (¥)</source>
      <translation>避免損失(元)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="37" />
      <source>Police</source>
      <translation>報警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="38" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="39" />
      <source>Recorded by</source>
      <translation>登記人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="119" />
      <source>Deleted on %1</source>
      <translation>已於 %1 刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="137" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="137" />
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>FraudStatsPanel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="268" />
      <source>Adding up…</source>
      <translation>正在統計…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="287" />
      <source>The statistics could not be read; they are tried again when you come back.</source>
      <translation>統計數據讀取失敗;再次打開此頁時將重試。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="297" />
      <source>No interceptions recorded this year</source>
      <translation>今年尚無攔截記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="313" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="314" />
      <source>This year</source>
      <translation>本年</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="317" />
      <source>By fraud type, this year (amount protected)</source>
      <translation>本年按詐騙類型(避免損失金額)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="318" />
      <source>Interceptions per month, last 12 months</source>
      <translation>近12個月每月攔截件數</translation>
    </message>
  </context>
  <context>
    <name>FraudWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="191" />
      <source>%1 interception(s) shown · amount protected ¥%2 · amount attempted ¥%3</source>
      <translation>顯示 %1 件 · 避免損失 ¥%2 · 擬轉金額 ¥%3</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="239" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="275" />
      <source>Not allowed</source>
      <translation>無權操作</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="239" />
      <source>Your role cannot record interceptions.</source>
      <translation>您的角色不能登記攔截記錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="275" />
      <source>Only a branch manager can delete an interception record.</source>
      <translation>只有網點經理可以刪除攔截記錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="282" />
      <source>Already deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="282" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="295" />
      <source>This record is already deleted.</source>
      <translation>此記錄已被刪除。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="284" />
      <source>Delete %1</source>
      <translation>刪除 %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="285" />
      <source>Why is this record being deleted? It stays in the history and can be seen by managers.</source>
      <translation>為什麼刪除此記錄?記錄會保留在歷史中,網點經理可以查看。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="289" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="295" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="298" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="303" />
      <source>Not deleted</source>
      <translation>未刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="289" />
      <source>A reason is required to delete a record.</source>
      <translation>刪除記錄必須填寫原因。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="337" />
      <source>Fraud interception register</source>
      <translation>涉詐攔截登記簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="341" />
      <source>&amp;New interception  Ctrl+N</source>
      <translation>新增攔截(&amp;N)  Ctrl+N</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="342" />
      <source>&amp;Open / amend</source>
      <translation>查看/修改(&amp;O)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="343" />
      <source>&amp;History</source>
      <translation>修改歷史(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="344" />
      <source>&amp;Delete…</source>
      <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="345" />
      <source>Export to &amp;Excel…</source>
      <translation>導出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="346" />
      <source>Record a new interception (Ctrl+N)</source>
      <translation>登記一筆新的涉詐攔截(Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="347" />
      <source>Open the selected record to read or amend it (Enter or double-click)</source>
      <translation>打開所選記錄查看或修改(回車或雙擊)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="348" />
      <source>Earlier versions of the selected record, with reasons (Ctrl+H)</source>
      <translation>所選記錄的歷史版本及修改原因(Ctrl+H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="349" />
      <source>Delete the selected record, giving a reason; managers only (Del)</source>
      <translation>刪除所選記錄,須填寫原因;僅限網點經理(Del)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="350" />
      <source>Register</source>
      <translation>登記簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="351" />
      <source>Statistics</source>
      <translation>統計</translation>
    </message>
  </context>
  <context>
    <name>HeadOfficePage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="167" />
      <source>Head office</source>
      <translation>總行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="168" />
      <source>Records are sent to head office when the PC is online.</source>
      <translation>電腦聯網時,記錄會自動上報總行。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="169" />
      <source>Enter the address of the head-office server and the one-time enrolment code head office gave for this PC.</source>
      <translation>請輸入總行服務器地址,以及總行為這臺電腦發放的一次性登記碼。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="171" />
      <source>Head-office &amp;address:</source>
      <translation>總行地址(&amp;A):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="172" />
      <source>&amp;Enrolment code:</source>
      <translation>登記碼(&amp;E):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="174" />
      <source>Enrol &amp;later (offline trial)</source>
      <translation>暫不登記,先離線試用(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="175" />
      <source>Without enrolment everything works on this PC, but nothing is sent to head office until it is enrolled (later with branchdesk-cli enrol).</source>
      <translation>未登記時本機各項功能均可使用,但在登記之前不會向總行上報任何數據(以後可用 branchdesk-cli enrol 登記)。</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="125" />
      <source>History of %1</source>
      <translation>%1 的修改歷史</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="129" />
      <source>Current version: %1, last changed %2 by %3.</source>
      <translation>當前為第 %1 版,最近一次修改:%2,由 %3 修改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="133" />
      <source>This record has not been changed since it was entered.</source>
      <translation>此記錄登記後未被修改過。</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="52" />
      <source>BranchDesk is locked</source>
      <translation>BranchDesk 已鎖定</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="48" />
      <source>Choose…</source>
      <translation>請選擇…</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="254" />
      <source>This complainant already has %n open or recent complaint(s): </source>
      <translation>
        <numerusform>該投訴人已有 %n 件在辦或近期投訴：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="258" />
      <source>Save and merge into %1</source>
      <translation>登記併合並至 %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="337" />
      <source>Intake</source>
      <translation>受理信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="337" />
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="338" />
      <source>The complaint</source>
      <translation>投訴內容</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="338" />
      <source>Classification (JR/T 0169) and handler</source>
      <translation>分類（JR/T 0169）與承辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="339" />
      <source>Personal information notice</source>
      <translation>個人信息處理告知</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="344" />
      <source>Received at</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="344" />
      <source>Intake channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="345" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="345" />
      <source>Group complaint</source>
      <translation>群體投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="346" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="346" />
      <source>Mobile</source>
      <translation>手機號碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="347" />
      <source>ID number</source>
      <translation>身份證號碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="347" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="348" />
      <source>Lodged by</source>
      <translation>投訴提出人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="348" />
      <source>Agent / heir name</source>
      <translation>代理人/繼承人姓名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="349" />
      <source>Agent / heir mobile</source>
      <translation>代理人/繼承人手機</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="349" />
      <source>Agent / heir ID number</source>
      <translation>代理人/繼承人身份證號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="350" />
      <source>Institution complained about</source>
      <translation>被投訴機構</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="351" />
      <source>Staff complained about</source>
      <translation>被投訴人員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="351" />
      <source>Facts and grounds</source>
      <translation>投訴事實與理由</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="352" />
      <source>Request</source>
      <translation>投訴請求</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="352" />
      <source>Demand type</source>
      <translation>訴求類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="353" />
      <source>A · Business channel</source>
      <translation>A · 業務辦理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="353" />
      <source>B · Business category</source>
      <translation>B · 業務類別</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="354" />
      <source>C · Cause</source>
      <translation>C · 投訴原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="354" />
      <source>Handler (user name)</source>
      <translation>承辦人（用戶名）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="358" />
      <source>Several people complain together</source>
      <translation>多人共同投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="362" />
      <source>The complainant in person</source>
      <translation>投訴人本人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="362" />
      <source>An agent (power of attorney)</source>
      <translation>代理人（持授權委託書）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="363" />
      <source>An heir (proof of inheritance)</source>
      <translation>繼承人（持繼承證明）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="368" />
      <source>Tell the complainant: the bank uses their name, contact and ID number only to handle this complaint (intake, investigation, reply, call-back), keeps them encrypted, shows them masked, and keeps the file for three years after closing. Notice version %1.</source>
      <translation>請告知投訴人：本行收集其姓名、聯繫方式和身份證號碼僅用於處理本次投訴（受理、調查、答覆、回訪），加密保存、脫敏顯示，投訴檔案在辦結後保存三年。告知書版本 %1。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="371" />
      <source>The complainant was told and agrees</source>
      <translation>已告知投訴人並取得同意</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="372" />
      <source>11 digits</source>
      <translation>11 位數字</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="373" />
      <source>18 digits</source>
      <translation>18 位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="374" />
      <source>Register complaint (Ctrl+S)</source>
      <translation>登記投訴（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="375" />
      <source>Clear</source>
      <translation>清空</translation>
    </message>
  </context>
  <context>
    <name>KeyFileDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="46" />
      <source>Key share file:</source>
      <translation>密鑰分享文件:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="47" />
      <source>Passphrase:</source>
      <translation>口令:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="48" />
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="51" />
      <source>BranchDesk key share (*%1)</source>
      <translation>BranchDesk 密鑰分享文件 (*%1)</translation>
    </message>
  </context>
  <context>
    <name>KeyJoinDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="129" />
      <source>Join this branch's data key</source>
      <translation>加入本網點的數據密鑰</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="131" />
      <source>Take the data key of this branch's other PCs from a key share made on one of them, with the passphrase its administrator chose. Only a PC that holds no personal data of its own yet (a newly set-up PC) can join; otherwise nothing is changed.</source>
      <translation>從本網點另一臺電腦製作的密鑰分享文件中取得本網點的數據密鑰,並輸入那臺電腦管理員設置的口令。只有尚未登記過自己的個人信息的電腦(新安裝的電腦)才能加入;否則不作任何更改。</translation>
    </message>
  </context>
  <context>
    <name>KeyShareDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="81" />
      <source>Share data key with another PC</source>
      <translation>與本網點其他電腦共用數據密鑰</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="83" />
      <source>Another PC of this branch can take this PC's data key, so that each can show the personal data the other took and repeat complaints are matched across them. The key is written to a file protected by the passphrase you choose here; head office never sees it. Carry the file to the other PC and tell its administrator the passphrase in person, never with the file. Delete the file once the other PC has joined.</source>
      <translation>本網點的另一臺電腦可以使用本機的數據密鑰,這樣兩臺電腦都能查看對方登記的個人信息,重複投訴也能互相識別。密鑰將寫入一個文件,由您在此設置的口令保護;總行始終看不到它。請把文件帶到另一臺電腦,並當面把口令告訴那臺電腦的管理員,切勿與文件放在一起。對方加入後請刪除該文件。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="88" />
      <source>Repeat passphrase:</source>
      <translation>再次輸入口令:</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="170" />
      <source>Interceptions</source>
      <translation>攔截件數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="171" />
      <source>Amount protected</source>
      <translation>避免損失金額</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="172" />
      <source>Aged 60 and over</source>
      <translation>60歲及以上佔比</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="173" />
      <source>Police involved</source>
      <translation>報警比例</translation>
    </message>
  </context>
  <context>
    <name>LanguagePage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="113" />
      <source>Welcome to BranchDesk</source>
      <translation>歡迎使用 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="114" />
      <source>A few questions set this PC up for your branch. Nothing is saved until you click Finish.</source>
      <translation>回答幾個問題,即可為本網點設置這臺電腦。點擊“完成”之前不會保存任何內容。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="115" />
      <source>Choose the language of the program. You can change it later in the settings.</source>
      <translation>請選擇程序界面語言。以後可在“設置”中更改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="116" />
      <source>&amp;Language:</source>
      <translation>語言(&amp;L):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="117" />
      <source>Your data is kept in this folder:</source>
      <translation>您的數據保存在此文件夾:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="182" />
      <source>About BranchDesk</source>
      <translation>關於 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="183" />
      <source>BranchDesk %1
Consumer-protection desk for bank branches.</source>
      <translation>BranchDesk %1
銀行網點消費者權益保護工作臺。</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="194" />
      <source>Waiting to sync: %n change(s)</source>
      <translation>
        <numerusform>待同步:%n 項變更</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="207" />
      <source>BranchDesk — Consumer protection desk</source>
      <translation>BranchDesk 消保工作臺</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="210" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="211" />
      <source>E&amp;xit</source>
      <translation>退出(&amp;X)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="212" />
      <source>&amp;Settings…</source>
      <translation>設置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="213" />
      <source>&amp;View</source>
      <translation>視圖(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="214" />
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="215" />
      <source>&amp;Help</source>
      <translation>幫助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="216" />
      <source>&amp;About BranchDesk</source>
      <translation>關於 BranchDesk(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="218" />
      <source>Not synced yet</source>
      <translation>尚未同步</translation>
    </message>
  </context>
  <context>
    <name>MaterialsEditor</name>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="140" />
      <source>Add material</source>
      <translation>添加資料</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="142" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="147" />
      <source> pcs</source>
      <translation> 份</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="143" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="148" />
      <source>Remove this material</source>
      <translation>刪除該資料</translation>
    </message>
  </context>
  <context>
    <name>PartnersEditor</name>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="182" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="189" />
      <source>Name, e.g. 张江派出所</source>
      <translation>名稱,如:張江派出所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="183" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="190" />
      <source>Remove this partner</source>
      <translation>刪除該合作單位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="187" />
      <source>Add partner</source>
      <translation>添加合作單位</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="226" />
      <source>Passphrase:</source>
      <translation>口令:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="227" />
      <source>Repeat passphrase:</source>
      <translation>再次輸入口令:</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="183" />
      <source>The people shown agreed to be photographed and to the photos being kept</source>
      <translation>已徵得照片中人員同意拍攝並留存照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="184" />
      <source>Add &amp;photos…</source>
      <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="185" />
      <source>Remove photo</source>
      <translation>刪除照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="187" />
      <source>This event reaches students or minors. Photos of identifiable children under 14 are sensitive personal information: photograph from behind or at a distance, and only with a guardian's consent.</source>
      <translation>本次活動面向學生或未成年人。可識別的未滿 14 週歲兒童的照片屬於敏感個人信息:請從背面或遠處拍攝,並須取得監護人同意。</translation>
    </message>
  </context>
  <context>
    <name>RecordFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/widgets/filter_bar.py" line="90" />
      <source>Show deleted</source>
      <translation>顯示已刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/filter_bar.py" line="91" />
      <source>Clear filters</source>
      <translation>清除篩選</translation>
    </message>
  </context>
  <context>
    <name>RecordFormDialog</name>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="279" />
      <source>What you typed is still here; try saving again.</source>
      <translation>已填寫的內容仍保留在表單中,請稍後再次保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="294" />
      <source>Please correct the fields marked in red.</source>
      <translation>請更正紅色標出的項目。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="318" />
      <source>Discard changes?</source>
      <translation>放棄修改?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="319" />
      <source>What you typed in this form will be lost.</source>
      <translation>本表單中已填寫的內容將會丟失。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="320" />
      <source>Discard</source>
      <translation>放棄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="321" />
      <source>Keep editing</source>
      <translation>繼續填寫</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="342" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="343" />
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="343" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="344" />
      <source>Ctrl+Enter saves · Esc cancels</source>
      <translation>Ctrl+Enter 保存 · Esc 取消</translation>
    </message>
  </context>
  <context>
    <name>ReportsWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="39" />
      <source>Branch summary</source>
      <translation>網點消保工作彙總</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="40" />
      <source>Fraud interception register</source>
      <translation>涉詐攔截登記簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="41" />
      <source>Education events log</source>
      <translation>金融教育宣傳活動臺賬</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="42" />
      <source>Complaint case sheet</source>
      <translation>投訴案件處理單</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="43" />
      <source>Complaint decision notice</source>
      <translation>投訴處理決定告知書</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="46" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="47" />
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="48" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="224" />
      <source>Month %1</source>
      <translation>%1月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="229" />
      <source>Q%1</source>
      <translation>第%1季度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="241" />
      <location filename="../branchdesk/ui/reports/workspace.py" line="419" />
      <source>Period</source>
      <translation>期間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="241" />
      <location filename="../branchdesk/ui/reports/workspace.py" line="419" />
      <source>Ticket number</source>
      <translation>投訴編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="266" />
      <source>Building the report…</source>
      <translation>正在生成報表…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="296" />
      <source>%1 — %2 page(s). Save or print it with the buttons above.</source>
      <translation>%1 — 共 %2 頁。可用上方按鈕保存或打印。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="324" />
      <source>Save report</source>
      <translation>保存報表</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="334" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="345" />
      <source>Saved to %1</source>
      <translation>已保存到 %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="360" />
      <source>Sent %1 page(s) to the printer.</source>
      <translation>已發送 %1 頁到打印機。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="367" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="399" />
      <source>Exported %1 row(s) to %2</source>
      <translation>已導出 %1 行到 %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="402" />
      <source>Exporting…</source>
      <translation>正在導出…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="411" />
      <source>Report</source>
      <translation>報表</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="412" />
      <source>&amp;Preview</source>
      <translation>預覽(&amp;P)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="413" />
      <source>&amp;Save PDF…</source>
      <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="414" />
      <source>P&amp;rint…</source>
      <translation>打印(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="415" />
      <source>Export to &amp;Excel…</source>
      <translation>導出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="416" />
      <source>The complaint's ticket number</source>
      <translation>投訴的編號</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="38" />
      <location filename="../branchdesk/ui/security/texts.py" line="10" />
      <source>Teller</source>
      <translation>櫃員</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="39" />
      <location filename="../branchdesk/ui/security/texts.py" line="11" />
      <source>Manager</source>
      <translation>網點經理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="40" />
      <location filename="../branchdesk/ui/security/texts.py" line="12" />
      <source>Administrator</source>
      <translation>系統管理員</translation>
    </message>
  </context>
  <context>
    <name>SecurityController</name>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="113" />
      <source>&amp;Account</source>
      <translation>賬戶(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="114" />
      <source>&amp;Lock now</source>
      <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="115" />
      <source>Change &amp;password…</source>
      <translation>修改密碼(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="116" />
      <source>&amp;Switch user…</source>
      <translation>切換用戶(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="117" />
      <source>Staff &amp;accounts…</source>
      <translation>員工賬戶(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="118" />
      <source>Security &amp;settings…</source>
      <translation>安全設置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="150" />
      <source>Switch user</source>
      <translation>切換用戶</translation>
    </message>
  </context>
  <context>
    <name>SecuritySettingsDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="61" />
      <source>Security settings</source>
      <translation>安全設置</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="62" />
      <source>Lock after idle (minutes):</source>
      <translation>無操作自動鎖定(分鐘):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="63" />
      <source>Daily backups kept:</source>
      <translation>保留每日備份(份):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="64" />
      <source>Recovery passphrase:</source>
      <translation>恢復口令:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="65" />
      <source>set: backups can be restored on another PC</source>
      <translation>已設置:備份可在其他電腦上恢復</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="66" />
      <source>not set: a backup restored on another PC cannot show personal data</source>
      <translation>未設置:備份在其他電腦上恢復後無法顯示個人信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="67" />
      <source>Set recovery passphrase…</source>
      <translation>設置恢復口令…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="68" />
      <source>Share data key with another PC…</source>
      <translation>與本網點其他電腦共用數據密鑰…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="69" />
      <source>Join this branch's data key…</source>
      <translation>加入本網點的數據密鑰…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="70" />
      <source>Back up now…</source>
      <translation>立即備份…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="71" />
      <source>Purge records past retention…</source>
      <translation>清理已過保存期的記錄…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="98" />
      <source>Recovery passphrase</source>
      <translation>恢復口令</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="99" />
      <source>Backups will carry the data key protected by this passphrase, so they can be restored on a new PC. Keep it in the branch safe, apart from the backups.</source>
      <translation>備份將帶有用此口令保護的數據密鑰,以便在新電腦上恢復。請將口令與備份分開,存放在網點保險櫃中。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="121" />
      <source>Back up to</source>
      <translation>備份到</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="122" />
      <source>BranchDesk backup (*.sqlite)</source>
      <translation>BranchDesk 備份 (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="133" />
      <source>Backed up to %1.</source>
      <translation>已備份到 %1。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="142" />
      <source>No record is past its retention period.</source>
      <translation>沒有已過保存期的記錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="149" />
      <source>%1 record(s) are past their retention period (%2). Remove them for good? A report of what was removed is kept.</source>
      <translation>有 %1 條記錄已過保存期(%2)。確定永久刪除嗎?刪除清單將被保留。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="158" />
      <source>Purged %1 record(s). The report is in %2.</source>
      <translation>已清理 %1 條記錄。清單在 %2。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="257" />
      <source>Backup folder</source>
      <translation>備份文件夾</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="268" />
      <source>Settings</source>
      <translation>設置</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="270" />
      <source>These settings are read-only for you: %1</source>
      <translation>您只能查看這些設置:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="272" />
      <source>&amp;Language:</source>
      <translation>語言(&amp;L):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="273" />
      <source>Head-office &amp;address:</source>
      <translation>總行地址(&amp;A):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="274" />
      <source>&amp;Sync every (minutes):</source>
      <translation>同步間隔(分鐘)(&amp;S):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="275" />
      <source>&amp;Lock after idle (minutes):</source>
      <translation>空閒鎖定(分鐘)(&amp;L):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="276" />
      <source>&amp;Backup folder:</source>
      <translation>備份文件夾(&amp;B):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="277" />
      <source>Backups to &amp;keep:</source>
      <translation>保留備份份數(&amp;K):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="279" />
      <source>Starts with https://. Leave empty to work offline.</source>
      <translation>以 https:// 開頭;留空則離線工作。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="280" />
      <source>1 to 1440 minutes</source>
      <translation>1–1440 分鐘</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="281" />
      <source>1 to 120 minutes without use, then the password is asked again</source>
      <translation>無人操作 1–120 分鐘後鎖屏,需重新輸入密碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="282" />
      <source>A folder that exists and can be written, e.g. on a second disk</source>
      <translation>須為已存在且可寫入的文件夾,例如另一塊硬盤上的文件夾</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="283" />
      <source>1 to 365 daily backups; older ones are deleted</source>
      <translation>保留 1–365 份每日備份;更早的自動刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="286" />
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="287" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="288" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="45" />
      <source>Demo accounts (user name / password):</source>
      <translation>演示賬戶(用戶名 / 密碼):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="69" />
      <location filename="../branchdesk/ui/security/signin.py" line="74" />
      <source>Personal data cannot be read</source>
      <translation>無法讀取個人信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="69" />
      <source>This database holds personal data sealed with a key that is not in this PC's keyring, and no recovery passphrase was set. Personal data stays locked; other work can go on.</source>
      <translation>此數據庫中的個人信息用本機密鑰庫中沒有的密鑰加密,且未設置恢復口令。個人信息保持鎖定;其他工作可以繼續。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="74" />
      <source>The key in this PC's keyring belongs to another database. Personal data stays locked.</source>
      <translation>本機密鑰庫中的密鑰屬於另一個數據庫。個人信息保持鎖定。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="95" />
      <source>Start passphrase</source>
      <translation>啟動口令</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="95" />
      <source>On this PC the data key is protected by a passphrase instead of the system keyring. Type it to unlock personal data.</source>
      <translation>本機的數據密鑰由口令保護(而非系統密鑰庫)。請輸入口令以解鎖個人信息。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="99" />
      <source>Recover the data key</source>
      <translation>恢復數據密鑰</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="99" />
      <source>This database came from another PC (or this PC's keyring lost its key). Type the recovery passphrase the administrator set, to read personal data here.</source>
      <translation>此數據庫來自另一臺電腦(或本機密鑰庫丟失了密鑰)。請輸入管理員設置的恢復口令,以便在本機讀取個人信息。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="108" />
      <source>No secure key store</source>
      <translation>沒有安全的密鑰庫</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="108" />
      <source>This PC has no working system keyring (Windows Credential Manager, macOS Keychain or Secret Service), so BranchDesk cannot keep the key that protects personal data. It will not store that key in a plain file.</source>
      <translation>本機沒有可用的系統密鑰庫(Windows 憑據管理器、macOS 鑰匙串或 Secret Service),BranchDesk 無法保存保護個人信息的密鑰。它不會把密鑰存到普通文件中。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="112" />
      <source>You can continue without personal data (fraud interceptions and education events work), or an administrator can choose to protect the key with a passphrase that must be typed at every start. If that passphrase is forgotten, the personal data is lost.</source>
      <translation>您可以在不使用個人信息的情況下繼續(涉詐攔截和金融教育宣傳可正常使用),或由管理員選擇用口令保護密鑰,每次啟動時輸入。忘記該口令,個人信息將無法找回。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="116" />
      <source>Continue without personal data</source>
      <translation>不使用個人信息繼續</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="117" />
      <source>Use a start passphrase…</source>
      <translation>使用啟動口令…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="134" />
      <source>Protect the data key with a passphrase</source>
      <translation>用口令保護數據密鑰</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="134" />
      <source>Choose a passphrase of at least 10 characters. It will be asked at every start of BranchDesk on this PC. Nobody, including BranchDesk support, can recover it.</source>
      <translation>請設置至少 10 個字符的口令。本機每次啟動 BranchDesk 時都會詢問。任何人(包括 BranchDesk 技術支持)都無法找回它。</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="145" />
      <source>Sign in to BranchDesk</source>
      <translation>登錄 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="146" />
      <source>Sign in with your staff account.</source>
      <translation>請用您的員工賬戶登錄。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="148" />
      <source>User name:</source>
      <translation>用戶名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="149" />
      <source>Password:</source>
      <translation>密碼:</translation>
    </message>
  </context>
  <context>
    <name>StatsPanel</name>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="191" />
      <source>M</source>
      <comment>month number suffix in the chart</comment>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="195" />
      <source>No events held in this period</source>
      <translation>本期沒有已開展的活動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="199" />
      <source>%1-%2</source>
      <translation>%1年%2月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="201" />
      <source>%1 Q%2</source>
      <translation>%1年第%2季度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="210" />
      <source>Statistics (held events)</source>
      <translation>統計(已開展活動)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="211" />
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="211" />
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="211" />
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="213" />
      <source>Previous period</source>
      <translation>上一期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="214" />
      <source>Next period</source>
      <translation>下一期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="215" />
      <source>An event for several target groups counts once in each group. Bars: people reached (on site and online) per month.</source>
      <translation>同一活動面向多類人群時,在每類人群中各計一次。柱形圖為各月覆蓋人次(現場與線上合計)。</translation>
    </message>
  </context>
  <context>
    <name>StoreError</name>
    <message>
      <location filename="../branchdesk/ui/app.py" line="177" />
      <source>BranchDesk cannot start</source>
      <translation>BranchDesk 無法啟動</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="17" />
      <source>The database is locked by another program. Close other BranchDesk windows or tools and try again.</source>
      <translation>數據庫被其他程序佔用。請關閉其他 BranchDesk 窗口或工具後重試。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="18" />
      <source>The data folder is read-only. BranchDesk cannot save anything there.</source>
      <translation>數據文件夾為只讀,BranchDesk 無法在此保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="19" />
      <source>The disk is full. Free some space; nothing was saved.</source>
      <translation>磁盤已滿。請釋放空間;本次未保存任何內容。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="20" />
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>數據庫文件已損壞,請從備份恢復。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="21" />
      <source>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</source>
      <translation>此數據庫由更新版本的 BranchDesk 創建。請安裝新版本;文件未做任何改動。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="22" />
      <source>This file is not a BranchDesk database.</source>
      <translation>此文件不是 BranchDesk 數據庫。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="23" />
      <source>The database file cannot be opened.</source>
      <translation>無法打開數據庫文件。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="25" />
      <source>A database error occurred; nothing was saved.</source>
      <translation>數據庫出錯,本次未保存任何內容。</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="249" />
      <source>Ready</source>
      <translation>準備就緒</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="250" />
      <source>Check the answers, then click Finish to save them.</source>
      <translation>請核對以下信息,然後點擊“完成”保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="257" />
      <source>Language: %1</source>
      <translation>語言:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="258" />
      <source>Branch: %1 %2</source>
      <translation>網點:%1 %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="259" />
      <source>Head office: %1 (enrolled when you click Finish)</source>
      <translation>總行:%1(點擊“完成”時登記)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="260" />
      <source>Head office: not enrolled yet (offline trial)</source>
      <translation>總行:尚未登記(離線試用)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="263" />
      <source>Administrator: %1 (%2)</source>
      <translation>系統管理員:%1(%2)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="265" />
      <source>Data folder: %1</source>
      <translation>數據文件夾:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="266" />
      <source>Backups: %1</source>
      <translation>備份位置:%1</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="93" />
      <source>Not enrolled with head office</source>
      <translation>尚未登記到總行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="97" />
      <source>Syncing…</source>
      <translation>正在同步…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="108" />
      <source>Sending %v/%m</source>
      <translation>正在發送 %v/%m</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="108" />
      <source>Receiving %v/%m</source>
      <translation>正在接收 %v/%m</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="133" />
      <source>Sync failed at %1: %2</source>
      <translation>%1 同步失敗:%2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="134" />
      <location filename="../branchdesk/ui/sync/controller.py" line="169" />
      <source>Last sync %1</source>
      <translation>上次同步 %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="136" />
      <source>conflicts: %1</source>
      <translation>衝突:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="138" />
      <source>set aside: %1</source>
      <translation>擱置:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="147" />
      <source>Error: attachment files set aside: %1 (see Sync)</source>
      <translation>錯誤:有 %1 個附件檔案被擱置(見「同步」頁)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="171" />
      <source>Last sync %1 did not finish</source>
      <translation>上次同步 %1 未全部完成</translation>
    </message>
  </context>
  <context>
    <name>SyncModels</name>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="13" />
      <location filename="../branchdesk/ui/sync/models.py" line="49" />
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="14" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="15" />
      <source>My value</source>
      <translation>我的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="16" />
      <source>Head office's value</source>
      <translation>總行的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="17" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="18" />
      <source>Found</source>
      <translation>發現時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="21" />
      <source>Changed at the same time elsewhere</source>
      <translation>他處同時作了修改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="22" />
      <source>Decided by head office</source>
      <translation>由總行決定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="23" />
      <source>Status cannot move back</source>
      <translation>狀態不能回退</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="24" />
      <source>Clashes with a record made on this PC</source>
      <translation>與本機錄入的記錄衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="28" />
      <source>Narrative</source>
      <translation>經過</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="29" />
      <source>Reviewer</source>
      <translation>複核人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="30" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="31" />
      <source>Amount attempted</source>
      <translation>擬轉金額</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="32" />
      <source>Amount protected</source>
      <translation>避免損失金額</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="33" />
      <source>Fraud type</source>
      <translation>詐騙類型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="34" />
      <source>Handler</source>
      <translation>承辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="35" />
      <source>Supervisor</source>
      <translation>督辦人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="36" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="37" />
      <source>Facts</source>
      <translation>投訴事實</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="38" />
      <source>Request</source>
      <translation>投訴請求</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="39" />
      <source>Decision</source>
      <translation>處理決定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="40" />
      <source>Classification: channel</source>
      <translation>分類:渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="41" />
      <source>Classification: business</source>
      <translation>分類:業務</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="42" />
      <source>Classification: cause</source>
      <translation>分類:原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="43" />
      <source>Priority</source>
      <translation>優先級</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="44" />
      <source>Summary</source>
      <translation>總結</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="45" />
      <source>Attendees</source>
      <translation>參加人數</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="46" />
      <source>Deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="50" />
      <source>Change</source>
      <translation>更改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="51" />
      <location filename="../branchdesk/ui/sync/models.py" line="77" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="52" />
      <source>Made at</source>
      <translation>更改時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="57" />
      <source>Head office does not take this kind of record yet</source>
      <translation>總行暫不接收此類記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="58" />
      <source>Head office does not take this kind of change yet</source>
      <translation>總行暫不接收此類修改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="59" />
      <source>The record's identifier is not valid</source>
      <translation>記錄標識無效</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="60" />
      <source>The change names another record than it carries</source>
      <translation>修改所指記錄與所帶內容不一致</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="61" />
      <source>The record belongs to another branch</source>
      <translation>該記錄屬於其他網點</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="62" />
      <source>The record's version number is not valid</source>
      <translation>記錄版本號無效</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="63" />
      <source>Head office holds a different kind of record under this identifier</source>
      <translation>總行已有同一標識的另一類記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="64" />
      <source>The attachment's file name, size or checksum is not valid</source>
      <translation>附件的檔名、大小或校驗值無效</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="67" />
      <source>New record</source>
      <translation>新建記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="68" />
      <source>Amendment</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="69" />
      <source>Deletion</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="70" />
      <source>Case step</source>
      <translation>案件環節</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="74" />
      <source>Ticket</source>
      <translation>投訴編號</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="75" />
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="76" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="78" />
      <source>Set aside at</source>
      <translation>擱置時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="82" />
      <source>The file is no longer in this PC's data folder</source>
      <translation>本機資料夾中已沒有此檔案</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="83" />
      <source>Larger than head office accepts (20 MB)</source>
      <translation>超過總行接受的大小(20 MB)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="84" />
      <source>Not the size its attachment says: damaged on this PC?</source>
      <translation>檔案大小與其附件記錄不符:是否在本機損壞?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="85" />
      <source>Damaged on the way to head office</source>
      <translation>傳送到總行途中損壞</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="86" />
      <source>Sent without its checksum</source>
      <translation>傳送時缺少檢查碼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="87" />
      <source>Head office has no attachment that names this file</source>
      <translation>總行沒有指向此檔案的附件記錄</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="88" />
      <source>Head office does not accept the file's name</source>
      <translation>總行不接受此檔案的名稱</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="89" />
      <source>Refused by head office</source>
      <translation>被總行拒收</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="189" />
      <location filename="../branchdesk/ui/sync/models.py" line="221" />
      <source>Refused by head office: %1</source>
      <translation>被總行拒收:%1</translation>
    </message>
  </context>
  <context>
    <name>SyncWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="120" />
      <source>Enrol…</source>
      <translation>登記…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="122" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="128" />
      <source>Head office</source>
      <translation>總行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="134" />
      <source>Server</source>
      <translation>服務器</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="135" />
      <source>Last result</source>
      <translation>上次結果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="143" />
      <source>Keep head office's value</source>
      <translation>保留總行的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="144" />
      <source>Apply my value again</source>
      <translation>重新採用我的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="147" />
      <source>Conflicts</source>
      <translation>衝突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="155" />
      <source>Only a manager can resolve conflicts.</source>
      <translation>只有網點經理可以處理衝突。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="163" />
      <location filename="../branchdesk/ui/sync/workspace.py" line="178" />
      <source>Send again</source>
      <translation>重新發送</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="165" />
      <source>Changes set aside by head office</source>
      <translation>被總行退回擱置的更改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="181" />
      <source>Attachment files set aside</source>
      <translation>被擱置的附件檔案</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="209" />
      <source>Not enrolled</source>
      <translation>未登記</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="210" />
      <source>Never synced</source>
      <translation>從未同步</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="273" />
      <source>Conflict</source>
      <translation>衝突</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>What</source>
      <translation>事項</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>Details</source>
      <translation>詳情</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="86" />
      <source>BranchDesk is locked</source>
      <translation>BranchDesk 已鎖定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="87" />
      <source>Locked after a time without activity. %1, type your password to go on; your open forms are kept.</source>
      <translation>長時間無操作,已自動鎖定。%1,請輸入密碼繼續;已打開的表單會保留。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="89" />
      <source>Password:</source>
      <translation>密碼:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="90" />
      <source>Exit BranchDesk</source>
      <translation>退出 BranchDesk</translation>
    </message>
  </context>
  <context>
    <name>Workspaces</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="29" />
      <source>Fraud interceptions</source>
      <translation>涉詐攔截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="30" />
      <source>Complaints</source>
      <translation>消費投訴</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="31" />
      <source>Education events</source>
      <translation>金融教育宣傳</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="32" />
      <source>Reports</source>
      <translation>報表</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="33" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
</TS>