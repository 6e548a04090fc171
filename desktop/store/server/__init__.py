"""The office server (PostgreSQL) as the store sees it: its connection file, the cluster
Kense makes and runs, its TLS, its dumps, joining it and copying a PC's file into it."""
