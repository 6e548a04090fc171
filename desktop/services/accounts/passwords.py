"""Password hashing (argon2id) and the password policy."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.domain.errors import InvalidInput
from desktop.locations import resources_dir

MIN_LENGTH = 8
MAX_LENGTH = 128
# OWASP's minimum for argon2id: m = 19 MiB, t = 2, p = 1.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)


@cache
def common_passwords() -> frozenset[str]:
    path = resources_dir() / "passwords" / "common.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")
    )


def check_policy(password: str, username: str = "") -> None:
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            "password", "password_short", f"must have at least {MIN_LENGTH} characters",
            min_len=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        raise InvalidInput("password", "too_long", f"at most {MAX_LENGTH}", max_len=MAX_LENGTH)
    folded = password.casefold()
    if folded in common_passwords() or len(set(folded)) == 1:
        raise InvalidInput("password", "password_common", "is too common")
    if username and username.casefold() in folded:
        raise InvalidInput("password", "password_has_username", "contains the user name")


def hash_password(password: str) -> str:
    return HASHER.hash(password)


@cache
def dummy_hash() -> str:
    """A hash to verify against when the user name is unknown, so that an unknown name costs
    one verify, as a wrong password does, and timing does not tell which names exist. Made
    with HASHER's own parameters (a verify costs what the hash's parameters say) once per
    process, so only the first use, or the start-up warm-up, pays for hashing it."""
    return HASHER.hash("kense-dummy-password")


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
