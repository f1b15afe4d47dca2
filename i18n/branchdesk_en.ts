<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="27" />
      <source>Add photos</source>
      <translation>Add photos</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="27" />
      <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
      <translation>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="258" />
      <source>New staff account</source>
      <translation>New staff account</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="259" />
      <source>Give the colleague this temporary password; they choose their own at first sign-in.</source>
      <translation>Give the colleague this temporary password; they choose their own at first sign-in.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>User name:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>Full name:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="260" />
      <source>Role:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="261" />
      <source>Temporary password:</source>
      <translation>Temporary password:</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="112" />
      <source>Staff accounts</source>
      <translation>Staff accounts</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="113" />
      <source>&amp;Add…</source>
      <translation>&amp;Add…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="114" />
      <source>Change &amp;role…</source>
      <translation>Change &amp;role…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="115" />
      <source>Reset &amp;password…</source>
      <translation>Reset &amp;password…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="116" />
      <source>&amp;Unlock</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="139" />
      <source>&amp;Enable</source>
      <translation>&amp;Enable</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="139" />
      <source>&amp;Disable</source>
      <translation>&amp;Disable</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="166" />
      <source>Change role</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="166" />
      <source>Role of %1:</source>
      <translation>Role of %1:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="186" />
      <source>Reset password</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="187" />
      <source>A temporary password for %1. They must choose their own at the next sign-in.</source>
      <translation>A temporary password for %1. They must choose their own at the next sign-in.</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="16" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="17" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="18" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="19" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="61" />
      <source>Locked (too many wrong passwords)</source>
      <translation>Locked (too many wrong passwords)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="62" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="63" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/accounts_view.py" line="65" />
      <source>must change password</source>
      <translation>must change password</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="203" />
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="204" />
      <source>The administrator adds the staff accounts and changes the settings.</source>
      <translation>The administrator adds the staff accounts and changes the settings.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="205" />
      <source>Passwords have at least 8 characters with letters and digits. Keep this password safe: it cannot be read back.</source>
      <translation>Passwords have at least 8 characters with letters and digits. Keep this password safe: it cannot be read back.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="207" />
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="208" />
      <source>&amp;Display name:</source>
      <translation>&amp;Display name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="209" />
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="210" />
      <source>&amp;Repeat password:</source>
      <translation>&amp;Repeat password:</translation>
    </message>
  </context>
  <context>
    <name>BranchPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="132" />
      <source>Your branch</source>
      <translation>Your branch</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="133" />
      <source>The code and name of the branch this PC works for, as head office lists them.</source>
      <translation>The code and name of the branch this PC works for, as head office lists them.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="134" />
      <source>Reference numbers of new records start with the branch code.</source>
      <translation>Reference numbers of new records start with the branch code.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="135" />
      <source>Branch &amp;code (6 digits):</source>
      <translation>Branch &amp;code (6 digits):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="136" />
      <source>Branch &amp;name:</source>
      <translation>Branch &amp;name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="138" />
      <source>e.g. Pudong Zhangjiang Sub-branch</source>
      <translation>e.g. Pudong Zhangjiang Sub-branch</translation>
    </message>
  </context>
  <context>
    <name>ByTypeModel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Fraud type</source>
      <translation>Fraud type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="121" />
      <source>Protected (¥)</source>
      <translation>Protected (¥)</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="264" />
      <source>Level %1</source>
      <translation>Level %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="287" />
      <source>Time limit: %1</source>
      <translation>Time limit: %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="294" />
      <source>Due %1 · %2 day(s) left · limit %3 days</source>
      <translation>Due %1 · %2 day(s) left · limit %3 days</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="298" />
      <source>extension to level %1 awaiting approval</source>
      <translation>extension to level %1 awaiting approval</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="312" />
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="313" />
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="314" />
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="317" />
      <source>Agent / heir</source>
      <translation>Agent / heir</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="320" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="321" />
      <source>Intake channel</source>
      <translation>Intake channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="322" />
      <source>Institution / staff</source>
      <translation>Institution / staff</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="323" />
      <source>Facts</source>
      <translation>Facts</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="324" />
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="325" />
      <source>Classification</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="327" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="327" />
      <source>group complaint</source>
      <translation>group complaint</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="328" />
      <source>Handler</source>
      <translation>Handler</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="328" />
      <source>not assigned</source>
      <translation>not assigned</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="329" />
      <source>conflict of interest declared</source>
      <translation>conflict of interest declared</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="330" />
      <source>no conflict confirmed</source>
      <translation>no conflict confirmed</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="333" />
      <source>Related case</source>
      <translation>Related case</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="333" />
      <source>repeat complaint</source>
      <translation>repeat complaint</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="335" />
      <source>Merged into</source>
      <translation>Merged into</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="337" />
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="340" />
      <source>Notified</source>
      <translation>Notified</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="442" />
      <source>Attach a scan or photo</source>
      <translation>Attach a scan or photo</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="443" />
      <source>Scans and photos (*.png *.jpg *.jpeg *.pdf *.tif);;All files (*)</source>
      <translation>Scans and photos (*.png *.jpg *.jpeg *.pdf *.tif);;All files (*)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="484" />
      <source>Save receipt</source>
      <translation>Save receipt</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="338" />
      <location filename="../branchdesk/ui/complaints/case_view.py" line="507" />
      <source>Grounds</source>
      <translation>Grounds</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="508" />
      <source>Told by</source>
      <translation>Told by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="508" />
      <source>Reason / result</source>
      <translation>Reason / result</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="509" />
      <source>Merge into ticket</source>
      <translation>Merge into ticket</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="512" />
      <source>Told of review, mediation, arbitration and litigation</source>
      <translation>Told of review, mediation, arbitration and litigation</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Telephone</source>
      <translation>Telephone</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Text message</source>
      <translation>Text message</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="493" />
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="494" />
      <source>In person</source>
      <translation>In person</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="494" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="520" />
      <source>Extend to 30 days</source>
      <translation>Extend to 30 days</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="521" />
      <source>Extend to 60 days (needs approval)</source>
      <translation>Extend to 60 days (needs approval)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="522" />
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="523" />
      <source>Handler and conflict of interest</source>
      <translation>Handler and conflict of interest</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="524" />
      <source>Time limit</source>
      <translation>Time limit</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="525" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="526" />
      <source>User name of the handler</source>
      <translation>User name of the handler</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="527" />
      <source>Add a note (kept as written, cannot be changed)</source>
      <translation>Add a note (kept as written, cannot be changed)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="528" />
      <source>Required to withdraw, decline, pause, extend or record new facts</source>
      <translation>Required to withdraw, decline, pause, extend or record new facts</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="529" />
      <source>Assign</source>
      <translation>Assign</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="530" />
      <source>Handler confirms no conflict</source>
      <translation>Handler confirms no conflict</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="531" />
      <source>Declare conflict</source>
      <translation>Declare conflict</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="532" />
      <source>Extend</source>
      <translation>Extend</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="533" />
      <source>Pause for appraisal</source>
      <translation>Pause for appraisal</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="534" />
      <source>Resume clock</source>
      <translation>Resume clock</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="535" />
      <source>New facts received (restart clock)</source>
      <translation>New facts received (restart clock)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="536" />
      <source>Add note</source>
      <translation>Add note</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="537" />
      <source>Attach file…</source>
      <translation>Attach file…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="538" />
      <source>Open attachment</source>
      <translation>Open attachment</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="539" />
      <source>Show personal data</source>
      <translation>Show personal data</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="540" />
      <source>Print receipt…</source>
      <translation>Print receipt…</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="188" />
      <source>Change password</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="189" />
      <source>Your password was set by an administrator. Choose your own password now.</source>
      <translation>Your password was set by an administrator. Choose your own password now.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="190" />
      <source>At least 8 characters, with letters and digits.</source>
      <translation>At least 8 characters, with letters and digits.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="191" />
      <source>Current password:</source>
      <translation>Current password:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="191" />
      <source>New password:</source>
      <translation>New password:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="192" />
      <source>Repeat new password:</source>
      <translation>Repeat new password:</translation>
    </message>
  </context>
  <context>
    <name>CodeSelect</name>
    <message>
      <location filename="../branchdesk/ui/widgets/code_select.py" line="88" />
      <source>Clear selection</source>
      <translation>Clear selection</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/widgets/code_select.py" line="127" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>ComplaintListModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="26" />
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="27" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="28" />
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="29" />
      <source>Intake channel</source>
      <translation>Intake channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="30" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="31" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="32" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="33" />
      <source>Handler</source>
      <translation>Handler</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="34" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="35" />
      <source>Time limit</source>
      <translation>Time limit</translation>
    </message>
  </context>
  <context>
    <name>ComplaintReminder</name>
    <message>
      <location filename="../branchdesk/ui/complaints/startup.py" line="16" />
      <source>Complaints: %1 overdue, %2 due soon, %3 awaiting approval</source>
      <translation>Complaints: %1 overdue, %2 due soon, %3 awaiting approval</translation>
    </message>
  </context>
  <context>
    <name>Complaints</name>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="10" />
      <location filename="../branchdesk/ui/complaints/texts.py" line="26" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="11" />
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="12" />
      <source>Investigating</source>
      <translation>Investigating</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="13" />
      <source>Decided</source>
      <translation>Decided</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="14" />
      <location filename="../branchdesk/ui/complaints/texts.py" line="30" />
      <source>Complainant notified</source>
      <translation>Complainant notified</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="15" />
      <source>Under review</source>
      <translation>Under review</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="16" />
      <source>In mediation</source>
      <translation>In mediation</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="17" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="18" />
      <source>Called back</source>
      <translation>Called back</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="19" />
      <source>Archived</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="20" />
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="21" />
      <source>Merged</source>
      <translation>Merged</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="22" />
      <source>Not handled</source>
      <translation>Not handled</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="27" />
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="28" />
      <source>Start investigation</source>
      <translation>Start investigation</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="29" />
      <source>Record decision</source>
      <translation>Record decision</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="31" />
      <source>Review applied for</source>
      <translation>Review applied for</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="32" />
      <source>Refer to mediation</source>
      <translation>Refer to mediation</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="33" />
      <source>Close case</source>
      <translation>Close case</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="34" />
      <source>Call-back done</source>
      <translation>Call-back done</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="35" />
      <source>Archive</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="36" />
      <source>Withdrawn by complainant</source>
      <translation>Withdrawn by complainant</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="37" />
      <source>Merge into another case</source>
      <translation>Merge into another case</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="38" />
      <source>Not to be handled</source>
      <translation>Not to be handled</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="39" />
      <source>Handler assigned</source>
      <translation>Handler assigned</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="40" />
      <source>Conflict of interest declared</source>
      <translation>Conflict of interest declared</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="41" />
      <source>No conflict of interest confirmed</source>
      <translation>No conflict of interest confirmed</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="42" />
      <source>Extension requested</source>
      <translation>Extension requested</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="43" />
      <source>Extension approved</source>
      <translation>Extension approved</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="44" />
      <source>Extension refused</source>
      <translation>Extension refused</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="45" />
      <source>Clock paused (external appraisal)</source>
      <translation>Clock paused (external appraisal)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="46" />
      <source>Clock resumed</source>
      <translation>Clock resumed</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="47" />
      <source>New facts received (clock restarted)</source>
      <translation>New facts received (clock restarted)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="48" />
      <source>Attachment added</source>
      <translation>Attachment added</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="49" />
      <source>Another case merged into this one</source>
      <translation>Another case merged into this one</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="50" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="54" />
      <source>On track</source>
      <translation>On track</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="55" />
      <source>Due soon</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="56" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="57" />
      <source>Paused</source>
      <translation>Paused</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="58" />
      <source>Stopped</source>
      <translation>Stopped</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="59" />
      <source>Decided on time</source>
      <translation>Decided on time</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/texts.py" line="60" />
      <source>Decided late</source>
      <translation>Decided late</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="116" />
      <source>Complaint register</source>
      <translation>Complaint register</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="159" />
      <source>Deadlines</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="160" />
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="161" />
      <source>New complaint</source>
      <translation>New complaint</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="162" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="163" />
      <source>Search ticket number or institution (Ctrl+F)</source>
      <translation>Search ticket number or institution (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="164" />
      <source>Open cases only</source>
      <translation>Open cases only</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="165" />
      <source>New complaint (Ctrl+N)</source>
      <translation>New complaint (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="166" />
      <source>Export to &amp;Excel…</source>
      <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/workspace.py" line="170" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="109" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="110" />
      <source>Due soon</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="111" />
      <source>Awaiting approval</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="119" />
      <source>Urgency</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="120" />
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="121" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="122" />
      <source>Days left</source>
      <translation>Days left</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="123" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="124" />
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="125" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="126" />
      <source>Handler</source>
      <translation>Handler</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="127" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="128" />
      <source>Extension</source>
      <translation>Extension</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/list_model.py" line="199" />
      <source>Level %1 requested</source>
      <translation>Level %1 requested</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesView</name>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="110" />
      <source>%1 overdue · %2 due within %3 working days · %4 awaiting approval</source>
      <translation>%1 overdue · %2 due within %3 working days · %4 awaiting approval</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="137" />
      <source>The repeat flags could not be read.</source>
      <translation>The repeat flags could not be read.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="141" />
      <source>Frequent complainant %1: %2 complaints in 12 months (%3)</source>
      <translation>Frequent complainant %1: %2 complaints in 12 months (%3)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="144" />
      <source>Possible illegal complaint agent: the same agent acts for %1 unrelated complainants (%2)</source>
      <translation>Possible illegal complaint agent: the same agent acts for %1 unrelated complainants (%2)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="146" />
      <source>No frequent complainants or suspicious agents.</source>
      <translation>No frequent complainants or suspicious agents.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="183" />
      <source>Open case</source>
      <translation>Open case</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="184" />
      <source>Approve extension</source>
      <translation>Approve extension</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="185" />
      <source>Refuse extension</source>
      <translation>Refuse extension</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/deadlines_view.py" line="186" />
      <source>Reason for refusing</source>
      <translation>Reason for refusing</translation>
    </message>
  </context>
  <context>
    <name>EducationFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="46" />
      <source>All campaigns</source>
      <translation>All campaigns</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="49" />
      <source>All groups</source>
      <translation>All groups</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="52" />
      <source>All places</source>
      <translation>All places</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="121" />
      <source>Search no., theme, address, organiser</source>
      <translation>Search no., theme, address, organiser</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>Any time</source>
      <translation>Any time</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="122" />
      <source>This quarter</source>
      <translation>This quarter</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="123" />
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="123" />
      <source>Last 12 months</source>
      <translation>Last 12 months</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="125" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="127" />
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Planned and held</source>
      <translation>Planned and held</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/filter_bar.py" line="128" />
      <source>Held</source>
      <translation>Held</translation>
    </message>
  </context>
  <context>
    <name>EducationForm</name>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="108" />
      <source>Your role cannot record education events.</source>
      <translation>Your role cannot record education events.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="109" />
      <source>This event was deleted; it can be read but not changed.</source>
      <translation>This event was deleted; it can be read but not changed.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="110" />
      <source>Only its organiser or a manager can amend this event.</source>
      <translation>Only its organiser or a manager can amend this event.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="126" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="232" />
      <source>filled in once held</source>
      <translation>filled in once held</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="233" />
      <source>none on site</source>
      <translation>none on site</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="235" />
      <source>online place types only</source>
      <translation>online place types only</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="237" />
      <source>Live-stream or account name (optional)</source>
      <translation>Live-stream or account name (optional)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="237" />
      <source>e.g. 张江镇社区文化活动中心</source>
      <translation>e.g. 张江镇社区文化活动中心</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="362" />
      <source>This event was deleted in the meantime; your changes were not saved.</source>
      <translation>This event was deleted in the meantime; your changes were not saved.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="371" />
      <source>New education event</source>
      <translation>New education event</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="373" />
      <source>Education event</source>
      <translation>Education event</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="375" />
      <source>Record a planned event as held</source>
      <translation>Record a planned event as held</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="377" />
      <source>Amend education event</source>
      <translation>Amend education event</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>&amp;Starts</source>
      <translation>&amp;Starts</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="379" />
      <source>&amp;Ends</source>
      <translation>&amp;Ends</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>&amp;Campaign</source>
      <translation>&amp;Campaign</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>Theme s&amp;logan</source>
      <translation>Theme s&amp;logan</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="380" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="381" />
      <source>&amp;Place type</source>
      <translation>&amp;Place type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="381" />
      <source>A&amp;ddress</source>
      <translation>A&amp;ddress</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="382" />
      <source>Target groups</source>
      <translation>Target groups</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="382" />
      <source>&amp;Attendees on site</source>
      <translation>&amp;Attendees on site</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="383" />
      <source>&amp;Online reach</source>
      <translation>&amp;Online reach</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="383" />
      <source>Materials</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>O&amp;rganiser</source>
      <translation>O&amp;rganiser</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="384" />
      <source>Sta&amp;ff</source>
      <translation>Sta&amp;ff</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Su&amp;mmary</source>
      <translation>Su&amp;mmary</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="385" />
      <source>Reason for c&amp;hange</source>
      <translation>Reason for c&amp;hange</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="389" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="390" />
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="391" />
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="392" />
      <source>Who was reached</source>
      <translation>Who was reached</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="392" />
      <source>Materials and partners</source>
      <translation>Materials and partners</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="393" />
      <source>Our team</source>
      <translation>Our team</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="395" />
      <source>e.g. 金融保障权益 助力美好生活</source>
      <translation>e.g. 金融保障权益 助力美好生活</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="396" />
      <source>Names separated by 、 or commas</source>
      <translation>Names separated by 、 or commas</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="398" />
      <source>What was covered and how it went. No names or phone numbers of attendees.</source>
      <translation>What was covered and how it went. No names or phone numbers of attendees.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/form.py" line="399" />
      <source>Required: why this event is being corrected</source>
      <translation>Required: why this event is being corrected</translation>
    </message>
  </context>
  <context>
    <name>EducationListModel</name>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="35" />
      <source>Event no.</source>
      <translation>Event no.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="36" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="37" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="38" />
      <source>Campaign</source>
      <translation>Campaign</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="39" />
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="40" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="41" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="42" />
      <source>Target groups</source>
      <translation>Target groups</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="43" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="44" />
      <source>Online reach</source>
      <translation>Online reach</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="45" />
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="134" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/list_model.py" line="134" />
      <source>Held</source>
      <translation>Held</translation>
    </message>
  </context>
  <context>
    <name>EducationTotalsModel</name>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="21" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="21" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="22" />
      <source>Online reach</source>
      <translation>Online reach</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="79" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="80" />
      <source>Target group</source>
      <translation>Target group</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="81" />
      <source>Campaign</source>
      <translation>Campaign</translation>
    </message>
  </context>
  <context>
    <name>EducationUpcomingModel</name>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Campaign</source>
      <translation>Campaign</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/upcoming.py" line="13" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
  </context>
  <context>
    <name>EducationWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="161" />
      <source>%1 events · %2 attendees on site · %3 reached online</source>
      <translation>%1 events · %2 attendees on site · %3 reached online</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="164" />
      <source>%1 planned event(s) have passed without figures: record them as held.</source>
      <translation>%1 planned event(s) have passed without figures: record them as held.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="222" />
      <source>Education event log</source>
      <translation>Education event log</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="228" />
      <source>Delete event</source>
      <translation>Delete event</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="228" />
      <source>Why is this event being deleted?</source>
      <translation>Why is this event being deleted?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="243" />
      <source>&amp;New event…</source>
      <translation>&amp;New event…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="244" />
      <source>Plan or record an education event (Ctrl+N)</source>
      <translation>Plan or record an education event (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="245" />
      <source>Record as &amp;held…</source>
      <translation>Record as &amp;held…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="246" />
      <source>&amp;Open / amend…</source>
      <translation>&amp;Open / amend…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="247" />
      <source>&amp;Delete…</source>
      <translation>&amp;Delete…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="248" />
      <source>Export to &amp;Excel…</source>
      <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/workspace.py" line="249" />
      <source>Coming up</source>
      <translation>Coming up</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="56" />
      <source>Enrol with head office</source>
      <translation>Enrol with head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="62" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="68" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="69" />
      <source>One-time code</source>
      <translation>One-time code</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="70" />
      <source>CA certificate (optional)</source>
      <translation>CA certificate (optional)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="77" />
      <source>Enrol</source>
      <translation>Enrol</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="88" />
      <source>CA certificate</source>
      <translation>CA certificate</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="96" />
      <source>Enter the server address (https://...) and the code from head office.</source>
      <translation>Enter the server address (https://...) and the code from head office.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="99" />
      <source>Enrolling…</source>
      <translation>Enrolling…</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="67" />
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="68" />
      <source>Something went wrong. What you typed is still in the form; the details are in the log file.</source>
      <translation>Something went wrong. What you typed is still in the form; the details are in the log file.</translation>
    </message>
  </context>
  <context>
    <name>ExportExcel</name>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="119" />
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="122" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/export_excel.py" line="134" />
      <source>The file could not be written: %1</source>
      <translation>The file could not be written: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/export_excel.py" line="137" />
      <source>%n row(s) exported.</source>
      <translation>
        <numerusform>%n row(s) exported.</numerusform>
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="100" />
      <source>Set up BranchDesk: administrator</source>
      <translation>Set up BranchDesk: administrator</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="102" />
      <source>This is the first start on this PC. Create the administrator account: it manages staff accounts and settings. Keep the password safe; it cannot be recovered, only reset by another administrator.</source>
      <translation>This is the first start on this PC. Create the administrator account: it manages staff accounts and settings. Keep the password safe; it cannot be recovered, only reset by another administrator.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>User name:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>Full name:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="104" />
      <source>Password:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="105" />
      <source>Repeat password:</source>
      <translation>Repeat password:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="356" />
      <source>BranchDesk — first start</source>
      <translation>BranchDesk — first start</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="358" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="359" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="360" />
      <source>&amp;Finish</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="361" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>FraudFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="25" />
      <source>All fraud types</source>
      <translation>All fraud types</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="28" />
      <source>All outcomes</source>
      <translation>All outcomes</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="103" />
      <source>Amount?</source>
      <translation>Amount?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="136" />
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="161" />
      <source>Anyone</source>
      <translation>Anyone</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="145" />
      <source>Search case no., narrative, police ref. (Ctrl+F)</source>
      <translation>Search case no., narrative, police ref. (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="146" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="147" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="148" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="149" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="150" />
      <source>Protected ¥</source>
      <translation>Protected ¥</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="152" />
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="153" />
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="155" />
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="156" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="157" />
      <source>max</source>
      <translation>max</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Any</source>
      <translation>Any</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Police notified</source>
      <translation>Police notified</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/filter_bar.py" line="158" />
      <source>Not notified</source>
      <translation>Not notified</translation>
    </message>
  </context>
  <context>
    <name>FraudForm</name>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="77" />
      <source>Your role cannot record interceptions.</source>
      <translation>Your role cannot record interceptions.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="78" />
      <source>This record was deleted; it can be read but not changed.</source>
      <translation>This record was deleted; it can be read but not changed.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="79" />
      <source>Only the person who recorded it (%1) or a manager can amend this record.</source>
      <translation>Only the person who recorded it (%1) or a manager can amend this record.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="93" />
      <location filename="../branchdesk/ui/fraud/form.py" line="101" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="219" />
      <source>This record was deleted in the meantime; your changes were not saved.</source>
      <translation>This record was deleted in the meantime; your changes were not saved.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="238" />
      <source>New fraud interception</source>
      <translation>New fraud interception</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="240" />
      <source>Fraud interception</source>
      <translation>Fraud interception</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="242" />
      <source>Amend fraud interception</source>
      <translation>Amend fraud interception</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="244" />
      <source>&amp;Time</source>
      <translation>&amp;Time</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="244" />
      <source>Detected &amp;by</source>
      <translation>Detected &amp;by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="245" />
      <source>B&amp;usiness</source>
      <translation>B&amp;usiness</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="245" />
      <source>C&amp;hannel</source>
      <translation>C&amp;hannel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="246" />
      <source>&amp;Subject</source>
      <translation>&amp;Subject</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="246" />
      <source>&amp;Gender</source>
      <translation>&amp;Gender</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="247" />
      <source>A&amp;ge band</source>
      <translation>A&amp;ge band</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="247" />
      <source>&amp;Fraud type</source>
      <translation>&amp;Fraud type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="248" />
      <source>Contacted &amp;via</source>
      <translation>Contacted &amp;via</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="248" />
      <source>Amount a&amp;ttempted (¥)</source>
      <translation>Amount a&amp;ttempted (¥)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="249" />
      <source>Amount &amp;protected (¥)</source>
      <translation>Amount &amp;protected (¥)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="250" />
      <source>Police &amp;receipt no.</source>
      <translation>Police &amp;receipt no.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="251" />
      <source>&amp;Outcome</source>
      <translation>&amp;Outcome</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="251" />
      <source>Re&amp;viewed by</source>
      <translation>Re&amp;viewed by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="252" />
      <source>&amp;Narrative</source>
      <translation>&amp;Narrative</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="252" />
      <source>&amp;Reason for change</source>
      <translation>&amp;Reason for change</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="256" />
      <source>Police &amp;notified (110 / local station)</source>
      <translation>Police &amp;notified (110 / local station)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="257" />
      <source>Police &amp;attended</source>
      <translation>Police &amp;attended</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="259" />
      <source>What happened, naming people only as 李女士 / 张某. No ID, phone or card numbers.</source>
      <translation>What happened, naming people only as 李女士 / 张某. No ID, phone or card numbers.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="260" />
      <source>Required: why this record is being corrected</source>
      <translation>Required: why this record is being corrected</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="261" />
      <source>Supervisor who checked the record</source>
      <translation>Supervisor who checked the record</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="262" />
      <source>Fraud</source>
      <translation>Fraud</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="263" />
      <source>What was done</source>
      <translation>What was done</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="263" />
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/form.py" line="264" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
  </context>
  <context>
    <name>FraudHistory</name>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="22" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="22" />
      <source>Detected by</source>
      <translation>Detected by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="23" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="23" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="24" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="24" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="25" />
      <source>Age band</source>
      <translation>Age band</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="25" />
      <source>Fraud type</source>
      <translation>Fraud type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="26" />
      <source>Contacted via</source>
      <translation>Contacted via</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="27" />
      <source>Amount attempted</source>
      <translation>Amount attempted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="28" />
      <source>Amount protected</source>
      <translation>Amount protected</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="28" />
      <source>Actions</source>
      <translation>Actions</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="29" />
      <source>Police notified</source>
      <translation>Police notified</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="30" />
      <source>Police attended</source>
      <translation>Police attended</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="31" />
      <source>Police receipt no.</source>
      <translation>Police receipt no.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="31" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="32" />
      <source>Narrative</source>
      <translation>Narrative</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="32" />
      <source>Reviewed by</source>
      <translation>Reviewed by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="33" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="35" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="35" />
      <source>Replaced on</source>
      <translation>Replaced on</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="36" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="36" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="37" />
      <source>What this version said (changed later)</source>
      <translation>What this version said (changed later)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="96" />
      <source>(the record was deleted after this version)</source>
      <translation>(the record was deleted after this version)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="108" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="108" />
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>FraudListModel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="29" />
      <source>Case no.</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="30" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="31" />
      <source>Fraud type</source>
      <translation>Fraud type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="32" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="33" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="34" />
      <source>Age band</source>
      <translation>Age band</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="35" />
      <source>Attempted (¥)</source>
      <translation>Attempted (¥)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="36" />
      <source>Protected (¥)</source>
      <translation>Protected (¥)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="37" />
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="38" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="39" />
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="119" />
      <source>Deleted on %1</source>
      <translation>Deleted on %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="137" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/list_model.py" line="137" />
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>FraudStatsPanel</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="268" />
      <source>Adding up…</source>
      <translation>Adding up…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="287" />
      <source>The statistics could not be read; they are tried again when you come back.</source>
      <translation>The statistics could not be read; they are tried again when you come back.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="297" />
      <source>No interceptions recorded this year</source>
      <translation>No interceptions recorded this year</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="313" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="314" />
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="317" />
      <source>By fraud type, this year (amount protected)</source>
      <translation>By fraud type, this year (amount protected)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="318" />
      <source>Interceptions per month, last 12 months</source>
      <translation>Interceptions per month, last 12 months</translation>
    </message>
  </context>
  <context>
    <name>FraudWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="191" />
      <source>%1 interception(s) shown · amount protected ¥%2 · amount attempted ¥%3</source>
      <translation>%1 interception(s) shown · amount protected ¥%2 · amount attempted ¥%3</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="239" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="275" />
      <source>Not allowed</source>
      <translation>Not allowed</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="239" />
      <source>Your role cannot record interceptions.</source>
      <translation>Your role cannot record interceptions.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="275" />
      <source>Only a branch manager can delete an interception record.</source>
      <translation>Only a branch manager can delete an interception record.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="282" />
      <source>Already deleted</source>
      <translation>Already deleted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="282" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="295" />
      <source>This record is already deleted.</source>
      <translation>This record is already deleted.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="284" />
      <source>Delete %1</source>
      <translation>Delete %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="285" />
      <source>Why is this record being deleted? It stays in the history and can be seen by managers.</source>
      <translation>Why is this record being deleted? It stays in the history and can be seen by managers.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="289" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="295" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="298" />
      <location filename="../branchdesk/ui/fraud/workspace.py" line="303" />
      <source>Not deleted</source>
      <translation>Not deleted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="289" />
      <source>A reason is required to delete a record.</source>
      <translation>A reason is required to delete a record.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="337" />
      <source>Fraud interception register</source>
      <translation>Fraud interception register</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="341" />
      <source>&amp;New interception  Ctrl+N</source>
      <translation>&amp;New interception  Ctrl+N</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="342" />
      <source>&amp;Open / amend</source>
      <translation>&amp;Open / amend</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="343" />
      <source>&amp;History</source>
      <translation>&amp;History</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="344" />
      <source>&amp;Delete…</source>
      <translation>&amp;Delete…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="345" />
      <source>Export to &amp;Excel…</source>
      <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="346" />
      <source>Record a new interception (Ctrl+N)</source>
      <translation>Record a new interception (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="347" />
      <source>Open the selected record to read or amend it (Enter or double-click)</source>
      <translation>Open the selected record to read or amend it (Enter or double-click)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="348" />
      <source>Earlier versions of the selected record, with reasons (Ctrl+H)</source>
      <translation>Earlier versions of the selected record, with reasons (Ctrl+H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="349" />
      <source>Delete the selected record, giving a reason; managers only (Del)</source>
      <translation>Delete the selected record, giving a reason; managers only (Del)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="350" />
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/workspace.py" line="351" />
      <source>Statistics</source>
      <translation>Statistics</translation>
    </message>
  </context>
  <context>
    <name>HeadOfficePage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="167" />
      <source>Head office</source>
      <translation>Head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="168" />
      <source>Records are sent to head office when the PC is online.</source>
      <translation>Records are sent to head office when the PC is online.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="169" />
      <source>Enter the address of the head-office server and the one-time enrolment code head office gave for this PC.</source>
      <translation>Enter the address of the head-office server and the one-time enrolment code head office gave for this PC.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="171" />
      <source>Head-office &amp;address:</source>
      <translation>Head-office &amp;address:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="172" />
      <source>&amp;Enrolment code:</source>
      <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="174" />
      <source>Enrol &amp;later (offline trial)</source>
      <translation>Enrol &amp;later (offline trial)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="175" />
      <source>Without enrolment everything works on this PC, but nothing is sent to head office until it is enrolled (later with branchdesk-cli enrol).</source>
      <translation>Without enrolment everything works on this PC, but nothing is sent to head office until it is enrolled (later with branchdesk-cli enrol).</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="125" />
      <source>History of %1</source>
      <translation>History of %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="129" />
      <source>Current version: %1, last changed %2 by %3.</source>
      <translation>Current version: %1, last changed %2 by %3.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/history_dialog.py" line="133" />
      <source>This record has not been changed since it was entered.</source>
      <translation>This record has not been changed since it was entered.</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="52" />
      <source>BranchDesk is locked</source>
      <translation>BranchDesk is locked</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="48" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="254" />
      <source>This complainant already has %n open or recent complaint(s): </source>
      <translation>
        <numerusform>This complainant already has %n open or recent complaint(s): </numerusform>
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="258" />
      <source>Save and merge into %1</source>
      <translation>Save and merge into %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="337" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="337" />
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="338" />
      <source>The complaint</source>
      <translation>The complaint</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="338" />
      <source>Classification (JR/T 0169) and handler</source>
      <translation>Classification (JR/T 0169) and handler</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="339" />
      <source>Personal information notice</source>
      <translation>Personal information notice</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="344" />
      <source>Received at</source>
      <translation>Received at</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="344" />
      <source>Intake channel</source>
      <translation>Intake channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="345" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="345" />
      <source>Group complaint</source>
      <translation>Group complaint</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="346" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="346" />
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="347" />
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="347" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="348" />
      <source>Lodged by</source>
      <translation>Lodged by</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="348" />
      <source>Agent / heir name</source>
      <translation>Agent / heir name</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="349" />
      <source>Agent / heir mobile</source>
      <translation>Agent / heir mobile</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="349" />
      <source>Agent / heir ID number</source>
      <translation>Agent / heir ID number</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="350" />
      <source>Institution complained about</source>
      <translation>Institution complained about</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="351" />
      <source>Staff complained about</source>
      <translation>Staff complained about</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="351" />
      <source>Facts and grounds</source>
      <translation>Facts and grounds</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="352" />
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="352" />
      <source>Demand type</source>
      <translation>Demand type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="353" />
      <source>A · Business channel</source>
      <translation>A · Business channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="353" />
      <source>B · Business category</source>
      <translation>B · Business category</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="354" />
      <source>C · Cause</source>
      <translation>C · Cause</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="354" />
      <source>Handler (user name)</source>
      <translation>Handler (user name)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="358" />
      <source>Several people complain together</source>
      <translation>Several people complain together</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="362" />
      <source>The complainant in person</source>
      <translation>The complainant in person</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="362" />
      <source>An agent (power of attorney)</source>
      <translation>An agent (power of attorney)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="363" />
      <source>An heir (proof of inheritance)</source>
      <translation>An heir (proof of inheritance)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="368" />
      <source>Tell the complainant: the bank uses their name, contact and ID number only to handle this complaint (intake, investigation, reply, call-back), keeps them encrypted, shows them masked, and keeps the file for three years after closing. Notice version %1.</source>
      <translation>Tell the complainant: the bank uses their name, contact and ID number only to handle this complaint (intake, investigation, reply, call-back), keeps them encrypted, shows them masked, and keeps the file for three years after closing. Notice version %1.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="371" />
      <source>The complainant was told and agrees</source>
      <translation>The complainant was told and agrees</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="372" />
      <source>11 digits</source>
      <translation>11 digits</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="373" />
      <source>18 digits</source>
      <translation>18 digits</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="374" />
      <source>Register complaint (Ctrl+S)</source>
      <translation>Register complaint (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/intake_form.py" line="375" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
  </context>
  <context>
    <name>KeyFileDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="46" />
      <source>Key share file:</source>
      <translation>Key share file:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="47" />
      <source>Passphrase:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="48" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="51" />
      <source>BranchDesk key share (*%1)</source>
      <translation>BranchDesk key share (*%1)</translation>
    </message>
  </context>
  <context>
    <name>KeyJoinDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="129" />
      <source>Join this branch's data key</source>
      <translation>Join this branch's data key</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="131" />
      <source>Take the data key of this branch's other PCs from a key share made on one of them, with the passphrase its administrator chose. Only a PC that holds no personal data of its own yet (a newly set-up PC) can join; otherwise nothing is changed.</source>
      <translation>Take the data key of this branch's other PCs from a key share made on one of them, with the passphrase its administrator chose. Only a PC that holds no personal data of its own yet (a newly set-up PC) can join; otherwise nothing is changed.</translation>
    </message>
  </context>
  <context>
    <name>KeyShareDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="81" />
      <source>Share data key with another PC</source>
      <translation>Share data key with another PC</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="83" />
      <source>Another PC of this branch can take this PC's data key, so that each can show the personal data the other took and repeat complaints are matched across them. The key is written to a file protected by the passphrase you choose here; head office never sees it. Carry the file to the other PC and tell its administrator the passphrase in person, never with the file. Delete the file once the other PC has joined.</source>
      <translation>Another PC of this branch can take this PC's data key, so that each can show the personal data the other took and repeat complaints are matched across them. The key is written to a file protected by the passphrase you choose here; head office never sees it. Carry the file to the other PC and tell its administrator the passphrase in person, never with the file. Delete the file once the other PC has joined.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/key_share_dialogs.py" line="88" />
      <source>Repeat passphrase:</source>
      <translation>Repeat passphrase:</translation>
    </message>
  </context>
  <context>
    <name>KpiCard</name>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="170" />
      <source>Interceptions</source>
      <translation>Interceptions</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="171" />
      <source>Amount protected</source>
      <translation>Amount protected</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="172" />
      <source>Aged 60 and over</source>
      <translation>Aged 60 and over</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/fraud/stats_panel.py" line="173" />
      <source>Police involved</source>
      <translation>Police involved</translation>
    </message>
  </context>
  <context>
    <name>LanguagePage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="113" />
      <source>Welcome to BranchDesk</source>
      <translation>Welcome to BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="114" />
      <source>A few questions set this PC up for your branch. Nothing is saved until you click Finish.</source>
      <translation>A few questions set this PC up for your branch. Nothing is saved until you click Finish.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="115" />
      <source>Choose the language of the program. You can change it later in the settings.</source>
      <translation>Choose the language of the program. You can change it later in the settings.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="116" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="117" />
      <source>Your data is kept in this folder:</source>
      <translation>Your data is kept in this folder:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="182" />
      <source>About BranchDesk</source>
      <translation>About BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="183" />
      <source>BranchDesk %1
Consumer-protection desk for bank branches.</source>
      <translation>BranchDesk %1
Consumer-protection desk for bank branches.</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="194" />
      <source>Waiting to sync: %n change(s)</source>
      <translation>
        <numerusform>Waiting to sync: %n change(s)</numerusform>
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="207" />
      <source>BranchDesk — Consumer protection desk</source>
      <translation>BranchDesk — Consumer protection desk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="210" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="211" />
      <source>E&amp;xit</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="212" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="213" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="214" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="215" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="216" />
      <source>&amp;About BranchDesk</source>
      <translation>&amp;About BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="218" />
      <source>Not synced yet</source>
      <translation>Not synced yet</translation>
    </message>
  </context>
  <context>
    <name>MaterialsEditor</name>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="140" />
      <source>Add material</source>
      <translation>Add material</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="142" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="147" />
      <source> pcs</source>
      <translation> pcs</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="143" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="148" />
      <source>Remove this material</source>
      <translation>Remove this material</translation>
    </message>
  </context>
  <context>
    <name>PartnersEditor</name>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="182" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="189" />
      <source>Name, e.g. 张江派出所</source>
      <translation>Name, e.g. 张江派出所</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="183" />
      <location filename="../branchdesk/ui/education/row_editors.py" line="190" />
      <source>Remove this partner</source>
      <translation>Remove this partner</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/row_editors.py" line="187" />
      <source>Add partner</source>
      <translation>Add partner</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="226" />
      <source>Passphrase:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="227" />
      <source>Repeat passphrase:</source>
      <translation>Repeat passphrase:</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="183" />
      <source>The people shown agreed to be photographed and to the photos being kept</source>
      <translation>The people shown agreed to be photographed and to the photos being kept</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="184" />
      <source>Add &amp;photos…</source>
      <translation>Add &amp;photos…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="185" />
      <source>Remove photo</source>
      <translation>Remove photo</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/photos.py" line="187" />
      <source>This event reaches students or minors. Photos of identifiable children under 14 are sensitive personal information: photograph from behind or at a distance, and only with a guardian's consent.</source>
      <translation>This event reaches students or minors. Photos of identifiable children under 14 are sensitive personal information: photograph from behind or at a distance, and only with a guardian's consent.</translation>
    </message>
  </context>
  <context>
    <name>RecordFilterBar</name>
    <message>
      <location filename="../branchdesk/ui/widgets/filter_bar.py" line="90" />
      <source>Show deleted</source>
      <translation>Show deleted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/filter_bar.py" line="91" />
      <source>Clear filters</source>
      <translation>Clear filters</translation>
    </message>
  </context>
  <context>
    <name>RecordFormDialog</name>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="279" />
      <source>What you typed is still here; try saving again.</source>
      <translation>What you typed is still here; try saving again.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="294" />
      <source>Please correct the fields marked in red.</source>
      <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="318" />
      <source>Discard changes?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="319" />
      <source>What you typed in this form will be lost.</source>
      <translation>What you typed in this form will be lost.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="320" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="321" />
      <source>Keep editing</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="342" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="343" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="343" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/widgets/record_form.py" line="344" />
      <source>Ctrl+Enter saves · Esc cancels</source>
      <translation>Ctrl+Enter saves · Esc cancels</translation>
    </message>
  </context>
  <context>
    <name>ReportsWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="39" />
      <source>Branch summary</source>
      <translation>Branch summary</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="40" />
      <source>Fraud interception register</source>
      <translation>Fraud interception register</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="41" />
      <source>Education events log</source>
      <translation>Education events log</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="42" />
      <source>Complaint case sheet</source>
      <translation>Complaint case sheet</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="43" />
      <source>Complaint decision notice</source>
      <translation>Complaint decision notice</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="46" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="47" />
      <source>Quarter</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="48" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="224" />
      <source>Month %1</source>
      <translation>Month %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="229" />
      <source>Q%1</source>
      <translation>Q%1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="241" />
      <location filename="../branchdesk/ui/reports/workspace.py" line="419" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="241" />
      <location filename="../branchdesk/ui/reports/workspace.py" line="419" />
      <source>Ticket number</source>
      <translation>Ticket number</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="266" />
      <source>Building the report…</source>
      <translation>Building the report…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="296" />
      <source>%1 — %2 page(s). Save or print it with the buttons above.</source>
      <translation>%1 — %2 page(s). Save or print it with the buttons above.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="324" />
      <source>Save report</source>
      <translation>Save report</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="334" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="345" />
      <source>Saved to %1</source>
      <translation>Saved to %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="360" />
      <source>Sent %1 page(s) to the printer.</source>
      <translation>Sent %1 page(s) to the printer.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="367" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="399" />
      <source>Exported %1 row(s) to %2</source>
      <translation>Exported %1 row(s) to %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="402" />
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="411" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="412" />
      <source>&amp;Preview</source>
      <translation>&amp;Preview</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="413" />
      <source>&amp;Save PDF…</source>
      <translation>&amp;Save PDF…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="414" />
      <source>P&amp;rint…</source>
      <translation>P&amp;rint…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="415" />
      <source>Export to &amp;Excel…</source>
      <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/reports/workspace.py" line="416" />
      <source>The complaint's ticket number</source>
      <translation>The complaint's ticket number</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="38" />
      <location filename="../branchdesk/ui/security/texts.py" line="10" />
      <source>Teller</source>
      <translation>Teller</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="39" />
      <location filename="../branchdesk/ui/security/texts.py" line="11" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="40" />
      <location filename="../branchdesk/ui/security/texts.py" line="12" />
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
  </context>
  <context>
    <name>SecurityController</name>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="113" />
      <source>&amp;Account</source>
      <translation>&amp;Account</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="114" />
      <source>&amp;Lock now</source>
      <translation>&amp;Lock now</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="115" />
      <source>Change &amp;password…</source>
      <translation>Change &amp;password…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="116" />
      <source>&amp;Switch user…</source>
      <translation>&amp;Switch user…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="117" />
      <source>Staff &amp;accounts…</source>
      <translation>Staff &amp;accounts…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="118" />
      <source>Security &amp;settings…</source>
      <translation>Security &amp;settings…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/controller.py" line="150" />
      <source>Switch user</source>
      <translation>Switch user</translation>
    </message>
  </context>
  <context>
    <name>SecuritySettingsDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="61" />
      <source>Security settings</source>
      <translation>Security settings</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="62" />
      <source>Lock after idle (minutes):</source>
      <translation>Lock after idle (minutes):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="63" />
      <source>Daily backups kept:</source>
      <translation>Daily backups kept:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="64" />
      <source>Recovery passphrase:</source>
      <translation>Recovery passphrase:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="65" />
      <source>set: backups can be restored on another PC</source>
      <translation>set: backups can be restored on another PC</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="66" />
      <source>not set: a backup restored on another PC cannot show personal data</source>
      <translation>not set: a backup restored on another PC cannot show personal data</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="67" />
      <source>Set recovery passphrase…</source>
      <translation>Set recovery passphrase…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="68" />
      <source>Share data key with another PC…</source>
      <translation>Share data key with another PC…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="69" />
      <source>Join this branch's data key…</source>
      <translation>Join this branch's data key…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="70" />
      <source>Back up now…</source>
      <translation>Back up now…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="71" />
      <source>Purge records past retention…</source>
      <translation>Purge records past retention…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="98" />
      <source>Recovery passphrase</source>
      <translation>Recovery passphrase</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="99" />
      <source>Backups will carry the data key protected by this passphrase, so they can be restored on a new PC. Keep it in the branch safe, apart from the backups.</source>
      <translation>Backups will carry the data key protected by this passphrase, so they can be restored on a new PC. Keep it in the branch safe, apart from the backups.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="121" />
      <source>Back up to</source>
      <translation>Back up to</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="122" />
      <source>BranchDesk backup (*.sqlite)</source>
      <translation>BranchDesk backup (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="133" />
      <source>Backed up to %1.</source>
      <translation>Backed up to %1.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="142" />
      <source>No record is past its retention period.</source>
      <translation>No record is past its retention period.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="149" />
      <source>%1 record(s) are past their retention period (%2). Remove them for good? A report of what was removed is kept.</source>
      <translation>%1 record(s) are past their retention period (%2). Remove them for good? A report of what was removed is kept.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/settings_dialog.py" line="158" />
      <source>Purged %1 record(s). The report is in %2.</source>
      <translation>Purged %1 record(s). The report is in %2.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="257" />
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="268" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="270" />
      <source>These settings are read-only for you: %1</source>
      <translation>These settings are read-only for you: %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="272" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="273" />
      <source>Head-office &amp;address:</source>
      <translation>Head-office &amp;address:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="274" />
      <source>&amp;Sync every (minutes):</source>
      <translation>&amp;Sync every (minutes):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="275" />
      <source>&amp;Lock after idle (minutes):</source>
      <translation>&amp;Lock after idle (minutes):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="276" />
      <source>&amp;Backup folder:</source>
      <translation>&amp;Backup folder:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="277" />
      <source>Backups to &amp;keep:</source>
      <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="279" />
      <source>Starts with https://. Leave empty to work offline.</source>
      <translation>Starts with https://. Leave empty to work offline.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="280" />
      <source>1 to 1440 minutes</source>
      <translation>1 to 1440 minutes</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="281" />
      <source>1 to 120 minutes without use, then the password is asked again</source>
      <translation>1 to 120 minutes without use, then the password is asked again</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="282" />
      <source>A folder that exists and can be written, e.g. on a second disk</source>
      <translation>A folder that exists and can be written, e.g. on a second disk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="283" />
      <source>1 to 365 daily backups; older ones are deleted</source>
      <translation>1 to 365 daily backups; older ones are deleted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="286" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="287" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/settings/dialog.py" line="288" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="45" />
      <source>Demo accounts (user name / password):</source>
      <translation>Demo accounts (user name / password):</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="69" />
      <location filename="../branchdesk/ui/security/signin.py" line="74" />
      <source>Personal data cannot be read</source>
      <translation>Personal data cannot be read</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="69" />
      <source>This database holds personal data sealed with a key that is not in this PC's keyring, and no recovery passphrase was set. Personal data stays locked; other work can go on.</source>
      <translation>This database holds personal data sealed with a key that is not in this PC's keyring, and no recovery passphrase was set. Personal data stays locked; other work can go on.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="74" />
      <source>The key in this PC's keyring belongs to another database. Personal data stays locked.</source>
      <translation>The key in this PC's keyring belongs to another database. Personal data stays locked.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="95" />
      <source>Start passphrase</source>
      <translation>Start passphrase</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="95" />
      <source>On this PC the data key is protected by a passphrase instead of the system keyring. Type it to unlock personal data.</source>
      <translation>On this PC the data key is protected by a passphrase instead of the system keyring. Type it to unlock personal data.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="99" />
      <source>Recover the data key</source>
      <translation>Recover the data key</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="99" />
      <source>This database came from another PC (or this PC's keyring lost its key). Type the recovery passphrase the administrator set, to read personal data here.</source>
      <translation>This database came from another PC (or this PC's keyring lost its key). Type the recovery passphrase the administrator set, to read personal data here.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="108" />
      <source>No secure key store</source>
      <translation>No secure key store</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="108" />
      <source>This PC has no working system keyring (Windows Credential Manager, macOS Keychain or Secret Service), so BranchDesk cannot keep the key that protects personal data. It will not store that key in a plain file.</source>
      <translation>This PC has no working system keyring (Windows Credential Manager, macOS Keychain or Secret Service), so BranchDesk cannot keep the key that protects personal data. It will not store that key in a plain file.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="112" />
      <source>You can continue without personal data (fraud interceptions and education events work), or an administrator can choose to protect the key with a passphrase that must be typed at every start. If that passphrase is forgotten, the personal data is lost.</source>
      <translation>You can continue without personal data (fraud interceptions and education events work), or an administrator can choose to protect the key with a passphrase that must be typed at every start. If that passphrase is forgotten, the personal data is lost.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="116" />
      <source>Continue without personal data</source>
      <translation>Continue without personal data</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="117" />
      <source>Use a start passphrase…</source>
      <translation>Use a start passphrase…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="134" />
      <source>Protect the data key with a passphrase</source>
      <translation>Protect the data key with a passphrase</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/signin.py" line="134" />
      <source>Choose a passphrase of at least 10 characters. It will be asked at every start of BranchDesk on this PC. Nobody, including BranchDesk support, can recover it.</source>
      <translation>Choose a passphrase of at least 10 characters. It will be asked at every start of BranchDesk on this PC. Nobody, including BranchDesk support, can recover it.</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="145" />
      <source>Sign in to BranchDesk</source>
      <translation>Sign in to BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="146" />
      <source>Sign in with your staff account.</source>
      <translation>Sign in with your staff account.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="148" />
      <source>User name:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/dialogs.py" line="149" />
      <source>Password:</source>
      <translation>Password:</translation>
    </message>
  </context>
  <context>
    <name>StatsPanel</name>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="191" />
      <source>M</source>
      <comment>month number suffix in the chart</comment>
      <translation>M</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="195" />
      <source>No events held in this period</source>
      <translation>No events held in this period</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="199" />
      <source>%1-%2</source>
      <translation>%1-%2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="201" />
      <source>%1 Q%2</source>
      <translation>%1 Q%2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="210" />
      <source>Statistics (held events)</source>
      <translation>Statistics (held events)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="211" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="211" />
      <source>Quarter</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="211" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="213" />
      <source>Previous period</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="214" />
      <source>Next period</source>
      <translation>Next period</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/education/stats.py" line="215" />
      <source>An event for several target groups counts once in each group. Bars: people reached (on site and online) per month.</source>
      <translation>An event for several target groups counts once in each group. Bars: people reached (on site and online) per month.</translation>
    </message>
  </context>
  <context>
    <name>StoreError</name>
    <message>
      <location filename="../branchdesk/ui/app.py" line="177" />
      <source>BranchDesk cannot start</source>
      <translation>BranchDesk cannot start</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="17" />
      <source>The database is locked by another program. Close other BranchDesk windows or tools and try again.</source>
      <translation>The database is locked by another program. Close other BranchDesk windows or tools and try again.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="18" />
      <source>The data folder is read-only. BranchDesk cannot save anything there.</source>
      <translation>The data folder is read-only. BranchDesk cannot save anything there.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="19" />
      <source>The disk is full. Free some space; nothing was saved.</source>
      <translation>The disk is full. Free some space; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="20" />
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="21" />
      <source>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</source>
      <translation>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="22" />
      <source>This file is not a BranchDesk database.</source>
      <translation>This file is not a BranchDesk database.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="23" />
      <source>The database file cannot be opened.</source>
      <translation>The database file cannot be opened.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="25" />
      <source>A database error occurred; nothing was saved.</source>
      <translation>A database error occurred; nothing was saved.</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="249" />
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="250" />
      <source>Check the answers, then click Finish to save them.</source>
      <translation>Check the answers, then click Finish to save them.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="257" />
      <source>Language: %1</source>
      <translation>Language: %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="258" />
      <source>Branch: %1 %2</source>
      <translation>Branch: %1 %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="259" />
      <source>Head office: %1 (enrolled when you click Finish)</source>
      <translation>Head office: %1 (enrolled when you click Finish)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="260" />
      <source>Head office: not enrolled yet (offline trial)</source>
      <translation>Head office: not enrolled yet (offline trial)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="263" />
      <source>Administrator: %1 (%2)</source>
      <translation>Administrator: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="265" />
      <source>Data folder: %1</source>
      <translation>Data folder: %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/firstrun/wizard.py" line="266" />
      <source>Backups: %1</source>
      <translation>Backups: %1</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="93" />
      <source>Not enrolled with head office</source>
      <translation>Not enrolled with head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="97" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="108" />
      <source>Sending %v/%m</source>
      <translation>Sending %v/%m</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="108" />
      <source>Receiving %v/%m</source>
      <translation>Receiving %v/%m</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="133" />
      <source>Sync failed at %1: %2</source>
      <translation>Sync failed at %1: %2</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="134" />
      <location filename="../branchdesk/ui/sync/controller.py" line="169" />
      <source>Last sync %1</source>
      <translation>Last sync %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="136" />
      <source>conflicts: %1</source>
      <translation>conflicts: %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="138" />
      <source>set aside: %1</source>
      <translation>set aside: %1</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="147" />
      <source>Error: attachment files set aside: %1 (see Sync)</source>
      <translation>Error: attachment files set aside: %1 (see Sync)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/controller.py" line="171" />
      <source>Last sync %1 did not finish</source>
      <translation>Last sync %1 did not finish</translation>
    </message>
  </context>
  <context>
    <name>SyncModels</name>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="13" />
      <location filename="../branchdesk/ui/sync/models.py" line="49" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="14" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="15" />
      <source>My value</source>
      <translation>My value</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="16" />
      <source>Head office's value</source>
      <translation>Head office's value</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="17" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="18" />
      <source>Found</source>
      <translation>Found</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="21" />
      <source>Changed at the same time elsewhere</source>
      <translation>Changed at the same time elsewhere</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="22" />
      <source>Decided by head office</source>
      <translation>Decided by head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="23" />
      <source>Status cannot move back</source>
      <translation>Status cannot move back</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="24" />
      <source>Clashes with a record made on this PC</source>
      <translation>Clashes with a record made on this PC</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="28" />
      <source>Narrative</source>
      <translation>Narrative</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="29" />
      <source>Reviewer</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="30" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="31" />
      <source>Amount attempted</source>
      <translation>Amount attempted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="32" />
      <source>Amount protected</source>
      <translation>Amount protected</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="33" />
      <source>Fraud type</source>
      <translation>Fraud type</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="34" />
      <source>Handler</source>
      <translation>Handler</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="35" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="36" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="37" />
      <source>Facts</source>
      <translation>Facts</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="38" />
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="39" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="40" />
      <source>Classification: channel</source>
      <translation>Classification: channel</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="41" />
      <source>Classification: business</source>
      <translation>Classification: business</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="42" />
      <source>Classification: cause</source>
      <translation>Classification: cause</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="43" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="44" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="45" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="46" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="50" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="51" />
      <location filename="../branchdesk/ui/sync/models.py" line="77" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="52" />
      <source>Made at</source>
      <translation>Made at</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="57" />
      <source>Head office does not take this kind of record yet</source>
      <translation>Head office does not take this kind of record yet</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="58" />
      <source>Head office does not take this kind of change yet</source>
      <translation>Head office does not take this kind of change yet</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="59" />
      <source>The record's identifier is not valid</source>
      <translation>The record's identifier is not valid</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="60" />
      <source>The change names another record than it carries</source>
      <translation>The change names another record than it carries</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="61" />
      <source>The record belongs to another branch</source>
      <translation>The record belongs to another branch</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="62" />
      <source>The record's version number is not valid</source>
      <translation>The record's version number is not valid</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="63" />
      <source>Head office holds a different kind of record under this identifier</source>
      <translation>Head office holds a different kind of record under this identifier</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="64" />
      <source>The attachment's file name, size or checksum is not valid</source>
      <translation>The attachment's file name, size or checksum is not valid</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="67" />
      <source>New record</source>
      <translation>New record</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="68" />
      <source>Amendment</source>
      <translation>Amendment</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="69" />
      <source>Deletion</source>
      <translation>Deletion</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="70" />
      <source>Case step</source>
      <translation>Case step</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="74" />
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="75" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="76" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="78" />
      <source>Set aside at</source>
      <translation>Set aside at</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="82" />
      <source>The file is no longer in this PC's data folder</source>
      <translation>The file is no longer in this PC's data folder</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="83" />
      <source>Larger than head office accepts (20 MB)</source>
      <translation>Larger than head office accepts (20 MB)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="84" />
      <source>Not the size its attachment says: damaged on this PC?</source>
      <translation>Not the size its attachment says: damaged on this PC?</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="85" />
      <source>Damaged on the way to head office</source>
      <translation>Damaged on the way to head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="86" />
      <source>Sent without its checksum</source>
      <translation>Sent without its checksum</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="87" />
      <source>Head office has no attachment that names this file</source>
      <translation>Head office has no attachment that names this file</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="88" />
      <source>Head office does not accept the file's name</source>
      <translation>Head office does not accept the file's name</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="89" />
      <source>Refused by head office</source>
      <translation>Refused by head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/models.py" line="189" />
      <location filename="../branchdesk/ui/sync/models.py" line="221" />
      <source>Refused by head office: %1</source>
      <translation>Refused by head office: %1</translation>
    </message>
  </context>
  <context>
    <name>SyncWorkspace</name>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="120" />
      <source>Enrol…</source>
      <translation>Enrol…</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="122" />
      <source>Sync now</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="128" />
      <source>Head office</source>
      <translation>Head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="134" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="135" />
      <source>Last result</source>
      <translation>Last result</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="143" />
      <source>Keep head office's value</source>
      <translation>Keep head office's value</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="144" />
      <source>Apply my value again</source>
      <translation>Apply my value again</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="147" />
      <source>Conflicts</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="155" />
      <source>Only a manager can resolve conflicts.</source>
      <translation>Only a manager can resolve conflicts.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="163" />
      <location filename="../branchdesk/ui/sync/workspace.py" line="178" />
      <source>Send again</source>
      <translation>Send again</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="165" />
      <source>Changes set aside by head office</source>
      <translation>Changes set aside by head office</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="181" />
      <source>Attachment files set aside</source>
      <translation>Attachment files set aside</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="209" />
      <source>Not enrolled</source>
      <translation>Not enrolled</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="210" />
      <source>Never synced</source>
      <translation>Never synced</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/sync/workspace.py" line="273" />
      <source>Conflict</source>
      <translation>Conflict</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/complaints/case_view.py" line="56" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="86" />
      <source>BranchDesk is locked</source>
      <translation>BranchDesk is locked</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="87" />
      <source>Locked after a time without activity. %1, type your password to go on; your open forms are kept.</source>
      <translation>Locked after a time without activity. %1, type your password to go on; your open forms are kept.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="89" />
      <source>Password:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/security/idle_lock.py" line="90" />
      <source>Exit BranchDesk</source>
      <translation>Exit BranchDesk</translation>
    </message>
  </context>
  <context>
    <name>Workspaces</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="29" />
      <source>Fraud interceptions</source>
      <translation>Fraud interceptions</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="30" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="31" />
      <source>Education events</source>
      <translation>Education events</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="32" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="33" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
  </context>
</TS>