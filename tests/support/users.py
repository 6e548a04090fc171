"""The test users' password: the `admin` and `staff` fixtures' users sign in with it."""

PASSWORD = "Kense-test-pass-42"
