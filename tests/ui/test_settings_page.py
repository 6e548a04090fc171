"""Admin → Settings: the one list of settings as the admin reads it, in Kazakh and Russian."""

import os

from desktop.services.accounts import policy
from desktop.ui import i18n
from desktop.ui.admin import AdminWorkspace
from desktop.ui.local_settings import LocalSettings


def _rows(page) -> dict[str, list[str]]:
    model = page.model
    return {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(1, 4)]
            for r in range(model.rowCount())}


def test_the_admin_sees_every_setting_with_its_value_in_kazakh(qtbot, staff, tmp_path):
    LocalSettings(tmp_path).language = "ru"
    policy.set_idle_lock_minutes(staff["admin"], 25)
    i18n.install("kk")
    workspace = AdminWorkspace(staff["admin"], data_dir=tmp_path)
    qtbot.addWidget(workspace)
    workspace.show_page("settings")
    rows = _rows(workspace.settings)
    assert len(rows) == 9  # the nine settings of resources/settings.toml
    assert rows["Экран құлыпталғанға дейінгі әрекетсіз минуттар"] == [
        "кеңсенің барлық компьютерлері", "әкімші беті", "25"]
    assert rows["Интерфейс тілі (кіру терезесі)"] == ["осы компьютер", "кіру терезесі",
                                                       "орысша"]
    # No printer was calibrated: nothing stored, nothing made up.
    assert rows["Бланкілерге басып шығару үшін принтерлердің ығысуы (мм)"][2] == "орнатылмаған"
    if os.environ.get("KENSE_GRAB"):
        workspace.resize(1366, 700)
        workspace.show()
        qtbot.waitExposed(workspace)
        workspace.grab().save(os.environ["KENSE_GRAB"])


def test_the_list_follows_a_switch_to_russian(qtbot, staff, tmp_path):
    i18n.install("kk")
    workspace = AdminWorkspace(staff["admin"], data_dir=tmp_path)
    qtbot.addWidget(workspace)
    workspace.show_page("settings")
    i18n.install("ru")
    rows = _rows(workspace.settings)
    assert rows["Минут бездействия до блокировки экрана"] == [
        "все компьютеры офиса", "страница администратора", "не задано (10)"]
    assert workspace.tabText(workspace.indexOf(workspace.settings)) == "Настройки"
