"""The PostgreSQL ward database (issue 16, docs/ward-server.md): the second engine behind storage.

What exists: the connection and short write transactions (connection.py), the seam that lets the Store's
modules run unchanged (db.py), numbered migrations that mirror the SQLite ones (migrations.py, compared
column by column by tests/test_pg_schema.py), audit appends serialized by a transaction-scoped advisory
lock (audit.py), the ward role without UPDATE or DELETE on the trail (roles.py), `bedside server init`
(server_init.py), change notices (notices.py) and the audit key held by the workstations (keys.py).
Store.open takes a postgresql:// address, and so do the app and every command (paths.database_target).
"""
