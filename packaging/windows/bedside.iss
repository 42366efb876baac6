; Inno Setup 6 script: a per-user Bedside installer (no administrator rights needed).
; Build on Windows after PyInstaller has made dist\bedside (see packaging\README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\bedside.iss
; Output: dist\bedside-<version>-windows-x64-setup.exe
;
; The program goes to %LOCALAPPDATA%\Programs\Bedside. The ward's data lives in %LOCALAPPDATA%\Bedside
; (bedside/paths.py), a different folder: neither installing, upgrading nor uninstalling ever touches it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 packaging\windows\bedside.iss
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{7C431BEA-F5D9-4EE4-A621-776F20203A35}
AppName=Bedside
AppVersion={#AppVersion}
AppVerName=Bedside {#AppVersion}
AppComments=Day-by-day infection-prevention checklists after CAR T-cell therapy. A documentation aid, not a medical device.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Bedside
DisableDirPage=auto
DisableProgramGroupPage=yes
DefaultGroupName=Bedside
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=bedside-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\bedside.ico
UninstallDisplayIcon={app}\bedside.exe
UninstallDisplayName=Bedside {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running Bedside before files are replaced (its database is saved after every tick).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: bedside.exe (the window), bedside-cli.exe (the commands) and _internal\.
Source: "..\..\dist\bedside\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program files wholesale, so no library from an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Bedside"; Filename: "{app}\bedside.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Bedside"; Filename: "{app}\bedside.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\bedside.exe"; Description: "{cm:LaunchProgram,Bedside}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it installed, and the data
; folder %LOCALAPPDATA%\Bedside (database, backups) is never part of {app}.
