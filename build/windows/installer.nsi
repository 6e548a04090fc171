; Kense installer (NSIS 3, Unicode). Built by build/windows/build.sh, natively on Linux or on
; Windows with the same command:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.4.0 -DBUNDLE=<dist\windows\Kense>
;            -DOUTFILE=<dist\Kense-0.4.0-setup.exe> build\windows\installer.nsi
;
; Per-user install, no administrator rights: college PCs are often locked down, and the clerk
; must be able to install and update Kense herself. The database lives apart from the program,
; in %LOCALAPPDATA%\Kense, so uninstalling (or reinstalling) keeps every record unless the
; user ticks the box that deletes it.
;
; Silent use: setup.exe /S [/SERVER] [/D=folder]; uninstall.exe /S [/DELETEDATA].
; -DPGSQL=<folder> adds the optional "Office server" component (PostgreSQL's programs).

; A 64-bit installer, like the program it installs: it runs under plain 64-bit Wine, so CI
; installs, smoke-runs and uninstalls it on every build. 32-bit Windows, which Kense's Qt
; cannot run on anyway, refuses it with Windows' own message.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "pass -DBUNDLE=<folder of the PyInstaller onedir bundle>"
!endif
!ifndef PGSQL_VERSION
  !define PGSQL_VERSION "16"
!endif
!ifndef OUTFILE
  !define OUTFILE "Kense-${VERSION}-setup.exe"
!endif

!define APP "Kense"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETTINGS_KEY "Software\${APP}"
; Qt 6 needs Windows 10 1809 (build 17763) or later.
!define MIN_BUILD 17763

!include "MUI2.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel user
BrandingText "${APP} ${VERSION}"

; The version resource of setup.exe wants four numbers; a pre-release tail is not one.
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
!define /ifndef V_MAJOR 0
!define /ifndef V_MINOR 0
!define /ifndef V_PATCH 0
VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!define MUI_ICON "${__FILEDIR__}\..\..\resources\icons\kense.ico"
!define MUI_UNICON "${__FILEDIR__}\..\..\resources\icons\kense.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
; Remember the installer language for the uninstaller; Kazakh shows even where the system
; ANSI code page differs.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

; No descriptions beside the components (install and uninstall pages alike).
!define MUI_COMPONENTSPAGE_NODESC
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!ifdef PGSQL
; The optional "Office server" component: PostgreSQL's programs for the PC that becomes the
; office server (kense --make-server); every other PC needs none.
!insertmacro MUI_PAGE_COMPONENTS
!endif
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\kense.exe"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_UNCOMPONENTSPAGE_TEXT_TOP "$(KeepDataText)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default where Windows speaks none of the three.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\lang" "Kazakh"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString OldWindows ${LANG_RUSSIAN} "Для ${APP} нужна Windows 10 версии 1809 (сборка ${MIN_BUILD}) или новее, 64-разрядная.$\r$\nНа этом компьютере установлена более старая Windows. Обновите Windows и запустите установку снова."
LangString OldWindows ${LANG_KAZAKH} "${APP} үшін Windows 10 1809 нұсқасы (${MIN_BUILD} жинағы) немесе жаңарағы, 64 биттік, қажет.$\r$\nБұл компьютерде Windows-тың ескі нұсқасы орнатылған. Windows-ты жаңартып, орнатуды қайта іске қосыңыз."
LangString OldWindows ${LANG_ENGLISH} "${APP} needs 64-bit Windows 10 version 1809 (build ${MIN_BUILD}) or newer.$\r$\nThis computer runs an older Windows. Update Windows, then run the setup again."
LangString DeleteData ${LANG_RUSSIAN} "Удалить также базу данных и резервные копии"
LangString DeleteData ${LANG_KAZAKH} "Дерекқор мен сақтық көшірмелерді де жою"
LangString DeleteData ${LANG_ENGLISH} "Also delete the database and backups"
LangString KeepDataText ${LANG_RUSSIAN} "Программа будет удалена. База данных и резервные копии ($LOCALAPPDATA\${APP}) сохранятся, если не отметить пункт ниже."
LangString KeepDataText ${LANG_KAZAKH} "Бағдарлама жойылады. Төмендегі тармақты белгілемесеңіз, дерекқор мен сақтық көшірмелер ($LOCALAPPDATA\${APP}) сақталады."
LangString OfficeServer ${LANG_RUSSIAN} "Сервер офиса (PostgreSQL ${PGSQL_VERSION})"
LangString OfficeServer ${LANG_KAZAKH} "Кеңсе сервері (PostgreSQL ${PGSQL_VERSION})"
LangString OfficeServer ${LANG_ENGLISH} "Office server (PostgreSQL ${PGSQL_VERSION})"
LangString KeepDataText ${LANG_ENGLISH} "The program will be removed. The database and backups ($LOCALAPPDATA\${APP}) are kept unless you tick the box below."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(OldWindows)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  Call SelectServerFromCommandLine
FunctionEnd

Section "${APP}" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the whole bundle: files a newer version no longer ships must not linger
  ; (a stale Qt plugin next to new Qt DLLs would fail to load).
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\kense.exe"
  File "${BUNDLE}\kense-cli.exe"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\kense.exe" "" "$INSTDIR\kense.exe" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\kense.exe" "" "$INSTDIR\kense.exe" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\kense.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

!ifdef PGSQL
Section /o "$(OfficeServer)" SecServer
  RMDir /r "$INSTDIR\pgsql"
  SetOutPath "$INSTDIR\pgsql"
  File /r "${PGSQL}\*"
  File "/oname=LICENSE.txt" "${__FILEDIR__}\POSTGRESQL-LICENSE.txt"
SectionEnd
!endif

; setup.exe /S /SERVER installs the Office server component too (scripted installs, tests).
Function SelectServerFromCommandLine
!ifdef PGSQL
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SERVER" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecServer} ${SF_SELECTED}
  ${EndIf}
!endif
FunctionEnd

Section "-un.${APP}" UnSecProgram
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only what the installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\kense.exe"
  Delete "$INSTDIR\kense-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR\pgsql"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

; Unticked by default: the database holds the office's official records.
Section /o "un.$(DeleteData)" UnSecData
  RMDir /r "$LOCALAPPDATA\${APP}"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ; uninstall.exe /S /DELETEDATA removes the records too (for scripted clean-ups).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
