<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
      <translation>图片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="258" />
      <source>New staff account</source>
      <translation>新建员工账户</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="259" />
      <source>Give the colleague this temporary password; they choose their own at first sign-in.</source>
      <translation>把临时密码交给同事;首次登录时由其自行设置新密码。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>User name:</source>
      <translation>用户名:</translation>
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
      <translation>临时密码:</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="112" />
      <source>Staff accounts</source>
      <translation>员工账户</translation>
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
      <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="116" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="139" />
      <source>&amp;Enable</source>
      <translation>启用(&amp;E)</translation>
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
      <translation>重置密码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="187" />
      <source>A temporary password for %1. They must choose their own at the next sign-in.</source>
      <translation>为 %1 设置临时密码。其下次登录时须自行设置新密码。</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="16" />
      <source>User name</source>
      <translation>用户名</translation>
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
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="61" />
      <source>Locked (too many wrong passwords)</source>
      <translation>已锁定(密码错误次数过多)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="62" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="63" />
      <source>Disabled</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="65" />
      <source>must change password</source>
      <translation>须修改密码</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="203" />
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="204" />
      <source>The administrator adds the staff accounts and changes the settings.</source>
      <translation>系统管理员负责添加员工账户和修改设置。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="205" />
      <source>Passwords have at least 8 characters with letters and digits. Keep this password safe: it cannot be read back.</source>
      <translation>密码至少 8 位,须同时包含字母和数字。请妥善保管:密码无法找回查看。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="207" />
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="208" />
      <source>&amp;Display name:</source>
      <translation>显示姓名(&amp;D):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="209" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="210" />
      <source>&amp;Repeat password:</source>
      <translation>再次输入密码(&amp;R):</translation>
    </message>
  </context>
  <context>
    <name>BranchPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="132" />
      <source>Your branch</source>
      <translation>本网点</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="133" />
      <source>The code and name of the branch this PC works for, as head office lists them.</source>
      <translation>这台电脑所属网点的代码和名称,与总行登记的一致。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="134" />
      <source>Reference numbers of new records start with the branch code.</source>
      <translation>新记录的编号以网点代码开头。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="135" />
      <source>Branch &amp;code (6 digits):</source>
      <translation>网点代码(6 位数字)(&amp;C):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="136" />
      <source>Branch &amp;name:</source>
      <translation>网点名称(&amp;N):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="138" />
      <source>e.g. Pudong Zhangjiang Sub-branch</source>
      <translation>例如:浦东张江支行</translation>
    </message>
  </context>
  <context>
    <name>ByTypeModel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Fraud type</source>
      <translation>诈骗类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Protected (¥)</source>
      <translation>避免损失(元)</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="264" />
      <source>Level %1</source>
      <translation>第 %1 级</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="287" />
      <source>Time limit: %1</source>
      <translation>处理时限：%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="294" />
      <source>Due %1 · %2 day(s) left · limit %3 days</source>
      <translation>%1 到期 · 剩余 %2 天 · 时限 %3 日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="298" />
      <source>extension to level %1 awaiting approval</source>
      <translation>第 %1 级延期待审批</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="312" />
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="313" />
      <source>Mobile</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="314" />
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="317" />
      <source>Agent / heir</source>
      <translation>代理人/继承人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="320" />
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="321" />
      <source>Intake channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="322" />
      <source>Institution / staff</source>
      <translation>被投诉机构/人员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="323" />
      <source>Facts</source>
      <translation>投诉事实</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="324" />
      <source>Request</source>
      <translation>投诉请求</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="325" />
      <source>Classification</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="327" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="327" />
      <source>group complaint</source>
      <translation>群体投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="328" />
      <source>Handler</source>
      <translation>承办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="328" />
      <source>not assigned</source>
      <translation>未指定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="329" />
      <source>conflict of interest declared</source>
      <translation>已声明利益冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="330" />
      <source>no conflict confirmed</source>
      <translation>已确认无利益冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="333" />
      <source>Related case</source>
      <translation>关联投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="333" />
      <source>repeat complaint</source>
      <translation>重复投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="335" />
      <source>Merged into</source>
      <translation>已合并至</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="337" />
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Decision</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="340" />
      <source>Notified</source>
      <translation>告知日期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="442" />
      <source>Attach a scan or photo</source>
      <translation>添加扫描件或照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="443" />
      <source>Scans and photos (*.png *.jpg *.jpeg *.pdf *.tif);;All files (*)</source>
      <translation>扫描件和照片 (*.png *.jpg *.jpeg *.pdf *.tif);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="484" />
      <source>Save receipt</source>
      <translation>保存受理回执</translation>
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
      <translation>处理依据</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="508" />
      <source>Told by</source>
      <translation>告知方式</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="508" />
      <source>Reason / result</source>
      <translation>理由/结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="509" />
      <source>Merge into ticket</source>
      <translation>合并至投诉编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="512" />
      <source>Told of review, mediation, arbitration and litigation</source>
      <translation>已告知可申请核查、调解、仲裁或诉讼</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Telephone</source>
      <translation>电话</translation>
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
      <translation>当面</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="494" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="520" />
      <source>Extend to 30 days</source>
      <translation>延期至 30 日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="521" />
      <source>Extend to 60 days (needs approval)</source>
      <translation>延期至 60 日（须审批）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="522" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="523" />
      <source>Handler and conflict of interest</source>
      <translation>承办人与回避</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="524" />
      <source>Time limit</source>
      <translation>处理时限</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="525" />
      <source>History</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="526" />
      <source>User name of the handler</source>
      <translation>承办人用户名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="527" />
      <source>Add a note (kept as written, cannot be changed)</source>
      <translation>添加备注（保存后不可修改）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="528" />
      <source>Required to withdraw, decline, pause, extend or record new facts</source>
      <translation>撤回、不予处理、中止、延期或登记新事实时必填</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="529" />
      <source>Assign</source>
      <translation>指定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="530" />
      <source>Handler confirms no conflict</source>
      <translation>承办人确认无利益冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="531" />
      <source>Declare conflict</source>
      <translation>声明利益冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="532" />
      <source>Extend</source>
      <translation>延期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="533" />
      <source>Pause for appraisal</source>
      <translation>鉴定中止计时</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="534" />
      <source>Resume clock</source>
      <translation>恢复计时</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="535" />
      <source>New facts received (restart clock)</source>
      <translation>收到新事实（重新计时）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="536" />
      <source>Add note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="537" />
      <source>Attach file…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="538" />
      <source>Open attachment</source>
      <translation>打开附件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="539" />
      <source>Show personal data</source>
      <translation>显示个人信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="540" />
      <source>Print receipt…</source>
      <translation>打印受理回执…</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="188" />
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="189" />
      <source>Your password was set by an administrator. Choose your own password now.</source>
      <translation>您的密码由管理员设置,请现在设置您自己的密码。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="190" />
      <source>At least 8 characters, with letters and digits.</source>
      <translation>至少 8 位,须同时包含字母和数字。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="191" />
      <source>Current password:</source>
      <translation>当前密码:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="191" />
      <source>New password:</source>
      <translation>新密码:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="192" />
      <source>Repeat new password:</source>
      <translation>再次输入新密码:</translation>
    </message>
  </context>
  <context>
    <name>CodeSelect</name>
    <message>
      <location filename="../branchdesk/ui/widgets/code_select.py" line="88" />
      <source>Clear selection</source>
      <translation>清除选择</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/widgets/code_select.py" line="127" />
      <source>%n selected</source>
      <translation>
        <numerusform>已选 %n 项</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ComplaintListModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="26" />
      <source>Ticket</source>
      <translation>投诉编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="27" />
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="28" />
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="29" />
      <source>Intake channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="30" />
      <source>Business</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="31" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="32" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="33" />
      <source>Handler</source>
      <translation>承办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="34" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="35" />
      <source>Time limit</source>
      <translation>处理时限</translation>
    </message>
  </context>
  <context>
    <name>ComplaintReminder</name>
    <message>
      <location filename="../branchdesk/ui/complaints/startup.py" line="16" />
      <source>Complaints: %1 overdue, %2 due soon, %3 awaiting approval</source>
      <translation>投诉提醒：已超期 %1 件，即将到期 %2 件，待审批 %3 件</translation>
    </message>
  </context>
  <context>
    <name>Complaints</name>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="10" />
      <location filename="../branchdesk/ui/complaints/texts.py" line="26" />
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="11" />
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="12" />
      <source>Investigating</source>
      <translation>调查核实中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="13" />
      <source>Decided</source>
      <translation>已作出处理决定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="14" />
      <location filename="../branchdesk/ui/complaints/texts.py" line="30" />
      <source>Complainant notified</source>
      <translation>已告知投诉人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="15" />
      <source>Under review</source>
      <translation>核查中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="16" />
      <source>In mediation</source>
      <translation>调解中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="17" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="18" />
      <source>Called back</source>
      <translation>已回访</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="19" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="20" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="21" />
      <source>Merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="22" />
      <source>Not handled</source>
      <translation>不予处理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="27" />
      <source>Accept</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="28" />
      <source>Start investigation</source>
      <translation>开始调查核实</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="29" />
      <source>Record decision</source>
      <translation>作出处理决定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="31" />
      <source>Review applied for</source>
      <translation>申请核查</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="32" />
      <source>Refer to mediation</source>
      <translation>转调解</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="33" />
      <source>Close case</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="34" />
      <source>Call-back done</source>
      <translation>完成回访</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="35" />
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="36" />
      <source>Withdrawn by complainant</source>
      <translation>投诉人撤回</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="37" />
      <source>Merge into another case</source>
      <translation>合并至其他投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="38" />
      <source>Not to be handled</source>
      <translation>不予处理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="39" />
      <source>Handler assigned</source>
      <translation>指定承办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="40" />
      <source>Conflict of interest declared</source>
      <translation>声明利益冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="41" />
      <source>No conflict of interest confirmed</source>
      <translation>确认无利益冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="42" />
      <source>Extension requested</source>
      <translation>申请延期</translation>
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
      <translation>中止计时（外部鉴定）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="46" />
      <source>Clock resumed</source>
      <translation>恢复计时</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="47" />
      <source>New facts received (clock restarted)</source>
      <translation>收到新事实（重新计时）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="48" />
      <source>Attachment added</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="49" />
      <source>Another case merged into this one</source>
      <translation>其他投诉并入本件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="50" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="54" />
      <source>On track</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="55" />
      <source>Due soon</source>
      <translation>即将到期</translation>
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
      <translation>按时办理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="60" />
      <source>Decided late</source>
      <translation>超期办理</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="116" />
      <source>Complaint register</source>
      <translation>投诉登记簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="159" />
      <source>Deadlines</source>
      <translation>时限提醒</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="160" />
      <source>Register</source>
      <translation>登记簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="161" />
      <source>New complaint</source>
      <translation>登记投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="162" />
      <source>Case</source>
      <translation>案件信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="163" />
      <source>Search ticket number or institution (Ctrl+F)</source>
      <translation>搜索投诉编号或被投诉机构（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="164" />
      <source>Open cases only</source>
      <translation>仅显示在办</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="165" />
      <source>New complaint (Ctrl+N)</source>
      <translation>登记投诉（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="166" />
      <source>Export to &amp;Excel…</source>
      <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="170" />
      <source>All statuses</source>
      <translation>全部状态</translation>
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
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="111" />
      <source>Awaiting approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="119" />
      <source>Urgency</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="120" />
      <source>Ticket</source>
      <translation>投诉编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="121" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="122" />
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="123" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="124" />
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="125" />
      <source>Business</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="126" />
      <source>Handler</source>
      <translation>承办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="127" />
      <source>Priority</source>
      <translation>重要程度</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="128" />
      <source>Extension</source>
      <translation>时限（日）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="199" />
      <source>Level %1 requested</source>
      <translation>申请第 %1 级延期</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesView</name>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="110" />
      <source>%1 overdue · %2 due within %3 working days · %4 awaiting approval</source>
      <translation>已超期 %1 件 · %3 个工作日内到期 %2 件 · 待审批 %4 件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="137" />
      <source>The repeat flags could not be read.</source>
      <translation>无法读取重复投诉识别结果。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="141" />
      <source>Frequent complainant %1: %2 complaints in 12 months (%3)</source>
      <translation>频繁投诉人 %1：12 个月内投诉 %2 次（%3）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="144" />
      <source>Possible illegal complaint agent: the same agent acts for %1 unrelated complainants (%2)</source>
      <translation>疑似非法代理投诉：同一代理人为 %1 名无关投诉人代理（%2）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="146" />
      <source>No frequent complainants or suspicious agents.</source>
      <translation>暂无频繁投诉人或疑似非法代理。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="183" />
      <source>Open case</source>
      <translation>打开投诉</translation>
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
      <translation>全部活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="49" />
      <source>All groups</source>
      <translation>全部人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="52" />
      <source>All places</source>
      <translation>全部场所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="121" />
      <source>Search no., theme, address, organiser</source>
      <translation>搜索编号、主题、地点、负责人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>Any time</source>
      <translation>不限时间</translation>
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
      <translation>近 12 个月</translation>
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
      <translation>计划中及已开展</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Held</source>
      <translation>已开展</translation>
    </message>
  </context>
  <context>
    <name>EducationForm</name>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="108" />
      <source>Your role cannot record education events.</source>
      <translation>您的角色不能登记宣传活动。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="109" />
      <source>This event was deleted; it can be read but not changed.</source>
      <translation>该活动已删除,只能查看,不能修改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="110" />
      <source>Only its organiser or a manager can amend this event.</source>
      <translation>只有活动登记人或网点经理可以修改该活动。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="126" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="232" />
      <source>filled in once held</source>
      <translation>开展后填写</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="233" />
      <source>none on site</source>
      <translation>线上活动无现场人数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="235" />
      <source>online place types only</source>
      <translation>仅线上场所填写</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="237" />
      <source>Live-stream or account name (optional)</source>
      <translation>直播间或公众号名称(可不填)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="237" />
      <source>e.g. 张江镇社区文化活动中心</source>
      <translation>如:张江镇社区文化活动中心</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="362" />
      <source>This event was deleted in the meantime; your changes were not saved.</source>
      <translation>该活动已被他人删除,您的修改未保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="371" />
      <source>New education event</source>
      <translation>新建金融教育宣传活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="373" />
      <source>Education event</source>
      <translation>金融教育宣传活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="375" />
      <source>Record a planned event as held</source>
      <translation>登记计划活动的开展情况</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="377" />
      <source>Amend education event</source>
      <translation>修改金融教育宣传活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>S&amp;tatus</source>
      <translation>状态(&amp;T)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>&amp;Starts</source>
      <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>&amp;Ends</source>
      <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>&amp;Campaign</source>
      <translation>活动(&amp;C)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>Theme s&amp;logan</source>
      <translation>主题口号(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>Topics</source>
      <translation>宣传主题</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="381" />
      <source>&amp;Place type</source>
      <translation>场所类型(&amp;P)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="381" />
      <source>A&amp;ddress</source>
      <translation>详细地址(&amp;D)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="382" />
      <source>Target groups</source>
      <translation>目标人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="382" />
      <source>&amp;Attendees on site</source>
      <translation>现场人数(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="383" />
      <source>&amp;Online reach</source>
      <translation>线上触达人次(&amp;O)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="383" />
      <source>Materials</source>
      <translation>宣传资料</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>Partners</source>
      <translation>合作单位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>O&amp;rganiser</source>
      <translation>负责人(&amp;R)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>Sta&amp;ff</source>
      <translation>参与员工(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Su&amp;mmary</source>
      <translation>活动小结(&amp;M)</translation>
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
      <translation>计划中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="390" />
      <source>Held</source>
      <translation>已开展</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="392" />
      <source>Who was reached</source>
      <translation>宣传对象</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="392" />
      <source>Materials and partners</source>
      <translation>资料与合作单位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="393" />
      <source>Our team</source>
      <translation>我行人员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="395" />
      <source>e.g. 金融保障权益 助力美好生活</source>
      <translation>如:金融保障权益 助力美好生活</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="396" />
      <source>Names separated by 、 or commas</source>
      <translation>多个姓名用 、 或逗号分隔</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="398" />
      <source>What was covered and how it went. No names or phone numbers of attendees.</source>
      <translation>宣传内容与效果。请勿填写参与群众的姓名或电话。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="399" />
      <source>Required: why this event is being corrected</source>
      <translation>必填:修改该活动的原因</translation>
    </message>
  </context>
  <context>
    <name>EducationListModel</name>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="35" />
      <source>Event no.</source>
      <translation>活动编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="36" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="37" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="38" />
      <source>Campaign</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="39" />
      <source>Theme</source>
      <translation>主题口号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="40" />
      <source>Place</source>
      <translation>场所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="41" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="42" />
      <source>Target groups</source>
      <translation>目标人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="43" />
      <source>Attendees</source>
      <translation>现场人数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="44" />
      <source>Online reach</source>
      <translation>线上触达</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="45" />
      <source>Organiser</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="134" />
      <source>Planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="134" />
      <source>Held</source>
      <translation>已开展</translation>
    </message>
  </context>
  <context>
    <name>EducationTotalsModel</name>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="21" />
      <source>Events</source>
      <translation>场次</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="21" />
      <source>Attendees</source>
      <translation>现场人数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="22" />
      <source>Online reach</source>
      <translation>线上触达</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="79" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="80" />
      <source>Target group</source>
      <translation>目标人群</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="81" />
      <source>Campaign</source>
      <translation>活动</translation>
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
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Place</source>
      <translation>场所</translation>
    </message>
  </context>
  <context>
    <name>EducationWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="161" />
      <source>%1 events · %2 attendees on site · %3 reached online</source>
      <translation>共 %1 场 · 现场 %2 人 · 线上触达 %3 人次</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="164" />
      <source>%1 planned event(s) have passed without figures: record them as held.</source>
      <translation>有 %1 场计划活动已过期仍未登记开展情况,请及时补录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="222" />
      <source>Education event log</source>
      <translation>金融教育宣传活动台账</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="228" />
      <source>Delete event</source>
      <translation>删除活动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="228" />
      <source>Why is this event being deleted?</source>
      <translation>请填写删除该活动的原因:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="243" />
      <source>&amp;New event…</source>
      <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="244" />
      <source>Plan or record an education event (Ctrl+N)</source>
      <translation>计划或登记一场宣传活动 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="245" />
      <source>Record as &amp;held…</source>
      <translation>登记开展情况(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="246" />
      <source>&amp;Open / amend…</source>
      <translation>查看/修改(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="247" />
      <source>&amp;Delete…</source>
      <translation>删除(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="248" />
      <source>Export to &amp;Excel…</source>
      <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="249" />
      <source>Coming up</source>
      <translation>近期计划活动</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="56" />
      <source>Enrol with head office</source>
      <translation>登记到总行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="62" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="68" />
      <source>Server address</source>
      <translation>服务器地址</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="69" />
      <source>One-time code</source>
      <translation>一次性登记码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="70" />
      <source>CA certificate (optional)</source>
      <translation>CA 证书(可选)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="77" />
      <source>Enrol</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="88" />
      <source>CA certificate</source>
      <translation>CA 证书</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="96" />
      <source>Enter the server address (https://...) and the code from head office.</source>
      <translation>请输入服务器地址(https://...)和总行发放的登记码。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="99" />
      <source>Enrolling…</source>
      <translation>正在登记…</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="67" />
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="68" />
      <source>Something went wrong. What you typed is still in the form; the details are in the log file.</source>
      <translation>程序出错。您填写的内容仍保留在表单中;详细信息已写入日志文件。</translation>
    </message>
  </context>
  <context>
    <name>ExportExcel</name>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="119" />
      <source>Export to Excel</source>
      <translation>导出 Excel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="122" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="134" />
      <source>The file could not be written: %1</source>
      <translation>无法写入文件:%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/export_excel.py" line="137" />
      <source>%n row(s) exported.</source>
      <translation>
        <numerusform>已导出 %n 行。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="100" />
      <source>Set up BranchDesk: administrator</source>
      <translation>设置 BranchDesk:系统管理员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="102" />
      <source>This is the first start on this PC. Create the administrator account: it manages staff accounts and settings. Keep the password safe; it cannot be recovered, only reset by another administrator.</source>
      <translation>这是本机首次启动。请创建系统管理员账户,用于管理员工账户和设置。请妥善保管密码:密码无法找回,只能由其他管理员重置。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>User name:</source>
      <translation>用户名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>Full name:</source>
      <translation>姓名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>Password:</source>
      <translation>密码:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="105" />
      <source>Repeat password:</source>
      <translation>再次输入密码:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="356" />
      <source>BranchDesk — first start</source>
      <translation>BranchDesk 首次启动设置</translation>
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
      <translation>全部诈骗类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="28" />
      <source>All outcomes</source>
      <translation>全部结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="103" />
      <source>Amount?</source>
      <translation>金额有误</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="136" />
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="161" />
      <source>Anyone</source>
      <translation>全部人员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="145" />
      <source>Search case no., narrative, police ref. (Ctrl+F)</source>
      <translation>搜索编号、经过、回执号(Ctrl+F)</translation>
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
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="149" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="150" />
      <source>Protected ¥</source>
      <translation>避免损失 ¥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="152" />
      <source>Police</source>
      <translation>报警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="153" />
      <source>Recorded by</source>
      <translation>登记人</translation>
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
      <translation>已报警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Not notified</source>
      <translation>未报警</translation>
    </message>
  </context>
  <context>
    <name>FraudForm</name>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="77" />
      <source>Your role cannot record interceptions.</source>
      <translation>您的角色不能登记拦截记录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="78" />
      <source>This record was deleted; it can be read but not changed.</source>
      <translation>此记录已删除,只能查看,不能修改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="79" />
      <source>Only the person who recorded it (%1) or a manager can amend this record.</source>
      <translation>只有登记人(%1)或网点经理可以修改此记录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="93" />
      <location filename="../branchdesk/ui/fraud/form.py" line="101" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="219" />
      <source>This record was deleted in the meantime; your changes were not saved.</source>
      <translation>此记录已被他人删除,您的修改未保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="238" />
      <source>New fraud interception</source>
      <translation>新增涉诈拦截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="240" />
      <source>Fraud interception</source>
      <translation>涉诈拦截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="242" />
      <source>Amend fraud interception</source>
      <translation>修改涉诈拦截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="244" />
      <source>&amp;Time</source>
      <translation>发生时间(&amp;T)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="244" />
      <source>Detected &amp;by</source>
      <translation>发现途径(&amp;B)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="245" />
      <source>B&amp;usiness</source>
      <translation>业务类型(&amp;U)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="245" />
      <source>C&amp;hannel</source>
      <translation>渠道(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="246" />
      <source>&amp;Subject</source>
      <translation>对象(&amp;S)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="246" />
      <source>&amp;Gender</source>
      <translation>性别(&amp;G)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="247" />
      <source>A&amp;ge band</source>
      <translation>年龄段(&amp;E)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="247" />
      <source>&amp;Fraud type</source>
      <translation>诈骗类型(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="248" />
      <source>Contacted &amp;via</source>
      <translation>接触方式(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="248" />
      <source>Amount a&amp;ttempted (¥)</source>
      <translation>拟转金额(元)(&amp;T)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="249" />
      <source>Amount &amp;protected (¥)</source>
      <translation>避免损失金额(元)(&amp;P)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="250" />
      <source>Police &amp;receipt no.</source>
      <translation>报警回执号(&amp;R)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="251" />
      <source>&amp;Outcome</source>
      <translation>结果(&amp;O)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="251" />
      <source>Re&amp;viewed by</source>
      <translation>复核主管(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="252" />
      <source>&amp;Narrative</source>
      <translation>经过(&amp;N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="252" />
      <source>&amp;Reason for change</source>
      <translation>修改原因(&amp;R)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="256" />
      <source>Police &amp;notified (110 / local station)</source>
      <translation>已报警(110/属地派出所)(&amp;N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="257" />
      <source>Police &amp;attended</source>
      <translation>民警到场(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="259" />
      <source>What happened, naming people only as 李女士 / 张某. No ID, phone or card numbers.</source>
      <translation>事件经过,人员仅以“李女士/张某”称呼,不得填写身份证号、手机号或卡号。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="260" />
      <source>Required: why this record is being corrected</source>
      <translation>必填:说明更正此记录的原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="261" />
      <source>Supervisor who checked the record</source>
      <translation>复核此记录的主管</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Case</source>
      <translation>案件信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Fraud</source>
      <translation>诈骗情况</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="263" />
      <source>What was done</source>
      <translation>处置措施</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="263" />
      <source>Police</source>
      <translation>报警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="264" />
      <source>Result</source>
      <translation>处置结果</translation>
    </message>
  </context>
  <context>
    <name>FraudHistory</name>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="22" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="22" />
      <source>Detected by</source>
      <translation>发现途径</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="23" />
      <source>Business</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="23" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="24" />
      <source>Subject</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="24" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="25" />
      <source>Age band</source>
      <translation>年龄段</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="25" />
      <source>Fraud type</source>
      <translation>诈骗类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="26" />
      <source>Contacted via</source>
      <translation>接触方式</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="27" />
      <source>Amount attempted</source>
      <translation>拟转金额</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="28" />
      <source>Amount protected</source>
      <translation>避免损失金额</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="28" />
      <source>Actions</source>
      <translation>处置措施</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="29" />
      <source>Police notified</source>
      <translation>已报警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="30" />
      <source>Police attended</source>
      <translation>民警到场</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="31" />
      <source>Police receipt no.</source>
      <translation>报警回执号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="31" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="32" />
      <source>Narrative</source>
      <translation>经过</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="32" />
      <source>Reviewed by</source>
      <translation>复核主管</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="33" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="35" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="35" />
      <source>Replaced on</source>
      <translation>被替换时间</translation>
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
      <translation>该版本内容(后被修改的项)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="96" />
      <source>(the record was deleted after this version)</source>
      <translation>(此版本之后记录被删除)</translation>
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
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="30" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="31" />
      <source>Fraud type</source>
      <translation>诈骗类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="32" />
      <source>Business</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="33" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="34" />
      <source>Age band</source>
      <translation>年龄段</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="35" />
      <source>Attempted (¥)</source>
      <translation>拟转金额(元)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="36" />
      <source>Protected (¥)</source>
      <translation>避免损失(元)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="37" />
      <source>Police</source>
      <translation>报警</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="38" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="39" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="119" />
      <source>Deleted on %1</source>
      <translation>已于 %1 删除</translation>
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
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="287" />
      <source>The statistics could not be read; they are tried again when you come back.</source>
      <translation>统计数据读取失败;再次打开此页时将重试。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="297" />
      <source>No interceptions recorded this year</source>
      <translation>今年尚无拦截记录</translation>
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
      <translation>本年按诈骗类型(避免损失金额)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="318" />
      <source>Interceptions per month, last 12 months</source>
      <translation>近12个月每月拦截件数</translation>
    </message>
  </context>
  <context>
    <name>FraudWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="191" />
      <source>%1 interception(s) shown · amount protected ¥%2 · amount attempted ¥%3</source>
      <translation>显示 %1 件 · 避免损失 ¥%2 · 拟转金额 ¥%3</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="239" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="275" />
      <source>Not allowed</source>
      <translation>无权操作</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="239" />
      <source>Your role cannot record interceptions.</source>
      <translation>您的角色不能登记拦截记录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="275" />
      <source>Only a branch manager can delete an interception record.</source>
      <translation>只有网点经理可以删除拦截记录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="282" />
      <source>Already deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="282" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="295" />
      <source>This record is already deleted.</source>
      <translation>此记录已被删除。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="284" />
      <source>Delete %1</source>
      <translation>删除 %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="285" />
      <source>Why is this record being deleted? It stays in the history and can be seen by managers.</source>
      <translation>为什么删除此记录?记录会保留在历史中,网点经理可以查看。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="289" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="295" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="298" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="303" />
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="289" />
      <source>A reason is required to delete a record.</source>
      <translation>删除记录必须填写原因。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="337" />
      <source>Fraud interception register</source>
      <translation>涉诈拦截登记簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="341" />
      <source>&amp;New interception  Ctrl+N</source>
      <translation>新增拦截(&amp;N)  Ctrl+N</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="342" />
      <source>&amp;Open / amend</source>
      <translation>查看/修改(&amp;O)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="343" />
      <source>&amp;History</source>
      <translation>修改历史(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="344" />
      <source>&amp;Delete…</source>
      <translation>删除(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="345" />
      <source>Export to &amp;Excel…</source>
      <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="346" />
      <source>Record a new interception (Ctrl+N)</source>
      <translation>登记一笔新的涉诈拦截(Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="347" />
      <source>Open the selected record to read or amend it (Enter or double-click)</source>
      <translation>打开所选记录查看或修改(回车或双击)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="348" />
      <source>Earlier versions of the selected record, with reasons (Ctrl+H)</source>
      <translation>所选记录的历史版本及修改原因(Ctrl+H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="349" />
      <source>Delete the selected record, giving a reason; managers only (Del)</source>
      <translation>删除所选记录,须填写原因;仅限网点经理(Del)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="350" />
      <source>Register</source>
      <translation>登记簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="351" />
      <source>Statistics</source>
      <translation>统计</translation>
    </message>
  </context>
  <context>
    <name>HeadOfficePage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="167" />
      <source>Head office</source>
      <translation>总行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="168" />
      <source>Records are sent to head office when the PC is online.</source>
      <translation>电脑联网时,记录会自动上报总行。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="169" />
      <source>Enter the address of the head-office server and the one-time enrolment code head office gave for this PC.</source>
      <translation>请输入总行服务器地址,以及总行为这台电脑发放的一次性登记码。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="171" />
      <source>Head-office &amp;address:</source>
      <translation>总行地址(&amp;A):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="172" />
      <source>&amp;Enrolment code:</source>
      <translation>登记码(&amp;E):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="174" />
      <source>Enrol &amp;later (offline trial)</source>
      <translation>暂不登记,先离线试用(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="175" />
      <source>Without enrolment everything works on this PC, but nothing is sent to head office until it is enrolled (later with branchdesk-cli enrol).</source>
      <translation>未登记时本机各项功能均可使用,但在登记之前不会向总行上报任何数据(以后可用 branchdesk-cli enrol 登记)。</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="125" />
      <source>History of %1</source>
      <translation>%1 的修改历史</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="129" />
      <source>Current version: %1, last changed %2 by %3.</source>
      <translation>当前为第 %1 版,最近一次修改:%2,由 %3 修改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="133" />
      <source>This record has not been changed since it was entered.</source>
      <translation>此记录登记后未被修改过。</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="52" />
      <source>BranchDesk is locked</source>
      <translation>BranchDesk 已锁定</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="48" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="254" />
      <source>This complainant already has %n open or recent complaint(s): </source>
      <translation>
        <numerusform>该投诉人已有 %n 件在办或近期投诉：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="258" />
      <source>Save and merge into %1</source>
      <translation>登记并合并至 %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="337" />
      <source>Intake</source>
      <translation>受理信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="337" />
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="338" />
      <source>The complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="338" />
      <source>Classification (JR/T 0169) and handler</source>
      <translation>分类（JR/T 0169）与承办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="339" />
      <source>Personal information notice</source>
      <translation>个人信息处理告知</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="344" />
      <source>Received at</source>
      <translation>受理时间</translation>
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
      <translation>群体投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="346" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="346" />
      <source>Mobile</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="347" />
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="347" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="348" />
      <source>Lodged by</source>
      <translation>投诉提出人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="348" />
      <source>Agent / heir name</source>
      <translation>代理人/继承人姓名</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="349" />
      <source>Agent / heir mobile</source>
      <translation>代理人/继承人手机</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="349" />
      <source>Agent / heir ID number</source>
      <translation>代理人/继承人身份证号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="350" />
      <source>Institution complained about</source>
      <translation>被投诉机构</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="351" />
      <source>Staff complained about</source>
      <translation>被投诉人员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="351" />
      <source>Facts and grounds</source>
      <translation>投诉事实与理由</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="352" />
      <source>Request</source>
      <translation>投诉请求</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="352" />
      <source>Demand type</source>
      <translation>诉求类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="353" />
      <source>A · Business channel</source>
      <translation>A · 业务办理渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="353" />
      <source>B · Business category</source>
      <translation>B · 业务类别</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="354" />
      <source>C · Cause</source>
      <translation>C · 投诉原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="354" />
      <source>Handler (user name)</source>
      <translation>承办人（用户名）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="358" />
      <source>Several people complain together</source>
      <translation>多人共同投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="362" />
      <source>The complainant in person</source>
      <translation>投诉人本人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="362" />
      <source>An agent (power of attorney)</source>
      <translation>代理人（持授权委托书）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="363" />
      <source>An heir (proof of inheritance)</source>
      <translation>继承人（持继承证明）</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="368" />
      <source>Tell the complainant: the bank uses their name, contact and ID number only to handle this complaint (intake, investigation, reply, call-back), keeps them encrypted, shows them masked, and keeps the file for three years after closing. Notice version %1.</source>
      <translation>请告知投诉人：本行收集其姓名、联系方式和身份证号码仅用于处理本次投诉（受理、调查、答复、回访），加密保存、脱敏显示，投诉档案在办结后保存三年。告知书版本 %1。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="371" />
      <source>The complainant was told and agrees</source>
      <translation>已告知投诉人并取得同意</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="372" />
      <source>11 digits</source>
      <translation>11 位数字</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="373" />
      <source>18 digits</source>
      <translation>18 位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="374" />
      <source>Register complaint (Ctrl+S)</source>
      <translation>登记投诉（Ctrl+S）</translation>
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
      <translation>密钥分享文件:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="47" />
      <source>Passphrase:</source>
      <translation>口令:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="48" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="51" />
      <source>BranchDesk key share (*%1)</source>
      <translation>BranchDesk 密钥分享文件 (*%1)</translation>
    </message>
  </context>
  <context>
    <name>KeyJoinDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="129" />
      <source>Join this branch's data key</source>
      <translation>加入本网点的数据密钥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="131" />
      <source>Take the data key of this branch's other PCs from a key share made on one of them, with the passphrase its administrator chose. Only a PC that holds no personal data of its own yet (a newly set-up PC) can join; otherwise nothing is changed.</source>
      <translation>从本网点另一台电脑制作的密钥分享文件中取得本网点的数据密钥,并输入那台电脑管理员设置的口令。只有尚未登记过自己的个人信息的电脑(新安装的电脑)才能加入;否则不作任何更改。</translation>
    </message>
  </context>
  <context>
    <name>KeyShareDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="81" />
      <source>Share data key with another PC</source>
      <translation>与本网点其他电脑共用数据密钥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="83" />
      <source>Another PC of this branch can take this PC's data key, so that each can show the personal data the other took and repeat complaints are matched across them. The key is written to a file protected by the passphrase you choose here; head office never sees it. Carry the file to the other PC and tell its administrator the passphrase in person, never with the file. Delete the file once the other PC has joined.</source>
      <translation>本网点的另一台电脑可以使用本机的数据密钥,这样两台电脑都能查看对方登记的个人信息,重复投诉也能互相识别。密钥将写入一个文件,由您在此设置的口令保护;总行始终看不到它。请把文件带到另一台电脑,并当面把口令告诉那台电脑的管理员,切勿与文件放在一起。对方加入后请删除该文件。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="88" />
      <source>Repeat passphrase:</source>
      <translation>再次输入口令:</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="170" />
      <source>Interceptions</source>
      <translation>拦截件数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="171" />
      <source>Amount protected</source>
      <translation>避免损失金额</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="172" />
      <source>Aged 60 and over</source>
      <translation>60岁及以上占比</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="173" />
      <source>Police involved</source>
      <translation>报警比例</translation>
    </message>
  </context>
  <context>
    <name>LanguagePage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="113" />
      <source>Welcome to BranchDesk</source>
      <translation>欢迎使用 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="114" />
      <source>A few questions set this PC up for your branch. Nothing is saved until you click Finish.</source>
      <translation>回答几个问题,即可为本网点设置这台电脑。点击“完成”之前不会保存任何内容。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="115" />
      <source>Choose the language of the program. You can change it later in the settings.</source>
      <translation>请选择程序界面语言。以后可在“设置”中更改。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="116" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="117" />
      <source>Your data is kept in this folder:</source>
      <translation>您的数据保存在此文件夹:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="182" />
      <source>About BranchDesk</source>
      <translation>关于 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="183" />
      <source>BranchDesk %1
Consumer-protection desk for bank branches.</source>
      <translation>BranchDesk %1
银行网点消费者权益保护工作台。</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="194" />
      <source>Waiting to sync: %n change(s)</source>
      <translation>
        <numerusform>待同步:%n 项变更</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="207" />
      <source>BranchDesk — Consumer protection desk</source>
      <translation>BranchDesk 消保工作台</translation>
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
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="213" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="214" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="215" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="216" />
      <source>&amp;About BranchDesk</source>
      <translation>关于 BranchDesk(&amp;A)</translation>
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
      <translation>添加资料</translation>
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
      <translation>删除该资料</translation>
    </message>
  </context>
  <context>
    <name>PartnersEditor</name>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="182" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="189" />
      <source>Name, e.g. 张江派出所</source>
      <translation>名称,如:张江派出所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="183" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="190" />
      <source>Remove this partner</source>
      <translation>删除该合作单位</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="187" />
      <source>Add partner</source>
      <translation>添加合作单位</translation>
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
      <translation>再次输入口令:</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="183" />
      <source>The people shown agreed to be photographed and to the photos being kept</source>
      <translation>已征得照片中人员同意拍摄并留存照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="184" />
      <source>Add &amp;photos…</source>
      <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="185" />
      <source>Remove photo</source>
      <translation>删除照片</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="187" />
      <source>This event reaches students or minors. Photos of identifiable children under 14 are sensitive personal information: photograph from behind or at a distance, and only with a guardian's consent.</source>
      <translation>本次活动面向学生或未成年人。可识别的未满 14 周岁儿童的照片属于敏感个人信息:请从背面或远处拍摄,并须取得监护人同意。</translation>
    </message>
  </context>
  <context>
    <name>RecordFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/widgets/filter_bar.py" line="90" />
      <source>Show deleted</source>
      <translation>显示已删除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/filter_bar.py" line="91" />
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
  </context>
  <context>
    <name>RecordFormDialog</name>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="279" />
      <source>What you typed is still here; try saving again.</source>
      <translation>已填写的内容仍保留在表单中,请稍后再次保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="294" />
      <source>Please correct the fields marked in red.</source>
      <translation>请更正红色标出的项目。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="318" />
      <source>Discard changes?</source>
      <translation>放弃修改?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="319" />
      <source>What you typed in this form will be lost.</source>
      <translation>本表单中已填写的内容将会丢失。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="320" />
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="321" />
      <source>Keep editing</source>
      <translation>继续填写</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="342" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="343" />
      <source>Close</source>
      <translation>关闭</translation>
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
      <translation>网点消保工作汇总</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="40" />
      <source>Fraud interception register</source>
      <translation>涉诈拦截登记簿</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="41" />
      <source>Education events log</source>
      <translation>金融教育宣传活动台账</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="42" />
      <source>Complaint case sheet</source>
      <translation>投诉案件处理单</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="43" />
      <source>Complaint decision notice</source>
      <translation>投诉处理决定告知书</translation>
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
      <translation>期间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="241" />
      <location filename="../branchdesk/ui/reports/workspace.py" line="419" />
      <source>Ticket number</source>
      <translation>投诉编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="266" />
      <source>Building the report…</source>
      <translation>正在生成报表…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="296" />
      <source>%1 — %2 page(s). Save or print it with the buttons above.</source>
      <translation>%1 — 共 %2 页。可用上方按钮保存或打印。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="324" />
      <source>Save report</source>
      <translation>保存报表</translation>
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
      <translation>已发送 %1 页到打印机。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="367" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="399" />
      <source>Exported %1 row(s) to %2</source>
      <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="402" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="411" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="412" />
      <source>&amp;Preview</source>
      <translation>预览(&amp;P)</translation>
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
      <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="416" />
      <source>The complaint's ticket number</source>
      <translation>投诉的编号</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="38" />
      <location filename="../branchdesk/ui/security/texts.py" line="10" />
      <source>Teller</source>
      <translation>柜员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="39" />
      <location filename="../branchdesk/ui/security/texts.py" line="11" />
      <source>Manager</source>
      <translation>网点经理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="40" />
      <location filename="../branchdesk/ui/security/texts.py" line="12" />
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
  </context>
  <context>
    <name>SecurityController</name>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="113" />
      <source>&amp;Account</source>
      <translation>账户(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="114" />
      <source>&amp;Lock now</source>
      <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="115" />
      <source>Change &amp;password…</source>
      <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="116" />
      <source>&amp;Switch user…</source>
      <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="117" />
      <source>Staff &amp;accounts…</source>
      <translation>员工账户(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="118" />
      <source>Security &amp;settings…</source>
      <translation>安全设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="150" />
      <source>Switch user</source>
      <translation>切换用户</translation>
    </message>
  </context>
  <context>
    <name>SecuritySettingsDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="61" />
      <source>Security settings</source>
      <translation>安全设置</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="62" />
      <source>Lock after idle (minutes):</source>
      <translation>无操作自动锁定(分钟):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="63" />
      <source>Daily backups kept:</source>
      <translation>保留每日备份(份):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="64" />
      <source>Recovery passphrase:</source>
      <translation>恢复口令:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="65" />
      <source>set: backups can be restored on another PC</source>
      <translation>已设置:备份可在其他电脑上恢复</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="66" />
      <source>not set: a backup restored on another PC cannot show personal data</source>
      <translation>未设置:备份在其他电脑上恢复后无法显示个人信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="67" />
      <source>Set recovery passphrase…</source>
      <translation>设置恢复口令…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="68" />
      <source>Share data key with another PC…</source>
      <translation>与本网点其他电脑共用数据密钥…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="69" />
      <source>Join this branch's data key…</source>
      <translation>加入本网点的数据密钥…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="70" />
      <source>Back up now…</source>
      <translation>立即备份…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="71" />
      <source>Purge records past retention…</source>
      <translation>清理已过保存期的记录…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="98" />
      <source>Recovery passphrase</source>
      <translation>恢复口令</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="99" />
      <source>Backups will carry the data key protected by this passphrase, so they can be restored on a new PC. Keep it in the branch safe, apart from the backups.</source>
      <translation>备份将带有用此口令保护的数据密钥,以便在新电脑上恢复。请将口令与备份分开,存放在网点保险柜中。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="121" />
      <source>Back up to</source>
      <translation>备份到</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="122" />
      <source>BranchDesk backup (*.sqlite)</source>
      <translation>BranchDesk 备份 (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="133" />
      <source>Backed up to %1.</source>
      <translation>已备份到 %1。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="142" />
      <source>No record is past its retention period.</source>
      <translation>没有已过保存期的记录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="149" />
      <source>%1 record(s) are past their retention period (%2). Remove them for good? A report of what was removed is kept.</source>
      <translation>有 %1 条记录已过保存期(%2)。确定永久删除吗?删除清单将被保留。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="158" />
      <source>Purged %1 record(s). The report is in %2.</source>
      <translation>已清理 %1 条记录。清单在 %2。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="257" />
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="268" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="270" />
      <source>These settings are read-only for you: %1</source>
      <translation>您只能查看这些设置:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="272" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="273" />
      <source>Head-office &amp;address:</source>
      <translation>总行地址(&amp;A):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="274" />
      <source>&amp;Sync every (minutes):</source>
      <translation>同步间隔(分钟)(&amp;S):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="275" />
      <source>&amp;Lock after idle (minutes):</source>
      <translation>空闲锁定(分钟)(&amp;L):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="276" />
      <source>&amp;Backup folder:</source>
      <translation>备份文件夹(&amp;B):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="277" />
      <source>Backups to &amp;keep:</source>
      <translation>保留备份份数(&amp;K):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="279" />
      <source>Starts with https://. Leave empty to work offline.</source>
      <translation>以 https:// 开头;留空则离线工作。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="280" />
      <source>1 to 1440 minutes</source>
      <translation>1–1440 分钟</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="281" />
      <source>1 to 120 minutes without use, then the password is asked again</source>
      <translation>无人操作 1–120 分钟后锁屏,需重新输入密码</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="282" />
      <source>A folder that exists and can be written, e.g. on a second disk</source>
      <translation>须为已存在且可写入的文件夹,例如另一块硬盘上的文件夹</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="283" />
      <source>1 to 365 daily backups; older ones are deleted</source>
      <translation>保留 1–365 份每日备份;更早的自动删除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="286" />
      <source>Browse…</source>
      <translation>浏览…</translation>
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
      <translation>演示账户(用户名 / 密码):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="69" />
      <location filename="../branchdesk/ui/security/signin.py" line="74" />
      <source>Personal data cannot be read</source>
      <translation>无法读取个人信息</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="69" />
      <source>This database holds personal data sealed with a key that is not in this PC's keyring, and no recovery passphrase was set. Personal data stays locked; other work can go on.</source>
      <translation>此数据库中的个人信息用本机密钥库中没有的密钥加密,且未设置恢复口令。个人信息保持锁定;其他工作可以继续。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="74" />
      <source>The key in this PC's keyring belongs to another database. Personal data stays locked.</source>
      <translation>本机密钥库中的密钥属于另一个数据库。个人信息保持锁定。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="95" />
      <source>Start passphrase</source>
      <translation>启动口令</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="95" />
      <source>On this PC the data key is protected by a passphrase instead of the system keyring. Type it to unlock personal data.</source>
      <translation>本机的数据密钥由口令保护(而非系统密钥库)。请输入口令以解锁个人信息。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="99" />
      <source>Recover the data key</source>
      <translation>恢复数据密钥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="99" />
      <source>This database came from another PC (or this PC's keyring lost its key). Type the recovery passphrase the administrator set, to read personal data here.</source>
      <translation>此数据库来自另一台电脑(或本机密钥库丢失了密钥)。请输入管理员设置的恢复口令,以便在本机读取个人信息。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="108" />
      <source>No secure key store</source>
      <translation>没有安全的密钥库</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="108" />
      <source>This PC has no working system keyring (Windows Credential Manager, macOS Keychain or Secret Service), so BranchDesk cannot keep the key that protects personal data. It will not store that key in a plain file.</source>
      <translation>本机没有可用的系统密钥库(Windows 凭据管理器、macOS 钥匙串或 Secret Service),BranchDesk 无法保存保护个人信息的密钥。它不会把密钥存到普通文件中。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="112" />
      <source>You can continue without personal data (fraud interceptions and education events work), or an administrator can choose to protect the key with a passphrase that must be typed at every start. If that passphrase is forgotten, the personal data is lost.</source>
      <translation>您可以在不使用个人信息的情况下继续(涉诈拦截和金融教育宣传可正常使用),或由管理员选择用口令保护密钥,每次启动时输入。忘记该口令,个人信息将无法找回。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="116" />
      <source>Continue without personal data</source>
      <translation>不使用个人信息继续</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="117" />
      <source>Use a start passphrase…</source>
      <translation>使用启动口令…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="134" />
      <source>Protect the data key with a passphrase</source>
      <translation>用口令保护数据密钥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="134" />
      <source>Choose a passphrase of at least 10 characters. It will be asked at every start of BranchDesk on this PC. Nobody, including BranchDesk support, can recover it.</source>
      <translation>请设置至少 10 个字符的口令。本机每次启动 BranchDesk 时都会询问。任何人(包括 BranchDesk 技术支持)都无法找回它。</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="145" />
      <source>Sign in to BranchDesk</source>
      <translation>登录 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="146" />
      <source>Sign in with your staff account.</source>
      <translation>请用您的员工账户登录。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="148" />
      <source>User name:</source>
      <translation>用户名:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="149" />
      <source>Password:</source>
      <translation>密码:</translation>
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
      <translation>本期没有已开展的活动</translation>
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
      <translation>统计(已开展活动)</translation>
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
      <translation>同一活动面向多类人群时,在每类人群中各计一次。柱形图为各月覆盖人次(现场与线上合计)。</translation>
    </message>
  </context>
  <context>
    <name>StoreError</name>
    <message>
      <location filename="../branchdesk/ui/app.py" line="177" />
      <source>BranchDesk cannot start</source>
      <translation>BranchDesk 无法启动</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="17" />
      <source>The database is locked by another program. Close other BranchDesk windows or tools and try again.</source>
      <translation>数据库被其他程序占用。请关闭其他 BranchDesk 窗口或工具后重试。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="18" />
      <source>The data folder is read-only. BranchDesk cannot save anything there.</source>
      <translation>数据文件夹为只读,BranchDesk 无法在此保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="19" />
      <source>The disk is full. Free some space; nothing was saved.</source>
      <translation>磁盘已满。请释放空间;本次未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="20" />
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>数据库文件已损坏,请从备份恢复。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="21" />
      <source>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</source>
      <translation>此数据库由更新版本的 BranchDesk 创建。请安装新版本;文件未做任何改动。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="22" />
      <source>This file is not a BranchDesk database.</source>
      <translation>此文件不是 BranchDesk 数据库。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="23" />
      <source>The database file cannot be opened.</source>
      <translation>无法打开数据库文件。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="25" />
      <source>A database error occurred; nothing was saved.</source>
      <translation>数据库出错,本次未保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="249" />
      <source>Ready</source>
      <translation>准备就绪</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="250" />
      <source>Check the answers, then click Finish to save them.</source>
      <translation>请核对以下信息,然后点击“完成”保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="257" />
      <source>Language: %1</source>
      <translation>语言:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="258" />
      <source>Branch: %1 %2</source>
      <translation>网点:%1 %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="259" />
      <source>Head office: %1 (enrolled when you click Finish)</source>
      <translation>总行:%1(点击“完成”时登记)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="260" />
      <source>Head office: not enrolled yet (offline trial)</source>
      <translation>总行:尚未登记(离线试用)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="263" />
      <source>Administrator: %1 (%2)</source>
      <translation>系统管理员:%1(%2)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="265" />
      <source>Data folder: %1</source>
      <translation>数据文件夹:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="266" />
      <source>Backups: %1</source>
      <translation>备份位置:%1</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="93" />
      <source>Not enrolled with head office</source>
      <translation>尚未登记到总行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="97" />
      <source>Syncing…</source>
      <translation>正在同步…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="108" />
      <source>Sending %v/%m</source>
      <translation>正在发送 %v/%m</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="108" />
      <source>Receiving %v/%m</source>
      <translation>正在接收 %v/%m</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="133" />
      <source>Sync failed at %1: %2</source>
      <translation>%1 同步失败:%2</translation>
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
      <translation>冲突:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="138" />
      <source>set aside: %1</source>
      <translation>搁置:%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="147" />
      <source>Error: attachment files set aside: %1 (see Sync)</source>
      <translation>错误:有 %1 个附件文件被搁置(见“同步”页)</translation>
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
      <translation>记录</translation>
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
      <translation>总行的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="17" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="18" />
      <source>Found</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="21" />
      <source>Changed at the same time elsewhere</source>
      <translation>他处同时作了修改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="22" />
      <source>Decided by head office</source>
      <translation>由总行决定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="23" />
      <source>Status cannot move back</source>
      <translation>状态不能回退</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="24" />
      <source>Clashes with a record made on this PC</source>
      <translation>与本机录入的记录冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="28" />
      <source>Narrative</source>
      <translation>经过</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="29" />
      <source>Reviewer</source>
      <translation>复核人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="30" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="31" />
      <source>Amount attempted</source>
      <translation>拟转金额</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="32" />
      <source>Amount protected</source>
      <translation>避免损失金额</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="33" />
      <source>Fraud type</source>
      <translation>诈骗类型</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="34" />
      <source>Handler</source>
      <translation>承办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="35" />
      <source>Supervisor</source>
      <translation>督办人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="36" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="37" />
      <source>Facts</source>
      <translation>投诉事实</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="38" />
      <source>Request</source>
      <translation>投诉请求</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="39" />
      <source>Decision</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="40" />
      <source>Classification: channel</source>
      <translation>分类:渠道</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="41" />
      <source>Classification: business</source>
      <translation>分类:业务</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="42" />
      <source>Classification: cause</source>
      <translation>分类:原因</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="43" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="44" />
      <source>Summary</source>
      <translation>总结</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="45" />
      <source>Attendees</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="46" />
      <source>Deleted</source>
      <translation>已删除</translation>
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
      <translation>更改时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="57" />
      <source>Head office does not take this kind of record yet</source>
      <translation>总行暂不接收此类记录</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="58" />
      <source>Head office does not take this kind of change yet</source>
      <translation>总行暂不接收此类修改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="59" />
      <source>The record's identifier is not valid</source>
      <translation>记录标识无效</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="60" />
      <source>The change names another record than it carries</source>
      <translation>修改所指记录与所带内容不一致</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="61" />
      <source>The record belongs to another branch</source>
      <translation>该记录属于其他网点</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="62" />
      <source>The record's version number is not valid</source>
      <translation>记录版本号无效</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="63" />
      <source>Head office holds a different kind of record under this identifier</source>
      <translation>总行已有同一标识的另一类记录</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="64" />
      <source>The attachment's file name, size or checksum is not valid</source>
      <translation>附件的文件名、大小或校验值无效</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="67" />
      <source>New record</source>
      <translation>新建记录</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="68" />
      <source>Amendment</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="69" />
      <source>Deletion</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="70" />
      <source>Case step</source>
      <translation>案件环节</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="74" />
      <source>Ticket</source>
      <translation>投诉编号</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="75" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="76" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="78" />
      <source>Set aside at</source>
      <translation>搁置时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="82" />
      <source>The file is no longer in this PC's data folder</source>
      <translation>本机数据文件夹中已没有此文件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="83" />
      <source>Larger than head office accepts (20 MB)</source>
      <translation>超过总行接受的大小(20 MB)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="84" />
      <source>Not the size its attachment says: damaged on this PC?</source>
      <translation>文件大小与其附件记录不符:是否在本机损坏?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="85" />
      <source>Damaged on the way to head office</source>
      <translation>传送到总行途中损坏</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="86" />
      <source>Sent without its checksum</source>
      <translation>发送时缺少校验值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="87" />
      <source>Head office has no attachment that names this file</source>
      <translation>总行没有指向此文件的附件记录</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="88" />
      <source>Head office does not accept the file's name</source>
      <translation>总行不接受此文件的名称</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="89" />
      <source>Refused by head office</source>
      <translation>被总行拒收</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="189" />
      <location filename="../branchdesk/ui/sync/models.py" line="221" />
      <source>Refused by head office: %1</source>
      <translation>被总行拒收:%1</translation>
    </message>
  </context>
  <context>
    <name>SyncWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="120" />
      <source>Enrol…</source>
      <translation>登记…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="122" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="128" />
      <source>Head office</source>
      <translation>总行</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="134" />
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="135" />
      <source>Last result</source>
      <translation>上次结果</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="143" />
      <source>Keep head office's value</source>
      <translation>保留总行的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="144" />
      <source>Apply my value again</source>
      <translation>重新采用我的值</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="147" />
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="155" />
      <source>Only a manager can resolve conflicts.</source>
      <translation>只有网点经理可以处理冲突。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="163" />
      <location filename="../branchdesk/ui/sync/workspace.py" line="178" />
      <source>Send again</source>
      <translation>重新发送</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="165" />
      <source>Changes set aside by head office</source>
      <translation>被总行退回搁置的更改</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="181" />
      <source>Attachment files set aside</source>
      <translation>被搁置的附件文件</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="209" />
      <source>Not enrolled</source>
      <translation>未登记</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="210" />
      <source>Never synced</source>
      <translation>从未同步</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="273" />
      <source>Conflict</source>
      <translation>冲突</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="86" />
      <source>BranchDesk is locked</source>
      <translation>BranchDesk 已锁定</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="87" />
      <source>Locked after a time without activity. %1, type your password to go on; your open forms are kept.</source>
      <translation>长时间无操作,已自动锁定。%1,请输入密码继续;已打开的表单会保留。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="89" />
      <source>Password:</source>
      <translation>密码:</translation>
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
      <translation>涉诈拦截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="30" />
      <source>Complaints</source>
      <translation>消费投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="31" />
      <source>Education events</source>
      <translation>金融教育宣传</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="32" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="33" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
</TS>