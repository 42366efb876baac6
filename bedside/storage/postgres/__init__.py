"""The PostgreSQL ward database (issue 16, docs/ward-server.md): the second engine behind storage.

What exists: the connection and short write transactions (connection.py), numbered migrations that
mirror the SQLite ones (migrations.py, checked column by column against them by tests/test_pg_schema.py),
audit appends serialized by a transaction-scoped advisory lock (audit.py), and the ward role without
UPDATE or DELETE on the trail (roles.py). The Store does not open a server address yet
(bedside/storage/backend.py refuses one).
"""
