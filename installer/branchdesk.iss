; BranchDesk for Windows: per-user installer made with Inno Setup 6 from the PyInstaller bundle.
;
; Build (on a Windows PC, in a checkout, with Python and Inno Setup 6 installed):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -r requirements.lock && .venv\Scripts\pip install -e .
;   .venv\Scripts\python installer\build.py --no-deb        -> dist\branchdesk\ (branchdesk.exe, branchdesk-cli.exe)
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\branchdesk.iss
;                                                           -> dist\BranchDesk-0.1.0-setup.exe
; Inno Setup 6.5 and later ship ChineseSimplified.isl and ChineseTraditional.isl; with an older 6.x
; copy them from https://jrsoftware.org/files/istrans/ into Inno Setup's Languages folder first.
;
; Per user: no administrator rights needed; installs to %LOCALAPPDATA%\Programs\BranchDesk.
; The data folder (%LOCALAPPDATA%\BranchDesk: database, backups, logs, attachments) is not part of
; the installation: uninstalling keeps it unless the person ticks "also delete my data".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "BranchDesk"
#define AppExe "branchdesk.exe"
#define CliExe "branchdesk-cli.exe"
#define Bundle "..\dist\branchdesk"

[Setup]
AppId={{6F3B0E52-9C1D-4B7A-8E15-2D4C7A9B0F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=BranchDesk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\resources\icons\branchdesk.ico
OutputDir=..\dist
OutputBaseFilename=BranchDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto
; The program must not run while its files are replaced (Windows Restart Manager closes it).
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppComment=银行网点消费者权益保护工作台
chinesetraditional.AppComment=銀行網點消費者權益保護工作台
english.AppComment=Consumer-protection desk for bank branches
chinesesimplified.CliShortcut=BranchDesk 命令行
chinesetraditional.CliShortcut=BranchDesk 命令列
english.CliShortcut=BranchDesk command line
chinesesimplified.DeleteDataTitle=卸载 BranchDesk
chinesetraditional.DeleteDataTitle=解除安裝 BranchDesk
english.DeleteDataTitle=Uninstall BranchDesk
chinesesimplified.DeleteDataText=程序将被卸载。您的数据(数据库、备份、日志、附件)保存在:%n%1%n%n默认保留这些数据,以后重新安装即可继续使用。
chinesetraditional.DeleteDataText=程式將被解除安裝。您的資料(資料庫、備份、日誌、附件)保存在:%n%1%n%n預設保留這些資料,日後重新安裝即可繼續使用。
english.DeleteDataText=The program will be removed. Your data (database, backups, logs, attachments) is in:%n%1%n%nIt is kept unless you tick the box below, so a new installation carries on with it.
chinesesimplified.DeleteDataBox=同时删除我的 BranchDesk 数据(无法恢复)
chinesetraditional.DeleteDataBox=同時刪除我的 BranchDesk 資料(無法復原)
english.DeleteDataBox=Also delete my BranchDesk data (cannot be undone)
chinesesimplified.DeleteDataConfirm=确定要永久删除全部 BranchDesk 数据吗?请先确认已备份。
chinesetraditional.DeleteDataConfirm=確定要永久刪除全部 BranchDesk 資料嗎?請先確認已備份。
english.DeleteDataConfirm=Delete all BranchDesk data for good? Make sure you have a backup.
chinesesimplified.Continue=继续
chinesetraditional.Continue=繼續
english.Continue=Continue

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

function DataFolder(): String;
begin
  { platformdirs.user_data_dir("BranchDesk", appauthor=False) on Windows; logs are in its Logs subfolder }
  Result := ExpandConstant('{localappdata}\BranchDesk');
end;

{ A small form with an unticked box: the data stays unless the person asks, and asks twice. }
function AskDeleteData(): Boolean;
var
  Form: TSetupForm;
  Text: TNewStaticText;
  Box: TNewCheckBox;
  OkButton: TNewButton;
begin
  Result := False;
  Form := CreateCustomForm(ScaleX(420), ScaleY(170), False, True);
  try
    Form.Caption := CustomMessage('DeleteDataTitle');
    Text := TNewStaticText.Create(Form);
    Text.Parent := Form;
    Text.Left := ScaleX(12);
    Text.Top := ScaleY(12);
    Text.Width := Form.ClientWidth - ScaleX(24);
    Text.WordWrap := True;
    Text.AutoSize := True;
    Text.Caption := FmtMessage(CustomMessage('DeleteDataText'), [DataFolder()]);
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := Text.Top + Text.Height + ScaleY(12);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Caption := CustomMessage('DeleteDataBox');
    Box.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := CustomMessage('Continue');
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(24);
    OkButton.Left := Form.ClientWidth - OkButton.Width - ScaleX(12);
    OkButton.Top := Form.ClientHeight - OkButton.Height - ScaleY(12);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    Form.ActiveControl := OkButton;
    if Form.ShowModal() = mrOk then
      Result := Box.Checked and
        (MsgBox(CustomMessage('DeleteDataConfirm'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES);
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  { A silent uninstall (e.g. by an update tool) never deletes data. }
  if (not UninstallSilent()) and DirExists(DataFolder()) then
    DeleteUserData := AskDeleteData();
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
    DelTree(DataFolder(), True, True, True);
end;
