"""One function per user action: every change from the window or the command line goes through here.

Each action takes an open Store (see database.open_database) and the Actor it is recorded under, checks
what the ward's rules ask (admin work takes `by`, the signed-in User; None is the command line, which has
checked the user itself), and does its writes in one transaction. The window and the `bedside` command only
ask the person and show the answer; neither touches the Store's connection or writes SQL.
Modelled on Anki's aqt/operations: the operation is plain code, the caller decides how to run and show it.

Modules: database (open), patients (add, edit with a protocol move, import, export, discharge and readmit),
entries (tick, enter, void), users (users and admin checks), session (sign in, PINs, emergency, lock and
unlock), board, printouts, ward_list, demo, settings, audit_trail (verify the trail), backups (backup and
restore work on the file, not an open Store).
"""
