<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../branchdesk/ui/errors.py" line="18" />
      <source>The database is locked by another program. Close other BranchDesk windows or tools and try again.</source>
      <translation>The database is locked by another program. Close other BranchDesk windows or tools and try again.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="19" />
      <source>The data folder is read-only. BranchDesk cannot save anything there.</source>
      <translation>The data folder is read-only. BranchDesk cannot save anything there.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="20" />
      <source>The disk is full. Free some space; nothing was saved.</source>
      <translation>The disk is full. Free some space; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="21" />
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="22" />
      <source>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</source>
      <translation>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="23" />
      <source>This file is not a BranchDesk database.</source>
      <translation>This file is not a BranchDesk database.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="24" />
      <source>The database file cannot be opened.</source>
      <translation>The database file cannot be opened.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="25" />
      <source>A database error occurred; nothing was saved.</source>
      <translation>A database error occurred; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="64" />
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="65" />
      <source>Something went wrong. What you typed is still in the form; the details are in the log file.</source>
      <translation>Something went wrong. What you typed is still in the form; the details are in the log file.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="146" />
      <source>About BranchDesk</source>
      <translation>About BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="147" />
      <source>BranchDesk %1
Consumer-protection desk for bank branches.</source>
      <translation>BranchDesk %1
Consumer-protection desk for bank branches.</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="153" />
      <source>Waiting to sync: %n change(s)</source>
      <translation>
        <numerusform>Waiting to sync: %n change(s)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="166" />
      <source>BranchDesk — Consumer protection desk</source>
      <translation>BranchDesk — Consumer protection desk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="169" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="170" />
      <source>E&amp;xit</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="171" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="172" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="173" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="174" />
      <source>&amp;About BranchDesk</source>
      <translation>&amp;About BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="176" />
      <source>Not synced yet</source>
      <translation>Not synced yet</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="178" />
      <source>tellerTeller</source>
      <comment>managerManager</comment>
      <translation>
        <numerusform>tellerTeller</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="184" />
      <source>Teller</source>
      <translation>Teller</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="185" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="186" />
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
  </context>
  <context>
    <name>StoreError</name>
    <message>
      <location filename="../branchdesk/ui/app.py" line="73" />
      <source>BranchDesk cannot start</source>
      <translation>BranchDesk cannot start</translation>
    </message>
  </context>
  <context>
    <name>Workspaces</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="31" />
      <source>Fraud interceptions</source>
      <translation>Fraud interceptions</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="32" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="33" />
      <source>Education events</source>
      <translation>Education events</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="34" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="35" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
  </context>
</TS>