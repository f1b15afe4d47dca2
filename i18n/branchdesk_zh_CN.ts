<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name />
    <message>
      <location filename="../branchdesk/ui/errors.py" line="18" />
      <source>The database is locked by another program. Close other BranchDesk windows or tools and try again.</source>
      <translation>数据库被其他程序占用。请关闭其他 BranchDesk 窗口或工具后重试。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="19" />
      <source>The data folder is read-only. BranchDesk cannot save anything there.</source>
      <translation>数据文件夹为只读,BranchDesk 无法在此保存。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="20" />
      <source>The disk is full. Free some space; nothing was saved.</source>
      <translation>磁盘已满。请释放空间;本次未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="21" />
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>数据库文件已损坏,请从备份恢复。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="22" />
      <source>This database was written by a newer version of BranchDesk. Install the newer version; the file has not been changed.</source>
      <translation>此数据库由更新版本的 BranchDesk 创建。请安装新版本;文件未做任何改动。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="23" />
      <source>This file is not a BranchDesk database.</source>
      <translation>此文件不是 BranchDesk 数据库。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="24" />
      <source>The database file cannot be opened.</source>
      <translation>无法打开数据库文件。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="25" />
      <source>A database error occurred; nothing was saved.</source>
      <translation>数据库出错,本次未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="64" />
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/errors.py" line="65" />
      <source>Something went wrong. What you typed is still in the form; the details are in the log file.</source>
      <translation>程序出错。您填写的内容仍保留在表单中;详细信息已写入日志文件。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="146" />
      <source>About BranchDesk</source>
      <translation>关于 BranchDesk</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="147" />
      <source>BranchDesk %1
Consumer-protection desk for bank branches.</source>
      <translation>BranchDesk %1
银行网点消费者权益保护工作台。</translation>
    </message>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="153" />
      <source>Waiting to sync: %n change(s)</source>
      <translation>
        <numerusform>待同步:%n 项变更</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="166" />
      <source>BranchDesk — Consumer protection desk</source>
      <translation>BranchDesk 消保工作台</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="169" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="170" />
      <source>E&amp;xit</source>
      <translation>退出(&amp;X)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="171" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="172" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="173" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="174" />
      <source>&amp;About BranchDesk</source>
      <translation>关于 BranchDesk(&amp;A)</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="176" />
      <source>Not synced yet</source>
      <translation>尚未同步</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message numerus="yes">
      <location filename="../branchdesk/ui/main_window.py" line="178" />
      <source>tellerTeller</source>
      <comment>managerManager</comment>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="184" />
      <source>Teller</source>
      <translation>柜员</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="185" />
      <source>Manager</source>
      <translation>网点经理</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="186" />
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
  </context>
  <context>
    <name>StoreError</name>
    <message>
      <location filename="../branchdesk/ui/app.py" line="73" />
      <source>BranchDesk cannot start</source>
      <translation>BranchDesk 无法启动</translation>
    </message>
  </context>
  <context>
    <name>Workspaces</name>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="31" />
      <source>Fraud interceptions</source>
      <translation>涉诈拦截</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="32" />
      <source>Complaints</source>
      <translation>消费投诉</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="33" />
      <source>Education events</source>
      <translation>金融教育宣传</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="34" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../branchdesk/ui/main_window.py" line="35" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
</TS>