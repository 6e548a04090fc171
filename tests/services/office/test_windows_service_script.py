"""The batch file the IT person runs once as administrator on the Windows server PC: the
service that starts with Windows and the firewall rule, with folders whose names have spaces,
Kazakh letters and a '%'."""

from desktop.store.server.cluster import windows_service_script

BIN = r"C:\Program Files\Kense\pgsql\bin"
FOLDER = r"C:\ProgramData\Kense\Кеңсе сервері 100%"


def test_the_script_registers_the_service_and_opens_the_port_to_the_subnet_only():
    text = windows_service_script(BIN, FOLDER, 5433, "192.168.1.0/24")
    lines = text.split("\r\n")
    assert lines[:2] == ["@echo off", "chcp 65001 >nul"]  # UTF-8: the Kazakh letters hold
    assert ('"C:\\Program Files\\Kense\\pgsql\\bin\\pg_ctl.exe" register -N KenseOfficeServer '
            '-D "C:\\ProgramData\\Kense\\Кеңсе сервері 100%%\\data" -S auto -w') in lines
    assert "net start KenseOfficeServer" in lines
    assert ('netsh advfirewall firewall add rule name="Kense office server" dir=in '
            "action=allow protocol=TCP localport=5433 remoteip=192.168.1.0/24") in lines
    # The service's account may use the folder.
    assert any(line.startswith('icacls "C:\\ProgramData\\Kense\\Кеңсе сервері 100%%" /grant '
                               '"NT AUTHORITY\\NetworkService') for line in lines)
    assert text.encode("utf-8").decode("utf-8") == text


def test_without_a_subnet_the_port_opens_to_the_local_subnet():
    text = windows_service_script(BIN, r"C:\Kense", 5432, "")
    assert "localport=5432 remoteip=LocalSubnet" in text
