"""`kense --verify-signature FILE.pdf FILE.cms`: the offline check of a signed result from files,
against the NCA certificates installed in this office's database, its imported revocation lists
and its BIN. Exit status: 0 valid, 1 not fully checked (nothing failed, but not everything could
be checked offline), 2 invalid or unreadable.

`kense --import-crl FILE.crl... --user ADMIN`: Admin → Signatures' import of the NCA's lists of
revoked certificates, from a terminal (the admin's password is asked). Exit status 0 when every
file was imported, 2 when one was refused (the others are still imported)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import fail
from desktop.domain.errors import DomainError
from desktop.store.errors import StoreError

EXIT = {"valid": 0, "not_fully_checked": 1, "invalid": 2}


def verify_from_command_line(data_dir: Path, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop.services.esign import signing

    pdf_path, cms_path = (Path(p).expanduser() for p in args.verify_signature)
    try:
        pdf, cms = pdf_path.read_bytes(), cms_path.read_bytes()
        report, at = signing.check_files(pdf, cms)
    except OSError as exc:
        return fail(f"cannot read {exc.filename}: {exc.strerror}")
    except (DomainError, StoreError) as exc:
        return fail(str(exc), exc, data_dir)
    print(f"{pdf_path.name} + {cms_path.name}: {report.verdict.upper().replace('_', ' ')}")
    print(f"checked at {at.isoformat(timespec='seconds')}, offline")
    for number, signer in enumerate((report, *report.co_signers), start=1):
        if report.co_signers:
            role = "the head's, which decides" if number == 1 else "another signer's"
            print(f"signature {number} of {1 + len(report.co_signers)} ({role}): "
                  f"{signer.verdict.upper().replace('_', ' ')}")
        for name, check in {**signer.checks(), "revocation": signer.revocation}.items():
            reason = f" ({check.reason})" if check.reason else ""
            print(f"  {name}: {check.outcome}{reason}")
        for key, value in asdict(signer.facts).items():
            print(f"  signer {key}: {value}")
    print("not checked: timestamps (none is requested), OCSP, and revocation beyond the lists "
          "the admin imported")
    return EXIT[report.verdict]


def import_crls_from_command_line(data_dir: Path, args: argparse.Namespace) -> int:
    from desktop.cli.common import sign_in_from_terminal
    from desktop.services.accounts import users as accounts
    from desktop.services.esign import crls

    if not args.user:
        return fail("--import-crl needs --user NAME: the admin who imports")
    try:
        session = sign_in_from_terminal(args.user)
    except DomainError as exc:
        return fail(str(exc), exc, data_dir)
    status = 0
    try:
        for path in (Path(p).expanduser() for p in args.import_crl):
            try:
                info = crls.import_crl(session, path.read_bytes()[:crls.MAX_FILE + 1])
            except OSError as exc:
                status = fail(f"cannot read {exc.filename}: {exc.strerror}")
                continue
            except (DomainError, StoreError) as exc:
                status = fail(f"{path.name}: {exc}", exc, data_dir)
                continue
            kind = "delta list" if info.delta else "list"
            print(f"{path.name}: imported the {kind} of {info.issuer} of "
                  f"{info.this_update.strftime('%d.%m.%Y %H:%M')}, {info.entries} certificates")
    finally:
        accounts.sign_out(session)
    return status
