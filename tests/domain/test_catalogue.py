"""The service catalogue read from resources/services/*.toml."""

from pathlib import Path

import pytest

from desktop.domain.catalogue import CatalogueError, check_package, load_catalogue, load_service
from desktop.locations import resources_dir

SERVICES = resources_dir() / "services"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(SERVICES)


def test_both_services_load_with_the_norms_of_the_regulation(catalogue):
    cert = catalogue["certificate"]
    assert [s.code for s in cert.steps] == ["register", "assign", "draft", "sign", "issue"]
    assert [s.role for s in cert.steps] == ["clerk", "head", "executor", "head", "clerk"]
    assert cert.step("register").norm_minutes == 15
    assert cert.step("assign").norm_working_days == 1
    assert cert.step("draft").norm_working_days == 1
    assert cert.step("sign").norm_working_days == 1
    assert cert.step("issue").norm_minutes == 30
    assert cert.channels == ("office",)
    assert not cert.motivated_refusal


def test_duplicate_has_three_channels_a_term_and_state_corp_rules(catalogue):
    dup = catalogue["duplicate"]
    assert {"office", "state_corp", "portal"} <= set(dup.channels)
    assert dup.term_working_days == 15
    assert dup.motivated_refusal
    assert dup.state_corp_storage_months == 1
    assert dup.state_corp_send_back_working_days == 1
    assert "Телнұсқа" in dup.step("sign").name.kk or "телнұсқа" in dup.name.kk.lower()


def test_original_document_required_only_when_damaged_or_name_changed(catalogue):
    dup = catalogue["duplicate"]
    plain = [d.code for d in dup.required_documents("office")]
    assert plain == ["application", "identity"]
    assert "original" in [d.code for d in dup.required_documents("office", damaged=True)]
    assert "original" in [d.code for d in dup.required_documents("office", name_changed=True)]
    assert [d.code for d in dup.required_documents("portal")] == ["e_application"]


def test_package_check_lists_missing_and_expired(catalogue):
    dup = catalogue["duplicate"]
    check = check_package(dup, "office", {"application", "identity"}, {"identity"}, damaged=True)
    assert [d.code for d in check.missing] == ["original"]
    assert [d.code for d in check.expired] == ["identity"]
    assert check.grounds == ("incomplete_package", "expired_documents")
    assert check_package(dup, "office", {"application", "identity"}).complete


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_file_names_file_and_key(tmp_path):
    source = (SERVICES / "certificate.toml").read_text(encoding="utf-8")
    broken = source.replace('role = "executor"', 'role = "janitor"')
    with pytest.raises(CatalogueError) as err:
        load_service(_write(tmp_path, broken))
    assert "broken.toml" in str(err.value) and "steps[2].role" in str(err.value)

    no_norm = source.replace("norm_minutes = 30", "")
    with pytest.raises(CatalogueError, match=r"steps\[4\]"):
        load_service(_write(tmp_path, no_norm))

    missing_ru = source.replace('ru = "Подписание справки"', "")
    with pytest.raises(CatalogueError, match=r"steps\[3\]\.ru.*missing"):
        load_service(_write(tmp_path, missing_ru))

    with pytest.raises(CatalogueError, match="not valid TOML"):
        load_service(_write(tmp_path, "[service\ncode="))
